import Foundation
import Testing

/// Eleventh trial, finding 16: `query --file /dev/stdin` (and `-`, and a shell's `<(…)`) was refused as "does
/// not exist", so the sentences of a press release could not be piped in from another tool.
@Suite("query --file from a pipe (process)")
struct QueryStdinCLITests {
    private static let sentence = "Safer Internet Day is a worldwide event initiated by the European Commission and organised every year in February, with the aim of making the internet a fun, creative, satisfying and safe place for everyone."

    @Test("--file - and --file /dev/stdin read the piped queries; a folder is named as one")
    func pipedQueries() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        #expect(try CLI.run(["import", "Examples/articles/safer-internet-day-2020"], memory: memory).status == 0)
        // sh runs the program with the queries on its standard input: "$0" is the executable, "$@" its arguments.
        let pipe = ["/bin/sh", "-c", "printf '%s\\n\\n%s\\n' \"$QUERY_ONE\" 'Nothing like this sentence is stored anywhere.' | \"$0\" \"$@\""]
        for path in ["-", "/dev/stdin"] {
            let result = try CLI.run(["query", "--file", path, "--from", "en", "--to", "nl-BE", "--format", "json"], memory: memory,
                                     environment: ["QUERY_ONE": Self.sentence], launcher: pipe)
            #expect(result.status == 0, "\(path): \(result.stderr)")
            let lines = result.stdout.split(separator: "\n")
            #expect(lines.count == 2, "\(path): \(result.stdout)")
            let first = try JSONSerialization.jsonObject(with: Data(lines.first.map(String.init)?.utf8 ?? "".utf8)) as? [String: Any]
            let best = (first?["matches"] as? [[String: Any]])?.first
            #expect(best?["source"] as? String == Self.sentence, "\(path): \(result.stdout)")
        }
        let folder = try CLI.run(["query", "--file", scratch.path, "--from", "en", "--to", "nl-BE"], memory: memory)
        #expect(folder.status == 2)
        #expect(folder.stderr.contains("is a folder: expected a text file with one query per line, or - for standard input"), "\(folder.stderr)")
        let missing = try CLI.run(["query", "--file", scratch.appendingPathComponent("none.txt").path, "--from", "en", "--to", "nl-BE"], memory: memory)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("none.txt: the query file does not exist"), "\(missing.stderr)")
    }
}

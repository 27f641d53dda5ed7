import Foundation
import Testing

/// Tenth trial, finding 10: `query` listed one translation twice (an article's unit and another unit with
/// the same source and target), and the copies took places of `--limit` and of the XLIFF candidates. The
/// pair is listed once, with the number of units it stands for (`docs/matching.md`, "Identical pairs").
@Suite("query and export: an identical pair is listed once (process)")
struct IdenticalPairCLITests {
    /// An article of three versions and a TMX file whose first unit holds the article's first English and
    /// Dutch sentences again (a unit of two versions, so it is not merged into the article's unit).
    func memory(in scratch: URL) throws -> URL {
        let folder = scratch.appendingPathComponent("phishing")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "# Phishing quiz\n\nDid you give your code to anyone? Did you click the link in the message?\n"
            .write(to: folder.appendingPathComponent("en.md"), atomically: true, encoding: .utf8)
        try "# Phishingquiz\n\nHebt u uw code aan iemand gegeven? Hebt u op de link in het bericht geklikt?\n"
            .write(to: folder.appendingPathComponent("nl-BE.md"), atomically: true, encoding: .utf8)
        try "# Quiz hameçonnage\n\nAvez-vous donné votre code à quelqu’un ? Avez-vous cliqué sur le lien du message ?\n"
            .write(to: folder.appendingPathComponent("fr-BE.md"), atomically: true, encoding: .utf8)
        let tmx = scratch.appendingPathComponent("answers.tmx")
        try """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en" srclang="en" datatype="plaintext"/>
            <body>
            <tu tuid="1"><tuv xml:lang="en"><seg>Did you give your code to anyone?</seg></tuv><tuv xml:lang="nl-BE"><seg>Hebt u uw code aan iemand gegeven?</seg></tuv></tu>
            <tu tuid="2"><tuv xml:lang="en"><seg>Did you give your PIN code to your bank?</seg></tuv><tuv xml:lang="nl-BE"><seg>Hebt u uw pincode aan uw bank gegeven?</seg></tuv></tu>
            </body></tmx>
            """.write(to: tmx, atomically: true, encoding: .utf8)
        let memory = scratch.appendingPathComponent("t.tm")
        let article = try CLI.run(["import", folder.path], memory: memory)
        #expect(article.status == 0, "\(article.stderr)")
        let file = try CLI.run(["import", tmx.path], memory: memory)
        #expect(file.status == 0 && file.stdout.contains("2 added"), "\(file.stdout) \(file.stderr)")
        return memory
    }

    @Test("query -n 2 shows the pair once with its count, and the next distinct pair")
    func queryFoldsThePair() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = try memory(in: scratch)
        let query = ["query", "Did you give your PIN code to anyone?", "--from", "en", "--to", "nl-BE", "-n", "2"]
        let text = try CLI.run(query, memory: memory)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("1. 87.5% fuzzy  [") && text.stdout.contains(", aligned, the same pair in 2 units]\n"), "\(text.stdout)")
        #expect(text.stdout.components(separatedBy: "nl-BE: Hebt u uw code aan iemand gegeven?").count == 2, "\(text.stdout)")
        #expect(text.stdout.contains("2. 77.8% fuzzy  [tmx:answers.tmx#2, aligned]\n"), "\(text.stdout)")

        let json = try CLI.run(query + ["--format", "json"], memory: memory).json()
        let matches = try #require(json["matches"] as? [[String: Any]])
        #expect(matches.map { $0["target"] as? String } == ["Hebt u uw code aan iemand gegeven?", "Hebt u uw pincode aan uw bank gegeven?"])
        #expect(matches.map { $0["units"] as? Int } == [2, nil])
    }

    @Test("the XLIFF's translation candidates hold the pair once")
    func exportFoldsThePair() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = try memory(in: scratch)
        let update = scratch.appendingPathComponent("quiz-update")
        try FileManager.default.createDirectory(at: update, withIntermediateDirectories: true)
        try "# Phishing quiz\n\nDid you give your PIN code to anyone?\n".write(to: update.appendingPathComponent("en.md"), atomically: true, encoding: .utf8)
        let out = scratch.appendingPathComponent("out")
        let export = try CLI.run(["export", update.path, "--to", "nl-BE", "--out", out.path], memory: memory)
        #expect(export.status == 0, "\(export.stderr)")
        let xliff = try String(contentsOf: out.appendingPathComponent("quiz-update/nl-BE/article.xlf"), encoding: .utf8)
        let candidates = xliff.components(separatedBy: "<mtc:match ref=\"#b1.s0\"").dropFirst().map { $0.components(separatedBy: "</mtc:match>")[0] }
        #expect(candidates.count == 2, "\(xliff)")
        #expect(candidates.filter { $0.contains("<target>Hebt u uw code aan iemand gegeven?</target>") }.count == 1, "\(xliff)")
    }
}

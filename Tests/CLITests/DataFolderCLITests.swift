import Foundation
import Testing

/// The data folder a run is given (`--data-dir`) is the one every part of it reads, wherever the program
/// runs from: review of 30 November 2026, where the tokenizer looked for `Locales/` from the working
/// directory on its own, so `--data-dir` did not reach the date rules of match keys and adaptation.
@Suite("Data folder given on the command line")
struct DataFolderCLITests {
    /// A copy of the repository's `Locales/` and `Glossary/` in `folder/data`, and an empty working folder.
    static func dataCopy(in folder: URL) throws -> (data: URL, work: URL) {
        let fm = FileManager.default
        let data = folder.appendingPathComponent("data"), work = folder.appendingPathComponent("elsewhere")
        try fm.createDirectory(at: data, withIntermediateDirectories: true)
        try fm.createDirectory(at: work, withIntermediateDirectories: true)
        for name in ["Locales", "Glossary"] {
            try fm.copyItem(at: CLI.repository.appendingPathComponent(name), to: data.appendingPathComponent(name))
        }
        return (data, work)
    }

    static let tmx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="x"
          adminlang="en" srclang="en" datatype="plaintext"/>
        <body><tu tuid="council">
          <tuv xml:lang="en"><seg>The council meets on 1 March 2020 in Ghent.</seg></tuv>
          <tuv xml:lang="nl-BE"><seg>De gemeenteraad vergadert op 1 maart 2020 in Gent.</seg></tuv>
        </tu></body></tmx>
        """

    @Test("a query run outside any checkout with --data-dir reads dates by that folder's rules and adapts the date")
    func queryOutsideACheckoutAdaptsDates() throws {
        let folder = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (data, work) = try Self.dataCopy(in: folder)
        let file = work.appendingPathComponent("council.tmx"), memory = work.appendingPathComponent("m.tm")
        try Self.tmx.write(to: file, atomically: true, encoding: .utf8)
        let noDefault = ["TAALGRENS_DATA": ""]
        let imported = try CLI.run(["import", file.path, "--data-dir", data.path, "--tm", memory.path], in: work,
                                   environment: noDefault)
        #expect(imported.status == 0, "\(imported.stderr)")
        let result = try CLI.run(["query", "The council meets on 3 March 2020 in Ghent.", "--from", "en", "--to", "nl-BE",
                                  "--data-dir", data.path, "--tm", memory.path, "--format", "json"], in: work,
                                 environment: noDefault)
        #expect(result.status == 0, "\(result.stderr)")
        let match = try #require((try result.json()["matches"] as? [[String: Any]])?.first)
        #expect(match["adapted"] as? Bool == true)
        #expect(match["target"] as? String == "De gemeenteraad vergadert op 3 maart 2020 in Gent.")
    }

    @Test("a malformed dates.json in the folder --data-dir names stops the run with the file's name, exit 2")
    func malformedDatesOfTheGivenFolderIsReported() throws {
        let folder = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (data, work) = try Self.dataCopy(in: folder)
        let dates = data.appendingPathComponent("Locales/en/dates.json")
        try #"{ "dayMonthOrders": ["month first"] }"#.write(to: dates, atomically: true, encoding: .utf8)
        let result = try CLI.run(["query", "The council meets on 3 March 2020.", "--from", "en", "--to", "nl-BE",
                                  "--data-dir", data.path, "--tm", work.appendingPathComponent("m.tm").path],
                                 in: work, environment: ["TAALGRENS_DATA": ""])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Locales/en/dates.json"), "\(result.stderr)")
        #expect(result.stderr.contains("dayMonthOrders"), "\(result.stderr)")
    }
}

import Foundation
import Testing

/// The decision on units without dates (`docs/cli.md`, `import`, "Dates"): the import time, kept on
/// re-import, written by `tm export` and counted by `--since`.
@Suite("taalgrens import: units without dates (process)")
struct UndatedUnitCLITests {
    static let tmx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="Other" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>
        <body>
        <tu tuid="undated"><tuv xml:lang="en"><seg>The museum opens on Monday.</seg></tuv><tuv xml:lang="nl-BE"><seg>Het museum opent maandag.</seg></tuv></tu>
        <tu tuid="dated" creationdate="20190101T100000Z"><tuv xml:lang="en"><seg>The museum closes on Sunday.</seg></tuv><tuv xml:lang="nl-BE"><seg>Het museum sluit zondag.</seg></tuv></tu>
        </body></tmx>
        """

    /// The `creationdate` and `changedate` of the exported `<tu>` whose `tuid` ends with `id`.
    func dates(_ tmx: String, _ id: String) -> (String, String)? {
        guard let line = tmx.split(separator: "\n").first(where: { $0.contains("<tu ") && $0.contains("#\(id)\"") }) else { return nil }
        func attribute(_ name: String) -> String? {
            guard let start = line.range(of: "\(name)=\"") else { return nil }
            return String(line[start.upperBound...].prefix { $0 != "\"" })
        }
        guard let created = attribute("creationdate"), let changed = attribute("changedate") else { return nil }
        return (created, changed)
    }

    @Test("an undated unit gets the import time, keeps it on re-import, and counts for --since")
    func undatedUnitGetsTheImportTime() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = scratch.appendingPathComponent("undated.tmx")
        try Self.tmx.write(to: file, atomically: true, encoding: .utf8)
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let stamp = DateFormatter()
        stamp.locale = Locale(identifier: "en_US_POSIX")
        stamp.timeZone = TimeZone(identifier: "UTC")
        stamp.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        let before = stamp.string(from: Date())
        #expect(try CLI.run(["import", file.path], memory: memory).status == 0)
        let after = stamp.string(from: Date())
        let first = try CLI.run(["tm", "export"], memory: memory).stdout
        let undated = try #require(dates(first, "undated"), "\(first)")
        #expect(undated.0 == undated.1)
        #expect(undated.0 >= before && undated.0 <= after, "\(undated.0) not within \(before)…\(after)")
        #expect(dates(first, "dated").map { "\($0.0) \($0.1)" } == "20190101T100000Z 20190101T100000Z")

        let again = try CLI.run(["import", file.path, "--format", "json"], memory: memory)
        let counts = try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [[String: Any]]
        #expect(counts?.first?["unchanged"] as? Int == 2, "\(again.stdout)")
        let second = try CLI.run(["tm", "export"], memory: memory).stdout
        #expect(dates(second, "undated").map { "\($0.0) \($0.1)" } == "\(undated.0) \(undated.1)")

        let day = String(before.prefix(8))
        let since = "\(day.prefix(4))-\(day.dropFirst(4).prefix(2))-\(day.suffix(2))"
        let recent = try CLI.run(["tm", "export", "--since", since], memory: memory).stdout
        #expect(dates(recent, "undated") != nil && dates(recent, "dated") == nil, "\(recent)")
    }
}

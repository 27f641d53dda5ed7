import Foundation
import Testing

/// Seventeenth trial, finding 4: a Smartling XLIFF (trans-units without `id`) was refused at its first unit,
/// nothing imported. Such units are named by their source text (`src-<fingerprint>`, a repeat `-2`), with
/// one warning giving the first one's line; a later download of the file updates them.
@Suite("import: XLIFF 1.2 trans-units without id (process)")
struct UnnamedTransUnitCLITests {
    private static let file = "Tests/Fixtures/interop/smartling/screentime.fr-BE.xliff"

    @Test("a Smartling file is imported, its units named by their source; a corrected download updates its units")
    func smartlingFile() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("t.tm")
        let first = try CLI.run(["import", Self.file], memory: memory)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix(Self.file + ": 4 units read: 4 added, 0 updated, 0 unchanged (xliff, scope screentime)\n"), "\(first.stdout)")
        #expect(first.stdout.contains("line 10: warning: <trans-unit>s without id"), "one warning with the first unit's line: \(first.stdout)")

        let again = try CLI.run(["import", Self.file], memory: memory)
        #expect(again.stdout.hasPrefix(Self.file + ": 4 units read: 0 added, 0 updated, 4 unchanged"), "\(again.stdout)")

        let tmx = try CLI.run(["tm", "export", "--format", "tmx"], memory: memory)
        let ids = tmx.stdout.components(separatedBy: "tuid=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(ids.count == 4 && Set(ids).count == 4, "\(ids)")
        #expect(ids.allSatisfy { $0.hasPrefix("xliff:fr-BE:screentime#src-") }, "\(ids)")
        #expect(ids.filter { $0.hasSuffix("-2:1") }.count == 1, "the repeated source is numbered: \(ids)")

        // The freelancer's corrected download: one target changed. The same units: that one and its two
        // neighbours (whose context, the segments before and after, changed with it) are updated, none added.
        let original = try String(contentsOfFile: CLI.repository.appendingPathComponent(Self.file).path, encoding: .utf8)
        let corrected = scratch.appendingPathComponent("screentime.fr-BE.xliff")
        try original.replacingOccurrences(of: "Désactivez les notifications le soir.", with: "Coupez les notifications le soir.")
            .write(to: corrected, atomically: true, encoding: .utf8)
        let update = try CLI.run(["import", corrected.path], memory: memory)
        #expect(update.stdout.hasPrefix(corrected.path + ": 4 units read: 0 added, 3 updated, 1 unchanged"), "\(update.stdout)\(update.stderr)")
        let query = try CLI.run(["query", "Turn off notifications in the evening.", "--from", "en", "--to", "fr-BE"], memory: memory)
        #expect(query.stdout.contains("Coupez les notifications le soir.") && !query.stdout.contains("Désactivez"), "\(query.stdout)")
    }
}

import Foundation
import Testing

/// A sentence that only a translation has (a 0-1 bead) is read but not stored; the import report counts it
/// as skipped and says why (the fourth fresh-user trial: `import --format json` said `read 4, skipped 0,
/// reasons []` for an article whose Dutch version added a sentence, so the counts hid it).
@Suite("taalgrens import: sentences only a translation has are reported as skipped")
struct AdditionReportCLITests {
    static let files = [
        "en.md": """
            ---
            title: Heavy rain floods the Vesdre valley again
            ---

            On 9 February 2021 the Vesdre burst its banks for the second time in three months. About 3,000 households in Verviers were left without power.

            Volunteers distribute drinking water.

            """,
        "nl-BE.md": """
            ---
            title: Zware regen zet Vesdredal opnieuw onder water
            ---

            Op 9 februari 2021 trad de Vesdre voor de tweede keer in drie maanden buiten haar oevers. Ongeveer 3.000 gezinnen in Verviers zaten zonder stroom.

            Vrijwilligers delen drinkwater uit.

            Het Vlaamse Rode Kruis stuurt bijv. ook een team uit Leuven.

            """,
    ]

    @Test func anAdditionIsCountedAndExplained() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = scratch.appendingPathComponent("extra")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in Self.files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let memory = scratch.appendingPathComponent("tm.sqlite")

        let json = try CLI.run(["import", folder.path, "--format", "json"], memory: memory)
        #expect(json.status == 0, "\(json.stderr)")
        let summary = try #require((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])?.first)
        #expect(summary["read"] as? Int == 5)
        #expect(summary["added"] as? Int == 4)
        #expect(summary["skipped"] as? Int == 1)
        let reasons = try #require(summary["reasons"] as? [String])
        #expect(reasons == ["nl-BE “Het Vlaamse Rode Kruis stuurt bijv. ook een team uit Leuven.”: no en sentence to pair with (added in the translation, or its partner was not found): not stored"])

        let text = try CLI.run(["import", folder.path], memory: memory)
        #expect(text.stdout.hasPrefix("extra: 5 units read: 0 added, 0 updated, 4 unchanged, 1 skipped (article)\n  - nl-BE “Het Vlaamse"), "\(text.stdout)")
    }
}

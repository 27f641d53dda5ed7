import Foundation
import Testing

/// Fifth fresh-user trial, item 7: a version in the wrong language (nl-BE.md holding the French text, a CMS
/// copy-paste slip) was stored without a word, and `query --to nl-BE` then offered French as Dutch.
@Suite("import warns when a version reads as another language (process)")
struct WrongLanguageImportCLITests {
    @Test("nl-BE.md with French text: stored, with a warning naming the file and French")
    func frenchUnderDutch() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let folder = scratch.appendingPathComponent("wronglang")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let english = """
        # Storm hits the coast

        The storm hit the Belgian coast on Tuesday. The wind reached more than 100 km/h in Ostend and the trains \
        did not run for most of the day.

        Several trees fell on the road between Bruges and the sea, and the fire brigade was called out more than \
        two hundred times.

        """
        let french = """
        # La tempête frappe la côte

        La tempête a frappé la côte belge mardi. Le vent a dépassé les 100 km/h à Ostende et les trains ne \
        circulaient pas pendant la plus grande partie de la journée.

        Plusieurs arbres sont tombés sur la route entre Bruges et la mer, et les pompiers sont intervenus plus de \
        deux cents fois.

        """
        try english.write(to: folder.appendingPathComponent("en.md"), atomically: true, encoding: .utf8)
        try french.write(to: folder.appendingPathComponent("fr-BE.md"), atomically: true, encoding: .utf8)
        try french.write(to: folder.appendingPathComponent("nl-BE.md"), atomically: true, encoding: .utf8)

        let imported = try CLI.run(["import", folder.path], memory: memory)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("warning: \(folder.path)/nl-BE.md reads as French (fr"), "\(imported.stdout)")
        #expect(imported.stdout.contains("not as nl-BE"), "\(imported.stdout)")
        // Only the wrong version is named; the units are stored all the same.
        #expect(!imported.stdout.contains("fr-BE.md reads as") && !imported.stdout.contains("en.md reads as"), "\(imported.stdout)")
        #expect(imported.stdout.contains("added"), "\(imported.stdout)")
        let json = try CLI.run(["import", folder.path, "--format", "json"], memory: memory)
        let summary = try #require((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])?.first)
        #expect((summary["warnings"] as? [String])?.count == 1)

        // A folder whose versions are what they say: no warning, no key.
        let example = try CLI.run(["import", "Examples/articles/youth-pledge-2020", "--format", "json"], memory: memory)
        let clean = try #require((try JSONSerialization.jsonObject(with: Data(example.stdout.utf8)) as? [[String: Any]])?.first)
        #expect(clean["warnings"] == nil)
    }
}

import Foundation
import Testing

/// Sixteenth trial, finding 9 (its rest): a Wordfast Pro TXML back from a freelancer was refused; only the
/// message was fixed then. The kind: Wordfast's bilingual `.txml` (and one renamed `.xml`), its segments,
/// `<ut>` codes, comments, machine-translated segments and empty targets.
@Suite("import: Wordfast Pro's TXML is read as another tool's bilingual file (process)")
struct WordfastTXMLCLITests {
    static let file = CLI.repository.appendingPathComponent("Tests/Fixtures/interop/txml18/flood-warning.html.txml")

    @Test("segments with a target are units; bold codes pair; a comment is a note; an unedited machine translation needs review; an empty target is skipped")
    func txml() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("m.tm")
        let run = try CLI.run(["import", Self.file.path], in: scratch, memory: memory)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("4 units read: 3 added, 0 updated, 0 unchanged, 1 skipped (xliff, 1 needs review)"), "\(run.stdout)")
        #expect(run.stdout.contains(#"machine translation (gtmt="true" without modified="true""#), "\(run.stdout)")
        #expect(run.stdout.contains("unit 2 segment 4: no target"), "\(run.stdout)")
        let query = try CLI.run(["query", "The river may rise by two metres tonight.", "--from", "en-GB", "--to", "fr-BE", "--format", "json"],
                                in: scratch, memory: memory).json()
        let best = (query["matches"] as? [[String: Any]])?.first
        #expect(best?["target"] as? String == "Le fleuve pourrait monter de deux mètres cette nuit.", "\(query)")
        // The same file renamed .xml is read by its root element.
        try FileManager.default.copyItem(at: Self.file, to: scratch.appendingPathComponent("flood.xml"))
        let renamed = try CLI.run(["import", "flood.xml"], in: scratch, memory: scratch.appendingPathComponent("n.tm"))
        #expect(renamed.status == 0 && renamed.stdout.contains("flood.xml: 4 units read: 3 added"), "\(renamed.stdout)\(renamed.stderr)")
        // TMX export: the bold pair is one code pair, written as <bpt>/<ept>.
        let tmx = scratch.appendingPathComponent("out.tmx")
        let export = try CLI.run(["tm", "export", "--format", "tmx", "-o", tmx.path], in: scratch, memory: memory)
        #expect(export.status == 0, "\(export.stderr)")
        let text = try String(contentsOf: tmx, encoding: .utf8)
        #expect(text.contains(#"Le fleuve pourrait monter de <bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>deux mètres<ept i="1">&lt;/b&gt;</ept> cette nuit."#), "\(text)")
        #expect(text.contains("sofie: Checked with the crisis centre."), "\(text)")
    }
}

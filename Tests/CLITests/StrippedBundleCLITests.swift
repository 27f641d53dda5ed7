import Foundation
import Testing

/// Seventh fresh-user trial, finding 15: a returned bundle whose `tg:` attributes and `<prop-group>`s a
/// converter removed imported under the scope `lb3/en.html` instead of the article `lb3`, without a word, so
/// a second return of the same job added a second set of units.
@Suite("import of a bundle XLIFF without its Taalgrens metadata (process)")
struct StrippedBundleCLITests {
    @Test("the summary says which scope was used and why")
    func strippedBundleIsNamed() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("m.tm")
        let stripped = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
            <file original="lb9/en.html" source-language="en" target-language="nl-BE" datatype="html"><body>
            <group id="b1"><trans-unit id="b1_b1.s0"><source>The storm reached the coast.</source><target state="translated">De storm bereikte de kust.</target></trans-unit></group>
            <group id="b2"><trans-unit id="b2_b2.s0"><source>Trains stopped at noon.</source><target state="translated">De treinen stopten om twaalf uur.</target></trans-unit></group>
            </body></file></xliff>
            """
        let file = scratch.appendingPathComponent("stripped.xlf")
        try stripped.write(to: file, atomically: true, encoding: .utf8)
        let imported = try CLI.run(["import", file.path, "--tm", memory.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("warning: the file names the article lb9 (lb9/en.html) but carries none of the bundle's Taalgrens metadata"), "\(imported.stdout)")
        #expect(imported.stdout.contains("stored under the scope lb9/en.html"), "\(imported.stdout)")
        // Another tool's file with an original of another shape gets no such warning.
        let other = stripped.replacingOccurrences(of: "lb9/en.html", with: "storm-report.docx")
        try other.write(to: file, atomically: true, encoding: .utf8)
        let plain = try CLI.run(["import", file.path, "--tm", memory.path])
        #expect(plain.status == 0 && !plain.stdout.contains("Taalgrens metadata"), "\(plain.stdout)")
    }
}

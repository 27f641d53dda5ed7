import Foundation
import Testing

/// Eleventh trial, finding 1: a memoQ TMX (no `tuid`s) exported again with one translation corrected was
/// imported as "1 added, 0 updated", and `query` gave the superseded and the corrected translation, both 100 %.
@Suite("import: a corrected TMX without tuids (process)")
struct TMXRevisionCLITests {
    private static func tmx(_ dutch: String, changed: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="MemoQ" creationtoolversion="11.2" segtype="sentence" o-tmf="MemoQTM"
         adminlang="en-us" srclang="en-GB" datatype="unknown"/><body>
        <tu changedate="\(changed)" creationid="AGENCY\\ann"><tuv xml:lang="en-GB"><seg>The minister will open the bridge on 15 December 2026 at 10:00.</seg></tuv>
        <tuv xml:lang="nl-BE"><seg>\(dutch)</seg></tuv></tu>
        <tu changedate="20261120T090000Z"><tuv xml:lang="en-GB"><seg>Cyclists can use it from the next day.</seg></tuv>
        <tuv xml:lang="nl-BE"><seg>Fietsers kunnen er de dag nadien over.</seg></tuv></tu>
        </body></tmx>
        """
    }

    @Test("the corrected file updates the unit: one exact match, the corrected one")
    func correctionUpdates() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("m.tm")
        for (folder, dutch, date) in [("v1", "De minister opent de brug op 15 december 2026 om 10.00 uur.", "20261120T090000Z"),
                                      ("v2", "De minister opent de fietsbrug op 15 december 2026 om 10 uur.", "20261129T141500Z")] {
            let dir = scratch.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try Self.tmx(dutch, changed: date).write(to: dir.appendingPathComponent("memoq-agency.tmx"), atomically: true, encoding: .utf8)
        }
        let first = try CLI.run(["import", "v1/memoq-agency.tmx"], in: scratch, memory: memory)
        #expect(first.stdout.hasPrefix("v1/memoq-agency.tmx: 2 units read: 2 added, 0 updated, 0 unchanged"), "\(first.stdout)\(first.stderr)")
        let second = try CLI.run(["import", "v2/memoq-agency.tmx"], in: scratch, memory: memory)
        #expect(second.stdout.hasPrefix("v2/memoq-agency.tmx: 2 units read: 0 added, 1 updated, 1 unchanged"), "\(second.stdout)\(second.stderr)")
        let query = try CLI.run(["query", "The minister will open the bridge on 15 December 2026 at 10:00.",
                                 "--from", "en-GB", "--to", "nl-BE", "--format", "json"], in: scratch, memory: memory)
        let matches = (try JSONSerialization.jsonObject(with: Data(query.stdout.utf8)) as? [String: Any])?["matches"] as? [[String: Any]] ?? []
        #expect(matches.count == 1, "\(query.stdout)")
        #expect(matches.first?["target"] as? String == "De minister opent de fietsbrug op 15 december 2026 om 10 uur.", "\(query.stdout)")
    }

    /// Eleventh trial, finding 2: the memory's own TMX export, imported back, must merge every unit, also one
    /// read from XLIFF 2 with an `<sc>`/`<ec>` pair and one with code ids that are not numbers.
    @Test("the memory's TMX export imported back merges every unit read from XLIFF 2")
    func ownExportMerges() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("m.tm")
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr-BE">
        <file id="f1" original="persbericht.docx"><unit id="u3"><segment id="s5" state="final">
        <source>Apply via <sc id="3" type="link"/>the online portal<ec startRef="3"/> or call 1700.</source>
        <target>Introduisez votre demande via <sc id="3" type="link"/>le guichet en ligne<ec startRef="3"/> ou appelez le 1700.</target>
        </segment></unit><unit id="u4"><segment id="s6" state="final">
        <source>Read the <pc id="b" type="fmt" subType="xlf:b">full decision</pc> online.</source>
        <target>Lisez la <pc id="b" type="fmt" subType="xlf:b">décision complète</pc> en ligne.</target>
        </segment></unit></file></xliff>
        """.write(to: scratch.appendingPathComponent("phrase.xlf"), atomically: true, encoding: .utf8)
        let first = try CLI.run(["import", "phrase.xlf"], in: scratch, memory: memory)
        #expect(first.stdout.hasPrefix("phrase.xlf: 2 units read: 2 added"), "\(first.stdout)\(first.stderr)")
        let export = try CLI.run(["tm", "export", "--format", "tmx", "-o", "m.tmx"], in: scratch, memory: memory)
        #expect(export.status == 0, "\(export.stderr)")
        let again = try CLI.run(["import", "m.tmx"], in: scratch, memory: memory)
        #expect(again.stdout.hasPrefix("m.tmx: 2 units read: 0 added, 0 updated, 0 unchanged, 2 merged"), "\(again.stdout)\(again.stderr)")
    }
}

import Foundation
import Interchange
import TaalgrensCore
import TaalgrensKit
import TaalgrensTestSupport
import Testing

/// Locked and non-translatable segments of an XLIFF 2.1 file (known issue "Locked segments in XLIFF 2",
/// session 14): `Tests/Fixtures/interop/session16/kustweer-locks-2.1.xlf` holds a lock in a tool's namespace
/// on a segment (`mq:locked`) and on a unit (`m:locked`), a `subState="acme:locked"`, a locked segment
/// with `state="initial"`, a `<unit translate="no">`, a segment whose whole source is a
/// `<mrk translate="no">`, and a plain draft.
///
/// Before the fix every lock was ignored: the locked segments without a state were drafts (stored as
/// needing review, never offered at 100), the locked copy "RMI / KMI / IRM" was a "copy of the source",
/// and the web address inside `<mrk translate="no">` was stored as a translation needing review.
@Suite struct XLIFF2LocksTests {
    private static let workspace = Workspace(data: DataDirectory(root: TestEnvironment.repository))
    private static let file = TestEnvironment.repository.appendingPathComponent("Tests/Fixtures/interop/session16/kustweer-locks-2.1.xlf")

    @Test("a tool's lock makes a segment without a state translated, a translate=\"no\" unit or annotation is not stored, a written state keeps its meaning")
    func statuses() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-locks2-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = folder.appendingPathComponent("locks.tm").path
        let summaries = try Self.workspace.importPaths([Self.file], memory: memory)
        let data = try Self.workspace.exportMemory(filter: MemoryFilter(pair: nil, article: nil, since: nil, status: nil), memory: memory)
        let units = try TMXReader.read(data: data, file: "export.tmx").units
        let nl = LanguageTag(stringLiteral: "nl-BE")
        let got = Dictionary(units.compactMap { u in u.variant(for: nl).map { ($0.content.plainText, u.status(for: nl)) } }, uniquingKeysWith: { a, _ in a })
        #expect(got == [
            "Zondag wordt langs de kust zware regen verwacht.": UnitStatus.translated,  // mq:locked on the segment
            "RMI / KMI / IRM": .translated,                                               // m:locked on the unit, a copy
            "De waarschuwing geldt tot maandagmiddag.": .translated,                      // subState="acme:locked"
            "Automobilisten moeten afstand houden.": .needsReview,                        // locked, but state="initial"
            "Zie Kustweer Live voor updates.": .translated,                               // part of it protected
            "De stranden blijven zondag open.": .needsReview,                             // a draft, no lock
        ], "\(got)")
        let reasons = summaries.flatMap(\.reasons)
        #expect(reasons.contains("line 30: unit u4: translate=\"no\": not for translation, not imported"), "\(reasons)")
        #expect(reasons.contains("line 37: unit u5: segment s1: its whole source is marked translate=\"no\" (<mrk> or <sm>): not for translation, not imported"), "\(reasons)")
        #expect(reasons.contains { $0.contains("unit u1 segment s1: no state (initial), but locked (memoQ mq:locked=\"locked\")") }, "\(reasons)")
        #expect(reasons.contains { $0.contains("unit u3 segment s1: no state (initial), but locked (subState=\"acme:locked\")") }, "\(reasons)")
        #expect(!reasons.contains { $0.contains("u2") && $0.contains("copy of the source") }, "\(reasons)")
    }

    @Test("the reader keeps each lock in the file's words and leaves a translate=\"yes\" annotation inside a \"no\" one translatable")
    func reader() throws {
        let document = try XLIFFReader.read(Data(contentsOf: Self.file), file: "kustweer-locks-2.1.xlf")
        let locks = document.units.flatMap { u in u.segments.map { "\(u.id).\($0.id)=\($0.toolLock ?? "-")" } }
        #expect(locks == ["u1.s1=memoQ mq:locked=\"locked\"", "u2.s1=Phrase m:locked=\"true\"", "u3.s1=subState=\"acme:locked\"",
                          "u3.s2={urn:example:acme-cat}locked=\"true\"", "u5.s2=-", "u6.s1=-"])
        let xml = """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="nl-BE"><file id="f">
            <unit id="a"><segment><source><mrk id="m" translate="no">Brand <mrk id="n" translate="yes">slogan</mrk></mrk></source></segment></unit>
            <unit id="b"><segment><source><sm id="x" translate="no"/>ACME-42<em startRef="x"/> <ph id="1"/></source></segment>
            <segment><source>Two</source></segment></unit>
            </file></xliff>
            """
        let read = try XLIFFReader.read(Data(xml.utf8), file: "inline.xlf")
        #expect(read.units.map { "\($0.id):\($0.segments.map(\.source.plainText))" } == ["a:[\"Brand slogan\"]", "b:[\"Two\"]"])
    }

    @Test("XLIFF 1.2: a trans-unit or a <mrk mtype=\"seg\"> whose whole source is <mrk mtype=\"protected\"> is left out; a protected name inside a sentence is text")
    func protected12() throws {
        let xml = """
            <?xml version="1.0"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.html" source-language="en" target-language="nl-BE" datatype="html"><body>
            <trans-unit id="1"><source><mrk mtype="protected">ACME-42</mrk></source><target><mrk mtype="protected">ACME-42</mrk></target></trans-unit>
            <trans-unit id="2"><source>Call <mrk mtype="protected">Child Focus</mrk> on <ph id="1">&lt;b/&gt;</ph>116 000.</source><target>Bel <mrk mtype="protected">Child Focus</mrk> op <ph id="1">&lt;b/&gt;</ph>116 000.</target></trans-unit>
            <trans-unit id="3"><source>x</source><seg-source><mrk mtype="seg" mid="1"><mrk mtype="protected">#SID2025</mrk> <bpt id="1">&lt;b&gt;</bpt><ept id="1">&lt;/b&gt;</ept></mrk> <mrk mtype="seg" mid="2">Stay safe.</mrk></seg-source>
            <target><mrk mtype="seg" mid="1"><mrk mtype="protected">#SID2025</mrk> <bpt id="1">&lt;b&gt;</bpt><ept id="1">&lt;/b&gt;</ept></mrk> <mrk mtype="seg" mid="2">Blijf veilig.</mrk></target></trans-unit>
            </body></file></xliff>
            """
        var details = XLIFFReadDetails()
        let document = try XLIFFReader.read(Data(xml.utf8), file: "okapi.xlf", details: &details)
        #expect(document.units.map { "\($0.id):\($0.segments.map(\.id))" } == ["2:[\"1\"]", "3:[\"2\"]"])
        #expect(details.notes.filter(\.skipped).map(\.message) == [
            "its whole source is marked <mrk mtype=\"protected\">: not for translation, not imported",
            "segment 1: its whole source is marked <mrk mtype=\"protected\">: not for translation, not imported"])
    }
}

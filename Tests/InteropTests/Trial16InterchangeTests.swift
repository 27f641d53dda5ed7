import Foundation
import Interchange
import TaalgrensCore
import TaalgrensKit
import TaalgrensTestSupport
import Testing

/// The sixteenth fresh-user trial's interchange findings (`/work/wt/TRIAL16.md`), each with the trial's file
/// (`Tests/Fixtures/interop/trial16/`) and the right value.
@Suite struct Trial16InterchangeTests {
    static func fixture(_ name: String) -> URL {
        TestEnvironment.repository.appendingPathComponent("Tests/Fixtures/interop/trial16").appendingPathComponent(name)
    }

    /// Each segment's target text, by unit and segment id.
    static func targets(_ name: String) throws -> [String: String] {
        let document = try XLIFFReader.read(Data(contentsOf: fixture(name)), file: name)
        var out: [String: String] = [:]
        for unit in document.units { for segment in unit.segments { out["\(unit.id).\(segment.id)"] = segment.target?.plainText } }
        return out
    }

    /// Finding 2: a reviewer's tracked deletion was kept beside the insertion ("arrêtezcoupez", "18 54018 450"),
    /// stored as a reviewed 100 % match.
    @Test("tracked changes: memoQ's x-mq-tc del and Trados's TQA feedback-deleted are left out, the insertions kept")
    func trackedChanges() throws {
        let memoQ = try Self.targets("reviewed-with-track-changes.mqxliff")
        #expect(memoQ["2.1"] == "Ne payez pas et coupez tout contact.")
        #expect(memoQ["3.1"] == "Signalez-le à la police.")
        let trados = try Self.targets("tqa-feedback.sdlxliff")
        #expect(trados.values.contains("Depuis le lundi 24 novembre, Safeonweb a reçu 18 450 signalements de faux SMS."), "\(trados)")
        #expect(trados.values.contains("Ne cliquez pas sur le lien."), "\(trados)")
        #expect(!trados.values.contains { $0.contains("18 540") || $0.contains("jamais") }, "\(trados)")
    }

    /// Finding 3: memoQ's `<mq:rxt>` (regex tagger) and `<mq:ch>` (a special character) inside a `<ph>` were
    /// opaque codes: "@ChildFocus", the URL and the French no-break space vanished from the text.
    @Test("memoQ's mq:ch and mq:rxt inside <ph> are the text of their val")
    func memoQNotation() throws {
        let document = try XLIFFReader.read(Data(contentsOf: Self.fixture("regex-tagged.mqxliff")), file: "regex-tagged.mqxliff")
        let pairs = document.units.flatMap { $0.segments.map { [$0.source, $0.target ?? RichText(plain: "")] } }
        #expect(pairs.allSatisfy { $0.allSatisfy { $0.codes.isEmpty } }, "\(pairs)")
        let texts = pairs.map { $0.map(\.plainText) }
        #expect(texts.contains(["Share this guide and tag @ChildFocus.", "Partagez ce guide et mentionnez @ChildFocus."]), "\(texts)")
        #expect(texts.contains(["More tips on https://www.childfocus.be/sextortion.", "Plus de conseils sur https://www.childfocus.be/sextortion."]), "\(texts)")
        #expect(texts.contains { $0[1] == "Gardez les preuves\u{A0}: captures d’écran du profil et des messages." }, "\(texts)")
    }

    /// Finding 5: `xml:lang="dut"`, `"fre"`, `"nld"` were stored as languages of their own, which never
    /// answered `--to nl-BE` or `fr-BE`.
    @Test("ISO 639-2 and 639-3 codes of a language with a two-letter code are read as that code, with a note")
    func threeLetterCodes() throws {
        for (file, code, expected) in [("dut.tmx", "dut", "nl"), ("fre.tmx", "fre", "fr"), ("nld.tmx", "nld", "nl")] {
            let (units, report) = try TMXReader.read(data: Data(contentsOf: Self.fixture(file)), file: file)
            #expect(Set(units.flatMap { $0.variants.map(\.locale.identifier) }) == ["en", expected], "\(file)")
            #expect(report.entries.map(\.message).contains { $0.contains("'\(code)' is the ISO 639-2/639-3 code of a language BCP 47 writes '\(expected)'") },
                    "\(file): \(report.entries)")
        }
        for (text, expected) in [("fra-BE", "fr-BE"), ("GER", "de"), ("dut_BE", "nl-BE"), ("fil", "fil"), ("gsw-CH", "gsw-CH"), ("nl-BE", "nl-BE")] {
            let xml = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"eng\" trgLang=\"\(text)\"><file id=\"f\"><unit id=\"u\"><segment><source>a</source></segment></unit></file></xliff>"
            let document = try XLIFFReader.read(Data(xml.utf8), file: "x.xlf")
            #expect(document.sourceLocale.identifier == "en" && document.targetLocale.identifier == expected, "\(text)")
        }
    }

    /// Finding 11: Phrase's `<m:comment>` and memoQ's `<mq:comments>` were dropped without a word, and Phrase's
    /// `{1>` tags kept `{1>` as their markup though `<m:tunit-metadata>` records the link.
    @Test("Phrase and memoQ segment comments are the unit's notes; a Phrase tag takes its m:tunit-metadata markup, and a TMX export writes both")
    func commentsAndTagMarkup() throws {
        let phrase = try XLIFFReader.read(Data(contentsOf: Self.fixture("age-verification-fr-BE.mxliff")), file: "age-verification-fr-BE.mxliff")
        let unit = try #require(phrase.units.first { $0.id == "Kp3xQ8wLr2mT7vN1:1" })
        #expect(unit.notes == ["Phrase comment: Client asks for \"lignes directrices\", not \"orientations\"."], "\(unit.notes)")
        let codes = unit.segments[0].source.codes
        #expect(codes.map(\.type) == [.link, .link] && codes.first?.attributes["href"] == "https://www.ibpt.be/fr/verification-age", "\(codes)")
        #expect(unit.segments[0].target?.codes == codes)
        let memoQ = try XLIFFReader.read(Data(contentsOf: Self.fixture("comments.mqxliff")), file: "comments.mqxliff")
        #expect(memoQ.units[0].notes == ["memoQ comment by jan on the target: Safeonweb uses a Dutch address for Dutch reports; checked with the client."],
                "\(memoQ.units[0].notes)")

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-trial16-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = Workspace(data: DataDirectory(root: TestEnvironment.repository))
        let memory = folder.appendingPathComponent("m.tm").path
        _ = try workspace.importPaths([Self.fixture("age-verification-fr-BE.mxliff"), Self.fixture("comments.mqxliff")], memory: memory)
        let tmx = String(decoding: try workspace.exportMemory(filter: MemoryFilter(pair: nil, article: nil, since: nil, status: nil), memory: memory), as: UTF8.self)
        #expect(tmx.contains("<note>Phrase comment: Client asks for") && tmx.contains("<note>memoQ comment by jan on the target:"), "\(tmx)")
        #expect(tmx.contains("https://www.ibpt.be/fr/verification-age") && !tmx.contains("{1&gt;"), "\(tmx)")
    }
}

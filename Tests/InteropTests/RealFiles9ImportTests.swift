import Foundation
import Interchange
import TaalgrensCore
import TaalgrensKit
import TaalgrensTestSupport
import Testing

/// Third round of real files (REALFILES9) through `taalgrens import` (Workspace, SQLite memory): XLIFF 1.2
/// that tools write under their own file name extension — Phrase's `.mxliff`, Wordfast Pro's `.txlf` —
/// and XLIFF 2.2. Fixtures in `Tests/Fixtures/interop/realfiles9/`: the tools' structure, our own sentences.
@Suite struct RealFiles9ImportTests {
    private static func fixture(_ name: String) -> URL {
        TestEnvironment.repository.appendingPathComponent("Tests/Fixtures/interop/realfiles9").appendingPathComponent(name)
    }

    private static let workspace = Workspace(data: DataDirectory(root: TestEnvironment.repository))

    @Test("a Phrase .mxliff, a Wordfast Pro .txlf and an XLIFF 2.2 file import by their own extension")
    func toolExtensions() throws {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-rf9-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let memory = tmp.appendingPathComponent("m.tm").path
        // Before: "cannot import a .mxliff file: expected an article folder, a .tmx or an XLIFF file".
        let summaries = try Self.workspace.importPaths(["phrase-job.mxliff", "wordfast-pro.txlf", "xliff22-ctr-matches.xlf"].map(Self.fixture), memory: memory)
        #expect(summaries.map(\.added) == [2, 2, 2])
        let data = try Self.workspace.exportMemory(filter: MemoryFilter(pair: nil, article: nil, since: nil, status: nil), memory: memory)
        let units = try TMXReader.read(data: data, file: "export.tmx").units
        let texts = Set(units.compactMap { $0.variant(for: "nl-BE")?.text } + units.compactMap { $0.variant(for: "fr-BE")?.text })
        #expect(texts.isSuperset(of: ["De brug gaat vrijdag open.", "Fietsers houden hun eigen strook.",
                                      "Le marché déménage sur la place.", "Les échoppes ouvrent à huit heures.",
                                      "De werken aan de brug zijn klaar."]))
        // The Phrase alternative translation is a candidate, not the unit's target.
        #expect(!texts.contains("De brug opent vrijdag."))
    }

    @Test("terms list of OmegaT's glossary.txt: read with --termbase-languages, refused without them, a malformed value named")
    func glossaryLanguages() throws {
        let glossary = Self.fixture("omegat-glossary.txt")
        var workspace = Self.workspace
        let refusal = try #require(throws: InputError.self) { try workspace.listTerms(termbases: [glossary], includeDefault: false) }
        #expect(refusal.message.contains("--termbase-languages"))
        try workspace.useGlossaryLanguages("en,nl-BE")
        let report = try workspace.listTerms(termbases: [glossary], includeDefault: false)
        #expect(report.entries.map { $0.terms.map(\.text) } == [["level crossing", "overweg"], ["bridge works", "werken aan de brug"], ["tram stop", "tramhalte"]])
        let bad = try #require(throws: InputError.self) { try workspace.useGlossaryLanguages("english") }
        #expect(bad.file == "--termbase-languages" && bad.message.contains("'english'"))
    }

    @Test("check takes a glossary's languages from what it checks when that is one pair; --termbase-languages still wins")
    func checkGlossaryLanguagesFromFiles() throws {
        let file = Self.fixture("level-crossing-en-nl-BE.xlf"), glossary = Self.fixture("omegat-glossary.txt")
        // Before: refused, the glossary does not say its languages. The file is en → nl-BE, so the glossary is.
        let report = try Self.workspace.check(paths: [file], termbases: [glossary], includeDefaultTermbase: false, memory: nil)
        let missing = report.findings.filter { $0.termId == "r2" }
        #expect(!missing.isEmpty, "\(report.findings.map(\.message))")
        #expect(missing.allSatisfy { $0.locale == "nl-BE" })
        // Given languages that do not fit the file, the glossary's terms are in other locales: no finding from it.
        var workspace = Self.workspace
        try workspace.useGlossaryLanguages("en,fr-BE")
        let other = try workspace.check(paths: [file], termbases: [glossary], includeDefaultTermbase: false, memory: nil)
        #expect(other.findings.filter { $0.termId == "r2" }.isEmpty)
    }
}


import Foundation
import Interchange
import TaalgrensCore
import TaalgrensKit
import TaalgrensTestSupport
import Testing

/// Session 14: the files of the tools a Belgian agency uses (Phrase MXLIFF, memoQ MQXLIFF and TMX, Trados
/// Studio SDLXLIFF, Crowdin XLIFF 1.2), written as the tools write them (`Tests/Fixtures/interop/session14/`),
/// imported, queried, exported and imported again through `Workspace`.
///
/// Before the fix a segment the tool **locks** (memoQ `mq:locked="locked"`, Phrase `m:locked="true"`, Trados
/// Studio `<sdl:seg locked="true">`) with a draft status (memoQ `Pretranslated`, Phrase `m:confirmed="0"`,
/// Trados without `conf`) was stored as needing review, never offered at 100, though the project had locked
/// it as it stands; and memoQ's `AssembledFromFragments` and `PreTranslated` (another spelling) were read as
/// translated, offered at 100 though nobody confirmed them.
@Suite struct AgencyToolFilesTests {
    private static func fixture(_ name: String) -> URL {
        TestEnvironment.repository.appendingPathComponent("Tests/Fixtures/interop/session14").appendingPathComponent(name)
    }

    private static let workspace = Workspace(data: DataDirectory(root: TestEnvironment.repository))

    /// Imports `file` into a new memory, then returns the memory's units (from a `tm export`), the TMX
    /// bytes and the memory's path.
    private static func imported(_ file: String, in folder: URL) throws -> (units: [TranslationUnit], tmx: Data, memory: String) {
        let memory = folder.appendingPathComponent("\(file).tm").path
        _ = try workspace.importPaths([fixture(file)], memory: memory)
        let data = try workspace.exportMemory(filter: MemoryFilter(pair: nil, article: nil, since: nil, status: nil), memory: memory)
        return (try TMXReader.read(data: data, file: "export.tmx").units, data, memory)
    }

    private static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-agency-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Each unit's status, by its target text in `locale`.
    private static func statuses(_ units: [TranslationUnit], _ locale: LanguageTag) -> [String: UnitStatus] {
        Dictionary(units.compactMap { u in u.variant(for: locale).map { ($0.content.plainText, u.status(for: locale)) } }, uniquingKeysWith: { a, _ in a })
    }

    @Test("each file's statuses as its tool means them: a locked draft is translated, a locked machine translation and memoQ's unconfirmed statuses are not",
          arguments: [
            ("kustweer-phrase.mxliff", "nl-BE", [
                "Zondag wordt langs de kust zware regen verwacht.": UnitStatus.translated,   // confirmed, locked 101
                "Het Koninklijk Meteorologisch Instituut gaf een gele waarschuwing.": .translated, // m:confirmed="0", locked
                "Automobilisten moeten afstand houden en hun snelheid verminderen.": .needsReview, // unconfirmed MT
                "RMI / KMI / IRM": .translated,                                              // a locked copy
                "De waarschuwing geldt tot maandagmiddag.": .translated]),
            ("kustweer-memoq.mqxliff", "fr-BE", [
                "De fortes pluies sont attendues dimanche le long de la côte.": .translated, // Pretranslated 101, locked
                "L'Institut royal météorologique a émis une alerte jaune.": .translated,
                "RMI / KMI / IRM": .translated,
                "Les automobilistes doivent garder leurs distances et réduire leur vitesse.": .needsReview,
                "Le tram de la côte passe toutes les 20 minutes.": .reviewed,
                "Les plages restent ouvertes dimanche.": .needsReview,                        // AssembledFromFragments
                "Les sauveteurs sont de garde dès 10 heures.": .needsReview,                  // PreTranslated
                "Les chiens ne sont pas admis sur la plage jusqu'en octobre.": .needsReview]), // MachineTranslated, locked
            ("kustweer-trados.sdlxliff", "nl-BE", [
                "Zondag wordt langs de kust zware regen verwacht.": .reviewed,                 // ApprovedSignOff, locked
                "Het Koninklijk Meteorologisch Instituut gaf een gele waarschuwing.": .translated,
                "Automobilisten moeten afstand houden en hun snelheid verminderen.": .needsReview, // Draft, origin mt
                "De kusttram rijdt om de 20 minuten.": .reviewed,
                "RMI / KMI / IRM": .translated]),                                             // no conf, locked
            ("kustweer-crowdin.xliff", "nl-BE", [
                "Zondag wordt langs de kust zware regen verwacht.": .reviewed,                 // state="final"
                "Het Koninklijk Meteorologisch Instituut gaf een gele waarschuwing.": .translated,
                "De kusttram rijdt om de %d minuten.": .translated]),
          ])
    func statuses(file: String, locale: String, expected: [String: UnitStatus]) throws {
        let tmp = try Self.folder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let (units, tmx, _) = try Self.imported(file, in: tmp)
        let got = Self.statuses(units, LanguageTag(stringLiteral: locale))
        #expect(got == expected, "\(file)")
        // Exported and imported again: the same statuses, texts and inline codes.
        let again = tmp.appendingPathComponent("again.tmx")
        try tmx.write(to: again)
        let memory = tmp.appendingPathComponent("again.tm").path
        _ = try Self.workspace.importPaths([again], memory: memory)
        let back = try TMXReader.read(data: Self.workspace.exportMemory(filter: MemoryFilter(pair: nil, article: nil, since: nil, status: nil), memory: memory),
                                      file: "again.tmx").units
        #expect(Self.statuses(back, LanguageTag(stringLiteral: locale)) == expected, "\(file) after a round trip")
        func contents(_ units: [TranslationUnit]) -> Set<String> {
            Set(units.flatMap { u in u.variants.map { "\($0.locale) \($0.content)" } })
        }
        #expect(contents(back) == contents(units), "\(file): texts and codes after a round trip")
    }

    @Test("inline codes are kept: Trados tag definitions, memoQ's {} codes and Phrase's {b>…<b} are bold pairs around the same words")
    func codes() throws {
        let tmp = try Self.folder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        for (file, locale, words) in [("kustweer-trados.sdlxliff", "nl-BE", "Koninklijk Meteorologisch Instituut"),
                                      ("kustweer-memoq.mqxliff", "fr-BE", "Institut royal météorologique"),
                                      ("kustweer-phrase.mxliff", "nl-BE", "middag")] {
            let units = try Self.imported(file, in: tmp).units
            let text = try #require(units.compactMap { $0.variant(for: LanguageTag(stringLiteral: locale))?.content }.first { $0.plainText.contains(words) }, "\(file)")
            let codes = text.codes
            #expect(codes.map(\.kind) == [.opening, .closing], "\(file): \(codes)")
            #expect(codes.allSatisfy { $0.type == .strong }, "\(file): \(codes)")
        }
    }

    @Test("memoQ TMX: x-context-pre and x-context-post give a 101 for the unit of that context, 100 for the other translation")
    func memoQContext() throws {
        let tmp = try Self.folder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let memory = try Self.imported("kustweer-memoq.tmx", in: tmp).memory
        for (previous, next, target) in [("Storm warning for the coast", "Trams keep running.", "Zondag wordt zware regen verwacht."),
                                         ("Weather for inland", "Roads may be slippery.", "Zondag verwachten we zware regen.")] {
            let report = try Self.workspace.query("Heavy rain is expected on Sunday.", from: "en-GB", to: "nl-BE",
                                                  previous: previous, next: next, memory: memory)
            #expect(report.matches.map(\.score) == [101, 100])
            #expect(report.matches.first?.target == target)
        }
    }
}

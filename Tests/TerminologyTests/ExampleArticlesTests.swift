import Foundation
import TaalgrensCore
import Testing
import Terminology

/// The example articles, as the hand-made gold beads of `Tests/Fixtures/examples/` pair their
/// sentences, checked with the shipped termbase: they are faithful translations, so no rule may raise
/// an error on them.
@Suite struct ExampleArticlesTests {
    struct Segments: Decodable {
        struct Block: Decodable { var segments: [String] }
        var blocks: [Block]
    }
    struct Beads: Decodable {
        struct Bead: Decodable { var segments: [String: [Int]] }
        var locales: [String]
        var beads: [Bead]
    }

    /// One check unit per bead, the segments of a side joined by a space.
    static func units(_ article: String) throws -> [CheckUnit] {
        let folder = repositoryRoot.appendingPathComponent("Tests/Fixtures/examples/\(article)")
        let beads = try JSONDecoder().decode(Beads.self, from: Data(contentsOf: folder.appendingPathComponent("beads.json")))
        var sentences: [String: [String]] = [:]
        for locale in beads.locales {
            let file = folder.appendingPathComponent("\(locale).segments.json")
            sentences[locale] = try JSONDecoder().decode(Segments.self, from: Data(contentsOf: file)).blocks.flatMap(\.segments)
        }
        return beads.beads.enumerated().map { i, bead in
            var variants: [LanguageTag: RichText] = [:]
            for (locale, indices) in bead.segments where !indices.isEmpty {
                variants[LanguageTag(locale)!] = RichText(plain: indices.map { sentences[locale]![$0] }.joined(separator: " "))
            }
            return CheckUnit(id: "\(article):\(i)", variants: variants)
        }
    }

    @Test(arguments: ["safer-internet-day-2020", "friend-zone-escape-game", "sid-2020-france-faminum", "youth-pledge-2020"])
    func exampleChecksCleanWithShippedTermbase(article: String) throws {
        let termbase = try Termbase.loadDefault(from: DataDirectory(root: repositoryRoot))
        let findings = TermChecker(termbase: termbase, data: try localeData()).check(try Self.units(article))
        let errors = findings.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { "\($0.unit) \($0.locale) \($0.rule) \($0.text): \($0.message)" }.joined(separator: "\n"))")
        let others = findings.filter { $0.severity != .error }
        #expect(others.isEmpty, "\(others.map { "\($0.unit) \($0.locale) \($0.rule) \($0.text): \($0.message)" }.joined(separator: "\n"))")
    }
}

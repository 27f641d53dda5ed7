import Foundation
import Testing
import TaalgrensCore
import TranslationMemory

/// Seventeenth trial, finding 12: the English article re-saved by a CMS with `&nbsp;` ("10&nbsp;minutes",
/// "078&nbsp;170&nbsp;170") matched its stored sentences at 98–99 % only, and the bundle published them in
/// English. The score rule stays (−1 per whitespace difference, −1 for a placeable written another way); the
/// match says it differs only in spacing, and its target carries the query's no-break spaces at its placeables.
@Suite("Matching: a source that differs only in the kind of white space or in invisible characters")
struct SpacingOnlyTests {
    static let store: SQLiteStore = {
        let store = try! SQLiteStore.inMemory()
        _ = try! store.importUnits([
            TranslationUnit(id: "phone", variants: [
                Variant(locale: "en", content: "Call Card Stop on 078 170 170 at once."),
                Variant(locale: "fr-BE", content: "Appelez immédiatement Card Stop au 078 170 170."),
                Variant(locale: "nl-BE", content: "Bel meteen Card Stop op 078 170 170.")]),
            TranslationUnit(id: "minutes", variants: [
                Variant(locale: "en", content: "The bank blocks your card within 10 minutes."),
                Variant(locale: "fr-BE", content: "La banque bloque votre carte dans les 10 minutes."),
                Variant(locale: "nl-BE", content: "De bank blokkeert uw kaart binnen 10 minuten.")]),
            TranslationUnit(id: "review", variants: [
                Variant(locale: "en", content: "Keep your PIN code secret at all times."),
                Variant(locale: "fr-BE", content: "Gardez toujours votre code PIN secret.")], status: .needsReview),
            TranslationUnit(id: "spaced", variants: [
                Variant(locale: "en", content: "Never share it with anyone."),
                Variant(locale: "fr-BE", content: "Ne le partagez avec personne.")]),
        ], origin: "card")
        return store
    }()

    static func best(_ text: String, to target: LanguageTag) throws -> Match {
        var q = MatchQuery(text: RichText(plain: text), source: "en", target: target)
        let match = try #require(try store.search(q).first, "\(text)")
        q.strategy = .bruteForce
        #expect(try store.search(q).first.map { "\($0.unit.id) \($0.score) \($0.translation.plainText)" }
                == "\(match.unit.id) \(match.score) \(match.translation.plainText)", "\(text): the index agrees with a scan")
        return match
    }

    @Test("a CMS's &nbsp; in a phone number and before a unit: the same score, the target with the no-break spaces", arguments: [
        ("Call Card Stop on 078\u{00A0}170\u{00A0}170 at once.", "fr-BE", 99.0, "Appelez immédiatement Card Stop au 078\u{00A0}170\u{00A0}170."),
        ("Call Card Stop on 078\u{00A0}170\u{00A0}170 at once.", "nl-BE", 99.0, "Bel meteen Card Stop op 078\u{00A0}170\u{00A0}170."),
        ("The bank blocks your card within 10\u{00A0}minutes.", "fr-BE", 99.0, "La banque bloque votre carte dans les 10\u{00A0}minutes."),
        ("The bank blocks your card within 10\u{202F}minutes.", "nl-BE", 99.0, "De bank blokkeert uw kaart binnen 10\u{202F}minuten."),
        // No placeable next to the space: the target keeps its own spacing, the match is still spacing-only.
        ("Never\u{00A0}share it with\u{2009}anyone.", "fr-BE", 98.0, "Ne le partagez avec personne."),
        // A soft hyphen inside a word makes another key (a word edit, 80), but reads the same: spacing-only.
        ("Never share it with any\u{00AD}one.", "fr-BE", 80.0, "Ne le partagez avec personne."),
        ("Never  share it with anyone.", "fr-BE", 99.0, "Ne le partagez avec personne."),
    ])
    func spacingOnly(query: String, target: String, score: Double, translation: String) throws {
        let match = try Self.best(query, to: try #require(LanguageTag(target)))
        #expect(match.score == score && match.kind == .fuzzy, "\(match.score) \(match.breakdown.penalties)")
        #expect(match.differsOnlyInSpacing && match.whitespaceKindOnly)
        #expect(match.translation.plainText == translation)
    }

    @Test("a new number and an &nbsp;: adapted, the space kind only; a space added or removed is no kind difference")
    func adaptedWithSpacing() throws {
        let match = try Self.best("The bank blocks your card within 15\u{00A0}minutes.", to: "fr-BE")
        #expect(match.score == 97 && match.differsOnlyInPlaceables && match.whitespaceKindOnly && !match.differsOnlyInSpacing)
        #expect(match.translation.plainText == "La banque bloque votre carte dans les 15\u{00A0}minutes.")
        let glued = try Self.best("Never share it with anyone .", to: "fr-BE")
        #expect(!glued.differsOnlyInSpacing && !glued.whitespaceKindOnly, "\(glued.breakdown.penalties)")
        // Other words are never spacing-only.
        let other = try Self.best("Never share it with anybody.", to: "fr-BE")
        #expect(!other.differsOnlyInSpacing)
    }

    @Test("a unit that needs review is spacing-only too; the status penalty stays")
    func needsReview() throws {
        let match = try Self.best("Keep your PIN\u{00A0}code secret at all times.", to: "fr-BE")
        #expect(match.differsOnlyInSpacing && match.score == 94)
    }
}

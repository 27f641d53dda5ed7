import Foundation
import Testing
import TaalgrensCore
import Tokenization
import TranslationMemory

/// Telephone numbers and other digit strings that name rather than count (`docs/matching.md`, "Digit
/// strings"). Tenth trial, finding 2: "078 170 170" was three numbers in en and nl-BE and "78" plus the
/// grouped number "170 170" in fr-BE, so a fuzzy match adapted the new number into Dutch but left the old
/// one in the French target, and the QA check reported "078" missing with the suggestion "78".
@Suite("Digit strings: telephone numbers and codes")
struct DigitStringTests {
    static let locales: [LanguageTag] = ["en", "nl-BE", "fr-BE"]

    /// The number tokens of `text` in `locale`, as "text=canonical".
    func numbers(_ text: String, _ locale: LanguageTag) -> [String] {
        Tokenizer(locale: locale).tokens(text).compactMap { token in
            guard token.kind == .number, case .number(let n)? = token.value else { return nil }
            return "\(token.text)=\(n.canonical)"
        }
    }

    @Test("the trial's helpline number is one placeable in every locale, leading zero kept")
    func trialNumber() {
        for locale in Self.locales {
            #expect(numbers("Call Card Stop at 078 170 170 immediately.", locale) == ["078 170 170=078170170"], "\(locale)")
        }
    }

    @Test("the written forms of telephone, enterprise and service numbers")
    func forms() {
        let cases: [(String, String)] = [
            ("Bel 02 123 45 67.", "02 123 45 67=021234567"),
            ("Call +32 2 555 01 23 today.", "+32 2 555 01 23=+3225550123"),
            ("Call +32 (0)2 555 01 23 today.", "+32 (0)2 555 01 23=+32025550123"),
            ("Tel. 0470/12.34.56 of mail.", "0470/12.34.56=0470123456"),
            ("Ondernemingsnummer 0123.456.789.", "0123.456.789=0123456789"),
            ("Gratis via 0800 of chat.", "0800=0800"),
            ("Bel 06-12345678 in Nederland.", "06-12345678=0612345678"),
            ("Appelez le 0471\u{00A0}12\u{00A0}34\u{00A0}56.", "0471\u{00A0}12\u{00A0}34\u{00A0}56=0471123456"),
            ("Call +3225550123.", "+3225550123=+3225550123"),
            ("Mobiel 0470123456.", "0470123456=0470123456"),
        ]
        for (text, expected) in cases {
            for locale in Self.locales {
                #expect(numbers(text, locale) == [expected], "\(locale): \(text)")
            }
        }
    }

    @Test("quantities, dates and times are not digit strings")
    func notDigitStrings() {
        #expect(numbers("Het kost 0,5 euro.", "nl-BE") == ["0,5=0.5"])
        #expect(numbers("It grew by 0.25 points.", "en") == ["0.25=0.25"])
        #expect(numbers("Il y avait 3 000 personnes.", "fr-BE") == ["3 000=3000"])
        #expect(numbers("Er waren 1.000.000 bezoekers.", "nl-BE") == ["1.000.000=1000000"])
        #expect(numbers("Op 05 maart.", "nl-BE").isEmpty)  // a date with a month name
        #expect(numbers("Kamer 05 is vrij.", "nl-BE") == ["05=5"])  // two digits: a day, month or hour
        #expect(numbers("Up +5 % this year.", "en") == ["5=5"])
        let date = Tokenizer(locale: "nl-BE").tokens("Op 01.02.2021 om 09:30 u.")
        #expect(date.filter { $0.kind == .date }.map(\.text) == ["01.02.2021"])
        #expect(date.filter { $0.kind == .time }.count == 1)
        #expect(date.filter { $0.kind == .number }.isEmpty)
        // Inside a word or glued to letters: no placeable.
        #expect(numbers("Code AB0800 of 0800X.", "en").isEmpty)
    }

    @Test("a digit string is written as written in every locale")
    func writtenAsWritten() {
        let phone = NumberValue(value: 78_170_170, literal: "078 170 170")
        for locale in Self.locales {
            #expect(phone.written(for: locale, like: NumberValue(value: 3000, grouped: true)) == "078 170 170")
        }
        // A quantity adapted where the stored value was a digit string takes no habit from it.
        #expect(NumberValue(value: 3000, grouped: true).written(for: "fr-BE", like: phone) == "3\u{202F}000")
    }

    @Test("a fuzzy match adapts a new telephone number into both targets")
    func adaptation() throws {
        let store = try SQLiteStore.inMemory()
        _ = try store.importUnits([TranslationUnit(id: "cardstop", variants: [
            Variant(locale: "en", content: "Call Card Stop at 078 170 170 immediately, then file a complaint at your local police station."),
            Variant(locale: "nl-BE", content: "Bel meteen Card Stop op 078 170 170 en dien daarna klacht in bij de lokale politie."),
            Variant(locale: "fr-BE", content: "Appelez immédiatement Card Stop au 078 170 170, puis portez plainte auprès de la police locale."),
        ])], origin: "test")
        let text: RichText = "Call Card Stop at 070 344 344 immediately, then file a complaint at your local police station."
        let nl = try #require(try store.search(MatchQuery(text: text, source: "en", target: "nl-BE")).first)
        #expect(nl.score == 98 && nl.adapted)
        #expect(nl.adaptedTarget?.plainText == "Bel meteen Card Stop op 070 344 344 en dien daarna klacht in bij de lokale politie.")
        let fr = try #require(try store.search(MatchQuery(text: text, source: "en", target: "fr-BE")).first)
        #expect(fr.score == 98 && fr.adapted)
        #expect(fr.adaptedTarget?.plainText == "Appelez immédiatement Card Stop au 070 344 344, puis portez plainte auprès de la police locale.")
        // The same number written the same way is an exact match.
        let same = try #require(try store.search(MatchQuery(text: "Call Card Stop at 078 170 170 immediately, then file a complaint at your local police station.",
                                                            source: "en", target: "fr-BE")).first)
        #expect(same.score == 100)
    }
}

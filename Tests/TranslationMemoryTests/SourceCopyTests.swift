import Foundation
import Testing
import TaalgrensCore
import Tokenization
import TranslationMemory

/// Seventeenth trial, finding 15: a returned file whose untranslated targets a tool filled with the source
/// (Transifex's "for use" download, Crowdin's and Phrase's "copy source") was stored as needing review and then
/// served as a 95 % match that pre-filled the English as the fr-BE target, and `analyze` counted it as
/// leverage. A target equal to its source in another language, with a word of the source's language, is no
/// translation: the search never offers it, in either strategy; texts that stay the same in every language
/// still are matches.
@Suite("Matching: a target that copies its source in another language is never a match")
struct SourceCopyTests {
    static func unit(_ id: String, en: String, fr: String, nl: String? = nil, status: UnitStatus = .needsReview) -> TranslationUnit {
        var variants = [Variant(locale: "en", content: RichText(plain: en)), Variant(locale: "fr-BE", content: RichText(plain: fr))]
        if let nl { variants.append(Variant(locale: "nl-BE", content: RichText(plain: nl))) }
        return TranslationUnit(id: id, variants: variants, status: status)
    }

    static func best(_ store: SQLiteStore, _ text: String, to target: LanguageTag = "fr-BE") throws -> [String] {
        var q = MatchQuery(text: RichText(plain: text), source: "en", target: target, minScore: 50, limit: 5)
        let indexed = try store.search(q).map { "\($0.unit.id) \($0.score)" }
        q.strategy = .bruteForce
        #expect(indexed == (try store.search(q).map { "\($0.unit.id) \($0.score)" }), "\(text): the index agrees with a scan")
        return indexed
    }

    @Test("copies (any status, any spacing, soft hyphens) are left out; the unit's real translations and older ones stay")
    func copiesAreNoMatches() throws {
        let store = try SQLiteStore.inMemory()
        _ = try store.importUnits([
            // Transifex "for use": the English written into the French target.
            Self.unit("copy", en: "Set a good example yourself.", fr: "Set a good example yourself.", nl: "Geef zelf het goede voorbeeld."),
            // The same copy signed off, and one whose spacing and soft hyphen differ from the source.
            Self.unit("signed", en: "Agree on screen-free moments.", fr: "Agree on screen-free moments.", status: .reviewed),
            Self.unit("spaced", en: "Talk about what they see online.", fr: "Talk  about what they\u{00A0}see on\u{00AD}line."),
            // A real, older translation of a similar sentence is still offered.
            Self.unit("real", en: "Set a good example yourself!", fr: "Donnez vous-même le bon exemple !", status: .translated),
        ], origin: "transifex-fr.xlf")
        let french = try Self.best(store, "Set a good example yourself.")
        #expect(french == ["transifex-fr.xlf#real 99.0"], "\(french)")
        // The Dutch translation of the unit whose French is a copy is a match as ever.
        let dutch = try Self.best(store, "Set a good example yourself.", to: "nl-BE")
        #expect(dutch == ["transifex-fr.xlf#copy 95.0"], "\(dutch)")
        #expect(try Self.best(store, "Agree on screen-free moments.").isEmpty)
        #expect(try Self.best(store, "Talk about what they see online.").isEmpty)
    }

    /// Nineteenth trial, finding 8: a Flemish editor keeps English loanwords in headings ("FAQ: phishing",
    /// "Gaming tips", "Online gaming"); the pair aligned from the article folder's own versions is the editor's
    /// translation, no tool's copy, and is offered; the same pair read from an imported file, or an article's
    /// copy flagged as needing review, is not.
    @Test("an article's own version spelled as its source is a translation; a file's copy or a flagged one is not")
    func articleVersionsAreTranslations() throws {
        let store = try SQLiteStore.inMemory()
        func pair(_ id: String, _ en: String, _ nl: String, status: UnitStatus = .aligned) -> TranslationUnit {
            TranslationUnit(id: id, variants: [Variant(locale: "en", content: RichText(plain: en)), Variant(locale: "nl-BE", content: RichText(plain: nl))],
                            status: status)
        }
        _ = try store.importArticle(id: "loanwords", units: [
            pair("loanwords:0:0", "FAQ: phishing", "FAQ: phishing"),
            pair("loanwords:1:0", "Gaming tips", "Gaming tips"),
            pair("loanwords:2:0", "Online gaming", "Online gaming"),
            pair("loanwords:3:0", "Sexting: tips for parents", "Sexting: tips for parents", status: .needsReview),
        ], source: "en")
        _ = try store.importUnits([pair("file", "Sexting: tips", "Sexting: tips")], origin: "transifex-nl.xlf")
        func found(_ text: String) throws -> [String] { try Self.best(store, text, to: "nl-BE").map { String($0.split(separator: " ")[0]) } }
        #expect(try found("FAQ: phishing") == ["loanwords:0:0"])
        #expect(try found("Gaming tips") == ["loanwords:1:0"])
        #expect(try found("Online gaming") == ["loanwords:2:0"])
        let exact = try #require(try store.search(MatchQuery(text: "Online gaming", source: "en", target: "nl-BE")).first)
        #expect(exact.score == 100 && exact.kind == .exact)
        #expect(try found("Sexting: tips for parents").isEmpty, "flagged by the aligner: no translation to offer")
        #expect(try found("Sexting: tips").isEmpty, "a file's copy stays out")
    }

    @Test("names, numbers, addresses and one-language pairs copied as they are stay matches")
    func sameInEveryLanguage() throws {
        let store = try SQLiteStore.inMemory()
        let same = ["Safer Internet Day", "Instagram", "116 000", "www.safeonweb.be", "Jan van Eyck", "FAQ", "Contact", "iPhone 15"]
        _ = try store.importUnits(same.enumerated().map { Self.unit("u\($0.offset)", en: $0.element, fr: $0.element, status: .reviewed) }
                                  + [TranslationUnit(id: "gb", variants: [Variant(locale: "en-GB", content: RichText(plain: "Check your settings.")),
                                                                          Variant(locale: "en-US", content: RichText(plain: "Check your settings."))],
                                                     status: .reviewed)],
                                  origin: "names.tmx")
        for (k, text) in same.enumerated() {
            let found = try Self.best(store, text)
            #expect(found == ["names.tmx#u\(k) 100.0"], "\(text): \(found)")
        }
        var q = MatchQuery(text: RichText(plain: "Check your settings."), source: "en-GB", target: "en-US", minScore: 50)
        #expect(try store.search(q).map(\.score) == [100])
        q.strategy = .bruteForce
        #expect(try store.search(q).map(\.score) == [100])
    }

    @Test("a word of the language: lower-case, two letters or more, not a particle between capitalised words", arguments: [
        ("Set a good example yourself.", true), ("Contact us", true), ("klik hier", true), ("Ministry of Justice", false),
        ("Charles de Gaulle", false), ("Safer Internet Day 2020", false), ("COVID-19", false), ("Call 116 000", false),
        ("info@safeonweb.be", false), ("#SID2025 @childfocus", false), ("l'Europe", false), ("Prix : 12 €", false),
    ])
    func holdsLanguage(text: String, expected: Bool) {
        #expect(SourceCopy.holdsLanguage(Tokenizer(locale: "en").tokens(text)) == expected, "\(text)")
    }

    @Test("the spacing key: NFC, format characters out, every run of white space one space")
    func spacingKey() {
        #expect(SourceCopy.spacingKey(" 10\u{00A0}minutes\u{202F}!\u{200B} ") == "10 minutes !")
        #expect(SourceCopy.spacingKey("rijks\u{00AD}register\u{00AD}nummer") == "rijksregisternummer")
        #expect(SourceCopy.spacingKey("e\u{0301}te\u{0301}\n\tici") == "été ici")
    }
}

import Testing
import TaalgrensCore

@Suite("LanguageTag")
struct LanguageTagTests {
    @Test("canonical case and separators", arguments: [
        ("nl-be", "nl-BE"), ("NL_BE", "nl-BE"), ("fr", "fr"), ("sr-latn-rs", "sr-Latn-RS"), ("es-419", "es-419"),
    ])
    func canonical(input: String, expected: String) {
        // A String variable, not a literal: `LanguageTag("…")` with a literal is literal coercion.
        #expect(LanguageTag(input)?.identifier == expected)
    }

    @Test("malformed tags are rejected", arguments: ["", "x", "english", "nl-", "nl-BE!", "*all*", "n1"])
    func malformed(input: String) {
        #expect(LanguageTag(input) == nil)
    }

    @Test("language, region and ICU id")
    func parts() {
        let tag: LanguageTag = "nl-BE"
        #expect(tag.language == "nl")
        #expect(tag.region == "BE")
        #expect(tag.icuLocale == "nl_BE")
        let latam: LanguageTag = "es-419", fr: LanguageTag = "fr"
        #expect(latam.region == "419")
        #expect(fr.region == nil)
    }

    @Test("matching by language with region fallback both ways (cli-json.md)", arguments: [
        ("nl", "nl-BE"), ("nl-NL", "nl-NL"), ("fr", "fr-BE"), ("en-GB", "en"), ("fr-CA", "fr-BE"),
    ])
    func fallback(query: String, expected: String) throws {
        let stored: [LanguageTag] = ["en", "fr-BE", "nl-BE", "nl-NL"]
        let tag = try #require(LanguageTag(query))
        #expect(tag.bestMatch(in: stored)?.identifier == expected)
    }

    @Test("another language matches nothing; the closer candidate beats the earlier one")
    func noMatchAndCloseness() {
        let de: LanguageTag = "de", nlBE: LanguageTag = "nl-BE"
        #expect(de.bestMatch(in: ["en", "fr-BE"] as [LanguageTag]) == nil)
        #expect(nlBE.bestMatch(in: ["nl", "nl-BE"] as [LanguageTag]) == "nl-BE")
    }
}

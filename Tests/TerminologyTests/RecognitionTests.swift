import Foundation
import TaalgrensCore
import Testing
import Terminology

@Suite struct RecognitionTests {
    let termbase: Termbase

    init() throws {
        termbase = try tbx(tbx3([
            concept("social", [("en", "social network", "preferred"), ("nl-BE", "sociaal netwerk", "preferred"), ("fr-BE", "réseau social", "preferred")]),
            concept("network", [("en", "network", "preferred"), ("fr-BE", "réseau", "preferred")]),
            concept("youth", [("en", "young person", "preferred"), ("nl-BE", "jongere", "preferred"), ("fr-BE", "jeune", "preferred")]),
            concept("helpline", [("en", "helpline", "preferred"), ("nl-BE", "helpline", "preferred"), ("fr-BE", "ligne d'assistance", "preferred")]),
            concept("internet", [("en", "internet", "preferred"), ("fr-BE", "internet", "preferred")]),
            concept("info", [("fr-BE", "information", "preferred")]),
            concept("cad", [("fr-BE", "c'est-à-dire", "preferred")]),
            concept("add", [("en", "add", "preferred")]),
            concept("data", [("fr-BE", "donnée", "preferred")]),
            concept("gift", [("fr-BE", "don", "preferred")]),
            concept("safety", notes: ["taalgrens:compound-head"], [("nl-BE", "veiligheid", "preferred")]),
            concept("school", [("nl-BE", "school", "preferred")]),
            concept("sid", notes: ["taalgrens:dnt"], [("en", "Safer Internet Day", "preferred"), ("nl-BE", "Safer Internet Day", "preferred")]),
            concept("bbico", [("en", "B-BICO", "preferred"), ("nl-BE", "B-BICO", "preferred")]),
            concept("sext", notes: ["taalgrens:match=prefix"], [("nl-BE", "sext", "preferred")]),
            concept("app", notes: ["taalgrens:match=exact"], [("en", "app", "preferred")]),
        ].joined(separator: "\n")))
    }

    func found(_ text: String, _ locale: LanguageTag) throws -> [String] {
        let checker = try checker(termbase)
        return checker.recognize(text, locale: locale).map { "\($0.entryID):\($0.text)" }
    }

    @Test func inflectionOfEveryWordOfAMultiWordTerm() throws {
        #expect(try found("Les réseaux sociaux et le réseau social.", "fr-BE") == ["social:réseaux sociaux", "social:réseau social"])
        #expect(try found("Voor jongeren en één jongere.", "nl-BE") == ["youth:jongeren", "youth:jongere"])
        #expect(try found("Young people, one young person.", "en") == ["youth:Young people", "youth:young person"])
    }

    @Test func snowballExceptionsFromLocaleData() throws {
        // Dutch Snowball keeps the -s of "helplines"; Locales/nl-BE lists the form.
        #expect(try found("Twee helplines en een helpline.", "nl-BE") == ["helpline:helplines", "helpline:helpline"])
        // French Snowball reduces "données" and "dons" both to "don"; Locales/fr-BE keeps "donnée".
        #expect(try found("Les données et les dons.", "fr-BE") == ["data:données", "gift:dons"])
    }

    @Test func longestMatchWins() throws {
        #expect(try found("A social network is a network.", "en") == ["social:social network", "network:network"])
        #expect(try found("Le réseau social", "fr-BE") == ["social:réseau social"])
    }

    @Test func frenchElisionAndHyphens() throws {
        #expect(try found("Sur l'internet, d'information, c'est-à-dire la ligne d’assistance.", "fr-BE")
                == ["internet:internet", "info:information", "cad:c'est-à-dire", "helpline:ligne d’assistance"])
    }

    @Test func noMatchInsideLongerWord() throws {
        #expect(try found("Install the add-on, then add it.", "en") == ["add:add"])
        #expect(try found("The apps and the app.", "en") == ["app:app"])
        // "school" is not a compound head, so "basisschool" does not hold it.
        #expect(try found("De basisschool en de school.", "nl-BE") == ["school:school"])
    }

    @Test func compoundHeadOnlyWhenAllowed() throws {
        // A closed compound matches as a whole; in a hyphenated one (Dutch) the part after the hyphen.
        #expect(try found("Internetveiligheid en online-veiligheid.", "nl-BE") == ["safety:Internetveiligheid", "safety:veiligheid"])
    }

    @Test func caseRules() throws {
        // Acronyms and names are case-sensitive; a capital at the start of a sentence is fine.
        #expect(try found("The B-BICO consortium, not the b-bico one.", "en") == ["bbico:B-BICO"])
        // The name is case-sensitive; "internet" (an ordinary term) is found in any case.
        #expect(try found("safer internet day is not the name; Safer Internet Day is.", "en") == ["internet:internet", "sid:Safer Internet Day"])
        #expect(try found("Helpline staff. The HELPLINE.", "en") == ["helpline:Helpline", "helpline:HELPLINE"])
    }

    @Test func dutchHyphenatedModifier() throws {
        #expect(try found("De Safer Internet Day-campagne en het B-BICO-consortium.", "nl-BE")
                == ["sid:Safer Internet Day", "bbico:B-BICO"])
        #expect(try found("Het B-BICO-consortium.", "nl-BE") == ["bbico:B-BICO"])
    }

    @Test func prefixMode() throws {
        #expect(try found("Sexting en sexten.", "nl-BE") == ["sext:Sexting", "sext:sexten"])
    }

    @Test func offsetsAreUTF16() throws {
        let text = "🙂 Les réseaux sociaux"
        let o = try #require(try checker(termbase).recognize(text, locale: "fr-BE").first)
        #expect(o.start == 7 && o.end == 22)   // the emoji is two UTF-16 code units
        #expect(String(decoding: Array(text.utf16)[o.start..<o.end], as: UTF16.self) == "réseaux sociaux")
    }

    @Test func lookupAndListing() throws {
        #expect(termbase.lookup("hulplijnen", locale: "nl-BE", rules: try localeData().rules(for: "nl-BE")).isEmpty)
        #expect(termbase.lookup("jongeren", locale: "nl-BE", rules: try localeData().rules(for: "nl-BE")).map(\.id) == ["youth"])
        #expect(termbase.lookup("réseaux", locale: "fr-BE", rules: try localeData().rules(for: "fr-BE")).map(\.id) == ["network"])
        #expect(termbase.lookup("réseau", locale: "fr-BE", rules: try localeData().rules(for: "fr-BE")).map(\.id) == ["social", "network"])
        #expect(termbase.lookup("Sociale netwerken", locale: "nl-BE", rules: try localeData().rules(for: "nl-BE")).map(\.id) == ["social"])
        #expect(termbase.entries(for: "nl").map(\.id) == ["social", "youth", "helpline", "safety", "school", "sid", "bbico", "sext"])
    }
}

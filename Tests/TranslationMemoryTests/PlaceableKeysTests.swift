import Foundation
import Testing
import TaalgrensCore
import Tokenization
import TranslationMemory

/// Times of day as placeables, emoji out of the word keys, hashtags and handles with digits as placeables
/// (`docs/matching.md`, "Times", "Emoji", "Hashtags and handles"), and migration `v13-placeable-keys` of a
/// memory written before them.
@Suite("Placeables: times, emoji, tags")
struct PlaceableKeysTests {
    let en = Tokenizer(locale: "en")
    let nl = Tokenizer(locale: "nl-BE")
    let fr = Tokenizer(locale: "fr-BE")

    /// The one time token of `text`, as (text, canonical value), or nil when there is none or several.
    func time(_ tokenizer: Tokenizer, _ text: String) -> (String, String)? {
        let times = tokenizer.tokens(text).filter { $0.kind == .time }
        guard times.count == 1 else { return nil }
        return (times[0].text, times[0].key)
    }

    func score(_ query: String, _ stored: String, locale: LanguageTag = "en") -> FuzzyScorer.Result {
        FuzzyScorer().score(query: PreparedSegment(RichText(plain: query), locale: locale),
                            candidate: PreparedSegment(RichText(plain: stored), locale: locale), status: .aligned)
    }

    // MARK: Times

    @Test("every locale's time forms are one token with the 24-hour value")
    func timeForms() {
        #expect(time(en, "at 17:45 today")! == ("17:45", "17:45"))
        #expect(time(en, "at 5.45 pm today")! == ("5.45 pm", "17:45"))
        #expect(time(en, "at 5:45 a.m. today")! == ("5:45 a.m.", "05:45"))
        #expect(time(en, "from 5 p.m. on")! == ("5 p.m.", "17:00"))
        #expect(time(en, "at 12 AM sharp")! == ("12 AM", "00:00"))
        #expect(time(nl, "om 17.45 uur")! == ("17.45 uur", "17:45"))
        #expect(time(nl, "om 17u45 begint")! == ("17u45", "17:45"))
        #expect(time(nl, "om 17 u begint")! == ("17 u", "17:00"))
        #expect(time(nl, "om 17 uur begint")! == ("17 uur", "17:00"))
        #expect(time(nl, "vanaf 9.05u")! == ("9.05u", "09:05"))
        #expect(time(fr, "à 17 h 45 précises")! == ("17 h 45", "17:45"))
        #expect(time(fr, "à 17h45")! == ("17h45", "17:45"))
        #expect(time(fr, "dès 17 h, le")! == ("17 h", "17:00"))
        #expect(time(fr, "à 17\u{202F}h\u{202F}45")! == ("17\u{202F}h\u{202F}45", "17:45"))
    }

    @Test("scores, decimals, dates, verses' neighbours and durations are not times")
    func notTimes() {
        // A decimal and a date without a marker, a score, a time with seconds, hours past 23.
        for (tokenizer, text) in [(en, "it rose 17.45 points"), (nl, "op 17.04 gaat het"), (en, "won 2-1 at home"),
                                  (en, "at 12:30:15 exactly"), (nl, "24 uur per dag"), (fr, "24 h sur 24"),
                                  (en, "a 5.45 rate"), (nl, "12.5 uur"), (nl, "1.200 uur"), (en, "room 17h45")] {
            #expect(tokenizer.tokens(text).allSatisfy { $0.kind != .time }, "\(text)")
        }
        // English has no hour letters; Dutch and French have no a.m./p.m.
        #expect(en.tokens("at 17h45").allSatisfy { $0.kind != .time })
        #expect(nl.tokens("om 5 pm").allSatisfy { $0.kind != .time })
        #expect(nl.tokens("op 17.45").first { $0.kind == .number }?.key == "17.45")
        // A chapter-and-verse reference is read as a time (documented): it compares and adapts the same way.
        #expect(time(en, "John 3:16 says")! == ("3:16", "03:16"))
    }

    @Test("a time differs by −2 and the same time written another way by −1")
    func timeScores() {
        let stored = "The match starts at 4.45 p.m. in Brussels."
        let other = score("The match starts at 5.20 p.m. in Brussels.", stored)
        #expect(other.score == 98)
        #expect(other.breakdown.penalties.map(\.reason) == [.time])
        #expect(other.breakdown.distance == 0)
        let written = score("The match starts at 16:45 in Brussels.", stored)
        #expect(written.score == 99 && written.breakdown.penalties.map(\.reason) == [.format])
        // A live blog's time stamp: was 50 (one of two numbers and a word edit), now 98.
        #expect(score("17.20 uur", "16.45 uur", locale: "nl-BE").score == 98)
    }

    @Test("the stored target's time is rewritten in its own form, converting a 12-hour source")
    func timeAdaptation() throws {
        let store = try SQLiteStore.inMemory()
        _ = try store.importUnits([TranslationUnit(id: "match", variants: [
            Variant(locale: "en", content: "The match starts at 4.45 p.m. in Brussels."),
            Variant(locale: "nl-BE", content: "De wedstrijd begint om 16.45 uur in Brussel."),
            Variant(locale: "fr-BE", content: "Le match commence à 16 h 45 à Bruxelles."),
        ])], origin: "test")
        let text: RichText = "The match starts at 5.20 p.m. in Brussels."
        let nl = try #require(try store.search(MatchQuery(text: text, source: "en", target: "nl-BE")).first)
        #expect(nl.score == 98 && nl.adapted)
        #expect(nl.adaptedTarget?.plainText == "De wedstrijd begint om 17.20 uur in Brussel.")
        let fr = try #require(try store.search(MatchQuery(text: text, source: "en", target: "fr-BE")).first)
        #expect(fr.adaptedTarget?.plainText == "Le match commence à 17 h 20 à Bruxelles.")
    }

    @Test("a time is written in the shape it replaces")
    func timeWriting() throws {
        func value(_ tokenizer: Tokenizer, _ text: String) throws -> TimeValue {
            let token = try #require(tokenizer.tokens(text).first { $0.kind == .time })
            guard case .time(let t)? = token.value else { throw InputError(file: text, "expected a time value") }
            return t
        }
        let new = try value(en, "17:20")
        #expect(new.written(for: "nl-BE", like: try value(nl, "16.45 uur")) == "17.20 uur")
        #expect(new.written(for: "nl-BE", like: try value(nl, "16 uur")) == "17.20 uur")
        #expect(new.written(for: "nl-BE", like: try value(nl, "16u")) == "17u20")
        #expect(new.written(for: "fr-BE", like: try value(fr, "16 h")) == "17 h 20")
        #expect(new.written(for: "fr-BE", like: try value(fr, "16h45")) == "17h20")
        #expect(new.written(for: "en", like: try value(en, "4 PM")) == "5:20 PM")
        #expect(try value(en, "9:15 a.m.").written(for: "en", like: try value(en, "4.45 p.m.")) == "9.15 a.m.")
        #expect(try value(en, "9:15").written(for: "fr-BE", like: try value(fr, "08:00")) == "09:15")
    }

    /// Seventh trial, finding 7: "18:30" against "17:45" adapted the French "17 h 45" to "18 h 45" (the hour
    /// only); then (a guard) it was not adapted at all, at 86.9. A time is one placeable now.
    @Test("a changed clock time is adapted whole")
    func clockTimeAdaptedWhole() throws {
        let store = try SQLiteStore.inMemory()
        _ = try store.importUnits([
            TranslationUnit(id: "trains", variants: [
                Variant(locale: "en", content: "Trains will run again from 17:45 on Sunday."),
                Variant(locale: "nl-BE", content: "Vanaf 17.45 uur rijden de treinen zondag opnieuw."),
                Variant(locale: "fr-BE", content: "Les trains circuleront à nouveau dimanche à partir de 17 h 45."),
            ]),
            TranslationUnit(id: "stamp", variants: [
                Variant(locale: "en", content: "14:00"), Variant(locale: "nl-BE", content: "14.00 uur"), Variant(locale: "fr-BE", content: "14 h 00"),
            ]),
        ], origin: "test")
        let expected: [LanguageTag: (String, String)] = [
            "nl-BE": ("Vanaf 18.30 uur rijden de treinen zondag opnieuw.", "16.10 uur"),
            "fr-BE": ("Les trains circuleront à nouveau dimanche à partir de 18 h 30.", "16 h 10"),
        ]
        for (target, (trains, stamp)) in expected {
            let match = try #require(try store.search(MatchQuery(text: "Trains will run again from 18:30 on Sunday.", source: "en", target: target, minScore: 0)).first)
            #expect(match.score == 98 && match.adaptedTarget?.plainText == trains)
            let time = try #require(try store.search(MatchQuery(text: "16:10", source: "en", target: target, minScore: 0)).first { $0.source.text == "14:00" })
            #expect(time.score == 98 && time.adaptedTarget?.plainText == stamp)
        }
        // A number beside an unchanged time is adapted, the time kept.
        let people = try SQLiteStore.inMemory()
        _ = try people.importUnits([TranslationUnit(id: "people", variants: [
            Variant(locale: "en", content: "At 18:30, 2,500 people had left the station."),
            Variant(locale: "nl-BE", content: "Om 18.30 uur hadden 2.500 mensen het station verlaten."),
        ])], origin: "test")
        let count = try #require(try people.search(MatchQuery(text: "At 18:30, 3,100 people had left the station.", source: "en", target: "nl-BE")).first)
        #expect(count.adaptedTarget?.plainText == "Om 18.30 uur hadden 3.100 mensen het station verlaten.")
    }

    // MARK: Emoji

    @Test("emoji sequences are one token each, kept out of the keys; %, €, °, +, =, & are no emoji")
    func emojiTokens() {
        let text = "Tips 🔒 👍🏽 👩\u{200D}💻 🇧🇪 1\u{FE0F}\u{20E3} #\u{FE0F}\u{20E3} ❤\u{FE0F} 50 % € 5 ° + = &"
        let tokens = en.tokens(text)
        #expect(tokens.filter { $0.kind == .emoji }.map(\.text)
            == ["🔒", "👍🏽", "👩\u{200D}💻", "🇧🇪", "1\u{FE0F}\u{20E3}", "#\u{FE0F}\u{20E3}", "❤\u{FE0F}"])
        // "%" and "&" are punctuation (Unicode Po), "€", "°", "+", "=" symbols: none is pictographic.
        #expect(tokens.filter { ["%", "€", "°", "+", "=", "&"].contains($0.text) }.map(\.kind)
            == [.punctuation, .symbol, .symbol, .symbol, .symbol, .punctuation])
        #expect(en.matchKeys(text) == ["tips", "\u{1}number", "€", "\u{1}number", "°", "+", "="])
        var buffer = MatchKeyBuffer()
        en.matchKeys(text, into: &buffer)
        #expect(buffer.keys == en.matchKeys(text))
    }

    /// Sixth trial: the headline with its emoji against the same without it scored 83.3 (a word edit in six).
    @Test("an emoji costs one point, like punctuation")
    func emojiScore() {
        let result = score("Sextortion: seven tips for teenagers", "Sextortion: seven tips for teenagers 🔒")
        #expect(result.score == 99)
        #expect(result.breakdown.penalties.map(\.reason) == [.punctuation])
        #expect(score("Sextortion: seven tips for teenagers 🔓", "Sextortion: seven tips for teenagers 🔒").score == 99)
    }

    // MARK: Hashtags and handles

    @Test("a tag whose digits differ costs −2; another tag is a word edit; the tag is adapted as written")
    func tags() throws {
        let stored = "Follow the day with #SID2024 on social media."
        let year = score("Follow the day with #SID2025 on social media.", stored)
        #expect(year.score == 98 && year.breakdown.penalties.map(\.reason) == [.hashtag])
        #expect(score("Follow the day with #COP29 on social media.", stored).breakdown.distance == 1)
        #expect(score("Follow the day with #sid2024 on social media.", stored).breakdown.penalties.map(\.reason) == [.case])
        let handle = score("Photo: @belga2025", "Photo: @belga2024")
        #expect(handle.score == 98 && handle.breakdown.penalties.map(\.reason) == [.handle])
        #expect(en.matchKeys("#SID2024 @belga_2024") == ["#sid\u{1}", "@belga_\u{1}"])
        let store = try SQLiteStore.inMemory()
        _ = try store.importUnits([TranslationUnit(id: "sid", variants: [
            Variant(locale: "en", content: RichText(plain: stored)),
            Variant(locale: "nl-BE", content: "Volg de dag met #SID2024 op sociale media."),
        ])], origin: "test")
        let match = try #require(try store.search(MatchQuery(text: "Follow the day with #SID2025 on social media.", source: "en", target: "nl-BE")).first)
        #expect(match.adaptedTarget?.plainText == "Volg de dag met #SID2025 op sociale media.")
    }

    // MARK: Data and migration

    @Test("a malformed times.json is reported with its name")
    func badTimesFile() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-times-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("Locales/nl-BE")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(#"{ "hourMarkers": ["uur"], "am": ["a.m."], "pm": [] }"#.utf8).write(to: folder.appendingPathComponent("times.json"))
        let error = #expect(throws: InputError.self) { try Tokenizer(locale: "nl-BE", data: DataDirectory(root: root)) }
        #expect(error?.file.hasSuffix("nl-BE/times.json") == true)
        #expect(error?.message.contains("am and pm") == true)
        // Without the file, a locale reads the colon form only.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("times.json"))
        let bare = try Tokenizer(locale: "nl-BE", data: DataDirectory(root: root))
        #expect(bare.tokens("om 17:45 of 17.45 uur").filter { $0.kind == .time }.map(\.text) == ["17:45"])
    }

    /// `Tests/Fixtures/memories/v12-placeables.tm` was written by main's build (schema `v12-status-checks`)
    /// from `v12-placeables.tmx`: its variants hold the old keys (the emoji a word, "4.45" a number and
    /// "p.m." a word, "#SID2024" a word).
    @Test("a memory written before v13 migrates and gives the new scores")
    func oldMemoryMigrates() throws {
        let (folder, path) = try FixtureMemory.copy("v12-placeables.tm")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try SQLiteStore.pendingMigrations(path: path) == ["v13-placeable-keys", "v14-sub-flow-concordance", "v17-digit-strings",
                                                                  "v15-concordance-columnsize", "v16-quote-concordance", "v16-french-hour-keys", "v18-space-keys", "v19-unit-scopes", "v20-ranges-and-spacing"])
        let store = try SQLiteStore(path: path)
        #expect(try store.appliedMigrations().suffix(9) == ["v13-placeable-keys", "v14-sub-flow-concordance", "v17-digit-strings",
                                                           "v15-concordance-columnsize", "v16-quote-concordance", "v16-french-hour-keys", "v18-space-keys", "v19-unit-scopes", "v20-ranges-and-spacing"])
        let emoji = try #require(try store.search(MatchQuery(text: "Sextortion: seven tips for teenagers", source: "en", target: "nl-BE")).first)
        #expect(emoji.score == 99)
        let time = try #require(try store.search(MatchQuery(text: "The match starts at 5.20 p.m. in Brussels.", source: "en", target: "fr-BE")).first)
        #expect(time.score == 98 && time.adaptedTarget?.plainText == "Le match commence à 17 h 20 à Bruxelles.")
        let tag = try #require(try store.search(MatchQuery(text: "Follow the day with #SID2025 on social media.", source: "en", target: "nl-BE")).first)
        #expect(tag.score == 98 && tag.adaptedTarget?.plainText == "Volg de dag met #SID2025 op sociale media.")
        // The index agrees with a brute-force scan over the re-derived keys.
        for text in ["Sextortion: seven tips for teenagers", "The match starts at 5.20 p.m. in Brussels.",
                     "Follow the day with #SID2025 on social media.", "The helpline answered 3,000 calls during the campaign week."] {
            var q = MatchQuery(text: RichText(plain: text), source: "en", target: "fr-BE", minScore: 50)
            let indexed = try store.search(q).map { "\($0.unit.id) \($0.score)" }
            q.strategy = .bruteForce
            #expect(indexed == (try store.search(q).map { "\($0.unit.id) \($0.score)" }) && !indexed.isEmpty)
        }
    }
}

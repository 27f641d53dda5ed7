import Foundation
import Testing
import TaalgrensCore
import Tokenization
import TranslationMemory

/// French clock times written with the word (thirteenth trial, finding 8): "avant 8 heures", "à 20 heures 30"
/// and "à 1 heure" are times of day in fr-BE (`Locales/fr-BE/times.json`, `minutesAfterMarker`,
/// `markerPlurals`), an adapted draft writes the query's hour back in the same form, and migration
/// `v16-french-hour-keys` re-keys the French variants of a memory written before.
@Suite("Times: French hours written with the word")
struct FrenchHourTests {
    let fr = Tokenizer(locale: "fr-BE")
    let nl = Tokenizer(locale: "nl-BE")

    /// The time tokens of `text` as (text, 24-hour value).
    func times(_ tokenizer: Tokenizer, _ text: String) -> [String] {
        tokenizer.tokens(text).filter { $0.kind == .time }.map { "\($0.text)=\($0.key)" }
    }

    @Test("\"N heure(s)\" and \"N heures MM\" are times in fr-BE; durations past 23 and other words are not")
    func reading() {
        #expect(times(fr, "Le bureau ouvre avant 8 heures.") == ["8 heures=08:00"])
        #expect(times(fr, "La finale commence à 20 heures 30 au stade.") == ["20 heures 30=20:30"])
        #expect(times(fr, "à 9 heures 05, puis") == ["9 heures 05=09:05"])
        #expect(times(fr, "La salle ferme à 1 heure.") == ["1 heure=01:00"])
        #expect(times(fr, "À 10 Heures, le marché") == ["10 Heures=10:00"])
        #expect(times(fr, "à 8\u{A0}heures\u{A0}30") == ["8\u{A0}heures\u{A0}30=08:30"])
        // Not a time: an hour past 23, minutes of one or three digits, a word that only starts so.
        #expect(times(fr, "Le trajet dure 24 heures à vélo.").isEmpty)
        #expect(times(fr, "pendant 48 heures").isEmpty)
        #expect(times(fr, "8 heureux gagnants").isEmpty)
        #expect(times(fr, "à 8 heures 5 minutes près") == ["8 heures=08:00"])
        #expect(times(fr, "à 8 heures 300 mètres") == ["8 heures=08:00"])
        #expect(times(fr, "vers 23 heures 24,3 m") == ["23 heures=23:00"])
        #expect(times(fr, "à 8 heures 30 % des élèves") == ["8 heures=08:00"])
        // The hour letter keeps its forms; Dutch keeps "uur" without minutes after it.
        #expect(times(fr, "à 8 h 30 et à 9h") == ["8 h 30=08:30", "9h=09:00"])
        #expect(times(nl, "om 8 uur en om 20.30 uur") == ["8 uur=08:00", "20.30 uur=20:30"])
        #expect(times(nl, "om 8 uur 30 mensen") == ["8 uur=08:00"])
    }

    @Test("a new hour is written in the stored form: marker kept, minutes after it, none at :00, singular below 2")
    func writing() {
        func written(_ hour: Int, _ minute: Int, like text: String) -> String? {
            guard case .time(let original)? = fr.tokens(text).first(where: { $0.kind == .time })?.value else { return nil }
            return TimeValue(hour: hour, minute: minute, form: original.form).written(for: "fr-BE", like: original)
        }
        #expect(written(10, 0, like: "avant 8 heures") == "10 heures")
        #expect(written(9, 30, like: "avant 8 heures") == "9 heures 30")
        #expect(written(21, 15, like: "à 20 heures 30") == "21 heures 15")
        #expect(written(21, 0, like: "à 20 heures 30") == "21 heures")
        #expect(written(2, 0, like: "à 1 heure") == "2 heures")
        #expect(written(1, 0, like: "à 10 heures") == "1 heure")
        #expect(written(0, 30, like: "à 10 heures") == "0 heure 30")
        #expect(written(11, 0, like: "À 10 Heures") == "11 Heures")
        #expect(written(8, 45, like: "à 8\u{A0}heures") == "8\u{A0}heures\u{A0}45")
        // A leading zero only where the stored hour had one (every locale's forms).
        #expect(written(9, 15, like: "dès 08 h 00") == "09 h 15")
        #expect(written(9, 15, like: "dès 10 h 00") == "9 h 15")
        #expect(written(9, 15, like: "à 10:30") == "9:15")
        // The other French forms are unchanged.
        #expect(written(17, 20, like: "dès 16 h") == "17 h 20")
        #expect(written(17, 20, like: "à 16h30") == "17h20")
    }

    /// The fixture's texts, as `v15-hours.tmx` holds them.
    static let units: [TranslationUnit] = [
        TranslationUnit(id: "opens", variants: [
            Variant(locale: "en", content: "The office opens before 8 a.m. on weekdays."),
            Variant(locale: "fr-BE", content: "Le bureau ouvre avant 8 heures en semaine."),
            Variant(locale: "nl-BE", content: "Het kantoor gaat op weekdagen open voor 8 uur.")]),
        TranslationUnit(id: "match", variants: [
            Variant(locale: "en", content: "The final starts at 8.30 p.m. in the Heysel stadium."),
            Variant(locale: "fr-BE", content: "La finale commence à 20 heures 30 au stade du Heysel."),
            Variant(locale: "nl-BE", content: "De finale begint om 20.30 uur in het Heizelstadion.")]),
        TranslationUnit(id: "closes", variants: [
            Variant(locale: "en", content: "The hall closes at 1 a.m. after the concert."),
            Variant(locale: "fr-BE", content: "La salle ferme à 1 heure après le concert."),
            Variant(locale: "nl-BE", content: "De zaal sluit om 1 uur na het concert.")]),
        TranslationUnit(id: "trip", variants: [
            Variant(locale: "en", content: "The trip to the coast takes 24 hours by bike."),
            Variant(locale: "fr-BE", content: "Le trajet vers la côte dure 24 heures à vélo."),
            Variant(locale: "nl-BE", content: "De tocht naar de kust duurt 24 uur met de fiets.")]),
    ]

    /// The finding's queries: (query, source, target, the best match's unit, score, adapted draft).
    static let queries: [(String, LanguageTag, LanguageTag, String, Double, String)] = [
        ("The office opens before 10 a.m. on weekdays.", "en", "fr-BE", "opens", 98, "Le bureau ouvre avant 10 heures en semaine."),
        ("The office opens before 9.30 a.m. on weekdays.", "en", "fr-BE", "opens", 98, "Le bureau ouvre avant 9 heures 30 en semaine."),
        ("The final starts at 9.15 p.m. in the Heysel stadium.", "en", "fr-BE", "match", 98, "La finale commence à 21 heures 15 au stade du Heysel."),
        ("The final starts at 9 p.m. in the Heysel stadium.", "en", "fr-BE", "match", 98, "La finale commence à 21 heures au stade du Heysel."),
        ("The hall closes at 2 a.m. after the concert.", "en", "fr-BE", "closes", 98, "La salle ferme à 2 heures après le concert."),
        ("Le bureau ouvre avant 10 heures en semaine.", "fr-BE", "en", "opens", 98, "The office opens before 10 a.m. on weekdays."),
        ("La finale commence à 21 heures au stade du Heysel.", "fr-BE", "nl-BE", "match", 98, "De finale begint om 21.00 uur in het Heizelstadion."),
    ]

    static func checkQueries(_ store: SQLiteStore, prefix: String) throws {
        for (text, source, target, unit, score, draft) in queries {
            var query = MatchQuery(text: RichText(plain: text), source: source, target: target, minScore: 50)
            let best = try #require(try store.search(query).first, "\(text)")
            #expect(best.unit.id == prefix + unit && best.score == score && best.adaptedTarget?.plainText == draft,
                    "\(text): \(best.unit.id) \(best.score) \(best.adaptedTarget?.plainText ?? "no draft")")
            let indexed = try store.search(query).map { "\($0.unit.id) \($0.score)" }
            query.strategy = .bruteForce
            #expect(indexed == (try store.search(query).map { "\($0.unit.id) \($0.score)" }), "\(text): the index agrees with a scan")
        }
    }

    @Test("a new memory: the drafts carry the query's hour in the stored French form")
    func newMemory() throws {
        let store = try SQLiteStore.inMemory()
        _ = try store.importUnits(Self.units, origin: "v15-hours.tmx")
        try Self.checkQueries(store, prefix: "v15-hours.tmx#")
    }

    /// `Tests/Fixtures/memories/v15-hours.tm` was written by main's build at 7ce49f3 (schema
    /// `v15-concordance-columnsize`) from `v15-hours.tmx`: its French variants hold "8 heures" as a number and
    /// a word.
    @Test("v16-french-hour-keys re-keys the French variants that hold \"heure\" and no other")
    func olderMemoryMigrates() throws {
        let (folder, path) = try FixtureMemory.copy("v15-hours.tm")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try SQLiteStore.pendingMigrations(path: path) == ["v16-quote-concordance", "v16-french-hour-keys", "v18-space-keys", "v19-unit-scopes", "v20-ranges-and-spacing"])
        let before = try FixtureMemory.variantKeys(path: path)
        do {
            let store = try SQLiteStore(path: path)
            #expect(store.migrationsAppliedAtOpen == ["v16-quote-concordance", "v16-french-hour-keys", "v18-space-keys", "v19-unit-scopes", "v20-ranges-and-spacing"])
            try Self.checkQueries(store, prefix: "tmx:v15-hours.tmx#")
        }
        let after = try FixtureMemory.variantKeys(path: path)
        let changed = Set(after.keys.filter { after[$0] != before[$0] })
        #expect(changed == ["Le bureau ouvre avant 8 heures en semaine.", "La finale commence à 20 heures 30 au stade du Heysel.",
                            "La salle ferme à 1 heure après le concert."], "the French hours alone; \"24 heures\" stays a number")
    }
}

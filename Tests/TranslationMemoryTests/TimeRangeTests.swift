import Foundation
import Testing
import TaalgrensCore
import Tokenization
import TranslationMemory

/// Ranges of times whose marker is written once (seventeenth trial, finding 9): "van 9 tot 17 uur", "14–16 uur",
/// "van 9.00 tot 17.00 uur", "de 9 à 17 h", "9 to 5 p.m." read their first end as a time on the second's clock
/// (`Locales/<locale>/times.json`, `rangeJoiners`), so an adapted draft carries the query's hours in every
/// locale; ranges with a marker on each end ("9h-17h", "9am–5pm", "9:00–17:00") read both. Migration
/// `v20-ranges-and-spacing` re-keys a memory written before.
@Suite("Times: ranges with one marker")
struct TimeRangeTests {
    let en = Tokenizer(locale: "en")
    let nl = Tokenizer(locale: "nl-BE")
    let fr = Tokenizer(locale: "fr-BE")

    /// The time tokens of `text` as "text=HH:MM".
    func times(_ tokenizer: Tokenizer, _ text: String) -> [String] {
        tokenizer.tokens(text).filter { $0.kind == .time }.map { "\($0.text)=\($0.key)" }
    }

    @Test("nl-BE: one \"uur\" or hour letter after the second end makes both ends times")
    func dutch() {
        #expect(times(nl, "De helpdesk is open van 9 tot 17 uur.") == ["9=09:00", "17 uur=17:00"])
        #expect(times(nl, "Bezoek: 14–16 uur, elke dag.") == ["14=14:00", "16 uur=16:00"])
        #expect(times(nl, "Open van 9.00 tot 17.00 uur op weekdagen.") == ["9.00=09:00", "17.00 uur=17:00"])
        #expect(times(nl, "open 9.00-17.00 uur") == ["9.00=09:00", "17.00 uur=17:00"])
        #expect(times(nl, "(gratis, ma.–vr., 9–17 uur)") == ["9=09:00", "17 uur=17:00"])
        #expect(times(nl, "elke dag 9-17u") == ["9=09:00", "17u=17:00"])
        #expect(times(nl, "elke dag 9u-17u") == ["9u=09:00", "17u=17:00"])
        #expect(times(nl, "bel tussen 9 en 11 uur") == ["9=09:00", "11 uur=11:00"])
        #expect(times(nl, "van 9u30 tot 12u30") == ["9u30=09:30", "12u30=12:30"])
        #expect(times(nl, "van 8.30 tot 12 uur") == ["8.30=08:30", "12 uur=12:00"])
        #expect(times(nl, "van 9:00 tot 17:00") == ["9:00=09:00", "17:00=17:00"])
        // Not ranges of times: no marker after the second end, another word, an hour past 23, no space
        // around a word joiner.
        #expect(times(nl, "Voor kinderen van 6 tot 12 jaar.").isEmpty)
        #expect(times(nl, "van 9 tot 17 op weekdagen").isEmpty)
        #expect(times(nl, "pagina's 9-17 en 20-25").isEmpty)
        #expect(times(nl, "van 9 tot 25 uur").isEmpty)
        #expect(times(nl, "van 30 tot 17 uur") == ["17 uur=17:00"])
        #expect(times(nl, "9tot17 uur").isEmpty)
        #expect(times(nl, "van 9 tot 17 uurwerken").isEmpty)
    }

    @Test("fr-BE: \"de 9 à 17 h\", \"9h-17h\", \"de 9 à 17 heures\"")
    func french() {
        #expect(times(fr, "Le guichet est ouvert de 9 à 17 h aujourd’hui.") == ["9=09:00", "17 h=17:00"])
        #expect(times(fr, "Le helpdesk est ouvert de 9 h à 17 h.") == ["9 h=09:00", "17 h=17:00"])
        #expect(times(fr, "ouvert 9h-17h") == ["9h=09:00", "17h=17:00"])
        #expect(times(fr, "ouvert de 9 à 17 heures") == ["9=09:00", "17 heures=17:00"])
        #expect(times(fr, "entre 9 et 11 h") == ["9=09:00", "11 h=11:00"])
        #expect(times(fr, "de 9 h 30 à 12 h 30") == ["9 h 30=09:30", "12 h 30=12:30"])
        #expect(times(fr, "Pour les enfants de 6 à 12 ans.").isEmpty)
        #expect(times(fr, "de 9 à 17 en semaine").isEmpty)
    }

    @Test("en: the first end takes the second's a.m. or p.m. when it comes first on the dial, else the other")
    func english() {
        #expect(times(en, "open 9am–5pm") == ["9am=09:00", "5pm=17:00"])
        #expect(times(en, "from 9 to 5 p.m.") == ["9=09:00", "5 p.m.=17:00"])
        #expect(times(en, "from 9 until 5 pm") == ["9=09:00", "5 pm=17:00"])
        #expect(times(en, "the market, 9–11 a.m.") == ["9=09:00", "11 a.m.=11:00"])
        #expect(times(en, "lunch, 11–1 p.m.") == ["11=11:00", "1 p.m.=13:00"])
        #expect(times(en, "between 1 and 3 p.m.") == ["1=13:00", "3 p.m.=15:00"])
        #expect(times(en, "between 12 and 2 p.m.") == ["12=12:00", "2 p.m.=14:00"])
        #expect(times(en, "open 9:00–17:00") == ["9:00=09:00", "17:00=17:00"])
        #expect(times(en, "Visits: 2 p.m.–4 p.m. every day.") == ["2 p.m.=14:00", "4 p.m.=16:00"])
        #expect(times(en, "For children from 6 to 12 years.").isEmpty)
        #expect(times(en, "3 to 5 times a day").isEmpty)
        #expect(times(en, "from 13 to 5 p.m.") == ["5 p.m.=17:00"])
    }

    /// The fixture's texts, as `v18-ranges.tmx` holds them.
    static let units: [TranslationUnit] = [
        TranslationUnit(id: "helpdesk", variants: [
            Variant(locale: "en", content: "The helpdesk is open from 9 a.m. to 5 p.m."),
            Variant(locale: "nl-BE", content: "De helpdesk is open van 9 tot 17 uur."),
            Variant(locale: "fr-BE", content: "Le helpdesk est ouvert de 9 h à 17 h.")]),
        TranslationUnit(id: "visits", variants: [
            Variant(locale: "en", content: "Visits: 2 p.m.–4 p.m. every day."),
            Variant(locale: "nl-BE", content: "Bezoek: 14–16 uur, elke dag."),
            Variant(locale: "fr-BE", content: "Visites\u{A0}: de 14 h à 16 h, tous les jours.")]),
        TranslationUnit(id: "weekdays", variants: [
            Variant(locale: "en", content: "Open from 9 a.m. to 5 p.m. on weekdays."),
            Variant(locale: "nl-BE", content: "Open van 9.00 tot 17.00 uur op weekdagen."),
            Variant(locale: "fr-BE", content: "Ouvert de 9 à 17 h en semaine.")]),
        TranslationUnit(id: "contact", variants: [
            Variant(locale: "en", content: "Call 0800 12 345 (free of charge, Mon.–Fri., 9 a.m.–5 p.m.)."),
            Variant(locale: "nl-BE", content: "Bel 0800 12 345 (gratis, ma.–vr., 9–17 uur)."),
            Variant(locale: "fr-BE", content: "Appelez le 0800 12 345 (gratuit, du lun. au ven., de 9 h à 17 h).")]),
        TranslationUnit(id: "quote", variants: [
            Variant(locale: "en", content: "“We take this very seriously,” said Minister Anne Dupont."),
            Variant(locale: "nl-BE", content: "“We nemen dit zeer ernstig”, zei minister Anne Dupont."),
            Variant(locale: "fr-BE", content: "«\u{202F}Nous prenons cela très au sérieux\u{202F}», a déclaré la ministre Anne Dupont.")]),
        TranslationUnit(id: "question", variants: [
            Variant(locale: "en", content: "What should you do? Be wary of e-mails."),
            Variant(locale: "nl-BE", content: "Wat moet u doen? Wees op uw hoede voor e-mails."),
            Variant(locale: "fr-BE", content: "Que faire\u{202F}? Méfiez-vous des e-mails.")]),
        TranslationUnit(id: "info", variants: [
            Variant(locale: "en", content: "More information: www.example.be/breach."),
            Variant(locale: "nl-BE", content: "Meer informatie: www.example.be/datalek."),
            Variant(locale: "fr-BE", content: "Plus d’informations\u{A0}: www.example.be/fuite.")]),
        TranslationUnit(id: "ages", variants: [
            Variant(locale: "en", content: "For children from 6 to 12 years."),
            Variant(locale: "nl-BE", content: "Voor kinderen van 6 tot 12 jaar."),
            Variant(locale: "fr-BE", content: "Pour les enfants de 6 à 12 ans.")]),
    ]

    /// The finding's queries: (query, source, target, the best match's unit, score, adapted draft).
    static let queries: [(String, LanguageTag, LanguageTag, String, Double, String)] = [
        ("The helpdesk is open from 8 a.m. to 6 p.m.", "en", "nl-BE", "helpdesk", 96, "De helpdesk is open van 8 tot 18 uur."),
        ("The helpdesk is open from 8 a.m. to 6 p.m.", "en", "fr-BE", "helpdesk", 96, "Le helpdesk est ouvert de 8 h à 18 h."),
        ("Visits: 3 p.m.–5 p.m. every day.", "en", "nl-BE", "visits", 96, "Bezoek: 15–17 uur, elke dag."),
        ("Open from 8 a.m. to 6 p.m. on weekdays.", "en", "nl-BE", "weekdays", 96, "Open van 8.00 tot 18.00 uur op weekdagen."),
        ("Open from 8.30 a.m. to 6 p.m. on weekdays.", "en", "fr-BE", "weekdays", 96, "Ouvert de 8 h 30 à 18 h en semaine."),
        ("Call 0800 12 346 (free of charge, Mon.–Fri., 8 a.m.–6 p.m.).", "en", "nl-BE", "contact", 94, "Bel 0800 12 346 (gratis, ma.–vr., 8–18 uur)."),
        ("Call 0800 12 346 (free of charge, Mon.–Fri., 8 a.m.–6 p.m.).", "en", "fr-BE", "contact", 94,
         "Appelez le 0800 12 346 (gratuit, du lun. au ven., de 8 h à 18 h)."),
        ("De helpdesk is open van 8 tot 18 uur.", "nl-BE", "en", "helpdesk", 96, "The helpdesk is open from 8 a.m. to 6 p.m."),
        ("Ouvert de 10 à 16 h en semaine.", "fr-BE", "nl-BE", "weekdays", 96, "Open van 10.00 tot 16.00 uur op weekdagen."),
    ]

    static func checkQueries(_ store: SQLiteStore, prefix: String) throws {
        for (text, source, target, unit, score, draft) in queries {
            var query = MatchQuery(text: RichText(plain: text), source: source, target: target, minScore: 50)
            let best = try #require(try store.search(query).first, "\(text)")
            #expect(best.unit.id == prefix + unit && best.score == score && best.adaptedTarget?.plainText == draft,
                    "\(text) → \(target): \(best.unit.id) \(best.score) \(best.adaptedTarget?.plainText ?? "no draft")")
            let indexed = try store.search(query).map { "\($0.unit.id) \($0.score)" }
            query.strategy = .bruteForce
            #expect(indexed == (try store.search(query).map { "\($0.unit.id) \($0.score)" }), "\(text): the index agrees with a scan")
        }
    }

    /// The concordance searches of the seventeenth trial's finding 1 (unit id and ranges), the same on a new
    /// memory and on the migrated fixture: a phrase cut inside a French quotation or crossing ? ! : ;,
    /// typed with any spacing.
    static func checkConcordance(_ store: SQLiteStore, prefix: String) throws {
        func hits(_ phrase: String, _ locale: LanguageTag = "fr-BE") throws -> [String] {
            try store.concordance(phrase, locale: locale, limit: 10).map { hit in
                String(hit.unit.id.dropFirst(prefix.count)) + " " + hit.ranges.map { "\($0.lowerBound)-\($0.upperBound)" }.joined(separator: ",")
            }.sorted()
        }
        #expect(try hits("«\u{202F}Nous prenons") == ["quote 0-14"])
        #expect(try hits("« Nous prenons") == ["quote 0-14"])
        #expect(try hits("«Nous prenons") == ["quote 0-14"])
        #expect(try hits("\"Nous prenons") == ["quote 0-14"])
        #expect(try hits("sérieux »") == ["quote 28-37"])
        #expect(try hits("très au sérieux », a déclaré") == ["quote 20-48"])
        #expect(try hits("Nous prenons cela très au sérieux") == ["quote 2-35"], "the highlight leaves the narrow space out")
        #expect(try hits("Que faire?") == ["question 0-11"])
        #expect(try hits("Que faire ?") == ["question 0-11"])
        #expect(try hits("Que faire\u{A0}?") == ["question 0-11"])
        #expect(try hits("informations:") == ["info 7-21"])
        #expect(try hits("informations :") == ["info 7-21"])
        #expect(try hits("What should you do ?", "en") == ["question 0-19"])
        #expect(try hits("« ma banque »").isEmpty)
    }

    @Test("a new memory: the drafts carry the query's hours in every locale, and the concordance finds French spacing")
    func newMemory() throws {
        let store = try SQLiteStore.inMemory()
        _ = try store.importUnits(Self.units, origin: "v18-ranges.tmx")
        try Self.checkQueries(store, prefix: "v18-ranges.tmx#")
        try Self.checkConcordance(store, prefix: "v18-ranges.tmx#")
    }

    /// `Tests/Fixtures/memories/v18-ranges.tm` was written by the previous release (`/tmp/prev19/taalgrens`,
    /// main at df38cc4, schema `v18-space-keys`) from `v18-ranges.tmx`, then searched once so that its
    /// concordance index holds every variant: its first ends of ranges are numbers and its `folded` column
    /// keeps the spaces next to an unpaired guillemet and before ? ! : ;.
    @Test("v20-ranges-and-spacing re-keys the variants with a range and re-folds the concordance text")
    func olderMemoryMigrates() throws {
        let (folder, path) = try FixtureMemory.copy("v18-ranges.tm")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try SQLiteStore.pendingMigrations(path: path) == ["v19-unit-scopes", "v20-ranges-and-spacing"])
        let before = try FixtureMemory.variantKeys(path: path)
        do {
            let store = try SQLiteStore(path: path)
            #expect(store.migrationsAppliedAtOpen == ["v19-unit-scopes", "v20-ranges-and-spacing"])
            try Self.checkQueries(store, prefix: "tmx:v18-ranges.tmx#")
            try Self.checkConcordance(store, prefix: "tmx:v18-ranges.tmx#")
        }
        let after = try FixtureMemory.variantKeys(path: path)
        let changed = Set(after.keys.filter { after[$0] != before[$0] })
        #expect(changed == ["De helpdesk is open van 9 tot 17 uur.", "Bezoek: 14–16 uur, elke dag.",
                            "Open van 9.00 tot 17.00 uur op weekdagen.", "Bel 0800 12 345 (gratis, ma.–vr., 9–17 uur).",
                            "Ouvert de 9 à 17 h en semaine."], "the variants with a range of one marker alone: \(changed)")
    }
}

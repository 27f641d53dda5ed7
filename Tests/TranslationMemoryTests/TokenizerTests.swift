import Foundation
import Testing
import TaalgrensCore
import Tokenization

@Suite("Tokenizer")
struct TokenizerTests {
    let en = Tokenizer(locale: "en")
    let nl = Tokenizer(locale: "nl-BE")
    let fr = Tokenizer(locale: "fr-BE")

    func texts(_ t: Tokenizer, _ s: String) -> [String] { t.tokens(s).map(\.text) }
    func kinds(_ t: Tokenizer, _ s: String) -> [Token.Kind] { t.tokens(s).map(\.kind) }

    @Test func frenchElisionSplitsArticleAndPronoun() {
        #expect(texts(fr, "l'internet") == ["l'", "internet"])
        #expect(texts(fr, "Le manque d’information qu'il cite") == ["Le", "manque", "d’", "information", "qu'", "il", "cite"])
        #expect(texts(fr, "jusqu'aujourd'hui") == ["jusqu'", "aujourd'hui"])
        // The key uses U+0027 whatever apostrophe was written.
        #expect(fr.tokens("d’information")[0].key == "d'")
    }

    @Test func dutchApostrophesStayWords() {
        #expect(texts(nl, "'s avonds op z'n computer") == ["'s", "avonds", "op", "z'n", "computer"])
        #expect(kinds(nl, "'t is") == [.word, .word])
        // English contractions are not elisions.
        #expect(texts(en, "I'm sure it's fine") == ["I'm", "sure", "it's", "fine"])
    }

    @Test func hyphenatedWordsAreOneToken() {
        #expect(texts(en, "Send an e-mail about COVID-19.") == ["Send", "an", "e-mail", "about", "COVID-19", "."])
        #expect(texts(fr, "a-t-il dit, peut-être") == ["a-t-il", "dit", ",", "peut-être"])
        // A range of numbers stays three tokens, two of them numbers.
        #expect(kinds(en, "2020-2021") == [.number, .punctuation, .number])
    }

    @Test func numbersWithSeparatorsAndSpaces() {
        let a = fr.tokens("Il y a 3 000,50 euros")
        #expect(a.map(\.text) == ["Il", "y", "a", "3 000,50", "euros"])
        #expect(a[3].kind == .number && a[3].key == "3000.5")
        let b = nl.tokens("10.000,50 en 1.5 en 1,5")
        #expect(b.filter { $0.kind == .number }.map(\.key) == ["10000.5", "1.5", "1.5"])
        let c = en.tokens("3,000.50 and 1.5")
        #expect(c.filter { $0.kind == .number }.map(\.key) == ["3000.5", "1.5"])
        // A narrow no-break space groups in every locale; a plain space only where CLDR groups with one.
        #expect(en.tokens("3\u{202F}000").map(\.key) == ["3000"])
        #expect(en.tokens("in 2020 100 people").filter { $0.kind == .number }.map(\.key) == ["2020", "100"])
        #expect(fr.tokens("en 2020 10 personnes").filter { $0.kind == .number }.map(\.key) == ["2020", "10"])
    }

    @Test func ambiguousThousandsFollowTheLocale() {
        #expect(nl.tokens("3.000")[0].key == "3000")
        #expect(fr.tokens("1.500")[0].key == "1500")
        #expect(en.tokens("3.000")[0].key == "3")
        #expect(en.tokens("1,500")[0].key == "1500")
        #expect(nl.tokens("1,500")[0].key == "1.5")
        // Not a valid grouping: a word, not a number.
        #expect(en.tokens("version 1.2.3").last?.kind == .word)
        #expect(en.tokens("0.500")[0].key == "0.5")
    }

    @Test func numbersInsideWordsAreNotPlaceables() {
        #expect(kinds(en, "v1.5 3D 10km") == [.word, .word, .word])
    }

    @Test func datesAreTypedPlaceables() {
        let a = en.tokens("The event takes place on 9 February 2021.")
        #expect(a.map(\.text) == ["The", "event", "takes", "place", "on", "9 February 2021", "."])
        #expect(a[5].kind == .date && a[5].key == "2021-02-09")
        #expect(nl.tokens("op 11 februari 2020")[1].key == "2020-02-11")
        #expect(fr.tokens("le 1er février 2021")[1].key == "2021-02-01")
        #expect(en.tokens("on February 9, 2021 we")[1].key == "2021-02-09")
        #expect(nl.tokens("in maart 2020")[1].key == "2020-03")
        #expect(fr.tokens("le 9 févr. 2021")[1].text == "9 févr. 2021")
        #expect(nl.tokens("09/02/2021")[0].key == "2021-02-09")
        #expect(en.tokens("2021-02-09")[0].key == "2021-02-09")
        // CLDR puts the month first in en; a day above 12 forces the other order.
        #expect(en.tokens("02/09/2021")[0].key == "2021-02-09")
        #expect(en.tokens("25/12/2020")[0].key == "2020-12-25")
        // English month names are capitalised: "may" is a verb.
        #expect(en.tokens("you may 2 times").allSatisfy { $0.kind != .date })
        #expect(en.tokens("May 2021")[0].kind == .date)
    }

    /// Fresh-user trial: "maart 1.200" and "mars 1 200" were cut into a date "maart 1" / "mars 1" and a
    /// number "200". Dutch and French write the day before the month only (Locales/<locale>/dates.json).
    @Test func monthNameBeforeGroupedNumberIsNoDate() {
        let a = nl.tokens("De hulplijn kreeg in maart 1.200 oproepen.")
        #expect(a.map(\.text) == ["De", "hulplijn", "kreeg", "in", "maart", "1.200", "oproepen", "."])
        #expect(a[5].kind == .number && a[5].key == "1200")
        let b = fr.tokens("La ligne a reçu en mars 1 200 appels.")
        #expect(b.map(\.text) == ["La", "ligne", "a", "reçu", "en", "mars", "1 200", "appels", "."])
        #expect(b[6].kind == .number && b[6].key == "1200")
        // Even in English, which writes "March 1", the head of a grouped number is no day.
        let c = en.tokens("in March 1,200 calls")
        #expect(c.map(\.text) == ["in", "March", "1,200", "calls"])
        #expect(c[2].key == "1200")
    }

    @Test func dayMonthOrdersFollowTheLocale() {
        // nl-BE and fr-BE: day before month only.
        #expect(nl.tokens("op maart 1").allSatisfy { $0.kind != .date })
        #expect(fr.tokens("en mars 1").allSatisfy { $0.kind != .date })
        #expect(nl.tokens("op 1 maart")[1].kind == .date)
        #expect(nl.tokens("op 1 maart")[1].key == fr.tokens("le 1er mars")[1].key)
        // A month with a year stays a date everywhere.
        #expect(fr.tokens("en mars 2020")[1].key == "2020-03")
        // English writes both orders.
        #expect(en.tokens("on March 1")[1].kind == .date)
        #expect(en.tokens("on 1 March")[1].kind == .date)
        #expect(en.tokens("on March 1")[1].key == en.tokens("on 1 March")[1].key)
        #expect(en.tokens("on March 1, 2021 we")[1].key == "2021-03-01")
    }

    @Test func dayMonthOrdersComeFromTheDataFolder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-dates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("Locales/en")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("dates.json")
        try Data(#"{ "dayMonthOrders": ["dm"] }"#.utf8).write(to: file)
        let dayFirst = try Tokenizer(locale: "en-GB", data: DataDirectory(root: root))
        #expect(dayFirst.tokens("on March 1").allSatisfy { $0.kind != .date })
        #expect(dayFirst.tokens("on 1 March")[1].kind == .date)
        // A malformed file is reported, naming the file.
        let bad = DataDirectory(root: root.appendingPathComponent("bad"))
        let badFolder = bad.locales.appendingPathComponent("nl-BE")
        try FileManager.default.createDirectory(at: badFolder, withIntermediateDirectories: true)
        try Data(#"{ "dayMonthOrders": ["ymd"] }"#.utf8).write(to: badFolder.appendingPathComponent("dates.json"))
        let error = #expect(throws: InputError.self) { try Tokenizer(locale: "nl-BE", data: bad) }
        #expect(error?.file.hasSuffix("nl-BE/dates.json") == true)
    }

    @Test func urlsEmailsHandlesHashtags() {
        let t = en.tokens("See https://www.example.org/path?q=1&lang=nl (or www.childfocus.be), mail info@childfocus.be, follow @SaferInternet #SID2020!")
        let special = t.filter { $0.kind != .word && $0.kind != .punctuation }
        #expect(special.map(\.text) == ["https://www.example.org/path?q=1&lang=nl", "www.childfocus.be", "info@childfocus.be", "@SaferInternet", "#SID2020"])
        #expect(special.map(\.kind) == [.url, .url, .email, .handle, .hashtag])
        #expect(t.last?.text == "!")
        #expect(en.tokens("(see https://en.wikipedia.org/wiki/Foo_(bar))")[2].text == "https://en.wikipedia.org/wiki/Foo_(bar)")
    }

    @Test func offsetsAreUTF16() {
        let text = "😀 l’été 3 000"
        let t = fr.tokens(text)
        let u = Array(text.utf16)
        for token in t {
            #expect(String(decoding: u[token.start..<token.end], as: UTF16.self) == token.text)
        }
        #expect(t.first?.start == 0 && t.first?.end == 2)
    }

    @Test func keysAreNFCAndCaseFolded() {
        let decomposed = "E\u{301}COLE"
        #expect(fr.tokens(decomposed)[0].key == "école")
        #expect(en.tokens("Straße")[0].key == "strasse")
    }

    @Test func textKeyFoldsCaseAccentsAndMapsOffsets() {
        #expect(TextKey.fold("Élève  Straße l’Été") == "eleve  strasse l'ete")
        let (folded, origins) = TextKey.foldWithOffsets("aßb")
        #expect(folded == "assb")
        #expect(TextKey.originalRange(of: 1..<2, origins: origins) == 1..<2)
        #expect(TextKey.originalRange(of: 3..<4, origins: origins) == 2..<3)
    }

    @Test func placeablesAreWrittenTheTargetWay() {
        let n = Placeable.number(NumberValue(value: Decimal(string: "1.5")!, fractionDigits: 1))
        #expect(n.written(for: "nl-BE") == "1,5")
        let thousands = en.tokens("3,000")[0].value!
        #expect(thousands.written(for: "nl-BE") == "3.000")
        #expect(thousands.written(for: "fr-BE") == "3\u{202F}000")
        #expect(thousands.written(for: "en") == "3,000")
        let date = en.tokens("9 February 2021")[0].value!
        let nlOld = nl.tokens("11 februari 2020")[0].value!
        #expect(date.written(for: "nl-BE", like: nlOld) == "9 februari 2021")
        let frOld = fr.tokens("11/02/2020")[0].value!
        #expect(date.written(for: "fr-BE", like: frOld) == "09/02/2021")
        #expect(date.written(for: "fr-BE") == "9 février 2021")
        #expect(date.hasSameValue(as: nl.tokens("9 februari 2021")[0].value!))
        #expect(thousands.hasSameValue(as: nl.tokens("3.000")[0].value!))
    }

    /// Twelfth trial, finding 12: "until 1 January" adapted into the stored "jusqu'au 15 janvier" gave
    /// "jusqu'au 1 janvier"; French writes the first of a month as the ordinal "1er".
    @Test func frenchFirstOfTheMonthIsAnOrdinal() {
        let first = en.tokens("1 January 2027")[0].value!
        #expect(first.written(for: "fr-BE", like: fr.tokens("15 janvier 2027")[0].value!) == "1er janvier 2027")
        #expect(first.written(for: "fr-BE") == "1er janvier 2027")
        #expect(en.tokens("1 February")[0].value!.written(for: "fr-BE", like: fr.tokens("2 février")[0].value!) == "1er février")
        // The other way: another day of a stored "1er" is a cardinal.
        #expect(en.tokens("15 December")[0].value!.written(for: "fr-BE", like: fr.tokens("1er décembre")[0].value!) == "15 décembre")
        // Dutch keeps cardinals; English keeps an ordinal style the stored date has.
        #expect(first.written(for: "nl-BE", like: nl.tokens("15 januari 2027")[0].value!) == "1 januari 2027")
        #expect(en.tokens("2 March")[0].value!.written(for: "en", like: en.tokens("15th March")[0].value!) == "2nd March")
        #expect(en.tokens("23 March")[0].value!.written(for: "en", like: en.tokens("15th March")[0].value!) == "23rd March")
        #expect(en.tokens("12 March")[0].value!.written(for: "en", like: en.tokens("1st March")[0].value!) == "12th March")
    }

    /// The fourth fresh-user trial: a query's "1,900" adapted into a stored year "2022" came out "1900"
    /// (the year was read as a habit of not grouping), against a stored "1,800" as "1 900".
    @Test func aYearShowsNoGroupingHabit() {
        let query = en.tokens("1,900")[0].value!
        #expect(query.written(for: "fr-BE", like: fr.tokens("2022")[0].value!) == "1\u{202F}900")
        #expect(query.written(for: "fr-BE", like: fr.tokens("1\u{202F}800")[0].value!) == "1\u{202F}900")
        #expect(query.written(for: "nl-BE", like: nl.tokens("2022")[0].value!) == "1.900")
        // A year in the query stays a year, whatever the stored number's grouping.
        let year = en.tokens("2021")[0].value!
        #expect(year.written(for: "nl-BE", like: nl.tokens("1.800")[0].value!) == "2021")
        // A stored amount written without grouping still shows the habit for a non-year.
        #expect(en.tokens("12,500")[0].value!.written(for: "fr-BE", like: fr.tokens("10000")[0].value!) == "12500")
    }
}

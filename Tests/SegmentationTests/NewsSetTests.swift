import Foundation
import Testing
import Segmentation
import TaalgrensCore

/// The team's news sets (`Tests/Fixtures/segmentation/<set>/<locale>.jsonl`, each README says how it was
/// made): paragraphs in the registers of Belgian, French, Dutch and English news with gold sentences
/// written by hand before the segmenter ran on them. `news` was the first set; `blind2` the second,
/// written blind in session 3 (court and police reporting, sports results, economy, dates and times,
/// ordinals, initials, lists, Belgian abbreviations); `blind3` the third, written blind in session 4
/// (online-safety awareness articles and the news around them); `blind4` the fourth, written blind in session
/// 5 (court, politics, sports, economy, culture, bulletins, obituaries, interviews, live blogs, press releases
/// and corrections, with the hard forms of each); `blind5` the fifth, written blind in session 6 (online-safety and
/// digital-literacy copy: helplines, apps with odd names, addresses, versions, emoji, footnotes, steps and lists);
/// `blind6` the sixth, written blind in session 7 (Belgian wire copy and live blogs, sport rankings, politics, economy,
/// weather, culture, science and court copy); `blind7` the seventh, written blind in session 8 (consumer and safety advice, Q&A,
/// technology news, health and school, traffic, international politics, sport results, French typography, captions and credits);
/// `blind8` the eighth, written blind in session 9 (finance, court, science and health, culture reviews, weather, opinion
/// columns, social media quoted in articles, Markdown-like marks, ordinals and Roman numerals, dates, abbreviated weekdays
/// and months, bullet lists in one paragraph); `blind9` the ninth, written blind in session 10 (wire datelines, bylines
/// and credits, corrections and editor's notes, sports results, traffic bulletins, schedules, recipes, legal notices and
/// tenders, school and municipal notices, quotes over paragraphs and nested, bracketed sentences, ellipses in quotes, URLs,
/// versions, money, percentages, phones, times, Belgian institutions and titles, typographic mess); `blind10` the tenth,
/// written blind in session 11 (science and health units and Latin names, court and parliament references, markets,
/// weather, sport in prose, abbreviations that end a sentence, initials, Roman numerals, quoted questions before a verb,
/// emoji and hashtags, quoted posts, headlines inside a paragraph); `blind11` the eleventh, written blind in session 12
/// (consumer and online-safety news, press releases with contact blocks, transcripts, obituaries, insurance law, recipes,
/// sport, TV listings, names ending in "!", abbreviations that are also words, typography); `blind12` the twelfth,
/// written blind in session 13 (agency wire copy, court and parliamentary reporting, economic figures, weather, science
/// news with Latin names and journal titles, quotes and interjections, initials, ordinals, times, addresses, contact blocks); `blind13` the thirteenth,
/// written blind in session 14 (technology and online-safety news with names, addresses, versions and file names, culture
/// listings, sport scores and ranks, health doses, school news, sentences in brackets, ellipses, quotations); `blind14` the
/// fourteenth, written blind in session 15 (municipal and regional news, federal public-service pages and legal citations,
/// Dutch and French abbreviations of running text, titles and addresses, Roman numerals, traffic news and update lines,
/// place names with "St.", lowercase brands and digits opening a sentence, kickers, "[…]" in quotations); `blind15` the
/// fifteenth, written blind in session 16 (interviews with Q/A labels and bold questions or names, quoted questions before
/// a lowercase reporting verb, dialogue dashes, questions in series, sport scores, sets, added time and ranks, market news,
/// addresses, hashtags, mentions and emoji at a sentence end, quoted posts, cuts and footnotes, initials of several people,
/// eras, times and decimals at a sentence end, awareness steps written as sentences); `blind16` the sixteenth, written
/// blind in session 17 (legal and court news, company forms with and without dots, addresses and phone numbers, weather
/// and measurements, wire datelines and photo credits, strike notices and timetables, parliamentary questions with
/// numbered points, lists with semicolons, quoted titles, shortened months, titles before names, Word-style typography);
/// `blind17` the seventeenth, written blind in session 18 (science and health units, culture reviews with page counts,
/// editions and star ratings, school ordinals and numbered points, transport timetables and road numbers, election
/// figures and party names at a sentence end, royal and religious titles, prices, and text glued by tools: no space after
/// the full stop, web and e-mail addresses at a sentence end, cuts in brackets, nested quotations, quoted questions);
/// `blind18` the eighteenth, written blind in session 19 (sport minutes, numbers and results, technology and cyber news
/// with versions, file names, domains, CVE ids and code in backticks, business forms and figures, agendas with shortened
/// weekdays, interviews with Q/A labels and names in capitals, lettered and Roman-numbered points, military and police
/// ranks, quotations in another language, ellipses inside a sentence, social posts quoted in articles).
/// Prints boundary F1 per set and locale so a regression shows,
/// and holds each to the issue's target of 0.99, or to the floor in ``floors`` where a set's known
/// limitations keep it below (its figure after its fixes, so a regression still fails).
@Suite struct NewsSetTests {
    struct Case: Decodable {
        let id: String
        let locale: String
        let text: String
        let segments: [String]
    }

    static let sets = ["news", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18"]
    static let locales = ["en", "nl-BE", "fr-BE"]

    /// Floors below 0.99, keyed "set/locale" (the same as `taalgrens-bench segment --check` uses), for a set
    /// whose known limitations keep it below the target. Blind sets 11 and 12 had floors until their fixes
    /// in session 13 raised every locale above 0.99,
    /// blind set 13 reached it with its fixes in session 14, blind set 14 with its fixes in session 15, and blind
    /// set 15 with its fixes in session 16, and blind set 16 with its fixes in session 17, and blind set 17 with its fixes in session 18, and blind set 18 with its fixes in session 19.
    static let floors: [String: Double] = [:]

    static func cases(_ set: String, _ locale: String) throws -> [Case] {
        let file = TestSupport.repository.appendingPathComponent("Tests/Fixtures/segmentation/\(set)/\(locale).jsonl")
        let text = try String(contentsOf: file, encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Case.self, from: Data($0.utf8)) }
    }

    @Test(arguments: NewsSetTests.sets, NewsSetTests.locales)
    func boundaryF1ReachesTheTarget(set: String, locale: String) throws {
        let cases = try NewsSetTests.cases(set, locale)
        #expect(cases.count >= 40)
        var score = BoundaryScore()
        var exact = 0
        var failures: [String] = []
        for newsCase in cases {
            #expect(newsCase.locale == locale, "\(newsCase.id) is filed under \(locale)")
            let tag = try #require(LanguageTag(newsCase.locale))
            // As in the development set, a single line break inside a paragraph reads as a space.
            let got = TestSupport.sentences(newsCase.text, TestSupport.segmenter(for: tag))
                .map { $0.replacingOccurrences(of: "\n", with: " ") }
            score.add(expected: newsCase.segments, found: got)
            if got == newsCase.segments { exact += 1 } else { failures.append("\(newsCase.id): expected \(newsCase.segments), got \(got)") }
        }
        print("\(set) set \(locale): boundary F1 \(String(format: "%.3f", score.f1)) (precision \(String(format: "%.3f", score.precision)), recall \(String(format: "%.3f", score.recall)), \(score.expectedBoundaries) boundaries), \(exact)/\(cases.count) paragraphs exact")
        for failure in failures { print("  \(set) set miss \(failure)") }
        let required = NewsSetTests.floors["\(set)/\(locale)"] ?? 0.99
        #expect(score.f1 >= required, "\(set) set \(locale): F1 \(score.f1) below \(required); \(failures.joined(separator: "; "))")
    }
}

/// ``BoundaryScore``: what counts as a boundary, and the figures.
@Suite struct BoundaryScoreTests {
    @Test func countsHitsFalseBreaksAndMisses() {
        var score = BoundaryScore()
        let right = score.add(expected: ["A b.", "C d."], found: ["A b.", "C d."])
        #expect(right.missed == 0 && right.false == 0)
        // A false break after "Dr." and a missed one before "Then".
        let wrong = score.add(expected: ["Dr. X came.", "Then he left.", "Fine."],
                              found: ["Dr.", "X came. Then he left.", "Fine."])
        #expect(wrong.missed == 1 && wrong.false == 1)
        #expect(score.truePositives == 2 && score.falsePositives == 1 && score.falseNegatives == 1)
        #expect(score.expectedBoundaries == 3)
        #expect(abs(score.precision - 2.0 / 3) < 1e-9 && abs(score.recall - 2.0 / 3) < 1e-9)
        #expect(abs(score.f1 - 4.0 / 6) < 1e-9)
    }

    @Test func ignoresWhiteSpaceAndTheParagraphEnd() {
        var score = BoundaryScore()
        // The same boundary whether a sentence kept a no-break space, a line break or nothing.
        score.add(expected: ["« Oui ! »", "Non."], found: ["«\u{00A0}Oui\u{00A0}!\u{00A0}»", "Non."])
        score.add(expected: ["One sentence only."], found: ["One sentence only."])
        #expect(score.truePositives == 1 && score.falsePositives == 0 && score.falseNegatives == 0)
        #expect(score.f1 == 1)
        #expect(BoundaryScore().f1 == 1)
    }

    @Test func addsScores() {
        var a = BoundaryScore()
        a.add(expected: ["A.", "B."], found: ["A. B."])
        var b = BoundaryScore()
        b.add(expected: ["C."], found: ["C", "."])
        a.add(b)
        #expect(a.truePositives == 0 && a.falseNegatives == 1 && a.falsePositives == 1)
        #expect(a.f1 == 0)
    }
}

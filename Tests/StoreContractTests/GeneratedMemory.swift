import Foundation
import TaalgrensCore
import TaalgrensTestSupport
import TranslationMemory

/// A generated memory of news-like sentences with near duplicates, placeables, inline codes, case and
/// accent variants, statuses, change dates with ties and context; and queries against it: exact copies
/// (some with their context), near copies (1 to 3 word edits, other numbers), and new text, among them
/// one-word and very long segments.
struct GeneratedMemory {
    /// Units imported with `importUnits` (an interchange file).
    var fileUnits: [TranslationUnit] = []
    /// Articles imported with `importArticle`: id and units in document order.
    var articles: [(id: String, units: [TranslationUnit])] = []
    var queries: [MatchQuery] = []

    private static let words: [String] = """
        the city council of ghent approved a new plan for cycling lanes in the centre and near the station while
        young people parents teachers schools libraries police volunteers reported more calls about online safety
        during campaign week helpline answered questions privacy social media games apps phones passwords families
        children friends neighbours museum exhibition opens doors visitors weekend free entrance students research
        university hospital brussels antwerp leuven mechelen bruges namur liège charleroi mons region government
        minister announced budget million euros investment energy housing climate water rivers trees park garden
        festival music theatre concert tickets sold out morning evening tonight yesterday tomorrow because however
        although report shows survey found percent increase decrease compared last year previous month article
        café naïve rôle déjà façade élite crème brûlée résumé coördinatie reünie
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    private static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    private static let statuses: [UnitStatus] = [.reviewed, .aligned, .aligned, .aligned, .translated, .needsReview, .untrusted]

    /// A sentence as a sequence of pieces: words and placeables, with a final mark and optional commas.
    struct Sentence {
        var tokens: [String]
        var final: String
        var commaAfter: Set<Int>
        var codeAround: Int?

        func render() -> RichText {
            var elements: [InlineElement] = []
            for (i, t) in tokens.enumerated() {
                var word = i == 0 ? t.prefix(1).uppercased() + t.dropFirst() : t
                if commaAfter.contains(i) && i < tokens.count - 1 { word += "," }
                let space = i < tokens.count - 1 ? " " : ""
                if codeAround == i {
                    elements.append(.code(InlineCode(id: "1", kind: .opening, type: .emphasis)))
                    elements.append(.text(word))
                    elements.append(.code(InlineCode(id: "1", kind: .closing, type: .emphasis)))
                    elements.append(.text(space))
                } else {
                    elements.append(.text(word + space))
                }
            }
            elements.append(.text(final))
            return RichText(elements)
        }

        var plain: String { render().plainText }
    }

    init(units count: Int, queries queryCount: Int, seed: UInt64) {
        var rng = SplitMix(seed: seed)
        func word() -> String { GeneratedMemory.words.randomElement(using: &rng)! }
        func placeable() -> String {
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: return "\(Int.random(in: 2...99, using: &rng)),\(Int.random(in: 100...999, using: &rng))"
            case 1: return "\(Int.random(in: 1...9, using: &rng)).\(Int.random(in: 1...9, using: &rng))"
            case 2: return "\(Int.random(in: 1...28, using: &rng)) \(GeneratedMemory.months.randomElement(using: &rng)!) \(Int.random(in: 2015...2024, using: &rng))"
            case 3: return "https://www.example.be/\(word())"
            case 4: return "info@\(word()).be"
            default: return "\(Int.random(in: 2...500, using: &rng))"
            }
        }
        func sentence(length: Int) -> Sentence {
            var tokens: [String] = []
            for _ in 0..<length { tokens.append(Int.random(in: 0..<9, using: &rng) == 0 ? placeable() : word()) }
            var commas = Set<Int>()
            if length > 6, Bool.random(using: &rng) { commas.insert(Int.random(in: 1..<(length - 1), using: &rng)) }
            let final = [".", ".", ".", "?", "!"].randomElement(using: &rng)!
            return Sentence(tokens: tokens, final: final, commaAfter: commas,
                            codeAround: Int.random(in: 0..<8, using: &rng) == 0 ? Int.random(in: 0..<length, using: &rng) : nil)
        }
        func length() -> Int {
            switch Int.random(in: 0..<20, using: &rng) {
            case 0: return 1
            case 1: return Int.random(in: 40...70, using: &rng)
            case 2...4: return Int.random(in: 2...4, using: &rng)
            default: return Int.random(in: 5...24, using: &rng)
            }
        }
        /// 1 to 3 edits: a word replaced, dropped or inserted, another number, another case or accent.
        func edit(_ s: Sentence) -> Sentence {
            var e = s
            for _ in 0..<Int.random(in: 1...3, using: &rng) {
                let i = Int.random(in: 0..<e.tokens.count, using: &rng)
                switch Int.random(in: 0..<7, using: &rng) {
                case 0: e.tokens[i] = word()
                case 1: if e.tokens.count > 1 { e.tokens.remove(at: i); e.commaAfter = [] ; e.codeAround = nil }
                case 2: e.tokens.insert(word(), at: i); e.commaAfter = []; e.codeAround = nil
                case 3: e.tokens[i] = placeable()
                case 4: e.tokens[i] = e.tokens[i].uppercased()
                case 5: e.tokens[i] = e.tokens[i].replacingOccurrences(of: "e", with: "é")
                default: e.final = e.final == "." ? "!" : "."
                }
            }
            return e
        }
        func target(_ s: Sentence, _ prefix: String) -> RichText {
            RichText(plain: prefix + " " + s.tokens.map { $0.count > 3 && !$0.contains(where: \.isNumber) ? String($0.reversed()) : $0 }.joined(separator: " ") + s.final)
        }

        let day0 = Date(timeIntervalSince1970: 1_600_000_000)
        var bases: [Sentence] = []
        var sources: [(Sentence, String?, String?)] = []
        var previousText: String?
        for n in 0..<count {
            let s: Sentence
            if bases.isEmpty || Int.random(in: 0..<5, using: &rng) < 2 {
                s = sentence(length: length())
                bases.append(s)
            } else {
                s = Int.random(in: 0..<4, using: &rng) == 0 ? bases.randomElement(using: &rng)! : edit(bases.randomElement(using: &rng)!)
            }
            // Ids in two cases, so that code-point order (not a locale's) decides ties.
            let id = (n % 3 == 0 ? "Unit-" : "unit-") + String(format: "%05d", (n * 7919) % 100_000)
            var variants = [Variant(locale: "en", content: s.render(), previous: previousText, next: nil),
                            Variant(locale: "nl-BE", content: target(s, "nl"))]
            if n % 2 == 0 { variants.append(Variant(locale: "fr-BE", content: target(s, "fr"))) }
            previousText = s.plain
            // Twenty distinct change dates, so equal scores and statuses often tie on the date too.
            let changed = day0.addingTimeInterval(Double(Int.random(in: 0..<20, using: &rng)) * 86_400)
            let unit = TranslationUnit(id: id, variants: variants, status: GeneratedMemory.statuses.randomElement(using: &rng)!,
                                       created: changed, changed: changed)
            sources.append((s, unit.variants.first(where: { $0.locale == "en" })?.previous, nil))
            if n % 2 == 0 {
                fileUnits.append(unit)
            } else {
                let article = "article-\(n / 60)"
                var u = unit
                u.id = article + ":" + id
                u.origin = Origin(article: article, block: (n % 60) / 4, position: n % 4)
                if articles.last?.id == article { articles[articles.count - 1].units.append(u) } else { articles.append((article, [u])) }
            }
        }

        let thresholds: [Double] = [75, 75, 75, 75, 60, 90, 50]
        let limits = [10, 10, 10, 5, 3, 1]
        for q in 0..<queryCount {
            let target: LanguageTag = q % 5 == 4 ? "fr-BE" : "nl-BE"
            let minScore = thresholds.randomElement(using: &rng)!
            let limit = limits.randomElement(using: &rng)!
            let kind = q % 10
            if kind < 2 {
                // Exact: a stored source, half with the context it was stored with.
                let (s, previous, _) = sources.randomElement(using: &rng)!
                queries.append(MatchQuery(text: s.render(), source: "en", target: target,
                                          previous: q % 4 == 0 ? previous : nil, next: nil, minScore: minScore, limit: limit))
            } else if kind < 6 {
                queries.append(MatchQuery(text: edit(sources.randomElement(using: &rng)!.0).render(), source: "en", target: target,
                                          minScore: minScore, limit: limit))
            } else {
                let l = q % 37 == 0 ? 1 : (q % 41 == 0 ? Int.random(in: 45...70, using: &rng) : length())
                queries.append(MatchQuery(text: sentence(length: l).render(), source: "en", target: target, minScore: minScore, limit: limit))
            }
        }
    }

    /// Imports the memory: the articles in order, then the file units.
    func importInto(_ store: any TMStore) throws {
        for a in articles { _ = try store.importArticle(id: a.id, units: a.units) }
        _ = try store.importUnits(fileUnits, origin: "generated.tmx")
    }
}

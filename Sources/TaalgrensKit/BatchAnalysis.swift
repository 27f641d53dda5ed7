import Bundles
import Foundation
import TaalgrensCore

/// The analysis of a batch of articles for one target locale, as CAT tools give it for quoting: the bands of
/// every article summed, with the **repetitions** taken out of them (thirteenth trial, finding 17).
///
/// A segment is a repetition when the memory has no exact or context match for it (its band is below 100)
/// and its source text already occurred earlier in the batch: earlier in the same article or in an article
/// named before it on the command line (the order of the arguments decides which occurrence is first). The
/// first occurrence keeps its band; every later one is counted once, as a repetition, since the translator
/// translates it once. Texts are compared as written after Unicode NFC and with runs of white space as one
/// space (case and punctuation count, as in Trados Studio's and memoQ's analyses). The per-article reports
/// (`report.json`) are not changed: they say what the memory gives each article on its own.
///
/// JSON (`analyze --format json`, the `batch` key of each report of the locale; docs/cli.md):
/// `{"targetLocale", "articles", "bands": [{"band", "label", "segments", "words", "wordPercent"}],
/// "repetitions": {"segments", "words", "wordPercent"}, "totals": {"segments", "words"}}`; the word
/// percentages of the bands and the repetitions are shares of the batch's words that add up to 100.0
/// (``LeverageReport``'s largest remainder rounding).
public struct BatchAnalysis: Hashable, Sendable, Codable {
    /// The target locale.
    public var targetLocale: LanguageTag
    /// The number of article reports summed.
    public var articles: Int
    /// One band of the batch: its segments and words summed over the articles.
    public struct Band: Hashable, Sendable {
        /// The band.
        public var band: LeverageBand
        /// Its segments and source words.
        public var count: LeverageReport.Count
    }

    /// Every band, best first, summed over the articles, without the repetitions.
    public var bands: [Band]
    /// The segments and words counted as repetitions.
    public var repetitions: LeverageReport.Count
    /// All source sentences and their words of the batch (the bands and the repetitions add up to it).
    public var totals: LeverageReport.Count

    /// A batch from its parts (the bands, best first, without the repetitions).
    public init(targetLocale: LanguageTag, articles: Int, bands: [Band], repetitions: LeverageReport.Count, totals: LeverageReport.Count) {
        self.targetLocale = targetLocale
        self.articles = articles
        self.bands = bands
        self.repetitions = repetitions
        self.totals = totals
    }

    /// One batch analysis per target locale of `reports` (in the order the locales first appear), or none
    /// when the reports cover fewer than two articles for every locale.
    /// - Parameter reports: the per-article reports in the order of the command line.
    /// - Complexity: O(s) in the number of segments of all reports.
    public static func make(_ reports: [AnalyzeReport]) -> [BatchAnalysis] {
        var locales: [LanguageTag] = []
        for report in reports where !locales.contains(report.report.targetLocale) { locales.append(report.report.targetLocale) }
        return locales.compactMap { locale -> BatchAnalysis? in
            let mine = reports.map(\.report).filter { $0.targetLocale == locale }
            guard mine.count >= 2 else { return nil }
            var perBand: [LeverageBand: LeverageReport.Count] = [:]
            var repetitions = LeverageReport.Count()
            var totals = LeverageReport.Count()
            var seen = Set<String>()
            for report in mine {
                totals.segments += report.totals.segments
                totals.words += report.totals.words
                for segment in report.segments {
                    let key = Self.key(segment.source)
                    let firstTime = seen.insert(key).inserted
                    let matched = segment.band == .context || segment.band == .exact
                    if !firstTime && !matched {
                        repetitions.segments += segment.positions.count
                        repetitions.words += segment.words
                    } else {
                        perBand[segment.band, default: .init()].segments += segment.positions.count
                        perBand[segment.band, default: .init()].words += segment.words
                    }
                }
            }
            let bands = LeverageBand.allCases.map { Band(band: $0, count: perBand[$0] ?? .init()) }
            return BatchAnalysis(targetLocale: locale, articles: mine.count, bands: bands, repetitions: repetitions, totals: totals)
        }
    }

    /// The reports with ``AnalyzeReport/batch`` set to the batch of their target locale, when there is one
    /// (two articles or more for that locale; ``make(_:)``); the order and the reports are unchanged.
    /// - Complexity: O(s) in the number of segments of all reports.
    public static func attached(to reports: [AnalyzeReport]) -> [AnalyzeReport] {
        let batches = make(reports)
        return reports.map { report in
            var report = report
            report.batch = batches.first { $0.targetLocale == report.report.targetLocale }
            return report
        }
    }

    /// The word percentages of ``bands`` then of ``repetitions``, in tenths that add up to 100.0.
    private var wordPercents: [Double] {
        LeverageReport.tenthsOfPercent(bands.map(\.count.words) + [repetitions.words], of: totals.words)
    }

    private enum CodingKeys: String, CodingKey { case targetLocale, articles, bands, repetitions, totals }
    private enum ShareKeys: String, CodingKey { case segments, words, wordPercent }

    /// Writes the JSON shape in the type's documentation.
    /// - Throws: what the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(targetLocale, forKey: .targetLocale)
        try container.encode(articles, forKey: .articles)
        let percents = wordPercents
        let shares = zip(bands, percents).map { band, percent in
            LeverageReport.BandCount(band: band.band, count: band.count, wordPercent: percent)
        }
        try container.encode(shares, forKey: .bands)
        var share = container.nestedContainer(keyedBy: ShareKeys.self, forKey: .repetitions)
        try share.encode(repetitions.segments, forKey: .segments)
        try share.encode(repetitions.words, forKey: .words)
        try share.encode(percents.last ?? 0, forKey: .wordPercent)
        try container.encode(totals, forKey: .totals)
    }

    /// Reads the JSON that ``encode(to:)`` writes (the percentages are derived again, not read).
    /// - Throws: `DecodingError` when a key is missing or of another type.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        targetLocale = try container.decode(LanguageTag.self, forKey: .targetLocale)
        articles = try container.decode(Int.self, forKey: .articles)
        bands = try container.decode([LeverageReport.BandCount].self, forKey: .bands).map {
            Band(band: $0.band, count: .init(segments: $0.segments, words: $0.words))
        }
        let share = try container.nestedContainer(keyedBy: ShareKeys.self, forKey: .repetitions)
        repetitions = .init(segments: try share.decode(Int.self, forKey: .segments), words: try share.decode(Int.self, forKey: .words))
        totals = try container.decode(LeverageReport.Count.self, forKey: .totals)
    }

    /// The comparison key of a source text: NFC, white space runs as one space, trimmed.
    static func key(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The batch table as `analyze` prints it after the articles' own tables.
    public var text: String {
        func row(_ label: String, _ segments: Int, _ words: Int) -> String {
            let s = String(segments), w = String(words)
            return label.padding(toLength: 16, withPad: " ", startingAt: 0)
                + String(repeating: " ", count: max(0, 8 - s.count)) + s
                + String(repeating: " ", count: max(0, 9 - w.count)) + w + "\n"
        }
        var out = "batch of \(articles) articles → \(targetLocale)\n"
        out += "band            segments    words\n"
        for band in bands { out += row(band.band.label, band.count.segments, band.count.words) }
        out += row("repetitions", repetitions.segments, repetitions.words)
        out += row("total", totals.segments, totals.words)
        return out
    }
}

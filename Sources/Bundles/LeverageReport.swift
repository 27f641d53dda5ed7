import TaalgrensCore

/// One XLIFF segment of a bundle as the report shows it: a source sentence, or a run of two or three
/// consecutive source sentences that the memory holds as one unit (a 2-1 or 3-1 bead).
public struct LeveragedSegment: Hashable, Codable, Sendable {
    /// The XLIFF segment id (`b3.s1`, or `b3.s1-2` for a run of positions 1 and 2).
    public var id: String
    /// The XLIFF unit id: one unit per block (`b3`).
    public var unit: String
    /// The block index in the source article.
    public var block: Int
    /// The positions of the source sentences within the block (one, or two to three for a run).
    public var positions: [Int]
    /// The source plain text (inline codes removed).
    public var source: String
    /// The target plain text written into the XLIFF, or `nil` when the target is left empty.
    public var target: String?
    /// The band of the match used (``LeverageBand``).
    public var band: LeverageBand
    /// The score of the match used (0–101, one decimal), or `nil` when the memory had none.
    public var score: Double?
    /// `context`, `exact` or `fuzzy`, or `nil` when the memory had no match.
    public var kind: String?
    /// The id of the translation unit the match came from.
    public var matchUnit: String?
    /// The memory rewrote the match's placeables (numbers, dates, URLs) to those of the source.
    public var adapted: Bool
    /// The XLIFF state written: `translated` (context or exact match) or `initial`.
    public var state: String
    /// A person must look at it: a fuzzy target was filled in, inline codes of the match did not map onto the
    /// source, or nothing was found at all.
    public var needsReview: Bool
    /// The rendered article shows this segment in the source language, because no exact or context match
    /// (nor an adapted fuzzy match) was found.
    public var renderedInSource: Bool
    /// Words in the source (``WordCount``).
    public var words: Int
    /// Why the segment needs review, in words a translator understands; empty when it does not.
    public var notes: [String]
    /// The source with its inline codes when it holds a code span or code block, whose text ``source`` lacks
    /// (``ReviewText/needsContent(_:)``); `report.html` shows that text (``Articles/ReviewText``). `nil`
    /// otherwise; in the JSON only when set.
    public var sourceContent: RichText? = nil
    /// The target with its inline codes, as ``sourceContent``.
    public var targetContent: RichText? = nil

    /// A reported segment from its fields (see each property).
    public init(id: String, unit: String, block: Int, positions: [Int], source: String, target: String?,
                band: LeverageBand, score: Double?, kind: String?, matchUnit: String?, adapted: Bool = false, state: String,
                needsReview: Bool, renderedInSource: Bool, words: Int, notes: [String]) {
        self.id = id
        self.unit = unit
        self.block = block
        self.positions = positions
        self.source = source
        self.target = target
        self.band = band
        self.score = score
        self.kind = kind
        self.matchUnit = matchUnit
        self.adapted = adapted
        self.state = state
        self.needsReview = needsReview
        self.renderedInSource = renderedInSource
        self.words = words
        self.notes = notes
    }
}

/// A term, number or QA finding on a pre-translated segment, in the shape of `cli-json.md`'s `check`
/// output (``Terminology/Finding``, key for key), with the bundle's XLIFF unit and segment ids.
public struct BundleFinding: Hashable, Codable, Sendable {
    /// The rule id (`missing-term`, `number-mismatch`, `inline-code-mismatch`, …).
    public var rule: String
    /// `error`, `warning` or `info`.
    public var severity: String
    /// The locale of the variant to fix, as in every finding of `taalgrens check`: in a bundle always the
    /// target locale. Where ``text``, ``start`` and ``end`` point into another variant, ``textLocale`` says which.
    public var locale: String
    /// The XLIFF unit id.
    public var unit: String
    /// The XLIFF segment id.
    public var segment: String
    /// The TBX concept id, for term rules.
    public var termId: String?
    /// The text the finding is about.
    public var text: String?
    /// UTF-16 offsets into the segment's plain text, end exclusive, when the finding has a position.
    public var start: Int?
    /// End of the text, exclusive (UTF-16 offset), when ``start`` is given.
    public var end: Int?
    /// What is wrong, written for a translator.
    public var message: String
    /// What to write instead, when the rule knows.
    public var suggestion: String?
    /// The locale of the text ``start`` and ``end`` point into when it is not ``locale``'s (the source, for a
    /// term or number the translation lacks); absent otherwise.
    public var textLocale: String?

    /// A finding from its fields (see each property).
    public init(rule: String, severity: String, locale: String, unit: String, segment: String, termId: String? = nil,
                text: String? = nil, start: Int? = nil, end: Int? = nil, message: String, suggestion: String? = nil,
                textLocale: String? = nil) {
        self.rule = rule
        self.severity = severity
        self.locale = locale
        self.unit = unit
        self.segment = segment
        self.termId = termId
        self.text = text
        self.start = start
        self.end = end
        self.message = message
        self.suggestion = suggestion
        self.textLocale = textLocale
    }
}

/// The leverage report of one article for one target locale (`report.json`): how much of the article the
/// memory already translates, per band, in segments and in words; the findings on the pre-translated
/// targets; and the segments a person must look at.
///
/// The band counts always add up to ``totals``: every source sentence of the article is counted once, in the
/// band of the segment (single sentence or run) it ended up in.
public struct LeverageReport: Hashable, Codable, Sendable {
    /// A number of segments (source sentences) and of source words.
    public struct Count: Hashable, Codable, Sendable {
        /// Source sentences.
        public var segments: Int
        /// Source words (``WordCount``).
        public var words: Int
        /// A count; zero by default.
        public init(segments: Int = 0, words: Int = 0) { self.segments = segments; self.words = words }
    }

    /// One band's share.
    public struct BandCount: Hashable, Codable, Sendable {
        /// The band.
        public var band: LeverageBand
        /// ``LeverageBand/label``.
        public var label: String
        /// Source sentences in the band (a run counts each of its sentences).
        public var segments: Int
        /// Source words in the band.
        public var words: Int
        /// Share of the article's words, in per cent, one decimal.
        public var wordPercent: Double
    }

    /// Finding counts by severity, under the keys of `taalgrens check`'s summary (`cli-json.md`).
    public struct Summary: Hashable, Codable, Sendable {
        /// Findings of severity `error`.
        public var errors: Int
        /// Findings of severity `warning`.
        public var warnings: Int
        /// Findings of severity `info` (the key is `info`, as in `taalgrens check`).
        public var info: Int
    }

    /// The article id as the memory stores it; the bundle folder is named by its path-safe form.
    public var article: String
    /// The locale of the source version.
    public var sourceLocale: LanguageTag
    /// The target locale.
    public var targetLocale: LanguageTag
    /// The memory's uuid.
    public var memory: String
    /// The fuzzy threshold used: fuzzy matches at or above it fill the target.
    public var minScore: Double
    /// ``WordCount/method``.
    public var wordCountMethod: String
    /// The article's totals: all source sentences and their words.
    public var totals: Count
    /// Every band, best first, including empty ones.
    public var bands: [BandCount]
    /// Every XLIFF segment, in document order.
    public var segments: [LeveragedSegment]
    /// Ids of the segments that need review.
    public var needsReview: [String]
    /// Ids of the segments the rendered article shows in the source language.
    public var untranslated: [String]
    /// Term, number and QA findings on the pre-translated segments, in document order.
    public var findings: [BundleFinding]
    /// Finding counts by severity.
    public var summary: Summary
    /// The images the rendered article shows, and what the export did with each (copied into the bundle,
    /// missing from the article folder, or external); empty when the article has none.
    public var images: [BundleImage]

    /// Builds a report from its segments and findings; the band counts and the lists are derived from the
    /// segments here.
    /// - Parameters:
    ///   - totals: the article's totals, counted independently from the segmented article (its sentences
    ///     and their words), so that a test can check that the bands add up to them.
    public init(article: String, sourceLocale: LanguageTag, targetLocale: LanguageTag, memory: String, minScore: Double,
                totals: Count, segments: [LeveragedSegment], findings: [BundleFinding], images: [BundleImage] = []) {
        self.article = article
        self.sourceLocale = sourceLocale
        self.targetLocale = targetLocale
        self.memory = memory
        self.minScore = minScore
        wordCountMethod = WordCount.method
        self.totals = totals
        self.segments = segments
        var perBand: [LeverageBand: Count] = [:]
        for s in segments {
            perBand[s.band, default: Count()].segments += s.positions.count
            perBand[s.band, default: Count()].words += s.words
        }
        let counts = LeverageBand.allCases.map { perBand[$0] ?? Count() }
        let percents = Self.tenthsOfPercent(counts.map(\.words), of: totals.words)
        bands = zip(LeverageBand.allCases, zip(counts, percents)).map { band, pair in
            BandCount(band: band, label: band.label, segments: pair.0.segments, words: pair.0.words, wordPercent: pair.1)
        }
        needsReview = segments.filter(\.needsReview).map(\.id)
        untranslated = segments.filter(\.renderedInSource).map(\.id)
        self.findings = findings
        summary = Summary(errors: findings.filter { $0.severity == "error" }.count,
                          warnings: findings.filter { $0.severity == "warning" }.count,
                          info: findings.filter { $0.severity == "info" }.count)
        self.images = images
    }

    /// The words of the segments pre-translated as context or exact matches, in per cent of the article.
    public var translatedWordPercent: Double {
        let words = bands.filter { $0.band <= .exact }.reduce(0) { $0 + $1.words }
        return totals.words == 0 ? 0 : roundedToTenth(100 * Double(words) / Double(totals.words))
    }
}

extension LeverageReport.BandCount {
    /// A band's share from its count: the label is the band's.
    /// - Parameters:
    ///   - count: source sentences and words in the band.
    ///   - wordPercent: its share of the words, in per cent.
    package init(band: LeverageBand, count: LeverageReport.Count, wordPercent: Double) {
        self.init(band: band, label: band.label, segments: count.segments, words: count.words, wordPercent: wordPercent)
    }
}

extension LeverageReport {
    /// Shares of `total` in per cent with one decimal that add up to the rounded share of their sum (100.0
    /// when the parts make up the total), by the largest remainder method (Hamilton's apportionment): each
    /// share is first rounded down to a tenth, and the tenths still missing go to the largest remainders,
    /// the earlier part first on a tie. Rounding each share on its own gave 41.4 + 46.8 + 11.7 = 99.9 in a
    /// quote sheet (eighth trial, item 17).
    /// - Parameters:
    ///   - parts: the word counts of the bands.
    ///   - total: the article's words; 0 gives 0 for every part.
    /// - Complexity: O(n log n) for n parts.
    package static func tenthsOfPercent(_ parts: [Int], of total: Int) -> [Double] {
        guard total > 0 else { return parts.map { _ in 0 } }
        let exact = parts.map { 1000 * Double($0) / Double(total) }
        var tenths = exact.map { Int($0.rounded(.down)) }
        let target = Int((1000 * Double(parts.reduce(0, +)) / Double(total)).rounded())
        let order = exact.indices.sorted { (exact[$0] - Double(tenths[$0]), -$0) > (exact[$1] - Double(tenths[$1]), -$1) }
        var missing = target - tenths.reduce(0, +)
        for i in order where missing > 0 && exact[i] > Double(tenths[i]) {
            tenths[i] += 1
            missing -= 1
        }
        return tenths.map { Double($0) / 10 }
    }
}

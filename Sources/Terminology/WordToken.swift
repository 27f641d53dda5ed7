import TaalgrensCore

/// A word of a text as term recognition sees it: a letter or number token from the tokenizer, with
/// hyphenated compounds joined ("c'est-à-dire" → "est-à-dire" after elision, "add-on") and French
/// elided words split off ("l'internet" → "l'" + "internet"), as are trailing clitics ("Focus's" →
/// "Focus" + "'s").
struct WordToken: Hashable, Sendable {
    /// The text as written.
    var text: String
    /// UTF-16 offsets into the analysed text, end exclusive.
    var start: Int
    var end: Int
    /// The text case-folded, NFC, with typographic apostrophes made straight.
    var folded: String
    /// An elided word split off the next word ("l'", "qu'"): it never starts or ends a match alone.
    var isElision: Bool
    /// The first word of a sentence (first of the text, or after . ! ? … or an opening quote).
    var sentenceInitial: Bool
    /// For a hyphenated compound, the UTF-16 end offset of each part but the last (where its hyphen starts).
    var hyphenEnds: [Int]
}

/// Cuts a text into ``WordToken``s by the tokenizer's word boundaries plus the locale's rules.
struct WordTokenizer: Sendable {
    let locale: LanguageTag
    let elisions: [String]

    let clitics: [String]

    init(locale: LanguageTag, rules: LocaleTerminology) {
        self.locale = locale
        self.elisions = rules.elisions.map(WordTokenizer.fold).sorted { $0.count > $1.count }
        self.clitics = rules.clitics.map(WordTokenizer.fold).sorted { $0.count > $1.count }
    }

    /// Case-folds, normalises to NFC and straightens apostrophes (’ ʼ ′ → ').
    static func fold(_ s: String) -> String {
        var folded = ICU.foldCase(ICU.normalize(s, .nfc))
        if folded.contains(where: { $0 == "’" || $0 == "ʼ" || $0 == "′" || $0 == "`" }) {
            folded = String(folded.map { $0 == "’" || $0 == "ʼ" || $0 == "′" || $0 == "`" ? "'" : $0 })
        }
        return folded
    }

    /// Hyphen-minus, hyphen and non-breaking hyphen, as UTF-16 code units.
    static let hyphenUnits: Set<UInt16> = [0x2D, 0x2010, 0x2011]
    static let sentenceEnds: Set<Character> = [".", "!", "?", "…", "«", "“", "\"", "„", "‘", "(", "[", "•", "\n"]

    /// The words of `text`.
    /// - Complexity: O(n) in the text's length.
    func tokens(_ text: String) -> [WordToken] {
        let units = Array(text.utf16)
        let raw = BaseTokens.words(in: text, units: units, locale: locale)
        // Join hyphenated compounds: word, one hyphen, word, with nothing between.
        var joined: [(start: Int, end: Int, hyphenEnds: [Int])] = []
        for r in raw {
            if var last = joined.last, r.start == last.end + 1, WordTokenizer.hyphenUnits.contains(units[last.end]) {
                last.hyphenEnds.append(last.end)
                last.end = r.end
                joined[joined.count - 1] = last
            } else {
                joined.append((r.start, r.end, []))
            }
        }
        var out: [WordToken] = []
        var previousEnd = 0
        for j in joined {
            let whole = String(decoding: units[j.start..<j.end], as: UTF16.self)
            let gap = String(decoding: units[previousEnd..<j.start], as: UTF16.self)
            let initial = out.isEmpty || gap.contains(where: WordTokenizer.sentenceEnds.contains)
            previousEnd = j.end
            var folded = WordTokenizer.fold(whole)
            var surface = whole, end = j.end
            var clitic: WordToken?
            if let c = clitics.first(where: { folded.hasSuffix($0) && folded.count > $0.count + 1 }), surface.count == folded.count {
                let cut = end - String(surface.suffix(c.count)).utf16.count
                clitic = WordToken(text: String(surface.suffix(c.count)), start: cut, end: end, folded: c, isElision: true,
                                   sentenceInitial: false, hyphenEnds: [])
                surface = String(surface.dropLast(c.count))
                folded = String(folded.dropLast(c.count))
                end = cut
            }
            defer { if let clitic { out.append(clitic) } }
            if let elision = elisions.first(where: { folded.hasPrefix($0) && folded.count > $0.count }) {
                let split = j.start + surface.prefix(elision.count).utf16.count
                out.append(WordToken(text: String(surface.prefix(elision.count)), start: j.start, end: split,
                                     folded: elision, isElision: true, sentenceInitial: initial, hyphenEnds: []))
                let rest = String(surface.dropFirst(elision.count))
                out.append(WordToken(text: rest, start: split, end: end, folded: WordTokenizer.fold(rest),
                                     isElision: false, sentenceInitial: false, hyphenEnds: j.hyphenEnds.filter { $0 > split }))
            } else {
                out.append(WordToken(text: surface, start: j.start, end: end, folded: folded,
                                     isElision: false, sentenceInitial: initial, hyphenEnds: j.hyphenEnds))
            }
        }
        return out
    }
}

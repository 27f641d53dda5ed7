import TaalgrensCore
import Tokenization

/// A word of a text as term recognition sees it: a word or number token of the Tokenization module
/// (hyphenated compounds joined: "add-on", "c'est-à-dire"), with the locale's elided words split off
/// ("l'internet" → "l'" + "internet") and trailing clitics too ("Focus's" → "Focus" + "'s"). An elided
/// word the tokenizer already split off ends in an apostrophe and is marked as such.
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
    /// The word stands in a text written wholly in capitals (a heading "CODE PIN OUBLIÉ ?": two words or more with
    /// letters, no small letter), where a case-sensitive term's small letters are written as capitals too.
    var inCapitals = false
}

/// Cuts a text into ``WordToken``s by the tokenizer's word boundaries plus the locale's rules.
struct WordTokenizer: Sendable {
    let locale: LanguageTag
    let elisions: [String]

    let clitics: [String]
    /// Inclusive writing (``LocaleTerminology``'s `inclusiveMarks`, `inclusiveSuffixes`), folded.
    let inclusiveMarks: Set<Character>
    let inclusiveSuffixes: Set<String>

    init(locale: LanguageTag, rules: LocaleTerminology) {
        self.locale = locale
        self.elisions = rules.elisions.map(WordTokenizer.fold).sorted { $0.count > $1.count }
        self.clitics = rules.clitics.map(WordTokenizer.fold).sorted { $0.count > $1.count }
        self.inclusiveMarks = Set(rules.inclusiveMarks.compactMap { $0.count == 1 ? $0.first : nil })
        self.inclusiveSuffixes = Set(rules.inclusiveSuffixes.map(WordTokenizer.fold))
    }

    /// The word a word of inclusive writing stands for: its first part, in the plural when its last part ends in s
    /// or x ("citoyen·ne·s" → "citoyens", "utilisateur·rice·s" → "utilisateurs", "assuré·e" → "assuré", "des
    /// citoyen.ne.s" → "citoyens"), when every part after the first is one of the locale's `inclusiveSuffixes` and
    /// the parts are joined by its `inclusiveMarks`; `nil` for any other word. The first part keeps three Characters
    /// or more, so initials ("a.s.b.l.") are not read so. French writes the feminine endings so (*écriture
    /// inclusive*, the middle dot of the Haut Conseil à l'Égalité's guide, 2015, or a full stop); Unicode joins them
    /// into one word (UAX #29: the middle dot is MidLetter, the full stop MidNumLet), which no term matched (blind
    /// set 8). - Parameter folded: the word, folded.
    func inclusiveBase(_ folded: String) -> String? {
        guard !inclusiveMarks.isEmpty, folded.contains(where: inclusiveMarks.contains) else { return nil }
        let parts = folded.split(omittingEmptySubsequences: false, whereSeparator: inclusiveMarks.contains).map(String.init)
        guard parts.count >= 2, parts[0].count >= 3, parts[0].allSatisfy(\.isLetter),
              parts.dropFirst().allSatisfy(inclusiveSuffixes.contains) else { return nil }
        let base = parts[0]
        let plural = parts.last!.hasSuffix("s") || parts.last!.hasSuffix("x")
        return plural && !base.hasSuffix("s") && !base.hasSuffix("x") ? base + "s" : base
    }

    /// Ranges of words joined where the Tokenization module leaves them apart but a term may hold them as one word:
    /// a number and a word joined by one hyphen, the number first ("6-norm" of "Euro 6-norm", "3-jarige"), as one
    /// hyphenated word; and a word that ends in a hyphen before white space, the elliptical hyphen of a coordination
    /// ("Ziekte- en Invaliditeitsverzekering", "land- en tuinbouw"), keeps its hyphen, so that a term written so
    /// matches word for word (blind set 8). - Complexity: O(n) in the number of ranges.
    static func joinedAtHyphens(_ ranges: [(start: Int, end: Int)], units: [UInt16]) -> [(start: Int, end: Int)] {
        var out: [(start: Int, end: Int)] = []
        for r in ranges {
            if let last = out.last, r.start == last.end + 1, hyphenUnits.contains(units[last.end]),
               units[last.start..<last.end].allSatisfy({ (0x30...0x39).contains($0) }),
               let first = Unicode.Scalar(units[r.start]), first.properties.isAlphabetic {
                out[out.count - 1].end = r.end
            } else {
                out.append(r)
            }
        }
        for k in out.indices {
            let e = out[k].end
            guard e < units.count, hyphenUnits.contains(units[e]), e > out[k].start,
                  let before = Unicode.Scalar(units[e - 1]), before.properties.isAlphabetic,
                  e + 1 == units.count || WordKeys.isSpace(units[e + 1]) else { continue }
            out[k].end = e + 1
        }
        return out
    }

    /// Case-folds, normalises to NFC and straightens apostrophes (’ ʼ ′ → ').
    static func fold(_ s: String) -> String {
        var folded = ICU.foldCase(ICU.normalize(s, .nfc))
        if folded.contains(where: { $0 == "’" || $0 == "ʼ" || $0 == "′" || $0 == "`" }) {
            folded = String(folded.map { $0 == "’" || $0 == "ʼ" || $0 == "′" || $0 == "`" ? "'" : $0 })
        }
        return folded
    }

    /// The letters of an initialism written with a dot after each letter, the last dot left out as the word
    /// tokenizer leaves it ("A.R" of "A.R.", "K.B", "v.z.w"): "AR", "KB", "vzw"; `nil` for any other word.
    /// Belgian and French text dots the initials that a termbase, IATE among them, writes without dots ("A.R."
    /// and "AR" for *arrêté royal*, "K.B." and "KB" for *koninklijk besluit*; eighteenth trial, finding 3), so
    /// a word is matched by its letters alone, in both directions (the termbase's own terms are cut by this
    /// tokenizer too). Two to eight letters; the case stays as written, so a case-sensitive acronym still needs
    /// its capitals ("o.a." is no "OA").
    static func undotted(_ word: String) -> String? {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        guard (2...8).contains(parts.count), parts.allSatisfy({ $0.count == 1 && $0.first!.isLetter }) else { return nil }
        return parts.joined()
    }

    /// Hyphen-minus, hyphen and non-breaking hyphen, as UTF-16 code units.
    static let hyphenUnits: Set<UInt16> = [0x2D, 0x2010, 0x2011]
    static let sentenceEnds: Set<Character> = [".", "!", "?", "…", "«", "“", "\"", "„", "‘", "(", "[", "•", "\n"]

    /// The words of `text`.
    /// - Complexity: O(n) in the text's length.
    /// - Parameter base: the Tokenization module's tokens of `text`, when the caller has them already.
    func tokens(_ text: String, base: [Token]? = nil) -> [WordToken] {
        let units = Array(text.utf16)
        let ranges = WordTokenizer.joinedAtHyphens(base.map { BaseTokens.words(from: $0, units: units) } ?? BaseTokens.words(in: text, locale: locale),
                                                   units: units)
        // The tokenizer joins hyphenated words; record where each inner hyphen starts.
        let joined: [(start: Int, end: Int, hyphenEnds: [Int])] = ranges.map { r in
            var hyphens: [Int] = []
            for k in (r.start + 1)..<max(r.start + 1, r.end - 1) where WordTokenizer.hyphenUnits.contains(units[k]) { hyphens.append(k) }
            return (r.start, r.end, hyphens)
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
                var rest = String(surface.dropFirst(elision.count))
                if let letters = WordTokenizer.undotted(rest) { rest = letters }
                let restFolded = WordTokenizer.fold(rest)
                out.append(WordToken(text: rest, start: split, end: end, folded: inclusiveBase(restFolded) ?? restFolded,
                                     isElision: false, sentenceInitial: false, hyphenEnds: j.hyphenEnds.filter { $0 > split }))
            } else if let letters = WordTokenizer.undotted(surface) {
                out.append(WordToken(text: letters, start: j.start, end: end, folded: WordTokenizer.fold(letters),
                                     isElision: false, sentenceInitial: initial, hyphenEnds: []))
            } else {
                out.append(WordToken(text: surface, start: j.start, end: end, folded: inclusiveBase(folded) ?? folded,
                                     isElision: folded.hasSuffix("'"), sentenceInitial: initial, hyphenEnds: j.hyphenEnds))
            }
        }
        // A text in capitals writes every term's small letters as capitals (blind set 7).
        let lettered = out.filter { !$0.isElision && $0.text.contains(where: \.isLetter) }
        if lettered.count >= 2, !text.contains(where: \.isLowercase) {
            for i in out.indices { out[i].inCapitals = true }
        }
        return out
    }
}

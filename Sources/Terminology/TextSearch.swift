import TaalgrensCore

/// Searches that find a name in a changed form, for `dnt-changed`.
enum TextSearch {
    /// A span of a text with its UTF-16 offsets.
    struct Span: Hashable {
        var text: String
        var start: Int
        var end: Int
    }

    /// Finds `name` in `text` ignoring case and any spaces, hyphens, dots and apostrophes inside it
    /// ("Child-Focus", "childfocus", "B BICO" for "B-BICO"). The match must start and end at word edges.
    /// - Complexity: O(n · m) for a text of n and a name of m Characters.
    static func looseMatch(of name: String, in text: String) -> Span? {
        let key = strip(name).map { $0.1 }
        guard !key.isEmpty else { return nil }
        let hay = strip(text)
        guard hay.count >= key.count else { return nil }
        let units = Array(text.utf16)
        for i in 0...(hay.count - key.count) where hay[i].1 == key[0] {
            var ok = true
            for k in 1..<key.count where hay[i + k].1 != key[k] { ok = false; break }
            guard ok else { continue }
            let start = hay[i].0.lowerBound, end = hay[i + key.count - 1].0.upperBound
            if start > 0, isWordUnit(units[start - 1]) { continue }
            if end < units.count, isWordUnit(units[end]) { continue }
            return Span(text: String(decoding: units[start..<end], as: UTF16.self), start: start, end: end)
        }
        return nil
    }

    /// For a name of two or more words: the longest run of the text's words that equal (ignoring case)
    /// consecutive words of the name, when it holds at least half of them ("Safer Internet Center" for
    /// "Safer Internet Centre" yields "Safer Internet").
    static func partialName(_ name: String, in text: String, locale: LanguageTag, rules: LocaleTerminology) -> Span? {
        let tokenizer = WordTokenizer(locale: locale, rules: rules)
        let nameWords = tokenizer.tokens(name).filter { !$0.isElision }.map(\.folded)
        guard nameWords.count >= 2 else { return nil }
        let tokens = tokenizer.tokens(text)
        let units = Array(text.utf16)
        var best: (Int, Int)?
        for i in tokens.indices {
            for j in nameWords.indices where tokens[i].folded == nameWords[j] {
                var n = 1
                while i + n < tokens.count, j + n < nameWords.count, tokens[i + n].folded == nameWords[j + n] { n += 1 }
                if n > (best?.1 ?? 0) { best = (i, n) }
            }
        }
        guard let (i, n) = best, n * 2 >= nameWords.count else { return nil }
        var last = i + n - 1
        // The changed word usually follows the kept ones: take the next capitalised word along.
        if n < nameWords.count, last + 1 < tokens.count, tokens[last + 1].text.first?.isUppercase == true,
           units[tokens[last].end..<tokens[last + 1].start].allSatisfy(WordKeys.isSpace) {
            last += 1
        }
        let start = tokens[i].start, end = tokens[last].end
        return Span(text: String(decoding: units[start..<end], as: UTF16.self), start: start, end: end)
    }

    /// The text's Characters without spaces, hyphens, dots and apostrophes, case-folded, each with its
    /// UTF-16 range.
    private static func strip(_ text: String) -> [(Range<Int>, String)] {
        var out: [(Range<Int>, String)] = []
        var offset = 0
        for c in text {
            let n = c.utf16.count
            defer { offset += n }
            if c.isWhitespace || c == "-" || c == "\u{2010}" || c == "\u{2011}" || c == "." || c == "'" || c == "’" { continue }
            out.append((offset..<(offset + n), ICU.foldCase(String(c))))
        }
        return out
    }

    private static func isWordUnit(_ u: UInt16) -> Bool {
        guard let scalar = Unicode.Scalar(u) else { return true }
        return scalar.properties.isAlphabetic || (0x30...0x39).contains(u)
    }
}

import TaalgrensCore

/// Folded text for concordance and accent-insensitive keys.
public enum TextKey {
    /// Folds `s` for case- and accent-insensitive comparison: NFC, full Unicode case folding (Unicode
    /// Standard §5.18), diacritics removed (canonical decomposition, nonspacing marks dropped, NFC again),
    /// typographic apostrophes (U+2019, U+02BC) as U+0027, and every whitespace character as U+0020.
    ///
    /// The fold is applied Character by Character (extended grapheme clusters), so
    /// ``foldWithOffsets(_:)`` can map every position of the folded text back to the original.
    /// - Complexity: O(n) in the length of `s`.
    public static func fold(_ s: String) -> String {
        var text = s
        return text.withUTF8 { bytes in foldLatin(bytes) } ?? foldWithOffsets(s).folded
    }

    /// ``fold(_:)`` of a text whose scalars are all below U+0180 (ASCII, Latin-1 Supplement, Latin
    /// Extended-A), read and written as UTF-8 bytes; `nil` for any other text, which the general path folds.
    ///
    /// ASCII folds byte by byte (A–Z lower-cased, TAB…CR as a space). Below U+0180 no combining mark
    /// follows a letter and each Character is one scalar, except CR LF: the fold of each scalar comes from
    /// a table computed once by the general path (``latinFoldBytes``). A text with CR LF and a non-ASCII
    /// scalar takes the general path, where CR LF is one Character and folds to one space; in pure ASCII
    /// text each of the two folds to a space, as it always has.
    /// - Complexity: O(n) in UTF-8 bytes: one pass to measure, one to write.
    static func foldLatin(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let n = bytes.count
        var length = 0, i = 0
        var ascii = true, crlf = false
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x0A && i > 0 && bytes[i - 1] == 0x0D { crlf = true }
                length += 1
                i += 1
            } else if b >= 0xC2 && b <= 0xC5 && i + 1 < n && bytes[i + 1] & 0xC0 == 0x80 {
                let scalar = Int(b & 0x1F) << 6 | Int(bytes[i + 1] & 0x3F)
                length += latinFoldBytes[scalar - 0x80].count
                ascii = false
                i += 2
            } else {
                return nil
            }
        }
        if crlf && !ascii { return nil }
        return String(unsafeUninitializedCapacity: length) { out in
            var i = 0, o = 0
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    out[o] = b >= 0x41 && b <= 0x5A ? b + 32 : (b >= 0x09 && b <= 0x0D) ? 0x20 : b
                    o += 1
                    i += 1
                } else {
                    let scalar = Int(b & 0x1F) << 6 | Int(bytes[i + 1] & 0x3F)
                    for f in latinFoldBytes[scalar - 0x80] { out[o] = f; o += 1 }
                    i += 2
                }
            }
            return o
        }
    }

    /// ``foldCharacter(_:)`` of U+0080…U+017F (Latin-1 Supplement and Latin Extended-A) as UTF-8,
    /// computed once.
    static let latinFoldBytes: [[UInt8]] = (0x80..<0x180).map { Array(foldCharacter(Character(Unicode.Scalar($0)!)).utf8) }

    /// Folds `s` as ``fold(_:)`` and records, for every UTF-16 offset of the folded text, the UTF-16
    /// offset in `s` of the Character it came from.
    ///
    /// - Returns: the folded text and `origins`, an array of `folded.utf16.count + 1` UTF-16 offsets into
    ///   `s`: `origins[i]` is where the Character that produced folded unit `i` starts, and the last entry
    ///   is `s.utf16.count`. ``originalRange(of:origins:)`` maps a folded range back.
    /// - Complexity: O(n).
    public static func foldWithOffsets(_ s: String) -> (folded: String, origins: [Int]) {
        // ASCII: lower case and spaces, one unit for one unit.
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes = Array(s.utf8)
            for i in bytes.indices {
                let b = bytes[i]
                if b >= 0x41 && b <= 0x5A { bytes[i] = b + 32 } else if b == 0x09 || b == 0x0A || b == 0x0B || b == 0x0C || b == 0x0D { bytes[i] = 0x20 }
            }
            return (String(decoding: bytes, as: UTF8.self), Array(0...bytes.count))
        }
        var folded = ""
        var origins: [Int] = []
        var offset = 0
        for ch in s {
            let width = ch.utf16.count
            let piece: String
            if ch.isASCII {
                if ch.isWhitespace { piece = " " } else { piece = String(ch).lowercased() }
            } else {
                piece = foldCharacter(ch)
            }
            folded += piece
            let n = piece.utf16.count
            origins.append(contentsOf: repeatElement(offset, count: n))
            offset += width
        }
        var result = origins
        result.append(offset)
        return (folded, result)
    }

    /// Maps a UTF-16 range of a folded text back to the original text, given the `origins` from
    /// ``foldWithOffsets(_:)``. A range that ends inside one Character's expansion ("ß" → "ss") is widened
    /// to the end of that Character.
    public static func originalRange(of range: Range<Int>, origins: [Int]) -> Range<Int> {
        let start = origins[range.lowerBound]
        var b = range.upperBound
        while b > range.lowerBound && b < origins.count - 1 && origins[b] == origins[b - 1] { b += 1 }
        return start..<max(start, origins[b])
    }

    private static func foldCharacter(_ ch: Character) -> String {
        if ch.isWhitespace { return " " }
        if ch == "\u{2019}" || ch == "\u{02BC}" { return "'" }
        let folded = ICU.foldCase(ICU.normalize(String(ch), .nfd))
        var scalars = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars where scalar.properties.generalCategory != .nonspacingMark {
            scalars.append(scalar)
        }
        return ICU.normalize(String(scalars), .nfc)
    }

    // MARK: Concordance

    /// The concordance form of `s` (the `folded` column a memory searches, `docs/memory.md`,
    /// "Concordance"): ``fold(_:)``, then quotation marks folded to the keyboard's and French spacing left
    /// out, so that a phrase typed on a keyboard finds the typographic text and the other way round:
    /// - “ ” „ ‟ « » 〝 〞 ＂ (U+201C, U+201D, U+201E, U+201F, U+00AB, U+00BB, U+301D, U+301E, U+FF02) as `"`;
    /// - ‘ ‚ ‛ ‹ › (U+2018, U+201A, U+201B, U+2039, U+203A) as `'`, as ``fold(_:)`` already writes ’;
    /// - the spaces after an opening guillemet (« ‹) and before a closing one (» ›) are dropped, whether or not
    ///   the quotation's other mark is in the text (French sets U+00A0 or U+202F there, which ``fold(_:)`` has
    ///   made a space; a phrase copied from inside a quotation holds one mark alone), so « votre banque »,
    ///   "« votre" and "banque »" read as `"votre banque"`, `"votre` and `banque"`; a « glued to a letter or
    ///   digit before it, or a » glued to one after it, is German's way round (»Hallo« und) and keeps its
    ///   spaces; the spaces just inside a reversed pair (» … «) are dropped;
    /// - the spaces before a high punctuation mark ? ! : ; are dropped (French sets a no-break or narrow
    ///   no-break space there, a keyboard a plain one or none): "Que faire ?" reads as "que faire?".
    /// Seventeenth trial, finding 1: a phrase that started or ended inside a quotation, or crossed a high
    /// punctuation mark, was never found, since only the spaces inside a complete pair were dropped.
    ///
    /// The match keys (``Token/matchKey``) keep ``fold(_:)``: quotation marks and spaces are no keys there.
    /// - Complexity: O(n) in the length of `s`; a text without a non-ASCII quotation mark and without a space
    ///   before ? ! : ; costs one pass more over its folded UTF-16.
    public static func concordanceFold(_ s: String) -> String {
        let folded = fold(s)
        return foldQuotes(folded, origins: nil)?.folded ?? folded
    }

    /// ``concordanceFold(_:)`` with the `origins` of ``foldWithOffsets(_:)``: for every UTF-16 offset of the
    /// folded text, the UTF-16 offset in `s` of the Character it came from, and `s.utf16.count` last.
    /// ``originalRange(of:origins:)`` maps a folded range back (a range that ends before a dropped space
    /// maps to an end after that space: callers trim it, as `StoreRules.occurrences` does).
    /// - Complexity: O(n).
    public static func concordanceFoldWithOffsets(_ s: String) -> (folded: String, origins: [Int]) {
        let (folded, origins) = foldWithOffsets(s)
        guard let quoted = foldQuotes(folded, origins: origins) else { return (folded, origins) }
        return (quoted.folded, quoted.origins)
    }

    /// The quotation marks ``concordanceFold(_:)`` writes as `"` (UTF-16 code units, all in the BMP).
    static let doubleQuotes: Set<UInt16> = [0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x301D, 0x301E, 0xFF02]
    /// The quotation marks ``concordanceFold(_:)`` writes as `'`.
    static let singleQuotes: Set<UInt16> = [0x2018, 0x201A, 0x201B, 0x2039, 0x203A]
    /// Each guillemet with its partner in a pair (« », ‹ ›), either way round.
    static let guillemetPartner: [UInt16: UInt16] = [0x00AB: 0x00BB, 0x00BB: 0x00AB, 0x2039: 0x203A, 0x203A: 0x2039]
    /// The opening guillemets « ‹, after which ``concordanceFold(_:)`` drops spaces.
    static let openingGuillemets: Set<UInt16> = [0x00AB, 0x2039]
    /// The closing guillemets » › and the high punctuation marks ? ! : ;, before which
    /// ``concordanceFold(_:)`` drops spaces.
    static let spacedAfterMarks: Set<UInt16> = [0x00BB, 0x203A, 0x3F, 0x21, 0x3A, 0x3B]

    /// Every character ``concordanceFold(_:)`` changes where it occurs in a folded text: what a memory's
    /// migration looks for in its stored `folded` column to find the rows to fold again.
    public static let concordanceQuoteMarks: [String] = (doubleQuotes.union(singleQuotes)).sorted()
        .map { String(Character(Unicode.Scalar($0)!)) }

    /// The pieces of a concordance text folded before session 19 that mark it as one whose fold may change
    /// now (migration `v20-ranges-and-spacing`): a space before one of ? ! : ;, and a space next to a `"` or
    /// `'` (an older fold wrote « » ‹ › so and kept the spaces next to an unpaired one). A stored `folded`
    /// text holding none of them folds as before.
    public static let concordanceSpacingMarks: [String] = [" ?", " !", " :", " ;", "\" ", " \"", "' ", " '"]

    /// The quotation-mark and spacing steps of ``concordanceFold(_:)`` on an already folded text (spaces are
    /// U+0020 there), carrying `origins` along when given; `nil` when `folded` holds nothing to change.
    /// - Complexity: O(n) in UTF-16 code units.
    static func foldQuotes(_ folded: String, origins: [Int]?) -> (folded: String, origins: [Int])? {
        let units = Array(folded.utf16)
        var changes = false
        for (i, u) in units.enumerated() {
            if doubleQuotes.contains(u) || singleQuotes.contains(u) || (u == 0x20 && i + 1 < units.count && spacedAfterMarks.contains(units[i + 1])) {
                changes = true
                break
            }
        }
        guard changes else { return nil }
        var dropped = [Bool](repeating: false, count: units.count)
        // Spaces after « ‹ and before » › ? ! : ;. A guillemet glued to a word on its outer side is German's
        // way round (»Hallo« und): its spaces stay.
        func isWordUnit(_ k: Int) -> Bool {
            guard k >= 0, k < units.count, let c = Unicode.Scalar(units[k]) else { return false }
            return c.properties.isAlphabetic || c.properties.numericType != nil
        }
        for (i, u) in units.enumerated() {
            if openingGuillemets.contains(u) {
                guard !isWordUnit(i - 1) else { continue }
                var k = i + 1
                while k < units.count && units[k] == 0x20 { dropped[k] = true; k += 1 }
            } else if spacedAfterMarks.contains(u) {
                if u == 0x00BB || u == 0x203A, isWordUnit(i + 1) { continue }
                var k = i - 1
                while k >= 0 && units[k] == 0x20 { dropped[k] = true; k -= 1 }
            }
        }
        // Reversed pairs (» … «, › … ‹): the first mark opens, the nearest partner after it closes; the same
        // mark again before a partner opens anew. The spaces just inside a pair go.
        var open: [Int?] = [nil, nil]  // « » and ‹ ›
        for (i, u) in units.enumerated() {
            guard let partner = guillemetPartner[u] else { continue }
            let kind = u == 0x00AB || u == 0x00BB ? 0 : 1
            if let o = open[kind], units[o] == partner {
                var k = o + 1
                while k < i && units[k] == 0x20 { dropped[k] = true; k += 1 }
                k = i - 1
                while k > o && units[k] == 0x20 { dropped[k] = true; k -= 1 }
                open[kind] = nil
            } else {
                open[kind] = i
            }
        }
        var out: [UInt16] = []
        out.reserveCapacity(units.count)
        var outOrigins: [Int] = []
        if origins != nil { outOrigins.reserveCapacity(units.count + 1) }
        for (i, u) in units.enumerated() where !dropped[i] {
            out.append(doubleQuotes.contains(u) ? 0x22 : singleQuotes.contains(u) ? 0x27 : u)
            if let origins { outOrigins.append(origins[i]) }
        }
        if let origins, let last = origins.last { outOrigins.append(last) }
        return (String(decoding: out, as: UTF16.self), outOrigins)
    }

    /// The matching key of a word: NFC, full case folding, typographic apostrophes as U+0027.
    /// Diacritics are kept (see ``fold(_:)`` for the accent-insensitive form).
    static func wordKey(_ s: String) -> String {
        var out = ""
        var allASCII = true
        for u in s.utf8 where u >= 0x80 { allASCII = false; break }
        if allASCII { return s.lowercased() }
        // Below U+0300 a text is its own NFC (no combining mark, nothing composes): skip that trip to ICU.
        var needsNFC = false
        for u in s.utf16 where u >= 0x300 { needsNFC = true; break }
        out = ICU.foldCase(needsNFC ? ICU.normalize(s, .nfc) : s)
        // Foundation's `contains` (a search by composed character sequences) only when a typographic
        // apostrophe is there at all: most words have none.
        if out.utf16.contains(where: { $0 == 0x2019 || $0 == 0x02BC }), out.contains("\u{2019}") || out.contains("\u{02BC}") {
            out = out.replacingApostrophes()
        }
        return out
    }
}

extension String {
    func replacingApostrophes() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{2019}" || $0 == "\u{02BC}" ? "'" : $0 }))
    }
}

/// The word rules of the scan: classifying ICU's pieces and fixing what UAX #29 gets wrong for Dutch and
/// French (hyphenated words, elision, a word-initial apostrophe).
extension Scan {
    /// The kind of the piece between two ICU boundaries, or `nil` for whitespace.
    func classify(_ a: Int, _ b: Int) -> Piece? {
        // An emoji or another pictograph (with its modifiers and joiners) is neither a word nor a symbol key.
        if s[a].value >= 0xA9 || (b - a >= 2 && (s[a + 1] == "\u{FE0F}" || s[a + 1] == "\u{20E3}")), isPictographic(a, b) {
            return Piece(start: a, end: b, kind: .emoji)
        }
        var letters = false, digits = false, others = false, punct = true
        for k in a..<b {
            let c = s[k]
            if c.value < 0x80 {
                // ASCII: control characters (C0, DEL) and spaces are skipped like Cc and White_Space below.
                if c.value < 0x20 || c.value == 0x7F || c.value == 0x20 { continue }
                if isLetter(c) { letters = true } else if isDigit(c) { digits = true } else { others = true }
                if !Scan.asciiPunctuation[Int(c.value)] { punct = false }
                continue
            }
            if isSpace(c) || c.properties.generalCategory == .control || c.properties.generalCategory == .format { continue }
            if isLetter(c) { letters = true } else if c.properties.generalCategory == .decimalNumber { digits = true } else { others = true }
            if !isPunctuation(c) { punct = false }
        }
        if !letters && !digits && !others { return nil }
        if letters || digits { return Piece(start: a, end: b, kind: .word) }
        return Piece(start: a, end: b, kind: punct ? .punctuation : .symbol)
    }

    /// Joins hyphenated words and word-initial apostrophes, then splits elided articles and pronouns;
    /// appends the result to `out`.
    func fixUp(_ pieces: [Piece], into out: inout [Piece]) {
        var joined: [Piece] = []
        joined.reserveCapacity(pieces.count)
        var k = 0
        while k < pieces.count {
            var t = pieces[k]
            // "'s", "'t": an apostrophe at a word start followed by a one-letter word.
            if t.kind == .punctuation, t.end - t.start == 1, isApostrophe(s[t.start]),
               t.start == 0 || isSpace(s[t.start - 1]) || isPunctuation(s[t.start - 1]),
               k + 1 < pieces.count, pieces[k + 1].kind == .word, pieces[k + 1].start == t.end,
               pieces[k + 1].end - pieces[k + 1].start == 1, isLetter(s[t.end]) {
                t = Piece(start: t.start, end: pieces[k + 1].end, kind: .word)
                k += 1
            }
            // word - word (- word …): "e-mail", "a-t-il", "COVID-19"; at least one side has a letter.
            while t.kind == .word, k + 2 < pieces.count,
                  pieces[k + 1].kind == .punctuation, pieces[k + 1].start == t.end, pieces[k + 1].end - pieces[k + 1].start == 1,
                  isHyphen(s[pieces[k + 1].start]),
                  pieces[k + 2].kind == .word, pieces[k + 2].start == pieces[k + 1].end,
                  hasLetter(t) || hasLetter(pieces[k + 2]) {
                t.end = pieces[k + 2].end
                k += 2
            }
            joined.append(t)
            k += 1
        }
        for t in joined {
            guard t.kind == .word else { out.append(t); continue }
            var rest = t
            while let cut = elisionCut(rest) {
                out.append(Piece(start: rest.start, end: cut, kind: .word))
                rest.start = cut
            }
            out.append(rest)
        }
    }

    func hasLetter(_ t: Piece) -> Bool { (t.start..<t.end).contains { isLetter(s[$0]) } }

    /// Where to split an elided word ("l'internet" → after "l'"), or nil: the part before the first
    /// apostrophe is one letter or ends in "qu", and at least two letters follow it.
    func elisionCut(_ t: Piece) -> Int? {
        guard let a = (t.start..<t.end).first(where: { isApostrophe(s[$0]) }), a > t.start else { return nil }
        let prefix = a - t.start
        guard (t.start..<a).allSatisfy({ isLetter(s[$0]) }) else { return nil }
        let qu = prefix >= 2 && lowerASCII(s[a - 2]) == "q" && lowerASCII(s[a - 1]) == "u"
        guard prefix == 1 || qu else { return nil }
        guard t.end - (a + 1) >= 2, isLetter(s[a + 1]), isLetter(s[a + 2]) else { return nil }
        return a + 1
    }
}

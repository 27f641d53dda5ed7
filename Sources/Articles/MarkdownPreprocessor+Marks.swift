// The partners of the paired marks of one run of Markdown text, found once (docs/articles.md, "Markdown",
// "Unmatched marks"). The inline pass used to look for each mark's partner afresh from the mark: 4,000
// unmatched `[` in one paragraph meant 4,000 scans to its end (about 17 s in a debug build).
extension MarkdownPreprocessor {
    /// Where each code span and each bracket of a text closes.
    struct Marks {
        private let s: [Character]
        /// Run length → the starts of the (maximal) backtick runs of that length, ascending.
        private var runStarts: [Int: [Int]] = [:]
        /// The offsets of the line feeds, ascending.
        private var lineFeeds: [Int] = []
        /// For a `[`, the offset of the `]` that closes it; -1 when none does or for other characters.
        private var bracketClose: [Int]
        /// For a `(`: where a link destination starting right after it stops (its matching `)`, or, for the
        /// last unmatched `(` of a run without white space, the run's end); -1 when the destination's
        /// parentheses never balance or for other characters.
        private var parenthesisEnd: [Int]
        /// For a `(`: the end of its run of characters without white space or control characters.
        private var runEnd: [Int]
        /// The offsets of each `%%` and each `==` (no third mark on either side), ascending.
        private var doubles: [String: [Int]] = ["%%": [], "==": []]
        /// The offsets of each blank line's first line feed, ascending.
        private var paragraphBreaks: [Int] = []

        /// Indexes `s`. - Complexity: O(n) in its length (Characters).
        init(_ s: [Character]) {
            self.s = s
            bracketClose = [Int](repeating: -1, count: s.count)
            parenthesisEnd = [Int](repeating: -1, count: s.count)
            runEnd = [Int](repeating: -1, count: s.count)
            // A destination (CommonMark 0.31, 6.3): no white space or control character, parentheses balanced,
            // a backslash escapes the punctuation character after it.
            var parentheses: [Int] = []
            var runStart = 0
            func endRun(at end: Int) {
                if let last = parentheses.last { parenthesisEnd[last] = end }
                for p in runStart..<end where s[p] == "(" { runEnd[p] = end }
                parentheses.removeAll()
            }
            var p = 0
            while p < s.count {
                let c = s[p]
                if c.isWhitespace || (c.isASCII && c.asciiValue! < 0x20) {
                    endRun(at: p)
                    runStart = p + 1
                } else if c == "\\", p + 1 < s.count, MarkdownPreprocessor.isASCIIPunctuation(s[p + 1]), !s[p + 1].isWhitespace {
                    p += 2
                    continue
                } else if c == "(" {
                    parentheses.append(p)
                } else if c == ")", let open = parentheses.popLast() {
                    parenthesisEnd[open] = p
                }
                p += 1
            }
            endRun(at: s.count)
            var d = 0
            while d + 1 < s.count {
                if s[d] == "\n", s[d + 1] == "\n" { paragraphBreaks.append(d) }
                if (s[d] == "%" || s[d] == "="), s[d + 1] == s[d], d + 2 >= s.count || s[d + 2] != s[d], d == 0 || s[d - 1] != s[d] {
                    doubles[String([s[d], s[d]]), default: []].append(d)
                    d += 2
                    continue
                }
                d += 1
            }
            var i = 0
            while i < s.count {
                if s[i] == "\n" { lineFeeds.append(i) }
                guard s[i] == "`" else { i += 1; continue }
                var length = 0
                while i + length < s.count, s[i + length] == "`" { length += 1 }
                runStarts[length, default: []].append(i)
                i += length
            }
            // Brackets nest; a backslash escapes the next character; a code span's brackets do not count;
            // nothing closes across a blank line.
            var open: [Int] = []
            i = 0
            while i < s.count {
                switch s[i] {
                case "\\":
                    i += 2
                    continue
                case "`":
                    if let span = codeSpan(at: i) {
                        i = span.end
                    } else {
                        while i < s.count, s[i] == "`" { i += 1 }
                    }
                    continue
                case "\n" where i + 1 < s.count && s[i + 1] == "\n":
                    open.removeAll()
                case "[":
                    open.append(i)
                case "]":
                    if let opening = open.popLast() { bracketClose[opening] = i }
                default:
                    break
                }
                i += 1
            }
        }

        /// The code span opened by the backticks from `i` to the end of their run: closed by the next
        /// (maximal) run of as many backticks on the same line (CommonMark 0.31, 6.1; paragraph lines are
        /// joined before the inline pass, so a line feed here is a hard break or a list or quote line's edge,
        /// which Ink 0.6 cannot continue a code span across). `nil` when no run closes it.
        /// - Complexity: O(length of the run + log n).
        func codeSpan(at i: Int) -> (contentStart: Int, contentEnd: Int, end: Int)? {
            guard i < s.count, s[i] == "`" else { return nil }
            var length = 0
            while i + length < s.count, s[i + length] == "`" { length += 1 }
            let contentStart = i + length
            guard let close = firstOffset(in: runStarts[length] ?? [], atLeast: contentStart) else { return nil }
            let lineEnd = firstOffset(in: lineFeeds, atLeast: i) ?? s.count
            return close < lineEnd ? (contentStart, close, close + length) : nil
        }

        /// Where the link destination after the `(` at `k` stops, for a destination that reads no further than
        /// `end`: its matching `)`, or the end of its run without white space; -1 when its parentheses never
        /// balance; `nil` when `end` cuts the run (the caller then scans). O(1).
        func destinationEnd(afterParenthesisAt k: Int, before end: Int) -> Int? {
            guard k < s.count, s[k] == "(", runEnd[k] >= 0 else { return nil }
            if runEnd[k] > end { return nil }
            return parenthesisEnd[k]
        }

        /// The end (after the closing mark) of a span between the double mark `mark` (`%%` or `==`) at `i` and
        /// the next one, in the same paragraph and by `end`; for `==` the closing mark follows no white space.
        /// - Complexity: O(log n).
        func pairEnd(_ mark: String, at i: Int, before end: Int) -> Int? {
            guard let close = firstOffset(in: doubles[mark] ?? [], atLeast: i + 2), close + 2 <= end else { return nil }
            if let paragraphBreak = firstOffset(in: paragraphBreaks, atLeast: i), paragraphBreak < close { return nil }
            if mark == "==", close == i + 2 || s[close - 1].isWhitespace { return nil }
            return close + 2
        }

        /// The offset of the `]` closing the `[` at `i`, when it is before `end`; otherwise `nil`. O(1).
        func closingBracket(of i: Int, before end: Int) -> Int? {
            let close = bracketClose[i]
            return close >= 0 && close < end ? close : nil
        }
    }
}

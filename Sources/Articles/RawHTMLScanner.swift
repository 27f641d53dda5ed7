/// Where the raw HTML of one run of Markdown text ends (``MarkdownPreprocessor``'s inline pass), found once
/// for the whole text.
///
/// Ink 0.6 passes an inline element from its start tag to its matching end tag through raw, so the
/// pre-processor must know where that end tag is. It used to look for it afresh from each start tag, and
/// for each tag's `>` afresh from its `<`: a paragraph of 2,000 unclosed `<span>` (or of `<a x` with no `>`)
/// was 2,000 scans to its end. The scanner finds, in one pass from the right, where a tag that starts at
/// each offset ends (its `>` outside quoted attribute values), and, in one pass from the left, which end
/// tag closes each start tag (same name, nesting counted, never across a blank line: CommonMark 0.31, 6.6).
struct RawHTMLScanner {
    private let s: [Character]
    /// For an offset p: the end (exclusive) of a tag whose text after `<` starts at p, its first `>` outside
    /// quotes; -1 when the text has none. Holds s.count + 1 entries.
    private var tagClose: [Int]
    /// The starts of each `-->`, ascending.
    private var commentCloses: [Int] = []
    /// A start tag's offset → the end (exclusive) of the end tag that closes it.
    private var elementEnd: [Int: Int] = [:]

    /// Indexes `s`. - Complexity: O(n) in its length (Characters).
    init(_ s: [Character]) {
        self.s = s
        let n = s.count
        var tagClose = [Int](repeating: -1, count: n + 1)
        var nextDouble = -1, nextSingle = -1
        for p in stride(from: n - 1, through: 0, by: -1) {
            let c = s[p]
            if c == ">" {
                tagClose[p] = p + 1
            } else if c == "\"" || c == "'" {
                let partner = c == "\"" ? nextDouble : nextSingle
                tagClose[p] = partner >= 0 ? tagClose[partner + 1] : -1
            } else {
                tagClose[p] = tagClose[p + 1]
            }
            if c == "\"" { nextDouble = p } else if c == "'" { nextSingle = p }
            if c == "-", p + 2 < n, s[p + 1] == "-", s[p + 2] == ">" { commentCloses.append(p) }
        }
        commentCloses.reverse()
        self.tagClose = tagClose
        var open: [String: [Int]] = [:]
        var i = 0
        while i < n {
            if s[i] == "\n", i + 1 < n, s[i + 1] == "\n" { open.removeAll() }
            guard s[i] == "<", let name = Self.tagName(s, at: i), tagClose[i + 1] >= 0 else { i += 1; continue }
            let end = tagClose[i + 1]
            if s[i + 1] == "/" {
                if let start = open[name]?.popLast() { elementEnd[start] = end }
            } else if s[end - 2] != "/" && !MarkdownPreprocessor.voidElements.contains(name) {
                open[name, default: []].append(i)
            }
            // A tag's attribute values are not read for tags.
            i = end
        }
    }

    /// The lower-cased name of the start or end tag whose `<` is at `i` (`<span`, `</em`): ASCII letters
    /// and digits, a letter first, followed by white space, `>`, `/` or the end of the text; or `nil`.
    static func tagName(_ s: [Character], at i: Int) -> String? {
        guard i < s.count, s[i] == "<" else { return nil }
        var j = i + 1
        if j < s.count, s[j] == "/" { j += 1 }
        let start = j
        while j < s.count, s[j].isASCII, s[j].isLetter || s[j].isNumber { j += 1 }
        guard j > start, s[start].isLetter else { return nil }
        guard j == s.count || s[j] == " " || s[j] == ">" || s[j] == "/" || s[j] == "\t" else { return nil }
        return String(s[start..<j]).lowercased()
    }

    /// The end (exclusive) of the raw HTML construct starting at `i` in `s[..<limit]`: a comment, or a tag;
    /// for an inline element that is not void, everything up to its matching end tag when that ends by
    /// `limit` (Ink passes that whole range through raw), else the start tag alone. `nil` when `i` starts no
    /// comment or tag that ends by `limit`.
    /// - Complexity: O(log n) for a comment, O(length of the tag name) for a tag.
    func end(at i: Int, limit: Int) -> Int? {
        if i + 3 < limit, s[i + 1] == "!", s[i + 2] == "-", s[i + 3] == "-" {
            guard let close = firstOffset(in: commentCloses, atLeast: i + 4), close + 3 <= limit else { return nil }
            return close + 3
        }
        guard let name = Self.tagName(s, at: i), i + 1 < limit else { return nil }
        let firstEnd = tagClose[i + 1]
        guard firstEnd >= 0, firstEnd <= limit else { return nil }
        if s[i + 1] == "/" || s[firstEnd - 2] == "/" || MarkdownPreprocessor.voidElements.contains(name) { return firstEnd }
        if let end = elementEnd[i], end <= limit { return end }
        return firstEnd
    }
}

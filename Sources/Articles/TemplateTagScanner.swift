import Foundation

/// Finds the template tags (``Shortcode``) of one text in running text, in linear time overall.
///
/// ``Shortcode/tagEnd(_:_:)`` looks for a tag's closing mark afresh from each candidate, which is fine for
/// a paragraph that starts with a tag but quadratic over running text: 2,000 unclosed `{{` or `[a b` in
/// one paragraph meant 2,000 scans to its end. The scanner lists, once, where each closing mark (`}}`,
/// `%}`, `>}}`, `%}}`), each paragraph break (a blank line) and each WordPress closing tag `[/name]` occur,
/// and answers each candidate by a binary search. It reads the same tags as ``Shortcode/tagEnd(_:_:)``, on
/// Characters instead of Unicode scalars (every mark is ASCII).
struct TemplateTagScanner {
    private let s: [Character]
    /// Start offsets (Characters) of each closing mark, ascending.
    private var closes: [String: [Int]] = ["}}": [], "%}": [], ">}}": [], "%}}": [], "#}": [], "endcomment": []]
    /// Offsets of the first `\n` of each `\n\n` (a paragraph break), ascending.
    private var breaks: [Int] = []
    /// For each WordPress shortcode name: the offsets of its closing tags `[/name]`, ascending.
    private var closingTags: [String: [Int]] = [:]

    /// Indexes `s`. - Complexity: O(n) in its length (Characters).
    init(_ s: [Character]) {
        self.s = s
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "}", i + 1 < s.count, s[i + 1] == "}" {
                closes["}}"]!.append(i)
                if i > 0, s[i - 1] == ">" { closes[">}}"]!.append(i - 1) }
                if i > 0, s[i - 1] == "%" { closes["%}}"]!.append(i - 1) }
            } else if c == "%", i + 1 < s.count, s[i + 1] == "}" {
                closes["%}"]!.append(i)
            } else if c == "#", i + 1 < s.count, s[i + 1] == "}" {
                closes["#}"]!.append(i)
            } else if c == "e", i + 10 <= s.count, String(s[i..<(i + 10)]) == "endcomment" {
                closes["endcomment"]!.append(i)
            } else if c == "\n", i + 1 < s.count, s[i + 1] == "\n" {
                breaks.append(i)
            } else if c == "[", i + 1 < s.count, s[i + 1] == "/" {
                var j = i + 2
                while j < s.count, Self.isNameCharacter(s[j]) { j += 1 }
                if j > i + 2, j < s.count, s[j] == "]" { closingTags[String(s[(i + 2)..<j]), default: []].append(i) }
            }
            i += 1
        }
    }

    /// The characters of a WordPress shortcode name: lower-case letters, digits, `_` and `-`.
    static func isNameCharacter(_ c: Character) -> Bool {
        c.isLowercase || c.isNumber || c == "_" || c == "-"
    }

    /// The end (exclusive) of the closing mark `close` first found at or after `k`, when it ends by `limit`
    /// and no paragraph break comes before it; otherwise `nil`.
    private func find(_ close: String, from k: Int, limit: Int) -> Int? {
        guard let at = firstOffset(in: closes[close] ?? [], atLeast: k) else { return nil }
        if let paragraphBreak = firstOffset(in: breaks, atLeast: k), paragraphBreak < at { return nil }
        let end = at + close.count
        return end <= limit ? end : nil
    }

    /// The end (exclusive, in Characters) of the template tag starting at `i` in `s[..<limit]`, or `nil`:
    /// the same tags as ``Shortcode/tagEnd(_:_:)`` (a Mailchimp merge tag, Hugo, Liquid, WordPress).
    /// - Complexity: O(log n), plus the length of a WordPress tag's name and attributes (up to its `]`).
    func tagEnd(at i: Int, limit: Int) -> Int? {
        guard i < limit else { return nil }
        let c = s[i]
        if c == "*" {
            guard i + 1 < limit, s[i + 1] == "|" else { return nil }
            // A merge tag is at most 200 scalars long: look at that window only.
            let window = String(s[i..<min(limit, i + 201)])
            guard let scalarEnd = Shortcode.mergeTagEnd(Array(window.unicodeScalars), 0) else { return nil }
            return i + String(String.UnicodeScalarView(window.unicodeScalars.prefix(scalarEnd))).count
        }
        if c == "{" {
            guard i + 1 < limit else { return nil }
            switch s[i + 1] {
            case "{":
                if i + 2 < limit, s[i + 2] == "<" { return find(">}}", from: i + 3, limit: limit) }
                if i + 2 < limit, s[i + 2] == "%" { return find("%}}", from: i + 3, limit: limit) }
                return find("}}", from: i + 2, limit: limit)
            case "%":
                // A Liquid comment is one tag, `{% comment %}` to `{% endcomment %}` (fifteenth trial, finding 9).
                guard let end = find("%}", from: i + 2, limit: limit) else { return nil }
                let inner = String(s[(i + 2)..<(end - 2)]).trimmingCharacters(in: CharacterSet(charactersIn: "- \t\n"))
                guard inner == "comment", let close = find("endcomment", from: end, limit: limit) else { return end }
                return find("%}", from: close, limit: limit)
            case "#":
                // A Nunjucks, Jinja or Twig comment `{# … #}`; an attribute block `{#id}` has no `#}`.
                return find("#}", from: i + 2, limit: limit)
            default:
                return nil
            }
        }
        guard c == "[" else { return nil }
        var j = i + 1
        if j < limit, s[j] == "/" { j += 1 }
        let nameStart = j
        while j < limit, Self.isNameCharacter(s[j]) { j += 1 }
        guard j > nameStart, j < limit, s[j] == " " || s[j] == "]" else { return nil }
        // The `]` closing the tag, with no line break or `[` before it (this scan stops at the next bracket,
        // so all the candidates of a text together read it about once).
        var close = j
        while close < limit, s[close] != "]" {
            if s[close] == "\n" || s[close] == "[" { return nil }
            close += 1
        }
        guard close < limit else { return nil }
        if close + 1 < limit, s[close + 1] == "(" || s[close + 1] == "[" || s[close + 1] == ":" { return nil }
        // `[name]` alone is a Markdown reference or text: a shortcode has an attribute (`=`), is a closing
        // tag, or has its closing tag `[/name]` further on (before `limit`).
        let name = String(s[nameStart..<j])
        let hasClosingTag = firstOffset(in: closingTags[name] ?? [], atLeast: close).map { $0 + name.count + 3 <= limit } ?? false
        guard s[j..<close].contains("=") || s[i + 1] == "/" || hasClosingTag else { return nil }
        return close + 1
    }
}

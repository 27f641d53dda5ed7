import TaalgrensCore

/// `url-changed`: a URL or e-mail address of the source does not appear unchanged in the target's text.
/// E-mail addresses compare without regard to case; URLs exactly, apart from a final slash. When the
/// target holds a URL or address the source does not, the two are reported together as a change: an error,
/// or a warning when the change is the address's localised version on the same site
/// (``localisedOnSameSite(_:_:)``).
struct URLChangedRule: UnitRule {
    let rule = CheckRule.urlChanged

    typealias Link = (text: String, range: Range<Int>, isEmail: Bool)

    /// The URLs and e-mail addresses of a variant, from the tokenizer's placeables.
    static func links(_ v: VariantAnalysis) -> [Link] {
        BaseTokens.links(from: v.tokens).map { ($0.text, $0.start..<$0.end, $0.kind == .email) }
    }

    static func same(_ a: Link, _ b: Link) -> Bool {
        if a.isEmail || b.isEmail { return a.text.lowercased() == b.text.lowercased() }
        func trim(_ s: String) -> String { s.hasSuffix("/") ? String(s.dropLast()) : s }
        return trim(a.text) == trim(b.text)
    }

    /// Language subtags a site puts in a path segment or a leading host label for its language versions
    /// (`/en/tips` → `/nl/tips`, `fr.example.be`), lower-cased.
    static let languageSegments: Set<String> = ["en", "nl", "fr", "de", "en-gb", "en-be", "nl-be", "fr-be", "de-be", "vl", "eng", "ned", "fra"]

    /// Whether `target` is `source` localised on the same site rather than miscopied (twelfth trial, finding
    /// 13: Safeonweb has suspicious@ / verdacht@ / suspect@safeonweb.be and `/en/tips` → `/nl/tips`): the same
    /// host (ignoring `www.` and a leading language label) or mail domain, and the rest differs by a language
    /// path segment or by more than two character edits (a word translated, not a typo such as `/tisp`).
    static func localisedOnSameSite(_ source: Link, _ target: Link) -> Bool {
        func split(_ link: Link) -> (host: String, rest: String) {
            let text = link.text.lowercased()
            if link.isEmail, let at = text.lastIndex(of: "@") { return (String(text[text.index(after: at)...]), String(text[..<at])) }
            var body = Substring(text)
            if let scheme = body.range(of: "://") { body = body[scheme.upperBound...] }
            let cut = body.firstIndex(where: { "/?#".contains($0) }) ?? body.endIndex
            var labels = body[..<cut].split(separator: ".").map(String.init)
            if labels.first == "www" { labels.removeFirst() }
            if labels.count > 2, let first = labels.first, languageSegments.contains(first) { labels.removeFirst() }
            return (labels.joined(separator: "."), String(body[cut...]))
        }
        let (a, b) = (split(source), split(target))
        guard !a.host.isEmpty, a.host == b.host else { return false }
        let pathA = a.rest.split(whereSeparator: { "/?#&=".contains($0) }), pathB = b.rest.split(whereSeparator: { "/?#&=".contains($0) })
        if zip(pathA, pathB).contains(where: { $0 != $1 && languageSegments.contains(String($0)) && languageSegments.contains(String($1)) }) {
            return true
        }
        return editDistance(Array(a.rest), Array(b.rest)) > 2 || a.rest == b.rest
    }

    /// Levenshtein distance between two Character arrays. - Complexity: O(n·m) time, O(m) memory.
    static func editDistance(_ x: [Character], _ y: [Character]) -> Int {
        var previous = Array(0...y.count)
        for (i, cx) in x.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: y.count)
            for (j, cy) in y.enumerated() {
                current[j + 1] = Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (cx == cy ? 0 : 1))
            }
            previous = current
        }
        return previous[y.count]
    }

    func check(_ unit: UnitAnalysis, _ context: CheckContext) -> [Finding] {
        guard let source = unit.source else { return [] }
        let sourceLinks = Self.links(source)
        guard !sourceLinks.isEmpty else { return [] }
        var out: [Finding] = []
        for target in unit.targets where !target.isUntranslated {
            var others = Self.links(target)
            var missing: [Link] = []
            for link in sourceLinks {
                if let i = others.firstIndex(where: { Self.same(link, $0) }) { others.remove(at: i) } else { missing.append(link) }
            }
            for link in missing {
                let kind = link.isEmail ? "e-mail address" : "URL"
                if let i = others.firstIndex(where: { $0.isEmail == link.isEmail }) {
                    let changed = others.remove(at: i)
                    if Self.localisedOnSameSite(link, changed) {
                        out.append(rule.finding(target.locale, unit.id, text: changed.text, start: changed.range.lowerBound, end: changed.range.upperBound,
                                                message: "The \(kind) \(quoted(link.text)) of the source is written \(quoted(changed.text)) in the translation, on the same site: check that this address in the translation's language exists.",
                                                suggestion: link.text, severity: .warning))
                        continue
                    }
                    out.append(rule.finding(target.locale, unit.id, text: changed.text, start: changed.range.lowerBound, end: changed.range.upperBound,
                                            message: "The \(kind) \(quoted(link.text)) of the source is written \(quoted(changed.text)) in the translation; copy it unchanged.",
                                            suggestion: link.text))
                } else {
                    out.append(rule.finding(target.locale, unit.id, text: link.text, start: link.range.lowerBound, end: link.range.upperBound,
                                            message: "The \(kind) \(quoted(link.text)) of the source is missing from the translation.",
                                            suggestion: link.text, textLocale: source.locale))
                }
            }
        }
        return out
    }
}

import TaalgrensCore

/// `url-changed`: a URL or e-mail address of the source does not appear unchanged in the target's text.
/// E-mail addresses compare without regard to case; URLs exactly, apart from a final slash. When the
/// target holds a URL or address the source does not, the two are reported together as a change.
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

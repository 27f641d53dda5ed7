import Foundation
import TaalgrensCore

/// `url-changed`: a URL or e-mail address of the source does not appear unchanged in the target's text.
/// E-mail addresses compare without regard to case; URLs exactly, apart from a final slash. When the
/// target holds a URL or address the source does not, the two are reported together as a change: an error,
/// or, when the change is the address's localised version (``Localised``), a warning naming both, or an
/// info when the termbase declares the two hosts the same site's (sixteenth trial, finding 8).
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
        let (a, b) = (hostAndRest(source), hostAndRest(target))
        guard !a.host.isEmpty, a.host == b.host else { return false }
        if swapsLanguageSegment(a.rest, b.rest) { return true }
        return editDistance(Array(a.rest), Array(b.rest)) > 2 || a.rest == b.rest
    }

    /// Why a changed address is the source's address localised rather than miscopied.
    enum Localised: Equatable {
        /// The same site (``localisedOnSameSite(_:_:)``); `languagePath` when a language path segment was
        /// swapped (`/en/tips` → `/nl/tips`), which makes the source's address wrong for the target's reader.
        case sameSite(languagePath: Bool)
        /// Another host of the same top-level domain whose path swaps a language segment
        /// (`police.be/en/report` → `politie.be/nl/melden`).
        case languagePath
        /// Another host of the same top-level domain whose name is a word of the target's text while the
        /// source's host name is a word of the source's text: each version names the body its own way
        /// ("BIPT … bipt.be", "IBPT … ibpt.be"; "Federal Police … police.be", "Federale Politie … politie.be").
        case namedInText(source: String, target: String)
        /// A termbase entry has the source's host (or its name without the top-level domain) as a term of
        /// the source's language and the target's as a term of the target's.
        case declared(entry: String)
    }

    /// A URL's or e-mail address's host, lower-cased, without `www.` and a leading language label
    /// (`fr.safeonweb.be` is `safeonweb.be`), and the rest after it (an address's local part, a URL's path).
    static func hostAndRest(_ link: Link) -> (host: String, rest: String) {
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

    /// The segments of an address's rest (path, query), split at `/ ? # & =`.
    static func segments(_ rest: String) -> [Substring] { rest.split(whereSeparator: { "/?#&=".contains($0) }) }

    /// Whether two paths swap a language segment at the same place (`/en/report` → `/nl/melden`).
    static func swapsLanguageSegment(_ a: String, _ b: String) -> Bool {
        zip(segments(a), segments(b)).contains { $0 != $1 && languageSegments.contains(String($0)) && languageSegments.contains(String($1)) }
    }

    /// Whether `target` is `source` localised, and why (``Localised``), or `nil` for a miscopied address.
    /// Another host counts only with the same top-level domain (`.be` stays `.be`) and a sign that the
    /// target's reader is meant: a language segment swapped in the path, the two hosts' names used by the two
    /// texts, or a termbase entry that declares them.
    /// - Parameters:
    ///   - sourceWords, targetWords: the lower-cased words of each text outside its URLs and addresses.
    ///   - declared: the id of a termbase entry that declares the two hosts (source's, target's) the same
    ///     body's sites, or `nil` (``declaration(_:_:in:source:target:)``).
    static func localised(_ source: Link, _ target: Link, sourceWords: Set<String>, targetWords: Set<String>,
                          declared: (String, String) -> String?) -> Localised? {
        if localisedOnSameSite(source, target) {
            return .sameSite(languagePath: swapsLanguageSegment(hostAndRest(source).rest, hostAndRest(target).rest))
        }
        guard source.isEmail == target.isEmail else { return nil }
        let (a, b) = (hostAndRest(source), hostAndRest(target))
        let la = a.host.split(separator: "."), lb = b.host.split(separator: ".")
        guard la.count >= 2, lb.count >= 2, la.last == lb.last, a.host != b.host else { return nil }
        if let entry = declared(a.host, b.host) { return .declared(entry: entry) }
        if swapsLanguageSegment(a.rest, b.rest) { return .languagePath }
        let (na, nb) = (String(la[la.count - 2]), String(lb[lb.count - 2]))
        if na != nb, sourceWords.contains(na), targetWords.contains(nb), !targetWords.contains(na) { return .namedInText(source: na, target: nb) }
        return nil
    }

    /// The id of a termbase entry that declares `sourceHost` and `targetHost` the same body's sites: one of
    /// its terms of the source's language and one of the target's are the hosts, with or without `www.` and
    /// compared without regard to case (`police.be` / `politie.be`), or `nil`.
    static func declaration(_ sourceHost: String, _ targetHost: String, in termbase: Termbase,
                            source: LanguageTag, target: LanguageTag) -> String? {
        func host(_ term: String) -> String {
            let t = term.lowercased().trimmingCharacters(in: .whitespaces)
            return t.hasPrefix("www.") ? String(t.dropFirst(4)) : t
        }
        return termbase.entries.first { entry in
            entry.terms(for: source).contains { host($0.text) == sourceHost } && entry.terms(for: target).contains { host($0.text) == targetHost }
        }?.id
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
        func words(_ v: VariantAnalysis) -> Set<String> { Set(v.tokens.filter { $0.kind == .word }.map { $0.text.lowercased() }) }
        let sourceWords = words(source)
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
                    let written = "The \(kind) \(quoted(link.text)) of the source is written \(quoted(changed.text)) in the translation"
                    func report(_ why: String, suggestion: String?, _ severity: Severity) {
                        out.append(rule.finding(target.locale, unit.id, text: changed.text, start: changed.range.lowerBound, end: changed.range.upperBound,
                                                message: written + why, suggestion: suggestion, severity: severity))
                    }
                    let declared = { (a: String, b: String) in Self.declaration(a, b, in: context.termbase, source: source.locale, target: target.locale) }
                    switch Self.localised(link, changed, sourceWords: sourceWords, targetWords: words(target), declared: declared) {
                    case .sameSite(let languagePath)?:
                        // A swapped language segment makes the source's address the wrong one for this reader.
                        report(", on the same site: check that this address in the translation's language exists.",
                               suggestion: languagePath ? nil : link.text, .warning)
                    case .languagePath?:
                        report(", on another host with its path in another language: is it the site's address in the translation's language? Check that it exists; if it is, a termbase entry whose terms are the two host names declares it.",
                               suggestion: nil, .warning)
                    case .namedInText(let a, let b)?:
                        report(", and each text names the site by its host (\(quoted(a)), \(quoted(b))): is it the site's address in the translation's language? Check that it exists; if it is, a termbase entry whose terms are the two host names declares it.",
                               suggestion: nil, .warning)
                    case .declared(let entry)?:
                        report(", the site's address in the translation's language by termbase entry \(entry).", suggestion: nil, .info)
                    case nil:
                        report("; copy it unchanged (if it is the site's address in the translation's language, a termbase entry whose terms are the two host names declares it).",
                               suggestion: link.text, .error)
                    }
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

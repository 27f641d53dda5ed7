import Foundation

/// URLs and e-mail addresses in a text, found by pattern: the placeables that must be copied unchanged
/// and inside which no term is recognised.
enum Placeables {
    /// `scheme://…`, `www.…`, and bare domains with a path; trailing punctuation is not part of a URL.
    static let url = try! NSRegularExpression(
        pattern: #"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>"«»]*[^\s<>"«».,;:!?)\]'’]|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:be|eu|com|org|net|fr|nl|int)(?:/[^\s<>"«»]*[^\s<>"«».,;:!?)\]'’])?\b"#,
        options: [.caseInsensitive])
    /// An e-mail address (RFC 5322 dot-atom local part, a domain with a dot).
    static let email = try! NSRegularExpression(
        pattern: #"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b"#)

    /// URL and e-mail ranges in UTF-16 offsets, sorted, e-mails first where they overlap a URL match.
    static func urlAndEmailRanges(in text: String) -> [Range<Int>] {
        matches(in: text).map(\.range)
    }

    /// Every URL and e-mail address with its text and UTF-16 range, in order, without overlaps.
    static func matches(in text: String) -> [(text: String, range: Range<Int>, isEmail: Bool)] {
        let ns = text as NSString
        let whole = NSRange(location: 0, length: ns.length)
        var found: [(String, Range<Int>, Bool)] = email.matches(in: text, range: whole).map {
            (ns.substring(with: $0.range), $0.range.location..<($0.range.location + $0.range.length), true)
        }
        for m in url.matches(in: text, range: whole) {
            let r = m.range.location..<(m.range.location + m.range.length)
            if found.contains(where: { $0.1.overlaps(r) }) { continue }
            found.append((ns.substring(with: m.range), r, false))
        }
        return found.sorted { $0.1.lowerBound < $1.1.lowerBound }
    }
}

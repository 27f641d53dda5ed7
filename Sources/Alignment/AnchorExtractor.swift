import TaalgrensCore

/// An anchor found in one segment, before it is compared with the other side: its kind and its key.
struct RawAnchor: Hashable, Sendable {
    var kind: AnchorKind
    /// The comparison key; equal keys (within a kind) mean equal anchors.
    var key: String
}

/// Finds the anchors of a segment: numbers, dates, URLs, e-mail addresses, names and acronyms, cognates,
/// question and exclamation marks, quotations.
struct AnchorExtractor: Sendable {
    var locale: LanguageTag

    /// The anchors of `text`, in order of appearance.
    func anchors(in text: String) -> [RawAnchor] {
        var out: [RawAnchor] = []
        var quoted = false
        for c in text {
            switch c {
            case "?": out.append(RawAnchor(kind: .question, key: "?"))
            case "!": out.append(RawAnchor(kind: .exclamation, key: "!"))
            case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}":
                if !quoted { out.append(RawAnchor(kind: .quotation, key: "\"")) }
                quoted = true
            default: break
            }
        }
        return out
    }
}

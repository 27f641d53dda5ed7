import TaalgrensCore

/// A line break inside a segment, one way in every interchange format (seventeenth trial, finding 8).
///
/// Word's manual line break (U+000B), a form feed (U+000C), NEXT LINE (U+0085), LINE SEPARATOR (U+2028) and
/// PARAGRAPH SEPARATOR (U+2029) are mandatory breaks (Unicode Standard Annex #14, classes BK and NL). In the
/// model a line break inside a segment is a standalone ``TaalgrensCore/InlineCode`` of type `lineBreak`, as
/// the article readers make of `<br>`, a Markdown hard break and these characters. U+000B and U+000C cannot
/// stand in an XML 1.0 document at all, so a TMX or XLIFF 1.2 writer dropped them and glued the words around
/// ("Els PeetersSpokesperson"); the others are legal XML that other tools show as nothing or as a box.
///
/// Decision: a reader turns each such character in a segment's text into a line-break code, and a writer
/// writes each one still held as text (a memory imported before this rule) as a line-break code as well:
/// TMX `<ph type="lb">&lt;br/&gt;</ph>`, XLIFF 2 `<ph type="fmt" subType="xlf:lb"/>`, XLIFF 1.2
/// `<x ctype="lb"/>`. Reading that back gives the same code, so a file read, exported and read again holds
/// the same units. The code's id is `lb` and a number counting the breaks of the text from 1, skipping ids
/// the text uses already, so the n-th break of a source and of its target share an id.
public enum SegmentLineBreaks {
    /// Whether `scalar` is one of the line and paragraph separators this type turns into codes.
    public static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0B, 0x0C, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// Whether a text run may hold a separator: a scan of its UTF-8 bytes for 0x0B, 0x0C, and the lead
    /// bytes of U+0085 (C2) and U+2028/U+2029 (E2); a `true` is confirmed by ``codes(in:)``.
    static func mayContain(_ text: String) -> Bool {
        text.utf8.contains { $0 == 0x0B || $0 == 0x0C || $0 == 0xC2 || $0 == 0xE2 }
    }

    /// `text` with every separator in its text runs replaced by a standalone line-break code (no other
    /// attributes), and nothing else changed; `text` itself when it holds none.
    /// - Complexity: O(n) in the text's UTF-8 length.
    public static func codes(in text: RichText) -> RichText {
        guard text.elements.contains(where: { if case .text(let t) = $0 { mayContain(t) && t.unicodeScalars.contains(where: isSeparator) } else { false } })
        else { return text }
        let used = Set(text.codes.map(\.id))
        var next = 1
        func freshID() -> String {
            while used.contains("lb\(next)") { next += 1 }
            defer { next += 1 }
            return "lb\(next)"
        }
        var out: [InlineElement] = []
        for element in text.elements {
            guard case .text(let t) = element, mayContain(t) else {
                out.append(element)
                continue
            }
            var run = String.UnicodeScalarView()
            for scalar in t.unicodeScalars {
                if isSeparator(scalar) {
                    out.append(.text(String(run)))
                    run = String.UnicodeScalarView()
                    out.append(.code(InlineCode(id: freshID(), kind: .standalone, type: .lineBreak)))
                } else {
                    run.append(scalar)
                }
            }
            out.append(.text(String(run)))
        }
        return RichText(out)
    }

    /// `document` with ``codes(in:)`` applied to the source and target of every segment and candidate.
    /// - Complexity: O(n) in the document's text.
    public static func codes(in document: XLIFFDocument) -> XLIFFDocument {
        var out = document
        out.units = document.units.map { unit in
            var unit = unit
            unit.segments = unit.segments.map { segment in
                var segment = segment
                segment.source = codes(in: segment.source)
                segment.target = segment.target.map(codes(in:))
                segment.matches = segment.matches.map { match in
                    var match = match
                    match.source = codes(in: match.source)
                    match.target = codes(in: match.target)
                    return match
                }
                return segment
            }
            return unit
        }
        return out
    }
}

/// The invisible format characters that content management systems and copy desks put into running text as
/// line-breaking hints, which the readers remove from an article's text (TRIAL7 finding 5), the TMX and
/// XLIFF readers from every segment, and `query` and `concordance` from what the user types or pastes
/// (seventeenth trial, finding 14: a CafeTran TMX's `rijks&#173;register&#173;nummer` was no match for the
/// word typed plainly, and the article's sentence pasted from the published page, soft hyphens and all,
/// scored 84.6 against its own stored text).
///
/// Each is a Unicode format character (general category Cf) without a glyph, and none changes what a
/// sentence says. Kept as inline codes (as before), they cut words in two for CAT tools (`anti<ph/>disinformation`),
/// counted as formatting in the QA's inline-code check and cost a fuzzy match its 100; kept as text, an exact
/// lookup of the same sentence typed without them would miss. Decided per character (Unicode Standard
/// §23.2, "Layout Controls"):
///
/// | character | decision | why |
/// |---|---|---|
/// | U+00AD soft hyphen | removed | a hyphenation hint for one language's word; the target's words break elsewhere, and a browser hyphenates by the page's `lang` (`hyphens: auto`) |
/// | U+200B zero width space | removed | a line-break opportunity (long URLs, compounds) |
/// | U+2060 word joiner | removed | a no-break hint between two characters |
/// | U+FEFF zero width no-break space | removed | inside text it is a byte-order mark glued in by concatenation (``InputText`` removes it from files too) |
///
/// Kept as text: U+200C/U+200D (zero-width non-joiner and joiner: they change the shape of emoji sequences
/// and ligatures) and the bidirectional controls (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069: they change
/// the order in which a right-to-left name is shown).
public enum InvisibleFormat {
    /// Whether the readers remove `scalar` from text (see the table above).
    /// - Parameter scalar: one Unicode scalar.
    /// - Complexity: O(1).
    public static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x200B, 0x2060, 0xFEFF: true
        default: false
        }
    }

    /// `text` without the characters ``isRemoved(_:)`` selects; `text` itself when it has none.
    /// - Parameter text: any text.
    /// - Complexity: O(n) in UTF-8 bytes; text without any of the lead bytes of those characters (0xC2, 0xE2,
    ///   0xEF) is returned after one byte scan.
    public static func removing(from text: String) -> String {
        guard mayContain(text), text.unicodeScalars.contains(where: isRemoved) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isRemoved(scalar) { scalars.append(scalar) }
        return String(scalars)
    }

    /// Whether `text` may hold one of the removed characters: one of their UTF-8 lead bytes occurs.
    /// - Complexity: O(n) in UTF-8 bytes.
    public static func mayContain(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains { $0 == 0xC2 || $0 == 0xE2 || $0 == 0xEF } }
            ?? text.utf8.contains { $0 == 0xC2 || $0 == 0xE2 || $0 == 0xEF }
    }
}

import Foundation
import TaalgrensCore

/// Small text rules shared by the TMX and XLIFF readers and writers.
enum XMLText {
    /// Whether XML 1.0 allows this character in a document (production `Char`, XML 1.0 section 2.2).
    /// Control characters other than tab, line feed and carriage return, and U+FFFE/U+FFFF, are not.
    static func isXMLChar(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// `text` with its text runs in Unicode Normalization Form C (UAX #15), as articles are on reading
    /// (`docs/articles.md`): a run written decomposed (`E` + U+0301, as macOS and some web CAT tools write
    /// it) is stored, exported and published as `É`. Inline codes are left as they are.
    /// - Complexity: O(n) in the UTF-8 length; a run with no scalar at or above U+0300 (the first that
    ///   NFC can change: UAX #15 quick check) is returned without calling ICU.
    ///
    /// The invisible format characters that the article readers remove (``InvisibleFormat``: soft hyphen,
    /// zero-width space, word joiner, an inner U+FEFF) are removed here too, so that a segment of a TMX or
    /// XLIFF file made from a Word document with optional hyphens is the sentence typed without them
    /// (seventeenth trial, finding 14). A run that held nothing else becomes empty and is dropped.
    static func nfc(_ text: RichText) -> RichText {
        func needs(_ t: String) -> Bool { mayNeedNFC(t) || InvisibleFormat.mayContain(t) }
        guard text.elements.contains(where: { if case .text(let t) = $0 { return needs(t) } else { return false } }) else { return text }
        return RichText(text.elements.compactMap { element in
            guard case .text(let t) = element, needs(t) else { return element }
            let visible = InvisibleFormat.removing(from: t)
            if visible.isEmpty { return nil }
            return .text(mayNeedNFC(visible) ? ICU.normalize(visible, .nfc) : visible)
        })
    }

    /// Whether `text` holds a scalar at or above U+0300: a UTF-8 lead byte of 0xCC or more.
    static func mayNeedNFC(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains { $0 >= 0xCC } } ?? text.utf8.contains { $0 >= 0xCC }
    }

    /// `text` without the characters XML 1.0 cannot carry (for formats without XLIFF 2's `<cp>`).
    static func droppingNonXMLChars(_ text: String) -> String {
        guard hasNonXMLChars(text) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter(isXMLChar))
        return String(scalars)
    }

    /// Whether `text` holds a character XML 1.0 cannot carry: a scan of its UTF-8 bytes for C0 controls
    /// other than tab, LF, CR, and for U+FFFE/U+FFFF (EF BF BE, EF BF BF).
    static func hasNonXMLChars(_ text: String) -> Bool {
        let utf8 = text.utf8
        return utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D { return true }
                if b == 0xEF && i + 2 < bytes.count && bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF) { return true }
                i += 1
            }
            return false
        } ?? !text.unicodeScalars.allSatisfy(isXMLChar)
    }

    /// `text` as an XML NMTOKEN (letters, digits, `.`, `-`, `_`, `:`; other characters become `_`),
    /// never empty.
    static func nmtoken(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            let ok = s.properties.isAlphabetic || s.properties.numericType != nil || s == "." || s == "-" || s == "_" || s == ":"
            scalars.append(ok && isXMLChar(s) ? s : "_")
        }
        let out = String(scalars)
        return out.isEmpty ? "_" : out
    }

    /// A score with at most one decimal, without a trailing `.0` (`87.5`, `100`), as `cli-json.md` rounds.
    static func score(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(format: "%.1f", rounded)
    }

    /// Whether a character is XML white space (XML 1.0 production `S`).
    static func isXMLSpace(_ c: Character) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" }

    /// What an application may make of the text under `xml:space="default"`: every run of XML white space
    /// inside a text run becomes one space, and white space at the very start and end of the content is
    /// removed. Inline codes are kept as they are.
    ///
    /// The readers apply this to content that is not under `xml:space="preserve"`; the writers declare
    /// `xml:space="preserve"` whenever this would change the text, so written text always comes back exactly.
    static func normalizedDefaultSpace(_ text: RichText) -> RichText {
        var elements: [InlineElement] = []
        for element in text.elements {
            switch element {
            case .code: elements.append(element)
            case .text(let t):
                var out = ""
                var inSpace = false
                for c in t {
                    if isXMLSpace(c) {
                        if !inSpace { out.append(" ") }
                        inSpace = true
                    } else {
                        out.append(c)
                        inSpace = false
                    }
                }
                elements.append(.text(out))
            }
        }
        if case .text(let first)? = elements.first {
            elements[0] = .text(String(first.drop { $0 == " " }))
        }
        if case .text(let last)? = elements.last {
            elements[elements.count - 1] = .text(String(last.reversed().drop { $0 == " " }.reversed()))
        }
        return RichText(elements)
    }

    /// Whether `text` needs `xml:space="preserve"` to survive a reader that normalises white space.
    static func needsPreserve(_ text: RichText) -> Bool { normalizedDefaultSpace(text) != text }
}

/// Hands out ids that are unique within one scope, renaming a repeat as `id-2`, `id-3`, ….
struct UniqueIDs {
    private var used: Set<String>

    init(reserved: Set<String> = []) { used = reserved }

    /// A unique NMTOKEN for `wanted` (or `fallback` when `wanted` is empty), recorded as used.
    mutating func claim(_ wanted: String, fallback: String) -> String {
        let base = wanted.isEmpty ? fallback : XMLText.nmtoken(wanted)
        var candidate = base
        var n = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(n)"
            n += 1
        }
        used.insert(candidate)
        return candidate
    }

    func contains(_ id: String) -> Bool { used.contains(id) }
}

import Foundation
import TaalgrensCore

/// OmegaT's short tags kept as text: the shape OmegaT gives the formatting tags of a source document
/// in its editor, and writes as plain text into its own TMX (`project_save.tmx` and the `omegat/`
/// exports), as in `<seg>Ask for a &lt;b0&gt;four-day week&lt;/b0&gt;.</seg>`.
///
/// The shape is exact: `<`, an optional `/`, one or more ASCII letters (the original tag's shortcut: `b`
/// bold, `i` italic, `a` link, `x` other standalone, …), one or more ASCII digits (the tag's number in
/// the segment, the same in source and translation), an optional `/`, `>`. Each becomes an
/// ``InlineCode``: `<b0>` an opening and `</b0>` a closing with id `0`, `<x1/>` a standalone with id `1`;
/// the tag text is the code's native text, so a TMX export writes it back unchanged
/// (`<bpt i="1" x="0" type="bold">&lt;b0&gt;</bpt>`). Anything else with a `<` (`a < b`, `<b>`, `<b0 x>`)
/// stays text.
///
/// ``TMXReader`` applies this only to a TMX whose header's `creationtool` is OmegaT: other tools' text
/// that happens to look like `<b0>` is their text.
///
/// Source: the shape of OmegaT's tags as its manual ("Tags") describes them and as its TMX files
/// show them; the letter meanings follow OmegaT's shortcuts for common HTML and office formatting.
enum OmegaTTags {
    /// One short tag found in a text.
    struct Tag: Equatable {
        /// The tag's letters (`b` in `<b0>`).
        var letters: Substring
        /// The tag's number (`0` in `<b0>`), used as the code id.
        var number: Substring
        var kind: InlineCode.Kind
        /// The whole tag text, `<b0>`.
        var text: Substring
    }

    /// Whether a document's `creationtool` names OmegaT (compared without case, `OmegaT` or `OmegaT 6.0`).
    static func isOmegaT(creationTool: String) -> Bool {
        creationTool.lowercased().hasPrefix("omegat")
    }

    /// The code type OmegaT's shortcut letters stand for in a tag of `kind`, or `nil` (an `other` code).
    ///
    /// OmegaT names a tag by the first letter of the original element (its HTML filter; `br` is the one
    /// two-letter shortcut) or by a letter its format's dialect defines (OpenDocument: `a` link, `f` a
    /// formatting span, `s` a run of spaces, `br` a line break). A letter is read only where it stands for
    /// one formatting whatever element gave it:
    /// - paired (`<b0>`…`</b0>`): `b` strong (`<b>`), `i` and `e` emphasis (`<i>`, `<em>`), `u` underline,
    ///   `a` link;
    /// - standalone (`<br1/>`, `<i2/>`): `br` line break, `i` image (`<img>`, the only empty HTML element
    ///   whose name starts with `i` in article text).
    /// The others are `other`: `f` (OpenDocument's and Word's formatting span: which formatting is not
    /// said), `s` (`<strong>`, `<span>`, `<sup>`, `<sub>`, `<small>`, `<s>` all shorten to `s`; spaces in
    /// OpenDocument), `c`, `x` and any letter of a paired tag used standalone or the reverse.
    /// Source: OmegaT's user manual, "Formatting tags" (tag naming), and its filters' shortcut rules.
    static func type(forLetters letters: Substring, kind: InlineCode.Kind) -> InlineCode.CodeType? {
        if kind == .standalone {
            switch letters {
            case "br": return .lineBreak
            case "i": return .image
            default: return nil
            }
        }
        switch letters {
        case "b": return .strong
        case "i", "e": return .emphasis
        case "u": return .underline
        case "a": return .link
        default: return nil
        }
    }

    /// The code type of a code whose whole native text is one short tag of the code's own kind (a TMX
    /// level-2 code OmegaT writes, `<bpt i="0" x="0">&lt;b0&gt;</bpt>`, `<ept i="0">&lt;/b0&gt;</ept>`,
    /// `<ph x="1">&lt;br1/&gt;</ph>`), or `nil` when the text is anything else or the letters name no type
    /// (``type(forLetters:kind:)``).
    /// - Parameters:
    ///   - native: the code's native text, references resolved (`<b0>`).
    ///   - kind: the kind of the element that holds it (`<bpt>` opening, `<ept>` closing, `<ph>` standalone).
    /// - Complexity: O(length of `native`).
    static func type(ofNative native: String, kind: InlineCode.Kind) -> InlineCode.CodeType? {
        guard native.utf8.first == UInt8(ascii: "<"), native.utf8.count <= 16 else { return nil }
        let text = Substring(native)
        guard let tag = tag(in: text, at: text.startIndex), tag.text.endIndex == text.endIndex, tag.kind == kind else { return nil }
        return type(forLetters: tag.letters, kind: kind)
    }

    /// The short tag starting at `start` (a `<`), or `nil` when the text there does not have the shape.
    /// - Complexity: O(length of the tag).
    static func tag(in text: Substring, at start: Substring.Index) -> Tag? {
        let scalars = text.unicodeScalars
        var i = start
        guard i < scalars.endIndex, scalars[i] == "<" else { return nil }
        i = scalars.index(after: i)
        var closing = false
        if i < scalars.endIndex, scalars[i] == "/" { closing = true; i = scalars.index(after: i) }
        let lettersStart = i
        while i < scalars.endIndex, isASCIILetter(scalars[i]) { i = scalars.index(after: i) }
        let lettersEnd = i
        guard lettersEnd > lettersStart else { return nil }
        while i < scalars.endIndex, isDigit(scalars[i]) { i = scalars.index(after: i) }
        let numberEnd = i
        guard numberEnd > lettersEnd, i < scalars.endIndex else { return nil }
        var standalone = false
        if scalars[i] == "/" {
            guard !closing else { return nil }
            standalone = true
            i = scalars.index(after: i)
            guard i < scalars.endIndex else { return nil }
        }
        guard scalars[i] == ">" else { return nil }
        let end = scalars.index(after: i)
        return Tag(letters: text[lettersStart..<lettersEnd], number: text[lettersEnd..<numberEnd],
                   kind: closing ? .closing : (standalone ? .standalone : .opening), text: text[start..<end])
    }

    /// `elements` with every short tag in its text runs turned into a code; codes and other text are kept.
    /// - Parameter makeCode: builds the code for an id, kind, declared type and native text (the reader's
    ///   own code builder, so a code read from an OmegaT tag equals one read back from Taalgrens's TMX).
    /// - Complexity: O(total length of the text runs).
    static func codes(in elements: [InlineElement],
                      makeCode: (_ id: String, _ kind: InlineCode.Kind, _ type: InlineCode.CodeType?, _ native: String) -> InlineCode) -> [InlineElement] {
        TextTagScanner.codes(in: elements, triggers: ["<"], match: { text, start in
            tag(in: text, at: start).map {
                TextTagScanner.Tag(id: $0.number, kind: $0.kind, type: type(forLetters: $0.letters, kind: $0.kind), text: $0.text)
            }
        }, makeCode: makeCode)
    }

    private static func isASCIILetter(_ s: Unicode.Scalar) -> Bool { TextTagScanner.isASCIILetter(s) }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { TextTagScanner.isDigit(s) }
}

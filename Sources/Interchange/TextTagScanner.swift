import TaalgrensCore

/// Finds a CAT tool's inline tags written as plain text inside text runs (OmegaT's `<b0>`, Phrase's
/// `{1>`) and turns them into ``InlineCode``s, leaving every other character as text. The notations
/// themselves live in ``OmegaTTags`` and ``PhraseTags``; this is the scan they share.
enum TextTagScanner {
    /// One tag found in a text: its id (shared by an opening and its closing), kind, the code type its
    /// letters declare (`nil`: none), and the whole tag text, which becomes the code's native text.
    struct Tag: Equatable {
        var id: Substring
        var kind: InlineCode.Kind
        var type: InlineCode.CodeType?
        var text: Substring
    }

    /// `elements` with every tag in their text runs turned into a code; codes and other text are kept.
    /// - Parameters:
    ///   - triggers: the characters a tag can start with (`<` for OmegaT; `{` and `<` for Phrase): a run
    ///     without any is passed through untouched.
    ///   - match: the tag starting at an index of a run (one of the triggers), or `nil` where the text
    ///     there does not have the notation's shape.
    ///   - makeCode: builds the code for an id, kind, declared type and native text (the calling
    ///     reader's own builder, so a code read from a text tag equals one read back from its export).
    /// - Complexity: O(total length of the text runs) when `match` is O(length of a tag).
    static func codes(in elements: [InlineElement], triggers: Set<Character>,
                      match: (_ text: Substring, _ start: Substring.Index) -> Tag?,
                      makeCode: (_ id: String, _ kind: InlineCode.Kind, _ type: InlineCode.CodeType?, _ native: String) -> InlineCode) -> [InlineElement] {
        func hasTrigger(_ text: String) -> Bool { text.contains { triggers.contains($0) } }
        guard elements.contains(where: { if case .text(let t) = $0 { hasTrigger(t) } else { false } }) else { return elements }
        var out: [InlineElement] = []
        for element in elements {
            guard case .text(let text) = element, hasTrigger(text) else {
                out.append(element)
                continue
            }
            let whole = Substring(text)
            var runStart = whole.startIndex
            var i = whole.startIndex
            while let start = whole[i...].firstIndex(where: { triggers.contains($0) }) {
                if let tag = match(whole, start) {
                    if runStart < start { out.append(.text(String(whole[runStart..<start]))) }
                    out.append(.code(makeCode(String(tag.id), tag.kind, tag.type, String(tag.text))))
                    i = tag.text.endIndex
                    runStart = i
                } else {
                    i = whole.index(after: start)
                }
            }
            if runStart < whole.endIndex { out.append(.text(String(whole[runStart...]))) }
        }
        return out
    }

    static func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A)
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
}

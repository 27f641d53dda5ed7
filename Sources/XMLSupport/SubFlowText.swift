import Foundation
import TaalgrensCore

extension InlineCode {
    /// The translatable texts inside this code's native markup: one string per `<sub>` element of
    /// ``TaalgrensCore/InlineCode/tmxInnerAttribute`` (TMX 1.4b section 3.8.5, "sub-flow": a footnote, an `alt` or `title` text inside
    /// an `<img>` or `<a>` tag), in document order, with entity and character references resolved.
    ///
    /// The text of a `<sub>` is its character data and that of `<hi>` inside it; text inside a nested code
    /// (`<bpt>`, `<ept>`, `<it>`, `<ph>`, `<ut>`) is native markup, not translatable text, except the
    /// `<sub>` elements nested in it, which are texts of their own (listed after the enclosing one). Texts
    /// that hold only white space are left out. Empty for a code without `<sub>` (the common case: one
    /// dictionary lookup and a substring test).
    ///
    /// These texts are not part of the sentence (``RichText/plainText``): concordance searches them, fuzzy
    /// keys and the exact-lookup hash do not read them (`docs/interchange.md`, "TMX `<sub>` and search").
    /// - Complexity: O(n) in the UTF-8 length of the attribute (one libxml2 parse of it).
    public var subFlowTexts: [String] {
        guard let inner = attributes[Self.tmxInnerAttribute], inner.contains("<sub") else { return [] }
        return SubFlowReader.texts(inner)
    }
}

extension RichText {
    /// The sub-flow texts of this text's codes (``InlineCode/subFlowTexts``), each with the id of the code it
    /// belongs to, in the order of the codes.
    /// - Complexity: O(n) in the number of elements, plus the scan of each code that has a `<sub>`.
    public var subFlowTexts: [(codeID: String, text: String)] {
        var out: [(codeID: String, text: String)] = []
        for element in elements {
            guard case .code(let code) = element, code.attributes[InlineCode.tmxInnerAttribute] != nil else { continue }
            for text in code.subFlowTexts { out.append((code.id, text)) }
        }
        return out
    }
}

/// Reads the `<sub>` texts out of a code's re-serialised TMX content (``TaalgrensCore/InlineCode/tmxInnerAttribute``)
/// with ``XMLReader`` (libxml2: references resolved, no entity other than the predefined ones).
enum SubFlowReader {
    /// The `<sub>` texts of the fragment `xml`, in the order their elements start; a fragment that is not
    /// well-formed XML (the TMX reader never writes one) gives the texts read before the error.
    static func texts(_ xml: String) -> [String] {
        var texts: [String] = []
        // Open elements, innermost last; a `sub` carries the index of its text in `texts`.
        var stack: [(name: String, text: Int?)] = []
        if let reader = try? XMLReader(data: Data(("<tmx-inner>" + xml + "</tmx-inner>").utf8), file: InlineCode.tmxInnerAttribute) {
            while let event = try? reader.next() {
                switch event {
                case .start(let name, _, _):
                    if name == "sub" {
                        texts.append("")
                        stack.append((name, texts.count - 1))
                    } else {
                        stack.append((name, nil))
                    }
                case .end:
                    if !stack.isEmpty { stack.removeLast() }
                case .text(let run):
                    // The text belongs to the innermost `sub` when only `hi` elements lie between it and the text.
                    for entry in stack.reversed() {
                        if let index = entry.text { texts[index] += run; break }
                        if entry.name != "hi" { break }
                    }
                }
            }
        }
        return texts.filter { !$0.allSatisfy(\.isWhitespace) }
    }
}

extension InlineCode {
    /// The attribute holding the XML content of a code read from TMX when that content has child elements
    /// (a `<sub>`): the text as escaped XML text (``MarkupEscaping/text(_:)``) and each element as a start tag
    /// with double-quoted attributes and an end tag, as the TMX reader re-serialised it; the TMX writer
    /// emits it again, so the round trip is exact.
    public static let tmxInnerAttribute = "tmx-inner"

    /// The translatable texts inside this code's native markup: one string per `<sub>` element of
    /// ``tmxInnerAttribute`` (TMX 1.4b section 3.8.5, "sub-flow": a footnote, an `alt` or `title` text inside
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
    /// - Complexity: O(n) in the UTF-8 length of the attribute.
    public var subFlowTexts: [String] {
        guard let inner = attributes[Self.tmxInnerAttribute], inner.contains("<sub") else { return [] }
        return SubFlowScanner.texts(inner)
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

/// Reads the `<sub>` texts out of a code's re-serialised TMX content (``InlineCode/tmxInnerAttribute``).
/// The input is what the TMX reader wrote: a small, well-formed XML fragment, so a scanner of tags,
/// quoted attribute values and references is enough (no XML parser in this module).
enum SubFlowScanner {
    /// The TMX inline elements whose content is native code, not text (TMX 1.4b section 3.7).
    private static let codeElements: Set<Substring> = ["bpt", "ept", "it", "ph", "ut"]

    static func texts(_ xml: String) -> [String] {
        var texts: [String] = []
        // Open elements, innermost last; a `sub` carries the index of its text in `texts`.
        var stack: [(name: Substring, text: Int?)] = []
        var i = xml.startIndex
        func collect(_ run: Substring) {
            // The text belongs to the innermost `sub` when only `hi` elements lie between it and the text.
            for entry in stack.reversed() {
                if let index = entry.text { texts[index] += resolvingReferences(run); return }
                if entry.name != "hi" { return }
            }
        }
        while i < xml.endIndex {
            guard let open = xml[i...].firstIndex(of: "<") else {
                collect(xml[i...])
                break
            }
            if open > i { collect(xml[i..<open]) }
            // The tag ends at the first `>` outside a quoted attribute value.
            var j = xml.index(after: open), quote: Character? = nil
            while j < xml.endIndex {
                let c = xml[j]
                if let q = quote { if c == q { quote = nil } } else if c == "\"" || c == "'" { quote = c } else if c == ">" { break }
                j = xml.index(after: j)
            }
            let tag = xml[xml.index(after: open)..<j]
            i = j < xml.endIndex ? xml.index(after: j) : j
            if tag.hasPrefix("/") {
                if !stack.isEmpty { stack.removeLast() }
                continue
            }
            if tag.hasPrefix("?") || tag.hasPrefix("!") { continue }
            let name = tag.prefix { !($0 == " " || $0 == "/" || $0 == "\t" || $0 == "\n" || $0 == "\r") }
            if tag.hasSuffix("/") { continue }  // an empty element holds no text
            if name == "sub" {
                texts.append("")
                stack.append((name, texts.count - 1))
            } else {
                stack.append((name, nil))
            }
        }
        return texts.filter { !$0.allSatisfy(\.isWhitespace) }
    }

    /// `text` with the five predefined entities and numeric character references replaced.
    static func resolvingReferences(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        var out = ""
        var rest = text
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";"), rest.distance(from: amp, to: semi) <= 10 else {
                out += rest[amp...]
                return out
            }
            let name = rest[rest.index(after: amp)..<semi]
            switch name {
            case "lt": out += "<"
            case "gt": out += ">"
            case "amp": out += "&"
            case "quot": out += "\""
            case "apos": out += "'"
            default:
                let value: UInt32? = name.hasPrefix("#x") ? UInt32(name.dropFirst(2), radix: 16)
                    : name.hasPrefix("#") ? UInt32(name.dropFirst(), radix: 10) : nil
                if let value, let scalar = Unicode.Scalar(value) { out.unicodeScalars.append(scalar) } else { out += rest[amp...semi] }
            }
            rest = rest[rest.index(after: semi)...]
        }
        out += rest
        return out
    }
}

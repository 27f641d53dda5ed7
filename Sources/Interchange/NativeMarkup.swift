import Foundation
import TaalgrensCore

/// The native text of an inline code (what TMX puts inside `<bpt>`/`<ept>`/`<ph>`/`<it>` and XLIFF 2
/// inside `<data>`), and the way back from that text to an ``InlineCode``.
///
/// Taalgrens articles come from Markdown and HTML, so the native form of a code is the HTML tag:
/// a link opens with `<a href="…" title="…">` and closes with `</a>`, a line break is `<br/>`. When a code
/// carries `attributes["markup"]` (the original text of an `other` code, or text read from a file that
/// did not follow this canonical form), that text is the native form.
///
/// The round trip is exact: ``code(id:kind:type:native:)`` parses a canonical tag back into the same
/// attributes, and keeps any other text under `markup`.
enum NativeMarkup {
    /// The HTML element name for a code type, or `nil` for ``InlineCode/CodeType-swift.enum/other``.
    static func tag(for type: InlineCode.CodeType) -> String? {
        switch type {
        case .link: "a"
        case .emphasis: "em"
        case .strong: "strong"
        case .code: "code"
        case .lineBreak: "br"
        case .image: "img"
        case .superscript: "sup"
        case .subscript: "sub"
        case .underline: "u"
        case .other: nil
        }
    }

    /// The code type an HTML element name stands for (`b` and `strong` are both strong), or `nil`.
    static func type(forTag tag: String) -> InlineCode.CodeType? {
        switch tag.lowercased() {
        case "a": .link
        case "em", "i": .emphasis
        case "strong", "b": .strong
        case "code", "tt": .code
        case "br": .lineBreak
        case "img": .image
        case "sup": .superscript
        case "sub": .subscript
        case "u", "ins": .underline
        default: nil
        }
    }

    /// The native text of one code element: `attributes["markup"]` when present, else the canonical HTML
    /// tag for its type and kind with its attributes sorted by name. An `other` code without markup has
    /// empty native text.
    static func text(for code: InlineCode) -> String {
        if let markup = code.attributes["markup"] { return markup }
        return canonical(kind: code.kind, type: code.type, attributes: code.attributes) ?? ""
    }

    /// The canonical HTML text for a kind, type and attributes, or `nil` when the type has no tag.
    static func canonical(kind: InlineCode.Kind, type: InlineCode.CodeType, attributes: [String: String]) -> String? {
        guard let tag = tag(for: type) else { return nil }
        var attributeText = ""
        for key in attributes.keys.sorted() where !isReserved(key) && isAttributeName(key) {
            attributeText += " \(key)=\"\(MarkupEscaping.attribute(attributes[key] ?? ""))\""
        }
        switch kind {
        case .opening: return "<\(tag)\(attributeText)>"
        case .closing: return "</\(tag)>"
        case .standalone: return "<\(tag)\(attributeText)/>"
        }
    }

    /// Builds a code from its native text.
    ///
    /// - Parameters:
    ///   - type: the type the file declares, or `nil` to infer it from the tag name in `native`.
    /// - Returns: a code whose attributes are the tag's attributes when `native` is the canonical tag for
    ///   its type, plus `markup: native` otherwise (so ``text(for:)`` gives `native` back exactly).
    static func code(id: String, kind: InlineCode.Kind, type declared: InlineCode.CodeType?, native: String,
                     extra: [String: String] = [:]) -> InlineCode {
        let parsed = parseTag(native)
        let type = declared ?? parsed.flatMap { Self.type(forTag: $0.name) } ?? .other
        var attributes: [String: String] = [:]
        if let parsed, let expectedTag = tag(for: type), parsed.name == expectedTag {
            for (key, value) in parsed.attributes where !isReserved(key) { attributes[key] = value }
        }
        let canonicalText = canonical(kind: kind, type: type, attributes: attributes)
        if canonicalText != native && !(canonicalText == nil && native.isEmpty) {
            attributes["markup"] = native
        }
        for (key, value) in extra { attributes[key] = value }
        return InlineCode(id: id, kind: kind, type: type, attributes: attributes)
    }

    /// `elements` with each closing code that no opening code of its id pairs given the id and type of the
    /// nearest opening code before it of the same HTML element that no closing code of its id pairs: a
    /// `<bpt>` and the `<ept>` that closes its element, when the file gave them different ids and no `rid`
    /// (Drupal's TMGMT numbers every tag of a field in turn: `<bpt id="11">&lt;strong&gt;</bpt>puzzles<ept
    /// id="12">&lt;/strong&gt;</ept>`). The element names come from the codes' native text
    /// (``text(for:)``), compared without case; the openings wait on a stack, so nested elements of one
    /// name (`<li>` in `<li>`) pair inside out. Codes whose native text is no single tag, and a closing with
    /// no such opening before it, are left as they are.
    /// - Returns: `elements` itself when every closing code's id has an opening (the common case).
    /// - Complexity: O(n) in the elements, O(n·d) with d openings waiting at once.
    static func pairingByElement(_ elements: [InlineElement]) -> [InlineElement] {
        var openings: Set<String> = [], closings: Set<String> = []
        for case .code(let code) in elements {
            if code.kind == .opening { openings.insert(code.id) } else if code.kind == .closing { closings.insert(code.id) }
        }
        guard !closings.isSubset(of: openings) else { return elements }
        var out = elements
        var waiting: [(name: String, code: InlineCode)] = []
        for (index, element) in elements.enumerated() {
            guard case .code(let code) = element else { continue }
            switch code.kind {
            case .opening where !closings.contains(code.id):
                if let tag = parseTag(text(for: code)), !text(for: code).hasSuffix("/>") { waiting.append((tag.name.lowercased(), code)) }
            case .closing where !openings.contains(code.id):
                let native = text(for: code)
                guard native.hasPrefix("</"), let tag = parseTag(native),
                      let k = waiting.lastIndex(where: { $0.name == tag.name.lowercased() }) else { continue }
                var paired = code
                paired.id = waiting[k].code.id
                paired.type = waiting[k].code.type
                out[index] = .code(paired)
                waiting.remove(at: k)
            default:
                continue
            }
        }
        return out
    }

    /// A parsed HTML tag: `<name a="v">`, `</name>` or `<name a="v"/>`.
    struct Tag {
        var name: String
        var attributes: [String: String]
    }

    /// Parses one HTML start, end or empty tag with double- or single-quoted attribute values. Returns
    /// `nil` for anything else (text, several tags, unquoted values).
    static func parseTag(_ text: String) -> Tag? {
        let bytes = Array(text.utf8)
        let n = bytes.count
        guard n >= 3, bytes[0] == UInt8(ascii: "<"), bytes[n - 1] == UInt8(ascii: ">") else { return nil }
        func isName(_ b: UInt8) -> Bool {
            (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57) || b == 45 || b == 95 || b == 58 || b == 46
        }
        func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        var i = 1
        if bytes[i] == UInt8(ascii: "/") { i += 1 }
        let nameStart = i
        while i < n, isName(bytes[i]) { i += 1 }
        guard i > nameStart else { return nil }
        let name = string(nameStart..<i)
        var attributes: [String: String] = [:]
        while true {
            while i < n, bytes[i] == 32 || bytes[i] == 9 || bytes[i] == 10 { i += 1 }
            guard i < n else { return nil }
            if bytes[i] == UInt8(ascii: ">") { return i == n - 1 ? Tag(name: name, attributes: attributes) : nil }
            if bytes[i] == UInt8(ascii: "/") { return i == n - 2 && bytes[i + 1] == UInt8(ascii: ">") ? Tag(name: name, attributes: attributes) : nil }
            let keyStart = i
            while i < n, isName(bytes[i]) { i += 1 }
            guard i > keyStart, i + 1 < n, bytes[i] == UInt8(ascii: "=") else { return nil }
            let key = string(keyStart..<i)
            i += 1
            let quote = bytes[i]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
            i += 1
            let valueStart = i
            while i < n, bytes[i] != quote { i += 1 }
            guard i < n else { return nil }
            attributes[key] = unescape(string(valueStart..<i))
            i += 1
        }
    }

    private static func isNameScalar(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "-" || c == "_" || c == ":" || c == "."
    }

    /// Whether an attribute key is Taalgrens bookkeeping rather than an HTML attribute: `markup`, and keys
    /// starting with `tmx-` or `xliff-` (format details kept for round trips).
    static func isReserved(_ key: String) -> Bool {
        key == "markup" || key.hasPrefix("tmx-") || key.hasPrefix("xliff-")
    }

    /// Whether `key` can be written as an HTML attribute name.
    static func isAttributeName(_ key: String) -> Bool {
        !key.isEmpty && key.unicodeScalars.allSatisfy(isNameScalar)
    }

    /// Resolves the HTML character references that ``MarkupEscaping/attribute(_:)`` writes, plus `&apos;` and `&#39;`.
    static func unescape(_ value: String) -> String {
        guard value.utf8.contains(38) else { return value }
        var out = value
        for (entity, char) in [("&quot;", "\""), ("&lt;", "<"), ("&gt;", ">"), ("&apos;", "'"), ("&#39;", "'"), ("&amp;", "&")] {
            out = out.replacingOccurrences(of: entity, with: char)
        }
        return out
    }
}

import Foundation

/// Plain-words versions of the libxml2 parser errors a user meets when a file is not well-formed XML,
/// for ``XMLReader``'s error messages.
///
/// libxml2 names the parser function or the grammar production that failed ("xmlParseEntityRef: no
/// name", "Document is empty" for a file that holds text but no tag). Each rule here recognises one of
/// libxml2's message shapes (libxml2 2.9 `parser.c`, `parserInternals.c`, `encoding.c`) and says what
/// XML 1.0 (Fifth Edition) expected at that point, naming the section of the recommendation where it
/// helps. libxml2's own text follows in parentheses, so a search for it still finds help. A message no
/// rule recognises is returned unchanged.
///
/// Complexity: O(length of the message) per rule; called once per failed document.
enum XMLErrorWording {
    /// `message` (libxml2's, without the trailing line break) in plain words, followed by
    /// `(libxml2: …)`; `message` itself when no rule knows it.
    static func describe(_ message: String) -> String {
        let original = message.replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
        guard let plain = plainWords(message) else { return original }
        return "\(plain) (libxml2: \(original))"
    }

    /// Whether a document's bytes hold no markup at all: nothing, or only a byte-order mark (UTF-8, UTF-16)
    /// and white space (XML 1.0 §2.3 `S`: space, tab, CR, LF, in UTF-8 or UTF-16). `nil` (the bytes could
    /// not be read) is not empty.
    /// - Complexity: O(n) in the bytes, stopping at the first other byte.
    static func holdsNoMarkup(_ bytes: Data?) -> Bool {
        guard let bytes else { return false }
        var rest = bytes[...]
        for bom: [UInt8] in [[0xEF, 0xBB, 0xBF], [0xFE, 0xFF], [0xFF, 0xFE]] where rest.starts(with: bom) {
            rest = rest.dropFirst(bom.count)
            break
        }
        // 0x00: the other half of a UTF-16 white-space character.
        return rest.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x00 }
    }

    /// The first 4,096 bytes of a file when the file is no longer than that, for ``holdsNoMarkup(_:)``:
    /// a longer file cannot be empty; `nil` when it is longer or cannot be read.
    static func prefix(ofFile path: String) -> Data? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: 4097), data.count <= 4096 else { return nil }
        return data
    }

    /// Whether libxml2 stopped an entity expansion (XML_ERR_ENTITY_LOOP, or the amplification limit of
    /// libxml2 2.11 and later). libxml2 then gives the line and column inside the entity's replacement
    /// text, not in the document, so ``XMLReader`` reports the line of the element holding the reference.
    static func isEntityExpansion(_ message: String) -> Bool {
        message.contains("entity reference loop") || message.contains("entity amplification")
    }

    /// The plain-words part alone, or `nil` for a message no rule recognises.
    static func plainWords(_ message: String) -> String? {
        let firstLine = message.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? message
        let m = firstLine.trimmingCharacters(in: .whitespaces)
        // The document does not start with markup (XML 1.0 §2.1: a document is a prolog and one element).
        if m == "Document is empty" || m.hasPrefix("Start tag expected") {
            return "expected an XML document (starting with <), found text"
        }
        // A bare & (§2.4: & only starts a reference; §4.1 references).
        if m.hasPrefix("xmlParseEntityRef: no name") {
            return "an & must start an entity or character reference such as &amp; (write a lone & as &amp;)"
        }
        if m.hasPrefix("EntityRef: expecting ';'") {
            return "an entity reference must end with ; (write a lone & as &amp;)"
        }
        if isEntityExpansion(m) {
            return "an entity reference expands into other entities again and again (an entity expansion attack such as \"billion laughs\"): refused; Taalgrens never expands entities declared in a DTD"
        }
        if let name = between(m, "Entity '", "' not defined") {
            return "the entity &\(name); is not defined: XML without a DTD knows only &amp; &lt; &gt; &quot; &apos; (write the character itself, or a character reference such as &#160;)"
        }
        // Element structure (§3: every start tag has the matching end tag, properly nested).
        if m.hasPrefix("Opening and ending tag mismatch: ") {
            let rest = m.dropFirst("Opening and ending tag mismatch: ".count)
            let words = rest.split(separator: " ")
            // "<open> line <n> and <close>"
            if words.count >= 4, words[1] == "line", words[words.count - 2] == "and" {
                let line = words[2] == "0" ? "" : " (opened on line \(words[2]))"
                return "the end tag </\(words[words.count - 1])> does not match the open element <\(words[0])>\(line): expected </\(words[0])>"
            }
            return "an end tag does not match the element it closes: expected the open element's end tag"
        }
        if m.hasPrefix("Premature end of data in tag ") {
            let words = m.dropFirst("Premature end of data in tag ".count).split(separator: " ")
            if let name = words.first {
                let line = words.count >= 3 && words[1] == "line" ? " (opened on line \(words[2]))" : ""
                return "the document ends before </\(name)>\(line): the element is never closed; the file may be truncated"
            }
        }
        if let name = between(m, "Couldn't find end of Start Tag ", " ") ?? suffix(m, after: "Couldn't find end of Start Tag ") {
            return "the start tag <\(name)> is not closed: expected > or /> after its attributes"
        }
        if m.hasPrefix("EndTag: '</' not found") { return "expected an end tag </…>" }
        if m == "expected '>'" { return "expected > to close the tag" }
        if m.hasPrefix("StartTag: invalid element name") || m.hasPrefix("xmlParseStartTag: invalid element name") {
            return "a < must start a tag with an element name (write a literal < as &lt;)"
        }
        if m.hasPrefix("Extra content at the end of the document") {
            return "unexpected content after the root element: a document has exactly one root element"
        }
        // Attributes (§3.1).
        if m.hasPrefix("Unescaped '<' not allowed in attributes values") {
            return "a < inside an attribute value must be written &lt; (or the value's closing quote is missing)"
        }
        if m.hasPrefix("AttValue: \" or ' expected") { return "an attribute value must be in quotes (\"…\" or '…')" }
        if m.hasPrefix("AttValue: ' expected") || m.hasPrefix("AttValue: \" expected") {
            return "an attribute value is not closed: its closing quote is missing"
        }
        if let name = between(m, "Attribute ", " redefined") {
            return "the attribute \(name) appears twice on the same element: each attribute may be given once"
        }
        if let name = suffix(m, after: "Specification mandates value for attribute ") {
            return "the attribute \(name) has no value: expected \(name)=\"…\""
        }
        if m.hasPrefix("error parsing attribute name") || m.hasPrefix("attributes construct error") {
            return "malformed attributes: expected name=\"value\" pairs, then > or />"
        }
        if let prefix = between(m, "Namespace prefix ", " on "), let element = between(m, " on ", " is not defined") {
            return "the namespace prefix \(prefix) (on <\(element)>) is not declared: expected an xmlns:\(prefix)=\"…\" attribute on it or an enclosing element"
        }
        // Characters (§2.2) and character references (§4.1).
        if let value = suffix(m, after: "PCDATA invalid Char value ") {
            return "the text holds a character XML does not allow (\(codePoint(value))): control characters other than tab, line feed and carriage return cannot appear in XML 1.0"
        }
        if let value = between(m, "Char ", " out of allowed range") {
            return "the document holds a character XML does not allow (\(codePoint(value))): control characters other than tab, line feed and carriage return cannot appear in XML 1.0"
        }
        if m.hasPrefix("invalid character in attribute value") {
            return "an attribute value holds a character XML does not allow (a control character)"
        }
        if let value = suffix(m, after: "xmlParseCharRef: invalid xmlChar value ") {
            return "the character reference names \(codePoint(value)), a character XML does not allow"
        }
        if m.hasPrefix("CharRef: invalid") || m.hasPrefix("xmlParseCharRef: invalid") {
            return "a malformed character reference: expected &#digits; or &#xhex-digits;"
        }
        // Encodings (§4.3.3) and the XML declaration (§2.8).
        if m.hasPrefix("Input is not proper UTF-8") {
            let bytes = message.range(of: "Bytes:").map { " (" + message[$0.lowerBound...].trimmingCharacters(in: .whitespacesAndNewlines) + ")" } ?? ""
            return "the bytes are not valid UTF-8\(bytes): save the file as UTF-8, or name its real encoding in the XML declaration (encoding=\"ISO-8859-1\")"
        }
        if let name = suffix(m, after: "Unsupported encoding ") {
            return "the XML declaration names the encoding '\(name)', which is not supported: expected UTF-8, UTF-16 or another encoding libxml2 knows (ISO-8859-1, windows-1252), or no encoding declaration"
        }
        if m.hasPrefix("Document labelled UTF-16 but has UTF-8 content") || m.hasPrefix("Blank needed here")
            || m.hasPrefix("parsing XML declaration") || m.hasPrefix("Malformed declaration") || m.hasPrefix("encoding name expected")
            || m.hasPrefix("String not closed") || m.hasPrefix("Unsupported version") {
            return "a malformed XML declaration: expected <?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        }
        if m.hasPrefix("XML declaration allowed only at the start of the document") {
            return "the XML declaration (<?xml …?>) must be the very first thing in the file, with nothing before it, not even spaces"
        }
        // Comments, CDATA, processing instructions (§2.5, §2.7, §2.6).
        if m.hasPrefix("Double hyphen within comment") { return "a comment must not contain -- before its end -->" }
        if m.hasPrefix("Comment not terminated") { return "a comment is not closed: expected -->" }
        if m.hasPrefix("CData section not finished") { return "a CDATA section is not closed: expected ]]>" }
        if m.hasPrefix("Sequence ']]>' not allowed in content") { return "]]> must not appear in text: write ]]&gt;" }
        if m.hasPrefix("PI ") || m.hasPrefix("ParsePI") || m.hasPrefix("xmlParsePI") {
            return "a malformed processing instruction: expected <?target …?>"
        }
        return nil
    }

    /// The text between `start` and the next `end` after it, when `text` starts with `start`.
    private static func between(_ text: String, _ start: String, _ end: String) -> String? {
        guard let open = text.range(of: start), let close = text.range(of: end, range: open.upperBound..<text.endIndex),
              close.lowerBound > open.upperBound else { return nil }
        return String(text[open.upperBound..<close.lowerBound])
    }

    /// The rest of `text` after `start` (trimmed), when `text` starts with it and something follows.
    private static func suffix(_ text: String, after start: String) -> String? {
        guard text.hasPrefix(start) else { return nil }
        let rest = text.dropFirst(start.count).trimmingCharacters(in: .whitespaces)
        return rest.isEmpty ? nil : rest
    }

    /// `U+0001` for libxml2's decimal `1` or hexadecimal `0x1`; the text itself otherwise.
    private static func codePoint(_ value: String) -> String {
        let v = value.trimmingCharacters(in: .whitespaces)
        let number = v.lowercased().hasPrefix("0x") ? UInt32(v.dropFirst(2), radix: 16) : UInt32(v)
        guard let number else { return v }
        let hex = String(number, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

import CXML
import Foundation

/// What libxml2 reported about the first error of a document: its message and, beyond it, the error's
/// code, domain and parameters (libxml2 `xmlerror.h`, `xmlError`), the input just before the parser's
/// position, and whether the parser was still in the XML declaration. ``XMLErrorWording`` words an
/// error from these values, never from the English message.
struct LibXMLError {
    /// libxml2's message, without the trailing line break (shown after the plain words, for searching).
    var message: String
    /// `xmlError.code` (`xmlParserErrors`) and `xmlError.domain` (`xmlErrorDomain`); see `CXML_ERR_*`.
    var code: Int
    var domain: Int
    /// `xmlError.int1`, `str1`, `str2`: the code's parameters (`cxml.h` says which codes set which).
    var int1: Int = 0
    var str1: String?
    var str2: String?
    /// At most 32 bytes of input just before the parser's position (lossy UTF-8).
    var context: String = ""
    /// The parser had read nothing but the XML declaration.
    var inDeclaration = false

    /// Whether libxml2 stopped an entity expansion (`XML_ERR_ENTITY_LOOP`: a reference loop, or the
    /// amplification limit of libxml2 2.11 and later). libxml2 then gives the line and column inside the
    /// entity's replacement text, not in the document, so ``XMLReader`` reports the line of the element
    /// holding the reference.
    var isEntityExpansion: Bool { isParser(CXML_ERR_ENTITY_LOOP) }

    /// Whether this is the parser's error `code` (a `CXML_ERR_*` constant).
    func isParser(_ code: Int) -> Bool { domain == CXML_DOMAIN_PARSER && self.code == code }

    /// Whether the position is inside a start tag: the context's last `<` (not `<!` or `<?`) comes after
    /// its last `>`.
    var insideTag: Bool {
        guard let open = context.lastIndex(of: "<") else { return false }
        let rest = context[open...]
        return !rest.contains(">") && !rest.hasPrefix("<!") && !rest.hasPrefix("<?")
    }
}

/// Plain-words versions of the libxml2 parser errors a user meets when a file is not well-formed XML,
/// for ``XMLReader``'s error messages.
///
/// libxml2 names the parser function or the grammar production that failed ("xmlParseEntityRef: no
/// name", "Document is empty" for a file that holds text but no tag). The wording here is chosen by the
/// error's code and domain (libxml2 `xmlerror.h`, checked against the installed headers when `CXML` is
/// compiled), with names, lines and characters from the error's parameters, never by matching libxml2's
/// English text, so a libxml2 that rewords its messages keeps these. Each case says what XML 1.0 (Fifth
/// Edition) expected at that point, naming the section of the recommendation where it helps. libxml2's own
/// text follows in parentheses, so a search for it still finds help. An error no case knows keeps libxml2's
/// message alone.
///
/// Complexity: O(length of the message and the context); called once per failed document.
enum XMLErrorWording {
    /// The error in plain words, followed by `(libxml2: …)`; libxml2's message alone when no case knows
    /// the error.
    static func describe(_ error: LibXMLError) -> String {
        let original = error.message.replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
        guard let plain = plainWords(error) else { return original }
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

    /// The plain-words part alone, or `nil` for an error no case knows.
    static func plainWords(_ e: LibXMLError) -> String? {
        if e.domain == CXML_DOMAIN_NAMESPACE {
            // Namespaces in XML 1.0 §5: a prefix must be declared on the element or an ancestor.
            guard e.code == CXML_NS_ERR_UNDEFINED_NAMESPACE, let prefix = e.str1, let element = e.str2 else { return nil }
            return "the namespace prefix \(prefix) (on <\(element)>) is not declared: expected an xmlns:\(prefix)=\"…\" attribute on it or an enclosing element"
        }
        guard e.domain == CXML_DOMAIN_PARSER else { return nil }
        return structure(e) ?? references(e) ?? attributes(e) ?? characters(e) ?? declaration(e) ?? markup(e)
    }

    /// The document and its elements (XML 1.0 §2.1: a prolog and one element; §3: every start tag has the
    /// matching end tag, properly nested).
    private static func structure(_ e: LibXMLError) -> String? {
        switch e.code {
        case CXML_ERR_DOCUMENT_EMPTY:
            return "expected an XML document (starting with <), found text"
        case CXML_ERR_DOCUMENT_END:
            return "unexpected content after the root element: a document has exactly one root element"
        case CXML_ERR_TAG_NAME_MISMATCH:
            guard let open = e.str1, let close = e.str2 else {
                return "an end tag does not match the element it closes: expected the open element's end tag"
            }
            return "the end tag </\(close)> does not match the open element <\(open)>\(openedOn(e.int1)): expected </\(open)>"
        case CXML_ERR_TAG_NOT_FINISHED:
            guard let name = e.str1 else { return nil }
            return "the document ends before </\(name)>\(openedOn(e.int1)): the element is never closed; the file may be truncated"
        case CXML_ERR_GT_REQUIRED:
            guard let name = e.str1 else { return "expected > to close the tag" }
            return "the start tag <\(name)> is not closed: expected > or /> after its attributes"
        case CXML_ERR_LTSLASH_REQUIRED:
            return "expected an end tag </…>"
        case CXML_ERR_NAME_REQUIRED where e.context.hasSuffix("<"):
            return "a < must start a tag with an element name (write a literal < as &lt;)"
        default:
            return nil
        }
    }

    /// Entity and character references (§2.4: & only starts a reference; §4.1).
    private static func references(_ e: LibXMLError) -> String? {
        switch e.code {
        case CXML_ERR_NAME_REQUIRED where e.context.hasSuffix("&"):
            return "an & must start an entity or character reference such as &amp; (write a lone & as &amp;)"
        case CXML_ERR_ENTITYREF_SEMICOL_MISSING:
            return "an entity reference must end with ; (write a lone & as &amp;)"
        case CXML_ERR_ENTITY_LOOP:
            return "an entity reference expands into other entities again and again (an entity expansion attack such as \"billion laughs\"): refused; Taalgrens never expands entities declared in a DTD"
        case CXML_ERR_UNDECLARED_ENTITY:
            guard let name = e.str1 else { return nil }
            return "the entity &\(name); is not defined: XML without a DTD knows only &amp; &lt; &gt; &quot; &apos; (write the character itself, or a character reference such as &#160;)"
        case CXML_ERR_INVALID_CHAR where e.int1 > 0 && endsWithCharacterReference(e.context):
            return "the character reference names \(codePoint(e.int1)), a character XML does not allow"
        case CXML_ERR_INVALID_HEX_CHARREF, CXML_ERR_INVALID_DEC_CHARREF, CXML_ERR_INVALID_CHARREF:
            return "a malformed character reference: expected &#digits; or &#xhex-digits;"
        default:
            return nil
        }
    }

    /// Attributes (§3.1), read inside a start tag.
    private static func attributes(_ e: LibXMLError) -> String? {
        switch e.code {
        case CXML_ERR_LT_IN_ATTRIBUTE:
            return "a < inside an attribute value must be written &lt; (or the value's closing quote is missing)"
        case CXML_ERR_ATTRIBUTE_NOT_STARTED:
            return "an attribute value must be in quotes (\"…\" or '…')"
        case CXML_ERR_ATTRIBUTE_NOT_FINISHED:
            return "an attribute value is not closed: its closing quote is missing"
        case CXML_ERR_ATTRIBUTE_REDEFINED:
            // str1 is the name, or the prefix with str2 the local name (`xml:lang`).
            guard let first = e.str1 else { return nil }
            let name = e.str2.map { "\(first):\($0)" } ?? first
            return "the attribute \(name) appears twice on the same element: each attribute may be given once"
        case CXML_ERR_ATTRIBUTE_WITHOUT_VALUE:
            guard let name = e.str1 else { return nil }
            return "the attribute \(name) has no value: expected \(name)=\"…\""
        case CXML_ERR_NAME_REQUIRED where e.insideTag, CXML_ERR_SPACE_REQUIRED where !e.inDeclaration && e.insideTag:
            return "malformed attributes: expected name=\"value\" pairs, then > or />"
        default:
            return nil
        }
    }

    /// Characters (§2.2) and encodings (§4.3.3).
    private static func characters(_ e: LibXMLError) -> String? {
        guard e.isParser(CXML_ERR_INVALID_CHAR) else { return nil }
        if let bytes = e.str1?.trimmingCharacters(in: .whitespacesAndNewlines), bytes.hasPrefix("Bytes:") {
            return "the bytes are not valid UTF-8 (\(bytes)): save the file as UTF-8, or name its real encoding in the XML declaration (encoding=\"ISO-8859-1\")"
        }
        let rule = "XML 1.0 allows tab, line feed, carriage return and the characters from U+0020 on, except U+D800–U+DFFF, U+FFFE and U+FFFF (§2.2)"
        let which = e.int1 > 0 ? " (\(codePoint(e.int1)))" : ""
        if e.insideTag { return "an attribute value holds a character XML does not allow\(which): \(rule)" }
        return "the text holds a character XML does not allow\(which): \(rule)"
    }

    /// The XML declaration (§2.8) and its encoding declaration (§4.3.3).
    private static func declaration(_ e: LibXMLError) -> String? {
        switch e.code {
        case CXML_ERR_UNSUPPORTED_ENCODING:
            guard let name = e.str1 else { return nil }
            return "the XML declaration names the encoding '\(name)', which is not supported: expected UTF-8, UTF-16 or another encoding libxml2 knows (ISO-8859-1, windows-1252), or no encoding declaration"
        case CXML_ERR_RESERVED_XML_NAME:
            return "the XML declaration (<?xml …?>) must be the very first thing in the file, with nothing before it, not even spaces"
        case CXML_ERR_INVALID_ENCODING, CXML_ERR_VERSION_MISSING, CXML_ERR_UNKNOWN_VERSION, CXML_ERR_XMLDECL_NOT_STARTED,
             CXML_ERR_XMLDECL_NOT_FINISHED, CXML_ERR_ENCODING_NAME:
            return "a malformed XML declaration: expected <?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        case CXML_ERR_SPACE_REQUIRED where e.inDeclaration, CXML_ERR_STRING_NOT_STARTED where e.inDeclaration,
             CXML_ERR_STRING_NOT_CLOSED where e.inDeclaration:
            return "a malformed XML declaration: expected <?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        default:
            return nil
        }
    }

    /// Comments, CDATA sections and processing instructions (§2.5, §2.7, §2.6).
    private static func markup(_ e: LibXMLError) -> String? {
        switch e.code {
        case CXML_ERR_HYPHEN_IN_COMMENT: return "a comment must not contain -- before its end -->"
        case CXML_ERR_COMMENT_NOT_FINISHED: return "a comment is not closed: expected -->"
        case CXML_ERR_CDATA_NOT_FINISHED: return "a CDATA section is not closed: expected ]]>"
        case CXML_ERR_MISPLACED_CDATA_END: return "]]> must not appear in text: write ]]&gt;"
        case CXML_ERR_PI_NOT_STARTED, CXML_ERR_PI_NOT_FINISHED: return "a malformed processing instruction: expected <?target …?>"
        default: return nil
        }
    }

    /// " (opened on line N)" for a known line, "" for 0 (libxml2's "unknown").
    private static func openedOn(_ line: Int) -> String { line > 0 ? " (opened on line \(line))" : "" }

    /// Whether `text` ends with a character reference (`&#65;`, `&#x41;`): the construct libxml2 had just
    /// read when it reports the character a reference names.
    static func endsWithCharacterReference(_ text: String) -> Bool {
        guard text.hasSuffix(";"), let amp = text.range(of: "&#", options: .backwards) else { return false }
        var digits = text[amp.upperBound..<text.index(before: text.endIndex)]
        let hex = digits.first == "x"
        if hex { digits = digits.dropFirst() }
        return !digits.isEmpty && digits.allSatisfy { hex ? $0.isHexDigit : ("0"..."9").contains($0) }
    }

    /// `U+0001` for the code point 1.
    static func codePoint(_ value: Int) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

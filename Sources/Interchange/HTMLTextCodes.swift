import TaalgrensCore

/// HTML tags written as text inside an XLIFF 1.2 `<source>`/`<target>` of a unit whose `datatype` is HTML:
/// TYPO3's and Symfony's translation files keep a message's markup in a CDATA section
/// (`<source><![CDATA[Read the <a href="/faq">FAQ</a> first.]]></source>`) instead of XLIFF inline elements.
/// Read as text, the tags were words of the sentence: they reached fuzzy keys, concordance, word counts
/// and term checks, and a translator's tool showed them as text to retype. Here each tag becomes an inline
/// code whose native text is the tag exactly as written (``NativeMarkup/code(id:kind:type:native:extra:)``:
/// a canonical tag is parsed into attributes, any other kept under `markup`), so an export writes it back
/// byte for byte.
///
/// XML 1.0 (section 2.7) makes a CDATA section only another way to write character data, so escaped tags
/// (`&lt;b&gt;`) are the same text and are read the same way. Text without a tag (CDATA that only protects
/// an `&` or a `<` in "a < b") stays text: a tag is `<` + a letter-initial name (start tag, optionally with
/// attributes and a final `/`), `</` + name + `>`, or a comment `<!-- … -->`
/// (HTML Living Standard, section 13.1 "Syntax": start tags, end tags, comments).
enum HTMLTextCodes {
    /// The XLIFF 1.2 `datatype` values whose text is HTML (XLIFF 1.2 section 2.4 "datatype": `html`,
    /// `htmlbody`, `xhtml`).
    static let datatypes: Set<String> = ["html", "htmlbody", "xhtml"]

    /// HTML's void elements (HTML Living Standard 13.1.2): a start tag without an end tag, so a standalone code.
    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]

    /// `text` (plain: no inline codes) with each HTML tag in it as an inline code.
    ///
    /// A start tag and the next unmatched end tag of the same name are an opening and a closing code with one
    /// id; a void element, a self-closing tag or a comment is a standalone code; an end tag without start
    /// tag, or a start tag never closed, is a closing or opening code on its own (XLIFF's isolated codes).
    /// Ids are numbers in order of the openings and standalones, `1`, `2`, …; with `reference` (the source's
    /// codes, when `text` is a target), a code takes the id of the first source code of the same kind with
    /// the same native text not yet taken, else with the same element name, else the next number after the
    /// source's, so corresponding tags of source and target share ids (XLIFF 1.2 section 2.4.1).
    /// - Parameters:
    ///   - text: the `<source>` or `<target>` content, read as text.
    ///   - reference: the codes of the source when `text` is the target, else empty.
    /// - Returns: `text` itself when it holds no tag.
    /// - Complexity: O(n) in the UTF-8 length of the text.
    static func codes(in text: RichText, reference: [InlineCode] = []) -> RichText {
        let plain = text.plainText
        guard text.isPlain, plain.contains("<") else { return text }
        let tags = scan(plain)
        guard !tags.isEmpty else { return text }

        var taken: Set<String> = []
        var next = (reference.compactMap { Int($0.id) }.max() ?? 0) + 1
        func id(kind: InlineCode.Kind, native: String, name: String) -> String {
            if let match = reference.first(where: { $0.kind == kind && !taken.contains($0.id) && NativeMarkup.text(for: $0) == native })
                ?? reference.first(where: { $0.kind == kind && !taken.contains($0.id) && elementName(NativeMarkup.text(for: $0)) == name }) {
                taken.insert(match.id)
                return match.id
            }
            defer { next += 1 }
            return String(next)
        }

        var elements: [InlineElement] = []
        var open: [(name: String, id: String, type: InlineCode.CodeType)] = []
        var last = plain.startIndex
        for tag in tags {
            if tag.range.lowerBound > last { elements.append(.text(String(plain[last..<tag.range.lowerBound]))) }
            last = tag.range.upperBound
            let native = String(plain[tag.range])
            switch tag.kind {
            case .closing:
                if let index = open.lastIndex(where: { $0.name == tag.name }) {
                    let opening = open[index]
                    open.removeSubrange(index...)
                    elements.append(.code(NativeMarkup.code(id: opening.id, kind: .closing, type: opening.type, native: native)))
                } else {
                    let code = NativeMarkup.code(id: id(kind: .closing, native: native, name: tag.name), kind: .closing, type: nil, native: native)
                    elements.append(.code(code))
                }
            case .opening:
                let code = NativeMarkup.code(id: id(kind: .opening, native: native, name: tag.name), kind: .opening, type: nil, native: native)
                open.append((tag.name, code.id, code.type))
                elements.append(.code(code))
            case .standalone:
                elements.append(.code(NativeMarkup.code(id: id(kind: .standalone, native: native, name: tag.name), kind: .standalone, type: nil, native: native)))
            }
        }
        if last < plain.endIndex { elements.append(.text(String(plain[last...]))) }
        return RichText(elements)
    }

    /// One tag found in text.
    struct Tag {
        var range: Range<String.Index>
        var name: String
        var kind: InlineCode.Kind
    }

    /// The element name of a tag's text (`a` for `<a href="…">`, `</a>`), lower-cased; empty for none.
    static func elementName(_ native: String) -> String {
        let body = native.drop { $0 == "<" || $0 == "/" }
        return String(body.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == ":" || $0 == "_" }).lowercased()
    }

    /// The tags in `text`, in order.
    static func scan(_ text: String) -> [Tag] {
        var tags: [Tag] = []
        let u = Array(text.utf8)
        var i = 0
        func isLetter(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }
        func isNameByte(_ b: UInt8) -> Bool { isLetter(b) || (b >= 48 && b <= 57) || b == 45 || b == 58 || b == 95 || b == 46 }
        func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 10 || b == 13 || b == 12 }
        func index(_ offset: Int) -> String.Index { text.utf8.index(text.utf8.startIndex, offsetBy: offset) }
        while i < u.count {
            guard u[i] == UInt8(ascii: "<") else { i += 1; continue }
            // A comment: <!-- … -->.
            if i + 3 < u.count, u[i + 1] == UInt8(ascii: "!"), u[i + 2] == 45, u[i + 3] == 45 {
                var j = i + 4
                while j + 2 < u.count, !(u[j] == 45 && u[j + 1] == 45 && u[j + 2] == UInt8(ascii: ">")) { j += 1 }
                if j + 2 < u.count {
                    tags.append(Tag(range: index(i)..<index(j + 3), name: "!--", kind: .standalone))
                    i = j + 3
                    continue
                }
                i += 1
                continue
            }
            var j = i + 1
            let closing = j < u.count && u[j] == UInt8(ascii: "/")
            if closing { j += 1 }
            guard j < u.count, isLetter(u[j]) else { i += 1; continue }
            let nameStart = j
            while j < u.count, isNameByte(u[j]) { j += 1 }
            let name = String(decoding: u[nameStart..<j], as: UTF8.self).lowercased()
            var selfClosing = false, ok = false
            if closing {
                while j < u.count, isSpace(u[j]) { j += 1 }
                ok = j < u.count && u[j] == UInt8(ascii: ">")
            } else {
                // Attributes: a name, optionally `=` and a quoted or unquoted value; then `>` or `/>`.
                attributes: while j < u.count {
                    let before = j
                    while j < u.count, isSpace(u[j]) { j += 1 }
                    guard j < u.count else { break }
                    if u[j] == UInt8(ascii: ">") { ok = true; break }
                    if u[j] == UInt8(ascii: "/"), j + 1 < u.count, u[j + 1] == UInt8(ascii: ">") { selfClosing = true; ok = true; j += 1; break }
                    guard j > before else { break }  // an attribute must follow white space
                    let keyStart = j
                    while j < u.count, !isSpace(u[j]), u[j] != UInt8(ascii: "="), u[j] != UInt8(ascii: ">"),
                          u[j] != UInt8(ascii: "/"), u[j] != UInt8(ascii: "<"), u[j] != UInt8(ascii: "\""), u[j] != UInt8(ascii: "'") { j += 1 }
                    guard j > keyStart else { break }
                    var k = j
                    while k < u.count, isSpace(u[k]) { k += 1 }
                    guard k < u.count, u[k] == UInt8(ascii: "=") else { continue attributes }
                    k += 1
                    while k < u.count, isSpace(u[k]) { k += 1 }
                    guard k < u.count else { break }
                    if u[k] == UInt8(ascii: "\"") || u[k] == UInt8(ascii: "'") {
                        let quote = u[k]
                        k += 1
                        while k < u.count, u[k] != quote { k += 1 }
                        guard k < u.count else { break }
                        j = k + 1
                    } else {
                        let valueStart = k
                        while k < u.count, !isSpace(u[k]), u[k] != UInt8(ascii: ">"), u[k] != UInt8(ascii: "<"),
                              u[k] != UInt8(ascii: "\""), u[k] != UInt8(ascii: "'"), u[k] != UInt8(ascii: "`") { k += 1 }
                        guard k > valueStart else { break }
                        j = k
                    }
                }
            }
            guard ok else { i += 1; continue }
            let kind: InlineCode.Kind = closing ? .closing : (selfClosing || voidElements.contains(name)) ? .standalone : .opening
            tags.append(Tag(range: index(i)..<index(j + 1), name: name, kind: kind))
            i = j + 1
        }
        return tags
    }
}

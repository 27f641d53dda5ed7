import TaalgrensCore

/// `inline-code-mismatch`: the target does not carry the source's inline codes (links, emphasis, code
/// spans, line breaks, images): codes are compared by kind and type, as a multiset, so their order may
/// change with the sentence. A code the target lost (or changed to another type) is an error pointing at
/// the source's marked text. A code only the target has is a warning pointing at the target's marked text:
/// translators add codes on purpose (French `1<sup>er</sup>` for "1st", an emphasis the other language
/// needs), so it is worth a look but does not fail `taalgrens check`; bundles keep such a code as
/// target-only (`docs/bundles.md`). A code the unit declares target-only (``CheckUnit/targetOnlyCodes``) is
/// not reported at all.
struct InlineCodeRule: UnitRule {
    let rule = CheckRule.inlineCodeMismatch

    struct Marked {
        /// The code's id (a paired code's opening id).
        var id: String
        var signature: String
        var type: InlineCode.CodeType
        var start: Int
        var end: Int
        /// The code's attributes (a standalone code's say what it is: a footnote reference, a template tag).
        var attributes: [String: String] = [:]
    }

    /// The codes of a text as signatures, with the text they mark (a paired code: from its opening to its
    /// closing; a standalone code: its offset).
    static func marked(_ content: RichText) -> [Marked] {
        let positioned = content.positionedCodes
        var out: [Marked] = []
        var open: [String: [Int]] = [:]
        for (offset, code) in positioned {
            switch code.kind {
            case .opening:
                open[code.id, default: []].append(out.count)
                out.append(Marked(id: code.id, signature: "pair:\(code.type.rawValue)", type: code.type, start: offset, end: offset))
            case .closing:
                if let i = open[code.id]?.popLast() { out[i].end = offset }
                else { out.append(Marked(id: code.id, signature: "closing:\(code.type.rawValue)", type: code.type, start: offset, end: offset)) }
            case .standalone:
                out.append(Marked(id: code.id, signature: "standalone:\(code.type.rawValue)", type: code.type, start: offset, end: offset,
                                  attributes: code.attributes))
            }
        }
        return out
    }

    /// The name with its indefinite article: "a link", "an emphasis (italics)", "an image".
    static func aName(_ type: InlineCode.CodeType) -> String {
        let name = name(type)
        return (name.first.map { "aeiou".contains($0) } ?? false ? "an " : "a ") + name
    }

    /// What a code is, with its article, by its attributes where they say more than its type (fourteenth
    /// trial, finding 6: a lost footnote reference was "a formatting" on an empty text): "the footnote
    /// reference 1", "the template tag {{ phone }}", "the task box [x]", "a `<q>` quotation".
    static func describe(_ m: Marked) -> String {
        let a = m.attributes
        guard m.signature.hasPrefix("standalone:") else { return aName(m.type) }
        if let label = a["footnote"] { return "the footnote reference \(label)" }
        if a["footnote-definition"] != nil { return "the footnote's number" }
        if let tag = a["template"] { return "the template tag \(quoted(tag))" }
        if let box = a["task"] { return "the task box (\(box))" }
        if let type = a["callout"] { return "the callout type \(type)" }
        if a["comment"] != nil { return "a comment" }
        return aName(m.type)
    }

    /// The few words before a UTF-16 offset of `text` (at most 30 characters, from a word's start), to say
    /// where a code without text of its own stands.
    static func before(_ text: String, _ offset: Int) -> String {
        let head = slice(text, 0, offset)
        guard !head.isEmpty else { return "" }
        var tail = String(head.suffix(30))
        if tail.count < head.count, let space = tail.firstIndex(of: " ") { tail = String(tail[tail.index(after: space)...]) }
        return tail.trimmingCharacters(in: .whitespaces)
    }

    static func name(_ type: InlineCode.CodeType) -> String {
        switch type {
        case .link: "link"
        case .emphasis: "emphasis (italics)"
        case .strong: "bold"
        case .code: "code"
        case .lineBreak: "line break"
        case .image: "image"
        case .superscript: "superscript"
        case .subscript: "subscript"
        case .underline: "underline"
        case .other: "formatting"
        }
    }

    func check(_ unit: UnitAnalysis, _ context: CheckContext) -> [Finding] {
        guard let source = unit.source else { return [] }
        let sourceCodes = Self.marked(source.content)
        var out: [Finding] = []
        for target in unit.targets where !target.isUntranslated {
            var missing = sourceCodes
            var added: [Marked] = []
            for code in Self.marked(target.content) where !target.targetOnlyCodes.contains(code.id) {
                if let i = missing.firstIndex(where: { $0.signature == code.signature }) { missing.remove(at: i) } else { added.append(code) }
            }
            for m in missing {
                let text = Self.slice(source.text, m.start, m.end)
                // A code without text of its own (a footnote reference, an image) is placed by the words before it.
                let context = Self.before(source.text, m.start)
                let place = !text.isEmpty ? " on \(quoted(text))" : context.isEmpty ? " at the start" : " after \(quoted(context))"
                out.append(rule.finding(target.locale, unit.id, text: text, start: m.start, end: m.end,
                                        message: "The source has \(Self.describe(m))\(place) that the translation lacks.",
                                        textLocale: source.locale))
            }
            for a in added {
                let text = Self.slice(target.text, a.start, a.end)
                out.append(rule.finding(target.locale, unit.id, text: text, start: a.start, end: a.end,
                                        message: "The translation has \(Self.aName(a.type))\(text.isEmpty ? "" : " on \(quoted(text))") that the source does not have.",
                                        severity: .warning))
            }
        }
        return out
    }

    static func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        let units = Array(text.utf16)
        guard start <= end, end <= units.count else { return "" }
        return String(decoding: units[start..<end], as: UTF16.self)
    }
}

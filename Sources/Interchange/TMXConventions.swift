import Foundation
import TaalgrensCore

/// The `<prop>` types Taalgrens writes in TMX to carry the parts of a ``TranslationUnit`` that TMX 1.4b
/// has no attribute for, and reads back into the unit's fields (never into ``TranslationUnit/properties``).
/// TMX 1.4b section 3.4 reserves user-defined `type` values starting with `x-`.
enum TMXConventions {
    /// On `<tu>`: the unit's ``UnitStatus`` raw value; absent means `aligned`, the status of an imported
    /// unit. On `<tuv>`: that variant's own status (``Variant/status``), written only where it differs from
    /// the unit's; absent means the unit's. TMX 1.4b allows `<prop>` in both (section 3: `tu` and `tuv`
    /// hold `(note|prop)*` before their `tuv`s and `seg`).
    static let status = "x-taalgrens-status"
    /// On `<tu>`: ``Origin/article``, ``Origin/block``, ``Origin/position``.
    static let originArticle = "x-taalgrens-origin-article"
    static let originBlock = "x-taalgrens-origin-block"
    static let originPosition = "x-taalgrens-origin-position"
    /// On `<tu>`: the aligner's confidence, written so it reads back to the same `Double`.
    static let confidence = "x-taalgrens-confidence"
    /// On `<tuv>`: ``Variant/previous``, ``Variant/next`` and ``Variant/sentenceStarts`` (comma-separated
    /// UTF-16 offsets).
    static let previous = "x-taalgrens-previous"
    static let next = "x-taalgrens-next"
    static let sentenceStarts = "x-taalgrens-sentence-starts"
    /// On `<tuv>`: the ids of the segment's inline codes in document order (an opening and its closing
    /// each listed), as a JSON array of strings. TMX 1.4b's `x` and `i` hold integers only (sections 3.7.1
    /// and 3.7.2), so a code whose id is not a number (`<pc id="b">` from Phrase, Trados's `t10`, Angular's
    /// `INTERPOLATION`) would come back from a TMX export renumbered, and the unit would no longer equal the
    /// stored one (eleventh trial, finding 2). Written only when some id is not a number; read back only
    /// when it lists as many ids as the segment has codes (another tool may have edited the segment).
    static let codeIDs = "x-taalgrens-code-ids"

    /// The value of ``codeIDs`` for `content`, or `nil` when every code id is a number (TMX carries those).
    static func codeIDsValue(_ content: RichText) -> String? {
        let ids = content.codes.map(\.id)
        guard ids.contains(where: { $0.isEmpty || !$0.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }),
              let data = try? JSONEncoder().encode(ids) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// `content` with its codes' ids replaced, in order, by those of a ``codeIDs`` value; `nil` when the
    /// value is not a JSON array of strings with one id per code.
    static func restoringCodeIDs(_ value: String, in content: RichText) -> RichText? {
        guard let ids = try? JSONDecoder().decode([String].self, from: Data(value.utf8)),
              ids.count == content.codes.count else { return nil }
        var next = ids.makeIterator()
        return RichText(content.elements.map { element in
            guard case .code(let code) = element, let id = next.next() else { return element }
            return .code(InlineCode(id: id, kind: code.kind, type: code.type, attributes: code.attributes))
        })
    }

    /// A unit property that belongs to one variant's `<tuv>`: the key `"<locale>:<type>"`, such as
    /// `nl-BE:x-client`. Returns the locale and the prop type when `key` has that form and the unit has
    /// a variant for the locale.
    static func variantProperty(_ key: String, in unit: TranslationUnit) -> (LanguageTag, String)? {
        guard let colon = key.firstIndex(of: ":"), let tag = LanguageTag(String(key[..<colon])),
              unit.variants.contains(where: { $0.locale == tag }) else { return nil }
        return (tag, String(key[key.index(after: colon)...]))
    }

    /// Whether a code's attributes cannot travel as its native HTML text: an `other` code (or one whose
    /// attribute names HTML cannot hold) with attributes and no `markup`, such as the caption links the
    /// article reader makes. TMX elements have no room for attributes, so such a code's native text is a
    /// JSON object (``codeJSON(_:)``).
    static func needsJSON(_ code: InlineCode) -> Bool {
        guard code.attributes["markup"] == nil else { return false }
        let hasTag = NativeMarkup.tag(for: code.type) != nil
        return code.attributes.keys.contains { !NativeMarkup.isReserved($0) && (!hasTag || !NativeMarkup.isAttributeName($0)) }
    }

    /// On `<tuv>`: the attributes of the segment's inline codes that their native text does not carry, as
    /// a JSON array with one entry per code in document order: `null` where reading the native text gives the
    /// code's attributes back, else an object of the code's attributes (all but the `tmx-`/`xliff-`
    /// bookkeeping, which the element's own attributes carry). A footnote reference read from a bundle
    /// (`footnote: 1`, `markup: [^1]`) lost its `footnote` in a TMX export, and a closing code with
    /// attributes (an `<ec>` completed from its `<sc>`) lost them; an HTML element code (`<cite>`) is written
    /// as its tag for other tools (fourteenth trial, finding 14) and keeps its `element` here. Written only
    /// when some entry is not `null`; read back only when it has one entry per code.
    static let codeAttributes = "x-taalgrens-code-attributes"

    /// The native text a TMX writer puts inside a code's element (without `tmx-inner`): Taalgrens's JSON
    /// (``needsJSON(_:)``) unless the code names an HTML element (`attributes["element"]`, as the article
    /// reader keeps `<cite>`, `<mark>`, `<small>`) whose other attributes HTML can hold, which is written as
    /// that element's tag (`<cite>`, `</cite>`, `<wbr/>`); else ``NativeMarkup/text(for:)``. A closing code
    /// without text of its own takes its element from `opening`, the code that opened it.
    static func nativeText(for code: InlineCode, opening: InlineCode? = nil) -> String {
        if code.attributes["markup"] == nil, NativeMarkup.tag(for: code.type) == nil,
           let element = (code.attributes["element"] ?? opening?.attributes["element"]), NativeMarkup.isAttributeName(element),
           element.first?.isLetter == true,
           code.attributes.keys.allSatisfy({ NativeMarkup.isReserved($0) || NativeMarkup.isAttributeName($0) }) {
            var attributeText = ""
            for key in code.attributes.keys.sorted() where key != "element" && !NativeMarkup.isReserved(key) {
                attributeText += " \(key)=\"\(MarkupEscaping.attribute(code.attributes[key] ?? ""))\""
            }
            switch code.kind {
            case .opening: return "<\(element)\(attributeText)>"
            case .closing: return "</\(element)>"
            case .standalone: return "<\(element)\(attributeText)/>"
            }
        }
        return needsJSON(code) ? codeJSON(code) : NativeMarkup.text(for: code)
    }

    /// The value of ``codeAttributes`` for `content`, or `nil` when every code's native text gives its
    /// attributes back.
    static func codeAttributesValue(_ content: RichText) -> String? {
        var openings: [String: InlineCode] = [:]
        var entries: [[String: String]?] = []
        for code in content.codes {
            if code.kind == .opening { openings[code.id] = code }
            let mine = code.attributes.filter { !isBookkeeping($0.key) }
            guard code.attributes["tmx-inner"] == nil else { entries.append(nil); continue }
            let text = nativeText(for: code, opening: code.kind == .closing ? openings[code.id] : nil)
            if let fromJSON = Self.code(fromJSON: text, id: code.id, kind: code.kind),
               fromJSON.attributes.filter({ !isBookkeeping($0.key) }) == mine { entries.append(nil); continue }
            let back = NativeMarkup.code(id: code.id, kind: code.kind, type: code.type, native: text)
            entries.append(back.attributes == mine ? nil : mine)
        }
        guard entries.contains(where: { $0 != nil }) else { return nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(entries) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// `content` with the attributes of a ``codeAttributes`` value restored, in order (each object replaces
    /// the code's attributes but its `tmx-`/`xliff-` bookkeeping); `nil` when the value is not a JSON array
    /// with one entry per code.
    static func restoringCodeAttributes(_ value: String, in content: RichText) -> RichText? {
        guard let entries = try? JSONDecoder().decode([[String: String]?].self, from: Data(value.utf8)),
              entries.count == content.codes.count else { return nil }
        var next = entries.makeIterator()
        return RichText(content.elements.map { element in
            guard case .code(let code) = element, let entry = next.next() else { return element }
            guard let entry else { return element }
            let kept = code.attributes.filter { isBookkeeping($0.key) }
            return .code(InlineCode(id: code.id, kind: code.kind, type: code.type, attributes: kept.merging(entry) { $1 }))
        })
    }

    /// The attribute keys a format keeps for its own round trip (`tmx-type`, `tmx-inner`, `xliff-…`).
    private static func isBookkeeping(_ key: String) -> Bool { key.hasPrefix("tmx-") || key.hasPrefix("xliff-") }

    /// The marker key that tells Taalgrens's JSON native text from a native code that merely looks like JSON.
    static let jsonMarker = "taalgrens-code"

    /// `{"attributes":{…},"taalgrens-code":1,"type":"other"}`, keys sorted.
    static func codeJSON(_ code: InlineCode) -> String {
        struct Payload: Encodable {
            var attributes: [String: String]
            var type: String
            var marker = 1
            enum CodingKeys: String, CodingKey { case attributes, type, marker = "taalgrens-code" }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Payload(attributes: code.attributes, type: code.type.rawValue))) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// The code a JSON native text describes, or `nil` when `text` is not Taalgrens's JSON.
    static func code(fromJSON text: String, id: String, kind: InlineCode.Kind) -> InlineCode? {
        guard text.hasPrefix("{"), text.contains(jsonMarker) else { return nil }
        struct Payload: Decodable {
            var attributes: [String: String]
            var type: String
            var marker: Int
            enum CodingKeys: String, CodingKey { case attributes, type, marker = "taalgrens-code" }
        }
        guard let payload = try? JSONDecoder().decode(Payload.self, from: Data(text.utf8)), payload.marker == 1 else { return nil }
        return InlineCode(id: id, kind: kind, type: InlineCode.CodeType(rawValue: payload.type) ?? .other, attributes: payload.attributes)
    }

    /// The prefix of the unit properties that keep a TMX attribute of `<tu>` (`tmx:creationid`) or, after
    /// the locale, of a `<tuv>` (`nl-BE:tmx:changeid`): who created and changed the translation, how often
    /// it was used, which tool made it. ``TMXWriter`` writes them back as attributes.
    static let attributePrefix = "tmx:"

    /// The `<tu>` attributes of TMX 1.4b (section 3.2, `tmx14.dtd`) kept as `tmx:` properties, in the order
    /// the writer writes them. `tuid`, `creationdate`, `changedate` and `srclang` are not among them: they
    /// are the unit's id and dates, and the source language the reader checks.
    static let unitAttributes = ["creationid", "changeid", "usagecount", "lastusagedate", "creationtool",
                                 "creationtoolversion", "o-tmf", "datatype", "segtype", "o-encoding"]

    /// The `<tuv>` attributes of TMX 1.4b kept as `<locale>:tmx:` properties (all but `xml:lang`/`lang`; a
    /// `<tuv>`'s dates also give the unit's when the `<tu>` has none).
    static let variantAttributes = ["creationdate", "creationid", "changedate", "changeid", "usagecount", "lastusagedate",
                                    "creationtool", "creationtoolversion", "o-tmf", "datatype", "o-encoding"]

    static let unitAttributeSet = Set(unitAttributes)
    static let variantAttributeSet = Set(variantAttributes)

    /// The values `segtype` may take (`tmx14.dtd`): another value is written as a `<prop>`, not an attribute.
    static let segmentTypes: Set<String> = ["block", "paragraph", "sentence", "phrase"]

    /// The unit property key for a `<tuv>`-level `<prop>`.
    static func variantPropertyKey(_ locale: LanguageTag, _ type: String) -> String { "\(locale.identifier):\(type)" }
}

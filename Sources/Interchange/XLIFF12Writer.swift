import Foundation
import TaalgrensCore

/// Namespaces of XLIFF 1.2 and of Taalgrens's 1.2 extension attributes.
enum XLIFF12Namespace {
    static let core = "urn:oasis:names:tc:xliff:document:1.2"
    /// Taalgrens's extension attributes (`tg:segment`, `tg:href`, …), allowed by the 1.2 transitional
    /// schema on every element that carries them (`anyAttribute namespace="##any"`).
    static let taalgrens = "urn:taalgrens:xliff-extensions:1.0"
}

/// Writes ``XLIFFDocument``s as XLIFF 1.2 (OASIS Standard, 1 February 2008) for CAT tools that do not
/// read XLIFF 2, validating against the 1.2 transitional schema.
///
/// Layout (details and the state mapping in `docs/interchange.md`):
/// - each ``XLIFFUnit`` is a `<group id="unit id" restype="x-<kind>">` whose `<trans-unit>`s are its
///   segments: 1.2 has no segments inside a trans-unit that every tool reads, while one trans-unit per
///   sentence is what OmegaT, Okapi and Translate Toolkit all handle. A trans-unit's id is
///   `<unit id>_<segment id>`, and `tg:segment` keeps the segment id;
/// - inline codes become `<g>` (paired in one segment), `<x/>` (standalone) and `<bx/>`/`<ex/>` (a pair
///   split across segments or crossing another pair), linked by `rid`; their attributes (`href`, …)
///   travel as `tg:` attributes;
/// - candidates become `<alt-trans match-quality="…" origin="…">` after the target;
/// - metadata becomes `<prop-group name="unit|segment|candidate">` of `<prop prop-type="key">`;
/// - `xml:space="preserve"` goes on a trans-unit whose text a normalising reader would change.
enum XLIFF12Writer {
    static func write(_ doc: XLIFFDocument) -> Data {
        let doc = SegmentLineBreaks.codes(in: doc)  // a line separator held as text is a line-break code
        var w = IndentingWriter()
        w.open("xliff", [("xmlns", XLIFF12Namespace.core), ("xmlns:tg", XLIFF12Namespace.taalgrens), ("version", "1.2")])
        w.open("file", [("original", doc.original.map(XMLText.droppingNonXMLChars) ?? ""),
                        ("source-language", doc.sourceLocale.identifier),
                        ("target-language", doc.targetLocale.identifier),
                        ("datatype", "x-taalgrens"), ("tg:id", XMLText.droppingNonXMLChars(doc.fileID))])
        if !doc.metadata.isEmpty {
            w.open("header")
            writeProps("file", doc.metadata, to: &w)
            w.close()
        }
        w.open("body")
        var groupIDs = UniqueIDs()
        var transUnitIDs = UniqueIDs()
        for unit in doc.units where !unit.segments.isEmpty {
            let unitID = groupIDs.claim(unit.id, fallback: "u")
            var attributes = [("id", unitID)]
            if let name = unit.name { attributes.append(("resname", XMLText.droppingNonXMLChars(name))) }
            if let kind = unit.kind {
                attributes.append(isToken(kind) ? ("restype", "x-" + kind) : ("tg:kind", XMLText.droppingNonXMLChars(kind)))
            }
            w.open("group", attributes)
            writeProps("unit", unit.metadata, to: &w)
            let sourceLayout = InlineLayout(unit.segments.map(\.source))
            let targetLayout = InlineLayout(unit.segments.map(\.target))
            var segmentIDs = UniqueIDs()
            for (s, segment) in unit.segments.enumerated() {
                let segmentID = segmentIDs.claim(segment.id, fallback: "s\(s + 1)")
                let texts = [segment.source] + (segment.target.map { [$0] } ?? []) + segment.matches.flatMap { [$0.source, $0.target] }
                var tuAttributes = [("id", transUnitIDs.claim(unitID + "_" + segmentID, fallback: "tu")), ("tg:segment", segmentID)]
                if segment.target != nil && (segment.state >= .reviewed || segment.confirmed) { tuAttributes.append(("approved", "yes")) }
                if texts.contains(where: XMLText.needsPreserve) { tuAttributes.append(("xml:space", "preserve")) }
                if !segment.translatable { tuAttributes.append(("translate", "no")) }
                w.open("trans-unit", tuAttributes)
                writeContent("source", segment.source, forms: sourceLayout.forms[s], extra: [("xml:lang", doc.sourceLocale.identifier)], to: &w)
                if let target = segment.target {
                    writeContent("target", target, forms: targetLayout.forms[s],
                                 extra: [("xml:lang", doc.targetLocale.identifier), ("state", state12(segment.state))], to: &w)
                }
                writeProps("segment", segment.metadata, to: &w)
                for candidate in segment.matches { writeCandidate(candidate, doc: doc, to: &w) }
                w.close()
            }
            w.close()
        }
        w.close()
        w.close()
        w.close()
        return w.finish()
    }

    /// The 1.2 `state` of a target: initial → `needs-review-translation` (a target that a translator still
    /// has to check, such as a fuzzy pre-translation), translated → `translated`, reviewed → `signed-off`,
    /// final → `final`.
    static func state12(_ state: XLIFFState) -> String {
        switch state {
        case .initial: "needs-review-translation"
        case .translated: "translated"
        case .reviewed: "signed-off"
        case .final: "final"
        }
    }

    private static func isToken(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil)) || $0 == "-" || $0 == "_" || $0 == "." }
    }

    private static func writeProps(_ name: String, _ values: [String: String], to w: inout IndentingWriter) {
        guard !values.isEmpty else { return }
        w.open("prop-group", [("name", name)])
        for key in values.keys.sorted() {
            w.element("prop", [("prop-type", XMLText.droppingNonXMLChars(key))], text: XMLText.droppingNonXMLChars(values[key] ?? ""))
        }
        w.close()
    }

    private static func writeCandidate(_ candidate: XLIFFCandidate, doc: XLIFFDocument, to w: inout IndentingWriter) {
        var attributes = [("match-quality", XMLText.score(candidate.similarity))]
        if let origin = candidate.origin { attributes.append(("origin", XMLText.droppingNonXMLChars(origin))) }
        if let type = candidate.type { attributes.append(("tg:type", XMLText.droppingNonXMLChars(type))) }
        if let quality = candidate.matchQuality { attributes.append(("tg:match-quality", XMLText.score(quality))) }
        if let reference = candidate.reference { attributes.append(("tg:reference", XMLText.droppingNonXMLChars(reference))) }
        w.open("alt-trans", attributes)
        writeContent("source", candidate.source, forms: InlineLayout([candidate.source]).forms[0],
                     extra: [("xml:lang", doc.sourceLocale.identifier)], to: &w)
        writeContent("target", candidate.target, forms: InlineLayout([candidate.target]).forms[0],
                     extra: [("xml:lang", doc.targetLocale.identifier)], to: &w)
        writeProps("candidate", candidate.metadata, to: &w)
        w.close()
    }

    private static func codeAttributes(_ code: InlineCode) -> [(String, String)] {
        code.attributes.keys.sorted().compactMap { key in
            isNCName(key) ? ("tg:" + key, XMLText.droppingNonXMLChars(code.attributes[key] ?? "")) : nil
        }
    }

    /// Whether `name` can follow a namespace prefix (an XML NCName, ASCII subset).
    static func isNCName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic || first == "_" else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-" || $0 == "_" || $0 == ".") }
    }

    /// `rid` links a `<bx/>` to its `<ex/>` only when both are in the same `<source>` or `<target>` (the
    /// 1.2 schema checks `rid` as a key within that element) and the id is an NMTOKEN, as `rid` must be.
    /// Otherwise the two share their `id`.
    private static func rid(_ code: InlineCode, in text: RichText) -> [(String, String)] {
        let partnerHere = text.codes.contains { $0.id == code.id && $0.kind != code.kind && $0.kind != .standalone }
        return partnerHere && XMLText.nmtoken(code.id) == code.id ? [("rid", code.id)] : []
    }

    private static func writeContent(_ name: String, _ text: RichText, forms: [Int: InlineLayout.Form],
                                     extra: [(String, String)], to w: inout IndentingWriter) {
        w.open(name, extra, mixed: true)
        for (e, element) in text.elements.enumerated() {
            switch element {
            case .text(let t):
                w.text(XMLText.droppingNonXMLChars(t))
            case .code(let code):
                guard let form = forms[e] else { continue }
                switch form {
                case .pairedOpen(let closeAt):
                    var closingAttributes: [(String, String)] = []
                    if case .code(let closing) = text.elements[closeAt] {
                        closingAttributes = codeAttributes(closing).map { ("tg:end-" + $0.0.dropFirst(3), $0.1) }
                        if closing.type != code.type { closingAttributes.append(("tg:end-code-type", closing.type.rawValue)) }
                    }
                    w.open("g", [("id", code.id), ("ctype", XLIFFInlineTypes.xliff12Delimiter(code.type))] + codeAttributes(code) + closingAttributes)
                case .pairedClose:
                    w.close()
                case .placeholder:
                    w.open("x", [("id", code.id), ("ctype", XLIFFInlineTypes.xliff12Placeholder(code.type))] + codeAttributes(code))
                    w.close()
                case .start:
                    w.open("bx", [("id", code.id)] + rid(code, in: text) +
                                 [("ctype", XLIFFInlineTypes.xliff12Delimiter(code.type))] + codeAttributes(code))
                    w.close()
                case .end:
                    w.open("ex", [("id", code.id)] + rid(code, in: text) + [("tg:code-type", code.type.rawValue)] + codeAttributes(code))
                    w.close()
                }
            }
        }
        w.close()
    }
}

import Foundation
import TaalgrensCore

/// Reads Wordfast Pro's bilingual TXML file (`.txml`; Wordfast Pro 3 to 8 and Wordfast Anywhere) into an
/// ``XLIFFDocument``, so that it is imported and checked as another tool's XLIFF is (sixteenth trial,
/// finding 9: a freelancer's TXML was refused).
///
/// TXML has no public specification; the shape read here is the one Wordfast writes and the Okapi Framework's
/// TXML filter documents (okapiframework.org, "TXML Filter"):
/// - the root `<txml locale="en-US" targetlocale="nl-BE" …>` gives the source and target languages;
/// - each `<translatable blockId="…">` is a unit (``XLIFFUnit``, id the `blockId`, else its position), each of
///   its `<segment segmentId="…">` a segment with its `<source>` and `<target>`; `<skeleton>` (the original
///   document around the text) and `<ws>` (white space between segments) are not translated text;
/// - a segment with a non-empty `<target>` is translated (Wordfast writes one only for a segment the translator
///   confirmed or pre-translated from a memory; its `score` is the memory's match, not a state); a segment that
///   Wordfast filled by machine translation (`gtmt="true"`) and nobody edited (no `modified="true"`) carries
///   ``XLIFFSegment/machineTranslationKey``, so it is stored as needing review; `<revisions>` (earlier
///   translations) are ignored;
/// - `<comments><comment creationid creationdate>` are the unit's notes (`creationid: text`);
/// - `<ut x="1">&lt;b&gt;</ut>` is an inline code whose native text is the escaped tag: an opening tag
///   opens, its end tag closes the same element with the opening's id (Wordfast numbers them apart), any other
///   text (`<br/>`, a placeholder) is a standalone code; the `type` (`bold`, `italic`, `link`, …) gives the
///   code's type as XLIFF 1.2's `ctype` does.
///
/// Text is read as XLIFF's default white space (runs of white space are one space, the ends trimmed), in NFC,
/// with line separators as line-break codes (``SegmentLineBreaks``).
struct TXMLReader {
    let file: String
    let details: XLIFFReadDetailsBox

    /// The document of a `<txml>` root.
    /// - Throws: ``InputError`` for a root without `locale` or `targetlocale`, a tag that is not BCP 47, the
    ///   same source and target language, or a `<segment>` without `<source>`.
    func read(_ root: NamespacedElement) throws -> XLIFFDocument {
        let source = try language(root, "locale")
        let target = try language(root, "targetlocale")
        guard source != target else { throw InputError(file: file, line: root.line, column: nil, XLIFFReader.sameLanguageMessage(source)) }
        var document = XLIFFDocument(sourceLocale: source, targetLocale: target)
        var blocks = 0
        for case .element(let block) in root.children where block.localName == "translatable" {
            blocks += 1
            let unitID = block.attribute("blockId") ?? String(blocks)
            var unit = XLIFFUnit(id: unitID)
            for case .element(let element) in block.children where element.localName == "segment" {
                let segmentID = element.attribute("segmentId") ?? String(unit.segments.count + 1)
                guard let sourceElement = element.element("source", namespace: element.namespace) else {
                    throw InputError(file: file, line: element.line, column: nil, "a <segment> without <source> (expected <source> and, once translated, <target>)")
                }
                var segment = XLIFFSegment(id: segmentID, source: content(sourceElement))
                var wording = "no target"
                if let targetElement = element.element("target", namespace: element.namespace) {
                    let text = content(targetElement)
                    if !text.plainText.trimmingCharacters(in: .whitespaces).isEmpty || !text.codes.isEmpty {
                        segment.target = text
                        segment.state = .translated
                        wording = "a target" + (targetElement.attribute("score").map { " (score \($0))" } ?? "")
                    }
                    if element.attribute("gtmt") == "true" && element.attribute("modified") != "true" {
                        segment.metadata[XLIFFSegment.machineTranslationKey] = "gtmt=\"true\" without modified=\"true\": Wordfast's machine translation, not edited"
                    }
                }
                for comments in element.elements("comments", namespace: element.namespace) {
                    for comment in comments.elements("comment", namespace: element.namespace) {
                        let text = comment.textContent.trimmingCharacters(in: .whitespacesAndNewlines)
                        guard !text.isEmpty else { continue }
                        unit.notes.append((comment.attribute("creationid").map { "\($0): " } ?? "") + text)
                    }
                }
                details.value.record(unit: unitID, segment: segmentID, XLIFFReadDetails.Segment(
                    line: element.line, state: wording, confirm: "translate it in Wordfast and save the TXML again"))
                details.value.checkPairedCodes(unit: unitID, segment: segment, line: element.line)
                unit.segments.append(segment)
            }
            if !unit.segments.isEmpty { document.units.append(unit) }
        }
        return document
    }

    /// The BCP 47 tag of a language attribute of the root.
    private func language(_ root: NamespacedElement, _ name: String) throws -> LanguageTag {
        guard let text = root.attribute(name), !text.isEmpty else {
            throw InputError(file: file, line: root.line, column: nil, "a Wordfast TXML file needs \(name)=\"…\" on <txml> (the \(name == "locale" ? "source" : "target") language)")
        }
        guard let tag = LanguageTag(ToolLanguageTag.normalized(text).text) else {
            throw InputError(file: file, line: root.line, column: nil, "\(name) '\(text)' is not a BCP 47 language tag")
        }
        return tag
    }

    /// The inline content of a `<source>` or `<target>`.
    private func content(_ element: NamespacedElement) -> RichText {
        var out: [InlineElement] = []
        var open: [(name: String, id: String)] = []
        for node in element.children {
            switch node {
            case .text(let t):
                out.append(.text(t))
            case .element(let e) where e.localName == "ut":
                let native = e.textContent
                let declared = XLIFFInlineTypes.fromXLIFF12(ctype: e.attribute("type"))
                let id = e.attribute("x") ?? "ut\(out.count + 1)"
                let tag = NativeMarkup.parseTag(native.trimmingCharacters(in: .whitespaces))
                let trimmed = native.trimmingCharacters(in: .whitespaces)
                if let tag, trimmed.hasPrefix("</") {
                    // An end tag closes the latest opening of its element, with that opening's id.
                    let index = open.lastIndex { $0.name == tag.name.lowercased() }
                    let pairID = index.map { open[$0].id } ?? id
                    if let index { open.remove(at: index) }
                    out.append(.code(NativeMarkup.code(id: pairID, kind: .closing, type: declared, native: native)))
                } else if let tag, !trimmed.hasSuffix("/>"), NativeMarkup.type(forTag: tag.name) != .lineBreak,
                          NativeMarkup.type(forTag: tag.name) != .image {
                    open.append((tag.name.lowercased(), id))
                    out.append(.code(NativeMarkup.code(id: id, kind: .opening, type: declared, native: native)))
                } else {
                    out.append(.code(NativeMarkup.code(id: id, kind: .standalone, type: declared, native: native)))
                }
            case .element(let e):
                out.append(.text(e.textContent))
            }
        }
        let text = SegmentLineBreaks.codes(in: XMLText.nfc(RichText(out)))
        return element.preservesSpace ? text : XMLText.normalizedDefaultSpace(text)
    }
}

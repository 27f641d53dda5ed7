import Foundation
import TaalgrensCore

/// Reads XLIFF 2.0 and 2.1 documents (core namespace `urn:oasis:names:tc:xliff:document:2.0`) with the
/// Translation Candidates and Metadata modules into an ``XLIFFDocument``. See ``XLIFFReader``.
///
/// `translate="no"` on a `<unit>`, or inherited from a `<group>` or `<file>` (XLIFF 2.1 section 4.3.1.47),
/// leaves the unit out, with a note in ``XLIFFReadDetails``; so does a segment whose whole source is inside
/// a Translate Annotation saying `no` (section 4.7.2.2), and a tool's lock on a segment or unit is kept in
/// the segment's metadata (``XLIFF2Locks``).
struct XLIFF2Reader {
    let file: String
    var details = XLIFFReadDetailsBox()

    /// Metadata of one inline code element, from an `inline-code` group: keyed by side, XLIFF id and
    /// element (`open`, `close`, `standalone`).
    private struct CodeKey: Hashable {
        var side: String
        var id: String
        var element: String
    }

    private struct CodeContext {
        var data: [String: String] = [:]
        var meta: [CodeKey: [(String, String)]] = [:]
    }

    func read(_ root: NamespacedElement) throws -> XLIFFDocument {
        let core = XLIFF2Namespace.core
        guard let srcLang = root.attribute("srcLang") else { throw error(root, "the <xliff> element has no srcLang") }
        let source = try tag(srcLang, root, "srcLang")
        guard let trgLang = root.attribute("trgLang") else {
            throw error(root, "the <xliff> element has no trgLang: expected the target language of the translation")
        }
        let target = try tag(trgLang, root, "trgLang")
        guard target != source else { throw error(root, XLIFFReader.sameLanguageMessage(target)) }
        let files = root.elements("file", namespace: core)
        guard let first = files.first else { throw error(root, "the document has no <file>") }
        var units: [XLIFFUnit] = []
        for (index, file) in files.enumerated() {
            var fileUnits: [XLIFFUnit] = []
            try collectUnits(file, notes: [], translatable: file.attribute("translate") != "no", into: &fileUnits)
            if files.count > 1 {
                let name = file.attribute("original").flatMap { $0.isEmpty ? nil : $0 } ?? file.attribute("id") ?? "file \(index + 1)"
                for i in fileUnits.indices { fileUnits[i].file = name }
            }
            units += fileUnits
        }
        var metadata: [String: String] = [:]
        for group in metaGroups(first) where group.category == MetaCategory.file { metadata.merge(group.values) { $1 } }
        var notes: [String] = []
        for file in files { notes += self.notes(file) }
        return XLIFFDocument(sourceLocale: source, targetLocale: target, fileID: first.attribute("id") ?? "f1",
                             original: first.attribute("original"), units: units, metadata: metadata, notes: notes)
    }

    /// `notes`: the notes of the `<group>`s around `parent`, which apply to each unit in them;
    /// `translatable`: whether the `translate` in effect there is `yes`.
    private func collectUnits(_ parent: NamespacedElement, notes: [String], translatable: Bool, into units: inout [XLIFFUnit]) throws {
        for case .element(let child) in parent.children where child.namespace == XLIFF2Namespace.core {
            let own = child.attribute("translate").map { $0 != "no" }
            switch child.localName {
            case "unit":
                guard own ?? translatable else {
                    let from = own != nil ? "" : (parent.localName == "file" ? "<file>" : "<group>")
                    details.value.skipUntranslatable(unit: child.attribute("id") ?? "", line: child.line, from: from,
                                                     source: child.sourceTexts(namespace: XLIFF2Namespace.core))
                    continue
                }
                guard var unit = try readUnit(child) else { continue }
                unit.notes = notes + self.notes(child)
                units.append(unit)
            case "group": try collectUnits(child, notes: notes + self.notes(child), translatable: own ?? translatable, into: &units)
            default: continue
            }
        }
    }

    /// The texts of the `<note>`s in an element's `<notes>` (XLIFF 2.1 section 4.2.2.7), in order; empty
    /// notes are left out.
    private func notes(_ element: NamespacedElement) -> [String] {
        var out: [String] = []
        for notes in element.elements("notes", namespace: XLIFF2Namespace.core) {
            for note in notes.elements("note", namespace: XLIFF2Namespace.core) {
                let text = note.textContent.trimmingCharacters(in: .whitespacesAndNewlines)
                if !text.isEmpty { out.append(text) }
            }
        }
        return out
    }

    /// Notes the segments a tool joined (XLIFF 2.1 §4.2.2, "Segmentation modification": a joined segment
    /// keeps the first one's id and takes the others' content and the ignorables between them): the ids the
    /// unit's `segment:` metadata names (Taalgrens writes one group per segment) that no `<segment>` has any
    /// more, each after the segment before it in the metadata's order. One note per joined segment, at the
    /// unit's line, so an import says that the target covers two sentences (thirteenth trial, finding 12).
    /// - Complexity: O(segments + metadata groups).
    private func noteJoinedSegments(_ unit: XLIFFUnit, metaOrder: [String], line: Int) {
        let present = Set(unit.segments.map(\.id))
        var last: String?
        var absorbed: [String: [String]] = [:]
        for segmentID in metaOrder {
            if present.contains(segmentID) { last = segmentID } else if let last { absorbed[last, default: []].append(segmentID) }
        }
        for segment in unit.segments {
            guard let gone = absorbed[segment.id] else { continue }
            let names = ([segment.id] + gone).joined(separator: ", ")
            details.value.notes.append(XLIFFReadDetails.Note(line: details.value.segment(unit: unit.id, segment: segment.id)?.line ?? line,
                unit: unit.id, skipped: false,
                message: "segments \(names) were joined into \(segment.id) in the translation tool: its source and target hold \(gone.count + 1) sentences, stored as one unit"))
        }
    }

    /// The unit, or `nil` when every segment of it is left out as not for translation.
    private func readUnit(_ element: NamespacedElement) throws -> XLIFFUnit? {
        let core = XLIFF2Namespace.core
        guard let id = element.attribute("id") else { throw error(element, "a <unit> without id") }
        var unit = XLIFFUnit(id: id, name: element.attribute("name"))
        var context = CodeContext()
        var segmentMeta: [String: [String: String]] = [:]
        var metaOrder: [String] = []  // the segment ids the metadata names, in document order
        for group in metaGroups(element) {
            switch group.category {
            case MetaCategory.block: unit.kind = group.values["kind"]
            case MetaCategory.unit: unit.metadata.merge(group.values) { $1 }
            case MetaCategory.inlineCode: addCodeMeta(group, to: &context)
            case let c? where c.hasPrefix(MetaCategory.segmentPrefix):
                let segmentID = String(c.dropFirst(MetaCategory.segmentPrefix.count))
                if segmentMeta[segmentID] == nil { metaOrder.append(segmentID) }
                segmentMeta[segmentID, default: [:]].merge(group.values) { $1 }
            default: continue
            }
        }
        if let originalData = element.element("originalData", namespace: core) { context.data = readData(originalData) }

        var leftOut: Set<String> = []  // segments not for translation: left out, not joined
        for (index, segment) in element.elements("segment", namespace: core).enumerated() {
            let segmentID = segment.attribute("id") ?? "s\(index + 1)"
            guard let sourceElement = segment.element("source", namespace: core) else {
                throw error(segment, "a <segment> without <source>")
            }
            if XLIFF2Locks.wholeSourceUntranslatable(sourceElement) {
                // The whole text is a name or a code the document keeps (a Translate Annotation): no
                // translation to store, as for a <unit translate="no">.
                details.value.skipUntranslatableSegment(unit: id, segment: segmentID, line: segment.line, marker: "translate=\"no\" (<mrk> or <sm>)",
                                                        source: sourceElement.textContent)
                leftOut.insert(segmentID)
                continue
            }
            var s = XLIFFSegment(id: segmentID, source: content(sourceElement, side: "source", context: context))
            if let targetElement = segment.element("target", namespace: core) {
                s.target = content(targetElement, side: "target", context: context)
            }
            if let state = segment.attribute("state") {
                guard let value = XLIFFState(rawValue: state) else {
                    throw error(segment, "state '\(state)' is not one of initial, translated, reviewed, final")
                }
                s.state = value
            }
            s.metadata = segmentMeta[segmentID] ?? [:]
            if let targetElement = segment.element("target", namespace: core),
               let mark = MachineTranslationMarks.itsMark(target: targetElement, around: [segment, element]) {
                s.metadata[XLIFFSegment.machineTranslationKey] = mark
            }
            if let lock = XLIFF2Locks.toolLock(segment) ?? XLIFF2Locks.toolLock(element) {
                s.metadata[XLIFFSegment.toolLockKey] = lock
                // A locked segment is one the project keeps as it stands (a 101 % match, a name): with no
                // state of its own it is no draft, since nobody may edit it. A state the file writes keeps
                // its meaning (as a standard state does in XLIFF 1.2).
                if segment.attribute("state") == nil, s.target.map({ !$0.elements.isEmpty }) == true {
                    s.state = .translated
                    s.metadata[XLIFFSegment.lockLiftedKey] = "yes"
                }
            }
            let wording = segment.attribute("state").map { "state=\"\($0)\"" } ?? "no state (initial)"
            details.value.record(unit: id, segment: segmentID, XLIFFReadDetails.Segment(
                line: segment.line, state: wording, confirm: "set state=\"translated\", \"reviewed\" or \"final\""))
            details.value.checkPairedCodes(unit: id, segment: s, line: segment.line)
            unit.segments.append(s)
        }
        guard !unit.segments.isEmpty else {
            if element.elements("segment", namespace: core).isEmpty { throw error(element, "the <unit> \(id) has no <segment>") }
            return nil  // every segment was left out as not for translation (noted)
        }
        noteJoinedSegments(unit, metaOrder: metaOrder.filter { !leftOut.contains($0) }, line: element.line)

        for matches in element.elements("matches", namespace: XLIFF2Namespace.matches) {
            for match in matches.elements("match", namespace: XLIFF2Namespace.matches) {
                let candidate = try readCandidate(match)
                let ref = match.attribute("ref") ?? ""
                let target = segmentID(fromRef: ref)
                let index = unit.segments.firstIndex { $0.id == target } ?? 0
                unit.segments[index].matches.append(candidate)
            }
        }
        return unit
    }

    /// The segment id a `ref` points at: `#s1`, `s1`, or a fragment identifier ending in `/s1`.
    private func segmentID(fromRef ref: String) -> String {
        var r = Substring(ref)
        if r.hasPrefix("#") { r = r.dropFirst() }
        if let slash = r.lastIndex(of: "/") { r = r[r.index(after: slash)...] }
        return String(r)
    }

    private func readCandidate(_ match: NamespacedElement) throws -> XLIFFCandidate {
        let core = XLIFF2Namespace.core
        var context = CodeContext()
        var metadata: [String: String] = [:]
        var fields: [String: String] = [:]
        for group in metaGroups(match) {
            switch group.category {
            case MetaCategory.candidate: metadata.merge(group.values) { $1 }
            case MetaCategory.candidateFields: fields.merge(group.values) { $1 }
            case MetaCategory.inlineCode: addCodeMeta(group, to: &context)
            default: continue
            }
        }
        if let originalData = match.element("originalData", namespace: core) { context.data = readData(originalData) }
        guard let source = match.element("source", namespace: core), let target = match.element("target", namespace: core) else {
            throw error(match, "an <mtc:match> needs a <source> and a <target>")
        }
        let similarity = fields["similarity"].flatMap(Double.init) ?? match.attribute("similarity").flatMap(Double.init) ?? 0
        var type = match.attribute("type")
        if let declared = fields["type"] { type = declared }
        return XLIFFCandidate(similarity: similarity, matchQuality: match.attribute("matchQuality").flatMap(Double.init),
                              origin: match.attribute("origin"), type: type,
                              source: content(source, side: "source", context: context),
                              target: content(target, side: "target", context: context),
                              reference: fields["reference"], metadata: metadata)
    }

    private struct Group {
        var category: String?
        var appliesTo: String?
        var entries: [(String, String)]
        var values: [String: String] { Dictionary(entries, uniquingKeysWith: { $1 }) }
    }

    /// The `<mda:metaGroup>`s of an element's `<mda:metadata>`, nested groups flattened.
    private func metaGroups(_ element: NamespacedElement) -> [Group] {
        let mda = XLIFF2Namespace.metadata
        var out: [Group] = []
        func visit(_ group: NamespacedElement) {
            var entries: [(String, String)] = []
            for case .element(let child) in group.children where child.namespace == mda {
                if child.localName == "meta" { entries.append((child.attribute("type") ?? "", child.textContent)) }
                else if child.localName == "metaGroup" { visit(child) }
            }
            out.append(Group(category: group.attribute("category"), appliesTo: group.attribute("appliesTo"), entries: entries))
        }
        for metadata in element.elements("metadata", namespace: mda) {
            for group in metadata.elements("metaGroup", namespace: mda) { visit(group) }
        }
        return out
    }

    private func addCodeMeta(_ group: Group, to context: inout CodeContext) {
        let values = group.values
        guard let id = values["id"], let element = values["element"] else { return }
        context.meta[CodeKey(side: group.appliesTo ?? "source", id: id, element: element)] = group.entries
    }

    private func readData(_ originalData: NamespacedElement) -> [String: String] {
        var data: [String: String] = [:]
        for item in originalData.elements("data", namespace: XLIFF2Namespace.core) {
            guard let id = item.attribute("id") else { continue }
            var text = ""
            for child in item.children {
                switch child {
                case .text(let t): text += t
                case .element(let e) where e.localName == "cp": text += codePoint(e)
                case .element: continue
                }
            }
            data[id] = text
        }
        return data
    }

    /// A `<cp hex="…"/>` of a segment's content (XLIFF 2.1 section 4.3.1.6): the character as text when XML
    /// could hold it; else a standalone code keeping its place, with `<cp hex="…"/>` as its native text so a
    /// TMX or XLIFF export writes it back (fifteenth trial, finding 11: the character, which no TMX can
    /// carry, was dropped from every export and glued the words around it). U+000B (Word's and
    /// PowerPoint's manual line break) and U+000C (a page break) are line breaks, one space of the plain
    /// text; any other (C0 controls, U+FFFE, U+FFFF, a lone surrogate's number) is an `other` code, with
    /// the id `cp` + four hex digits (``numberingCodePoints(_:)`` numbers repeated ones).
    private func codePointElement(_ element: NamespacedElement) -> InlineElement {
        let text = codePoint(element)
        if let scalar = text.unicodeScalars.first, XMLText.isXMLChar(scalar) { return .text(text) }
        guard let value = element.attribute("hex").flatMap({ UInt32($0, radix: 16) }) else { return .text("") }
        let hex = String(format: "%04X", value)
        return .code(InlineCode(id: "cp" + hex, kind: .standalone, type: value == 0x0B || value == 0x0C ? .lineBreak : .other,
                                attributes: ["markup": "<cp hex=\"" + hex + "\"/>"]))
    }

    /// `text` with the n-th code of a `<cp>` of one character (n ≥ 2) renamed `cp` + hex + `-n`
    /// (`cp000B`, `cp000B-2`), so the ids of a content are distinct and the same on both sides of a segment
    /// that holds the same characters in the same order.
    private func numberingCodePoints(_ text: RichText) -> RichText {
        var seen: [String: Int] = [:]
        var changed = false
        let elements = text.elements.map { element -> InlineElement in
            guard case .code(var code) = element, code.id.hasPrefix("cp"), code.attributes["markup"]?.hasPrefix("<cp hex=") == true else { return element }
            let n = (seen[code.id] ?? 0) + 1
            seen[code.id] = n
            guard n > 1 else { return element }
            code.id += "-\(n)"
            changed = true
            return .code(code)
        }
        return changed ? RichText(elements) : text
    }

    private func codePoint(_ element: NamespacedElement) -> String {
        guard let hex = element.attribute("hex"), let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else { return "" }
        return String(Character(scalar))
    }

    /// The inline content of a `<source>` or `<target>`, white space normalised unless preserved.
    private func content(_ element: NamespacedElement, side: String, context: CodeContext) -> RichText {
        var openings: [String: InlineCode.CodeType] = [:]
        let text = numberingCodePoints(SegmentLineBreaks.codes(in: XMLText.nfc(RichText(inline(element.children, side: side, context: context, openings: &openings)))))
        return element.preservesSpace ? text : XMLText.normalizedDefaultSpace(text)
    }

    /// - Parameter openings: the type of each `<sc>` read so far in this content, by id: an `<ec startRef>`
    ///   that declares no type of its own closes that code and takes its type (XLIFF 2.1 §4.2.2, `<sc>` and
    ///   `<ec>` are the two halves of one code; the XLIFF 1.2 reader does the same for `<bx>`/`<ex>`), so
    ///   the pair reads as a `<pc>` or a TMX `<bpt>`/`<ept>` pair does (eleventh trial, finding 2: the
    ///   closing read as `other` and a TMX export of the unit, read back, was another unit).
    private func inline(_ nodes: [NamespacedElement.Node], side: String, context: CodeContext,
                        openings: inout [String: InlineCode.CodeType]) -> [InlineElement] {
        var out: [InlineElement] = []
        for node in nodes {
            switch node {
            case .text(let t):
                out.append(.text(t))
            case .element(let e) where e.namespace == XLIFF2Namespace.core:
                let id = e.attribute("id") ?? ""
                switch e.localName {
                case "cp":
                    out.append(codePointElement(e))
                case "ph":
                    out.append(.code(code(e, id: id, kind: .standalone, element: "standalone", dataRef: e.attribute("dataRef"), side: side, context: context)))
                case "pc":
                    out.append(.code(code(e, id: id, kind: .opening, element: "open", dataRef: e.attribute("dataRefStart"), side: side, context: context)))
                    out += inline(e.children, side: side, context: context, openings: &openings)
                    out.append(.code(code(e, id: id, kind: .closing, element: "close", dataRef: e.attribute("dataRefEnd"), side: side, context: context)))
                case "sc":
                    let opening = code(e, id: id, kind: .opening, element: "open", dataRef: e.attribute("dataRef"), side: side, context: context)
                    if e.attribute("isolated") != "yes" { openings[id] = opening.type }  // by the XML id, which startRef names
                    out.append(.code(opening))
                case "ec":
                    let ref = e.attribute("isolated") == "yes" ? id : (e.attribute("startRef") ?? id)
                    let inherited = e.attribute("type") == nil && e.attribute("isolated") != "yes" ? openings[ref] : nil
                    out.append(.code(code(e, id: ref, kind: .closing, element: "close", dataRef: e.attribute("dataRef"), side: side,
                                          context: context, inheritedType: inherited)))
                case "mrk":
                    out += inline(e.children, side: side, context: context, openings: &openings)
                default:
                    continue  // <sm/>, <em/>: annotation markers carry no text
                }
            case .element(let e):
                out.append(.text(e.textContent))  // an extension element: keep its text
            }
        }
        return out
    }

    /// An inline code from its metadata group when there is one (exact), else from its type, subtype and
    /// native text (``NativeMarkup``).
    private func code(_ e: NamespacedElement, id: String, kind: InlineCode.Kind, element: String, dataRef: String?,
                      side: String, context: CodeContext, inheritedType: InlineCode.CodeType? = nil) -> InlineCode {
        if let entries = context.meta[CodeKey(side: side, id: id, element: element)] {
            var attributes: [String: String] = [:]
            var type = InlineCode.CodeType.other
            var codeID = id
            for (key, value) in entries {
                if key.hasPrefix("attribute:") { attributes[String(key.dropFirst("attribute:".count))] = value }
                else if key == "type" { type = InlineCode.CodeType(rawValue: value) ?? .other }
                else if key == "code-id" { codeID = value }
            }
            return InlineCode(id: codeID, kind: kind, type: type, attributes: attributes)
        }
        let declared = XLIFFInlineTypes.fromXLIFF2(type: e.attribute("type"), subType: e.attribute("subType")) ?? inheritedType
        var native = dataRef.flatMap { context.data[$0] } ?? ""
        if native.isEmpty, let element = e.attribute("fs", namespace: FormatStyle.namespace),
           let described = FormatStyle.native(element: element, subFs: e.attribute("subFs", namespace: FormatStyle.namespace), kind: kind) {
            // No original data, but the Format Style module names the element and its attributes (XLIFF 2.0
            // section 5.4): the code's HTML tag, so a link keeps its address.
            native = described
        }
        if native.isEmpty {
            // No original data (Angular's xlf2): the display text (XLIFF 2.1 section 4.3.1.11 `disp`, and
            // `dispStart`/`dispEnd` on a <pc>) is the only trace of the original code, so it is kept as its text.
            let display = e.localName == "pc" ? e.attribute(kind == .closing ? "dispEnd" : "dispStart") : e.attribute("disp")
            native = display ?? ""
        }
        return NativeMarkup.code(id: id, kind: kind, type: declared, native: native)
    }

    private func tag(_ text: String, _ element: NamespacedElement, _ attribute: String) throws -> LanguageTag {
        // A tool's marker after the tag (`fr-FR-mt`) is kept as private use (ToolLanguageTag).
        guard let tag = LanguageTag(ToolLanguageTag.normalized(text).text) else { throw error(element, "\(attribute) '\(text)' is not a BCP 47 language tag") }
        return tag
    }

    private func error(_ element: NamespacedElement, _ message: String) -> InputError {
        InputError(file: file, line: element.line > 0 ? element.line : nil, column: nil, message)
    }
}

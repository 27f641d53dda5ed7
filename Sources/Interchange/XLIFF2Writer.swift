import Foundation
import TaalgrensCore

/// Namespaces of XLIFF 2 and its modules (XLIFF 2.1 section 1.5 and appendix C).
enum XLIFF2Namespace {
    static let core = "urn:oasis:names:tc:xliff:document:2.0"
    /// The core namespace of XLIFF 2.2 (OASIS Standard 2025, Part 1 section 3.2): the same core elements as 2.0 and
    /// 2.1 under a new URI; the modules keep their 2.0 namespaces. Readers fold it into ``core``.
    static let core22 = "urn:oasis:names:tc:xliff:document:2.2"
    static let matches = "urn:oasis:names:tc:xliff:matches:2.0"
    static let metadata = "urn:oasis:names:tc:xliff:metadata:2.0"
}

/// A `<mda:metaGroup>`: a category, an optional `appliesTo`, and ordered `<mda:meta type="…">` entries.
struct MetaGroup {
    var category: String
    var appliesTo: String?
    var entries: [(String, String)]

    /// A group from a dictionary, keys sorted.
    init(category: String, appliesTo: String? = nil, _ values: [String: String]) {
        self.category = category
        self.appliesTo = appliesTo
        entries = values.keys.sorted().map { ($0, values[$0] ?? "") }
    }

    init(category: String, appliesTo: String? = nil, entries: [(String, String)]) {
        self.category = category
        self.appliesTo = appliesTo
        self.entries = entries
    }
}

/// Metadata categories Taalgrens writes in XLIFF 2 (documented in `docs/interchange.md`).
enum MetaCategory {
    /// ``XLIFFDocument/metadata``, on the `<file>`.
    static let file = "file"
    /// The block kind of a unit: one entry `kind`.
    static let block = "block"
    /// ``XLIFFUnit/metadata``.
    static let unit = "unit"
    /// ``XLIFFSegment/metadata`` of the segment named after the colon: `segment:s1`.
    static let segmentPrefix = "segment:"
    /// ``XLIFFCandidate/metadata``.
    static let candidate = "candidate"
    /// Candidate fields the module has no attribute for: `reference`, `type`, `similarity`.
    static let candidateFields = "taalgrens:candidate"
    /// The exact type and attributes of one inline code element, when its XLIFF form does not carry them.
    static let inlineCode = "inline-code"
}

/// Writes ``XLIFFDocument``s as XLIFF 2.1 with the Translation Candidates and Metadata modules.
///
/// See `docs/interchange.md` for the layout; the choices that matter:
/// - one `<file>`, one `<unit>` per ``XLIFFUnit`` (units without segments are left out: the core schema
///   requires a segment), one `<segment>` per ``XLIFFSegment``, and between two segments of a unit an
///   `<ignorable>` holding the space between the sentences (source, and target when the unit has
///   targets, `xml:space="preserve"`), so the unit's text (XLIFF 2.1 §4.2.2.1: segments and ignorables in
///   order) and a tool's join of two segments keep it;
/// - inline codes as `<pc>`, `<ph/>` or `<sc/>`/`<ec/>` (``InlineLayout``), their native text in
///   `<originalData>` (deduplicated per unit) referenced by `dataRef`, `dataRefStart` and `dataRefEnd`;
/// - a code whose type and attributes cannot be recovered from `type`/`subType` and its native text gets
///   an `inline-code` metadata group, so reading back gives the identical ``InlineCode``;
/// - `xml:space="preserve"` on a `<source>` or `<target>` whose white space a normalising reader would change;
/// - characters XML 1.0 cannot carry are written as `<cp hex="…"/>`.
enum XLIFF2Writer {
    /// - Parameter version: the `version` attribute, `2.1` or `2.0` (the document is the same: it uses
    ///   nothing 2.1 added).
    static func write(_ doc: XLIFFDocument, version: String) -> Data {
        let doc = SegmentLineBreaks.codes(in: doc)  // a line separator held as text is a line-break code
        var w = IndentingWriter()
        w.open("xliff", [("xmlns", XLIFF2Namespace.core), ("xmlns:mtc", XLIFF2Namespace.matches),
                         ("xmlns:mda", XLIFF2Namespace.metadata), ("version", version),
                         ("srcLang", doc.sourceLocale.identifier), ("trgLang", doc.targetLocale.identifier)])
        var fileAttributes = [("id", XMLText.nmtoken(doc.fileID))]
        if let original = doc.original { fileAttributes.append(("original", XMLText.droppingNonXMLChars(original))) }
        w.open("file", fileAttributes)
        if !doc.metadata.isEmpty { writeMetadata([MetaGroup(category: MetaCategory.file, doc.metadata)], to: &w) }
        var unitIDs = UniqueIDs()
        for unit in doc.units where !unit.segments.isEmpty {
            writeUnit(unit, id: unitIDs.claim(unit.id, fallback: "u"), to: &w)
        }
        w.close()
        w.close()
        return w.finish()
    }

    private static func writeUnit(_ unit: XLIFFUnit, id: String, to w: inout IndentingWriter) {
        var segmentIDs = UniqueIDs()
        let segIDs = unit.segments.enumerated().map { segmentIDs.claim($0.element.id, fallback: "s\($0.offset + 1)") }
        // Content not for translation (``XLIFFSegment/translatable``): the whole unit, or a <mrk> per segment
        // whose id shares the unit's id space with the segments and codes.
        let unitLocked = unit.segments.allSatisfy { !$0.translatable }
        let markIDs = unit.segments.indices.map { unitLocked || unit.segments[$0].translatable ? nil : segIDs[$0] + "-nt" }
        var codeIDs = CodeIDs(reserved: Set(segIDs).union(markIDs.compactMap { $0 }))
        // A target code whose id no source code of the unit has is an added code (target only).
        let sourceCodeIDs = Set(unit.segments.flatMap { $0.source.codes.map(\.id) })
        let sourceLayout = InlineLayout(unit.segments.map(\.source))
        let targetLayout = InlineLayout(unit.segments.map(\.target))
        var data = DataTable()
        var codeGroups: [MetaGroup] = []
        for (s, segment) in unit.segments.enumerated() {
            collect(segment.source, forms: sourceLayout.forms[s], side: "source", ids: &codeIDs, data: &data, groups: &codeGroups)
            if let target = segment.target {
                collect(target, forms: targetLayout.forms[s], side: "target", ids: &codeIDs, data: &data, groups: &codeGroups)
            }
        }

        var attributes = [("id", id)]
        if let name = unit.name { attributes.append(("name", XMLText.droppingNonXMLChars(name))) }
        if unitLocked { attributes.append(("translate", "no")) }
        w.open("unit", attributes)

        if unit.segments.contains(where: { !$0.matches.isEmpty }) {
            w.open("mtc:matches")
            for (s, segment) in unit.segments.enumerated() {
                for candidate in segment.matches { writeCandidate(candidate, ref: "#" + segIDs[s], to: &w) }
            }
            w.close()
        }

        var groups: [MetaGroup] = []
        if let kind = unit.kind { groups.append(MetaGroup(category: MetaCategory.block, ["kind": kind])) }
        if !unit.metadata.isEmpty { groups.append(MetaGroup(category: MetaCategory.unit, unit.metadata)) }
        for (s, segment) in unit.segments.enumerated() where !segment.metadata.isEmpty {
            groups.append(MetaGroup(category: MetaCategory.segmentPrefix + segIDs[s], segment.metadata))
        }
        writeMetadata(groups + codeGroups, to: &w)
        data.write(to: &w)

        let hasTarget = unit.segments.contains { $0.target != nil }
        for (s, segment) in unit.segments.enumerated() {
            if s > 0 {
                // The space between two sentences of the paragraph, as XLIFF 2.1 §4.2.2 wants it: the unit's
                // text is its segments and ignorables in order, so a tool that joins two segments joins
                // "will run. Brussels", not "will run.Brussels" (thirteenth trial, finding 12).
                w.open("ignorable")
                w.element("source", [("xml:space", "preserve")], text: " ")
                if hasTarget { w.element("target", [("xml:space", "preserve")], text: " ") }
                w.close()
            }
            let state = segment.target == nil ? XLIFFState.initial : segment.state
            w.open("segment", [("id", segIDs[s]), ("state", state.rawValue)])
            writeContent("source", segment.source, forms: sourceLayout.forms[s], ids: codeIDs, data: data, mark: markIDs[s], to: &w)
            if let target = segment.target {
                writeContent("target", target, forms: targetLayout.forms[s], ids: codeIDs, data: data,
                             added: { !sourceCodeIDs.contains($0) }, mark: markIDs[s], to: &w)
            }
            w.close()
        }
        w.close()
    }

    private static func writeCandidate(_ candidate: XLIFFCandidate, ref: String, to w: inout IndentingWriter) {
        let knownTypes: Set<String> = ["am", "mt", "icm", "idm", "tb", "tm", "other"]
        var fields: [String: String] = [:]
        var attributes = [("ref", ref)]
        let similarity = min(max(candidate.similarity, 0), 100)
        if similarity != candidate.similarity { fields["similarity"] = XMLText.score(candidate.similarity) }
        attributes.append(("similarity", XMLText.score(similarity)))
        if let quality = candidate.matchQuality {
            attributes.append(("matchQuality", XMLText.score(min(max(quality, 0), 100))))
        }
        if let origin = candidate.origin { attributes.append(("origin", XMLText.droppingNonXMLChars(origin))) }
        if let type = candidate.type {
            if knownTypes.contains(type) {
                attributes.append(("type", type))
            } else {
                attributes.append(("type", "other"))
                fields["type"] = type
            }
        }
        if let reference = candidate.reference { fields["reference"] = reference }

        var ids = CodeIDs(reserved: [])
        var data = DataTable()
        var codeGroups: [MetaGroup] = []
        let sourceForms = InlineLayout([candidate.source]).forms[0]
        let targetForms = InlineLayout([candidate.target]).forms[0]
        collect(candidate.source, forms: sourceForms, side: "source", ids: &ids, data: &data, groups: &codeGroups)
        collect(candidate.target, forms: targetForms, side: "target", ids: &ids, data: &data, groups: &codeGroups)

        w.open("mtc:match", attributes)
        var groups: [MetaGroup] = []
        if !candidate.metadata.isEmpty { groups.append(MetaGroup(category: MetaCategory.candidate, candidate.metadata)) }
        if !fields.isEmpty { groups.append(MetaGroup(category: MetaCategory.candidateFields, fields)) }
        writeMetadata(groups + codeGroups, to: &w)
        data.write(to: &w)
        writeContent("source", candidate.source, forms: sourceForms, ids: ids, data: data, to: &w)
        writeContent("target", candidate.target, forms: targetForms, ids: ids, data: data, to: &w)
        w.close()
    }

    private static func writeMetadata(_ groups: [MetaGroup], to w: inout IndentingWriter) {
        guard !groups.isEmpty else { return }
        w.open("mda:metadata")
        for group in groups where !group.entries.isEmpty {
            var attributes = [("category", group.category)]
            if let appliesTo = group.appliesTo { attributes.append(("appliesTo", appliesTo)) }
            w.open("mda:metaGroup", attributes)
            for (key, value) in group.entries {
                w.open("mda:meta", [("type", XMLText.droppingNonXMLChars(key))], mixed: true)
                writeText(value, to: &w, codePoints: false)
                w.close()
            }
            w.close()
        }
        w.close()
    }

    /// First pass over a text: registers native texts in `data` and adds an `inline-code` metadata group
    /// for each code whose type or attributes the XLIFF form cannot carry.
    private static func collect(_ text: RichText, forms: [Int: InlineLayout.Form], side: String,
                                ids: inout CodeIDs, data: inout DataTable, groups: inout [MetaGroup]) {
        for (e, element) in text.elements.enumerated() {
            guard case .code(let code) = element, let form = forms[e] else { continue }
            let xid = ids.assign(code.id)
            if case .pairedClose = form {} else { _ = data.id(for: NativeMarkup.text(for: code)) }
            if case .pairedOpen(let closeAt) = form, case .code(let closing) = text.elements[closeAt] {
                _ = data.id(for: NativeMarkup.text(for: closing))
            }
            let element: String
            switch form {
            case .pairedOpen, .start: element = "open"
            case .pairedClose, .end: element = "close"
            case .placeholder: element = "standalone"
            }
            if needsMetadata(code) || xid != code.id {
                var entries = [("id", xid), ("element", element), ("type", code.type.rawValue)]
                if xid != code.id { entries.append(("code-id", code.id)) }
                for key in code.attributes.keys.sorted() { entries.append(("attribute:" + key, code.attributes[key] ?? "")) }
                groups.append(MetaGroup(category: MetaCategory.inlineCode, appliesTo: side, entries: entries))
            }
        }
    }

    /// Whether reading the code back from its XLIFF type, subtype and native text would not give it exactly.
    static func needsMetadata(_ code: InlineCode) -> Bool {
        let mapped = XLIFFInlineTypes.xliff2(code.type)
        let declared = XLIFFInlineTypes.fromXLIFF2(type: mapped.type, subType: mapped.subType)
        let back = NativeMarkup.code(id: code.id, kind: code.kind, type: declared, native: NativeMarkup.text(for: code))
        return back != code
    }

    /// Writes a `<source>` or `<target>`.
    /// - Parameter added: whether a code (by its id) is an *added code* (XLIFF 2.1, "Inline Codes": in the
    ///   target only). Such a code carries the editing hints `canCopy="no"` (not to be replicated: there is
    ///   no original to copy) and `canDelete="yes"` (removable: a translator may drop it); it stays
    ///   reorderable, as "Target Content Modification" requires of codes a writer adds to a target.
    private static func writeContent(_ name: String, _ text: RichText, forms: [Int: InlineLayout.Form],
                                     ids: CodeIDs, data: DataTable, added: (String) -> Bool = { _ in false },
                                     mark: String? = nil, to w: inout IndentingWriter) {
        w.open(name, XMLText.needsPreserve(text) ? [("xml:space", "preserve")] : [], mixed: true)
        if let mark { w.open("mrk", [("id", mark), ("translate", "no")]) }
        for (e, element) in text.elements.enumerated() {
            switch element {
            case .text(let t):
                writeText(t, to: &w, codePoints: true)
            case .code(let code):
                guard let form = forms[e] else { continue }
                let xid = ids.id(for: code.id)
                let (type, subType) = XLIFFInlineTypes.xliff2(code.type)
                var attributes: [(String, String)] = []
                // An `<ec>` that closes an `<sc>` of the unit takes the hints from that `<sc>`.
                func typeAttributes(hints: Bool = true) {
                    if hints && added(code.id) { attributes += [("canCopy", "no"), ("canDelete", "yes")] }
                    if let type { attributes.append(("type", type)) }
                    if let subType { attributes.append(("subType", subType)) }
                }
                let ref = data.existingID(for: NativeMarkup.text(for: code))
                switch form {
                case .pairedOpen(let closeAt):
                    attributes.append(("id", xid))
                    typeAttributes()
                    if case .code(let closing) = text.elements[closeAt],
                       let start = ref, let end = data.existingID(for: NativeMarkup.text(for: closing)) {
                        attributes.append(("dataRefStart", start))
                        attributes.append(("dataRefEnd", end))
                    }
                    w.open("pc", attributes)
                case .pairedClose:
                    w.close()
                case .placeholder:
                    attributes.append(("id", xid))
                    typeAttributes()
                    if let ref { attributes.append(("dataRef", ref)) }
                    w.open("ph", attributes)
                    w.close()
                case .start(let isolated):
                    attributes.append(("id", xid))
                    if isolated { attributes.append(("isolated", "yes")) }
                    typeAttributes()
                    if let ref { attributes.append(("dataRef", ref)) }
                    w.open("sc", attributes)
                    w.close()
                case .end(let isolated):
                    if isolated {
                        attributes.append(("id", xid))
                        attributes.append(("isolated", "yes"))
                    } else {
                        attributes.append(("startRef", xid))
                    }
                    typeAttributes(hints: isolated)
                    if let ref { attributes.append(("dataRef", ref)) }
                    w.open("ec", attributes)
                    w.close()
                }
            }
        }
        if mark != nil { w.close() }
        w.close()
    }

    /// Writes text, with each character XML cannot carry as `<cp hex="…"/>` when `codePoints` is true
    /// (inline content) or dropped otherwise.
    static func writeText(_ text: String, to w: inout IndentingWriter, codePoints: Bool) {
        var run = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if XMLText.isXMLChar(s) {
                run.append(s)
                continue
            }
            guard codePoints else { continue }
            if !run.isEmpty { w.text(String(run)); run = String.UnicodeScalarView() }
            w.open("cp", [("hex", String(format: "%04X", s.value))])
            w.close()
        }
        if !run.isEmpty { w.text(String(run)) }
    }
}

/// Maps inline code ids to XLIFF ids within one unit: the same code id always gets the same XLIFF id
/// (so a target code keeps the id of its source code), made an NMTOKEN and kept clear of the segment ids,
/// with which XLIFF 2 shares one id space per unit.
struct CodeIDs {
    private var map: [String: String] = [:]
    private var ids: UniqueIDs

    init(reserved: Set<String>) { ids = UniqueIDs(reserved: reserved) }

    /// The XLIFF id for a code id, assigned on first use.
    mutating func assign(_ codeID: String) -> String {
        if let known = map[codeID] { return known }
        var wanted = codeID
        if ids.contains(XMLText.nmtoken(codeID)) { wanted = "c" + codeID }
        let assigned = ids.claim(wanted, fallback: "c")
        map[codeID] = assigned
        return assigned
    }

    /// The XLIFF id already assigned to a code id (the write pass runs after the collect pass).
    func id(for codeID: String) -> String { map[codeID] ?? XMLText.nmtoken(codeID) }
}

/// The `<originalData>` of one unit or candidate: each distinct non-empty native text once, as `d1`, `d2`, ….
struct DataTable {
    private var ids: [String: String] = [:]
    private var order: [String] = []

    /// The data id for a native text, registering it on first use; `nil` for empty text.
    @discardableResult
    mutating func id(for native: String) -> String? {
        guard !native.isEmpty else { return nil }
        if let id = ids[native] { return id }
        let id = "d\(order.count + 1)"
        ids[native] = id
        order.append(native)
        return id
    }

    func existingID(for native: String) -> String? { native.isEmpty ? nil : ids[native] }

    func write(to w: inout IndentingWriter) {
        guard !order.isEmpty else { return }
        w.open("originalData")
        for native in order {
            w.open("data", [("id", ids[native] ?? "")], mixed: true)
            XLIFF2Writer.writeText(native, to: &w, codePoints: true)
            w.close()
        }
        w.close()
    }
}

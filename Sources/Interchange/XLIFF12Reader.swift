import Foundation
import TaalgrensCore

/// Reads XLIFF 1.2 (and 1.1/1.0) documents into an ``XLIFFDocument``: Taalgrens's own 1.2 output, and
/// files shaped as other tools write them. See ``XLIFFReader``.
///
/// - A `<group>` whose `<trans-unit>`s carry `tg:segment` is one unit (Taalgrens's layout); every other
///   `<trans-unit>` is a unit of its own, with one segment (`1`), or one per `<mrk mtype="seg">` of its
///   `<seg-source>` (Okapi's layout: segment ids are the `mid`s, the target's `<mrk>`s fill them).
/// - States: `translated` → translated, `signed-off` → reviewed, `final` → final, every `needs-…`, `new`
///   and `x-…` state → initial. Without a state, a non-empty target is translated; `approved="yes"` lifts
///   translated to reviewed. OmegaT writes untranslated segments as a copy of the source with
///   `state="needs-translation"`: they come back as initial.
/// - Inline codes: `<g>`, `<x/>`, `<bx/>`/`<ex/>` (paired by `rid`, else `id`) with `ctype` and Taalgrens's
///   `tg:` attributes, or, in a Trados Studio SDLXLIFF, the native markup and type the header's
///   `<tag-defs>` give their id (``SDLTagDefinition``); `<bpt>`/`<ept>`/`<ph>`/`<it>` with native code text (OmegaT, Okapi), as in TMX;
///   `<mrk>` keeps its content.
/// - `translate="no"` on a `<trans-unit>`, or on a `<group>` around it (unless the trans-unit says
///   `translate="yes"`), leaves the unit out, with a note in ``XLIFFReadDetails``.
struct XLIFF12Reader {
    let file: String

    private var ns: String?
    private let details: XLIFFReadDetailsBox
    /// The current `<file>`'s Trados Studio tag definitions, by tag id (``SDLTagDefinition``).
    private var sdlTags: [String: SDLTagDefinition] = [:]
    /// Trados Studio's comments (SDLXLIFF `<doc-info>`/`<cmt-defs>`), by comment id, each as the note it
    /// becomes (``SDLComments``).
    private var sdlComments: [String: [String]] = [:]
    /// Whether the current `<file>` is Phrase's MXLIFF, whose text carries Phrase's tag notation (``PhraseTags``).
    private var phraseTags = false
    /// The original markup of the current trans-unit's Phrase tags (`<m:tunit-metadata>`), by tag id
    /// (``phraseMarks(_:)``); set per trans-unit, read when its tags become codes.
    private let phraseMarks = PhraseMarksBox()
    /// The `datatype` in effect: the current `<file>`'s, or a `<group>`'s around the trans-unit.
    private var datatype: String?

    init(file: String, namespace: String?, details: XLIFFReadDetailsBox = XLIFFReadDetailsBox()) {
        self.file = file
        ns = namespace
        self.details = details
    }

    func read(_ root: NamespacedElement) throws -> XLIFFDocument {
        let allFiles = root.elements("file", namespace: ns)
        guard !allFiles.isEmpty else { throw error(root, "the document has no <file>") }
        // Xcode exports the development language too: a <file> translating en into en among <file>s
        // into another language holds no translation, and is left out with a note per unit.
        let developmentFiles = allFiles.count > 1 ? allFiles.filter(isSameLanguage) : []
        let leaveOut = !developmentFiles.isEmpty && developmentFiles.count < allFiles.count
        let files = leaveOut ? allFiles.filter { !isSameLanguage($0) } : allFiles
        let first = files[0]
        // Some 1.2 writers (locize's) put XLIFF 2's srcLang/trgLang on <xliff> instead of the <file>'s
        // source-language/target-language: the <file>'s own attributes win, the root's fill in.
        guard let sourceText = first.attribute("source-language") ?? root.attribute("srcLang") else {
            throw error(first, "the <file> has no source-language (nor the <xliff> a srcLang)")
        }
        let source = try tag(sourceText, first, "source-language")
        var units: [XLIFFUnit] = []
        let comments = SDLComments.definitions(in: root)
        for (index, file) in files.enumerated() {
            guard let body = file.element("body", namespace: ns) else { throw error(file, "a <file> without <body>") }
            var reader = self
            reader.sdlComments = comments
            reader.sdlTags = file.element("header", namespace: ns).map(SDLTagDefinition.all) ?? [:]
            reader.phraseTags = isPhrase(root, file)
            reader.datatype = file.attribute("datatype")
            var fileUnits: [XLIFFUnit] = []
            try reader.collect(body, translatable: true, into: &fileUnits)
            Self.uniqueUnnamedIDs(&fileUnits)
            if files.count > 1 {
                let name = file.attribute("original").flatMap { $0.isEmpty ? nil : $0 } ?? "file \(index + 1)"
                for i in fileUnits.indices { fileUnits[i].file = name }
            }
            units += fileUnits
        }
        if leaveOut { for file in developmentFiles { noteDevelopmentLanguage(file) } }
        let targetText = first.attribute("target-language") ?? root.attribute("trgLang") ?? firstTargetLanguage(first)
        guard let targetText else {
            // XLIFF 1.2 makes target-language optional; without it a translation cannot be stored.
            let translated = units.contains { $0.segments.contains { !($0.target?.elements.isEmpty ?? true) } }
            throw error(first, translated
                ? "the <file> has no target-language and no <target xml:lang>: expected the target language (add target-language=\"…\" to the <file>)"
                : "the <file> has no target-language and no <target> holds a translation: an untranslated file, nothing to import")
        }
        let target = try tag(targetText, first, "target-language")
        guard target != source else { throw error(first, XLIFFReader.sameLanguageMessage(target)) }
        // Each segment got its target's own xml:lang; only another language than the document's stays
        // (importers store that target as needing review and say so with its line).
        for u in units.indices {
            for i in units[u].segments.indices where units[u].segments[i].foreignTargetLanguage?.matches(target) ?? false {
                units[u].segments[i].foreignTargetLanguage = nil
            }
        }
        // One document holds one language pair: a later <file> for another pair would be mislabelled.
        for file in files.dropFirst() {
            if let text = file.attribute("source-language"), try tag(text, file, "source-language") != source {
                throw error(file, "this <file> has source-language \(text), the first <file> \(source): expected one language pair per XLIFF document (split the file)")
            }
            if let text = file.attribute("target-language"), try tag(text, file, "target-language") != target {
                throw error(file, "this <file> has target-language \(text), the first <file> \(target): expected one language pair per XLIFF document (split the file)")
            }
        }
        var notes: [String] = []
        for file in files {
            guard let header = file.element("header", namespace: ns) else { continue }
            notes += self.notes(header)
            // Trados Studio's comments on a whole file: <sdl:cmt id> in the <header>.
            for cmt in header.elements("cmt", namespace: Self.sdlNamespace) {
                for note in (comments[cmt.attribute("id") ?? ""] ?? []).map(SDLComments.fileNote) where !notes.contains(note) { notes.append(note) }
            }
        }
        return XLIFFDocument(sourceLocale: source, targetLocale: target,
                             fileID: first.attribute("id", namespace: XLIFF12Namespace.taalgrens) ?? "f1",
                             original: first.attribute("original").flatMap { $0.isEmpty ? nil : $0 }, units: units,
                             metadata: first.element("header", namespace: ns).map { props($0, name: "file") } ?? [:],
                             notes: notes)
    }

    /// The texts of an element's `<note>` children (XLIFF 1.2 section 2.6.1), in order; empty ones left out.
    /// The element's `<note>`s, then the CAT tools' own comments on a trans-unit, each as a note: Phrase's
    /// `<m:comment>` (`Phrase comment: …`) and memoQ's `<mq:comments><mq:comment creatoruser appliesto>`
    /// (`memoQ comment by jan on the target: …`; a comment marked `deleted="true"` is left out). Sixteenth
    /// trial, finding 11: both were dropped, so a reviewer's reason for a changed address never reached the
    /// memory (Trados Studio's comments are read by ``SDLComments`` since the eleventh trial).
    private func notes(_ element: NamespacedElement) -> [String] {
        func trimmed(_ e: NamespacedElement) -> String? {
            let text = e.textContent.trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? nil : text
        }
        var out = element.elements("note", namespace: ns).compactMap(trimmed)
        out += element.elements("comment", namespace: Self.phraseNamespace).compactMap(trimmed).map { "Phrase comment: " + $0 }
        for comments in element.elements("comments", namespace: Self.memoQNamespace) {
            for comment in comments.elements("comment", namespace: Self.memoQNamespace) where comment.attribute("deleted")?.lowercased() != "true" {
                guard let text = trimmed(comment) else { continue }
                let by = comment.attribute("creatoruser").flatMap { $0.isEmpty ? nil : " by " + $0 } ?? ""
                let on = comment.attribute("appliesto").flatMap { $0.isEmpty ? nil : " on the " + $0.lowercased() } ?? ""
                out.append("memoQ comment\(by)\(on): \(text)")
            }
        }
        return out
    }

    /// Phrase's record of its tags' original markup in a trans-unit (`<m:tunit-metadata><m:mark id="1">
    /// <m:content>&lt;a href="…"&gt;</m:content></m:mark>`): the content of each mark by its id.
    static func phraseMarks(_ transUnit: NamespacedElement) -> [String: String] {
        var out: [String: String] = [:]
        for metadata in transUnit.elements("tunit-metadata", namespace: phraseNamespace) {
            for mark in metadata.elements("mark", namespace: phraseNamespace) {
                guard let id = mark.attribute("id"), let content = mark.element("content", namespace: phraseNamespace)?.textContent,
                      !content.isEmpty else { continue }
                out[id] = content
            }
        }
        return out
    }

    /// The native markup of a Phrase tag (`{1>`, `<1}`, `{2}`) from its trans-unit's `<m:tunit-metadata>`:
    /// the mark's content for an opening or standalone tag, and the matching end tag (`</a>`) for the closing
    /// of an opening whose content is one HTML start tag; `nil` when the file records none (the tag text
    /// stays the code's native text). So a TMX export gives other tools the link, not `{1>` (sixteenth
    /// trial, finding 11).
    private func phraseNative(id: String, kind: InlineCode.Kind) -> String? {
        guard let content = phraseMarks.byID[id] else { return nil }
        guard kind == .closing else { return content }
        guard let tag = NativeMarkup.parseTag(content), !content.hasPrefix("</"), !content.hasSuffix("/>") else { return nil }
        return "</\(tag.name)>"
    }

    /// What a CAT tool records in its own attributes about who last changed a segment, when, and where
    /// its translation came from, as segment metadata (``XLIFFDocument/toolMetadata(unit:segment:)``
    /// maps it onto a translation unit): memoQ's `mq:lastchangingusername` and `mq:lastchangedtimestamp`
    /// on the `<trans-unit>`; Trados Studio's `<sdl:seg>` for the segment (`mid`): `origin`,
    /// `origin-system`, `percent`, `text-match` and its `<sdl:value key>` entries (`created_by`,
    /// `created_on`, `modified_by`, `modified_on`, `last_modified_by`); Phrase's `m:created-by`,
    /// `m:created-at`, `m:modified-by`, `m:modified-at` (milliseconds since 1970) on the `<trans-unit>`.
    /// Keys keep the tool's prefix (`mq:…`, `sdl:…`, `m:…`).
    static func toolProvenance(_ transUnit: NamespacedElement, mid: String?) -> [String: String] {
        var out: [String: String] = [:]
        for name in ["lastchangingusername", "lastchangedtimestamp"] {
            if let value = transUnit.attribute(name, namespace: memoQNamespace), !value.isEmpty { out["mq:" + name] = value }
        }
        for name in ["created-by", "created-at", "modified-by", "modified-at"] {
            if let value = transUnit.attribute(name, namespace: phraseNamespace), !value.isEmpty { out["m:" + name] = value }
        }
        if let lock = toolLock(transUnit, mid: mid) { out[XLIFFSegment.toolLockKey] = lock }
        if let seg = Self.sdlSegment(transUnit, mid: mid, loneSegmentFor: .anyMid) {
            for name in ["origin", "origin-system", "percent", "text-match"] {
                if let value = seg.attribute(name), !value.isEmpty { out["sdl:" + name] = value }
            }
            for value in seg.elements("value", namespace: sdlNamespace) {
                if let key = value.attribute("key"), !key.isEmpty, !value.textContent.isEmpty { out["sdl:" + key] = value.textContent }
            }
        }
        return out
    }

    /// The CAT tool's lock on a segment, in the file's words, or `nil` when it is not locked: Trados
    /// Studio's `<sdl:seg locked="true">` (the segment `mid`), memoQ's `mq:locked="locked"` and Phrase's
    /// `m:locked="true"` on the `<trans-unit>`. A project manager locks a segment so that nobody edits it:
    /// a context (101 %) or exact match the project keeps as it stands, or text that stays as it is (a
    /// name, a code). Sources: the tools' own files (SDLXLIFF `sdl:seg`, MQXLIFF and MXLIFF attributes as
    /// they write them) and their manuals on locking segments.
    static func toolLock(_ transUnit: NamespacedElement, mid: String?) -> String? {
        if let seg = sdlSegment(transUnit, mid: mid, loneSegmentFor: .anyMid), let value = seg.attribute("locked"), value.lowercased() == "true" {
            return "Trados Studio locked=\"\(value)\""
        }
        if let value = transUnit.attribute("locked", namespace: memoQNamespace), ["locked", "true"].contains(value.lowercased()) {
            return "memoQ mq:locked=\"\(value)\""
        }
        if let value = transUnit.attribute("locked", namespace: phraseNamespace), ["true", "1"].contains(value.lowercased()) {
            return "Phrase m:locked=\"\(value)\""
        }
        return nil
    }

    /// Which `<sdl:seg>` stands for a `<trans-unit>` whose segment has no matching id: for reading the
    /// tool's metadata, lock and origin the only one in any case (`anyMid`); for reading its confirmation
    /// level only when the segment has no `mid` (`noMid`), since a segmented unit's other segment says
    /// nothing of this one's state.
    enum LoneSegment { case anyMid, noMid }

    /// Trados Studio's `<sdl:seg>` for segment `mid` in the `<trans-unit>`'s `<sdl:seg-defs>`, else the only
    /// `<sdl:seg>` there as `lone` allows; `nil` without `<sdl:seg-defs>` (any file but an SDLXLIFF).
    static func sdlSegment(_ transUnit: NamespacedElement, mid: String?, loneSegmentFor lone: LoneSegment) -> NamespacedElement? {
        guard let defs = transUnit.element("seg-defs", namespace: sdlNamespace) else { return nil }
        let segs = defs.elements("seg", namespace: sdlNamespace)
        if let seg = segs.first(where: { $0.attribute("id") == mid }) { return seg }
        guard segs.count == 1, lone == .anyMid || mid == nil else { return nil }
        return segs.first
    }

    /// Whether the tool says a machine wrote the segment's target, or a reviewer rejected it: memoQ's
    /// `MachineTranslated` and `Rejected`, Trados Studio's `origin` `mt`, `nmt` or `adaptive-mt` and its
    /// `Rejected…` levels, Phrase's `m:trans-origin="mt"`. A lock does not make such a target a translation.
    static func machineOrRejected(_ transUnit: NamespacedElement, mid: String?) -> Bool {
        if let status = transUnit.attribute("status", namespace: memoQNamespace), ["machinetranslated", "rejected"].contains(status.lowercased()) {
            return true
        }
        if transUnit.attribute("trans-origin", namespace: phraseNamespace)?.lowercased() == "mt" { return true }
        if let seg = sdlSegment(transUnit, mid: mid, loneSegmentFor: .anyMid) {
            if ["mt", "nmt", "adaptive-mt"].contains(seg.attribute("origin")?.lowercased() ?? "") { return true }
            if seg.attribute("conf")?.hasPrefix("Rejected") == true { return true }
        }
        return false
    }

    /// Whether a `<file>` is Phrase's MXLIFF: the `<xliff>`, the `<file>`, or a `<group>` or
    /// `<trans-unit>` of its body carries an attribute in Phrase's namespace (`m:version`,
    /// `m:task-id`, `m:confirmed`, `m:para-id`, …).
    private func isPhrase(_ root: NamespacedElement, _ file: NamespacedElement) -> Bool {
        func marked(_ e: NamespacedElement) -> Bool { e.attributes.contains { $0.namespace == Self.phraseNamespace } }
        func search(_ e: NamespacedElement) -> Bool {
            for case .element(let child) in e.children where child.namespace == ns {
                switch child.localName {
                case "trans-unit": if marked(child) { return true }
                case "body", "group": if marked(child) || search(child) { return true }
                default: continue
                }
            }
            return false
        }
        return marked(root) || marked(file) || search(file)
    }

    /// Whether a `<file>` names the same source and target language (`en` → `en`).
    private func isSameLanguage(_ file: NamespacedElement) -> Bool {
        guard let s = file.attribute("source-language"), let t = file.attribute("target-language"),
              let source = LanguageTag(ToolLanguageTag.normalized(s).text), let target = LanguageTag(ToolLanguageTag.normalized(t).text) else { return false }
        return source == target
    }

    /// Notes every `<trans-unit>` of a development-language `<file>` as left out (``isSameLanguage(_:)``).
    private func noteDevelopmentLanguage(_ file: NamespacedElement) {
        let name = file.attribute("original").flatMap { $0.isEmpty ? nil : $0 } ?? "at line \(file.line)"
        let language = file.attribute("target-language") ?? ""
        func walk(_ element: NamespacedElement) {
            for case .element(let child) in element.children where child.namespace == ns {
                switch child.localName {
                case "trans-unit":
                    let note = XLIFFReadDetails.Note(line: child.line, unit: child.attribute("id") ?? "", skipped: true,
                        message: "its <file> \(name) translates \(language) into \(language) (the development language, as Xcode exports it): no translation, not imported")
                    // Keep the notes in document order.
                    let at = details.value.notes.firstIndex { $0.line > child.line } ?? details.value.notes.endIndex
                    details.value.notes.insert(note, at: at)
                case "body", "group": walk(child)
                default: continue
                }
            }
        }
        if let body = file.element("body", namespace: ns) { walk(body) }
    }

    /// The language a `<target>` declares itself (`xml:lang`), or `nil`; ``read(_:)`` keeps it as the
    /// segment's ``XLIFFSegment/foreignTargetLanguage`` only when it is not the document's target language
    /// (language subtags compared: `fr` and `fr-FR` under `fr-BE` are the same language).
    private func foreignLanguage(_ target: NamespacedElement) -> LanguageTag? {
        guard let raw = target.attribute("lang", namespace: NamespacedElement.xmlNamespace) else { return nil }
        return LanguageTag(ToolLanguageTag.normalized(raw).text)
    }

    private func firstTargetLanguage(_ element: NamespacedElement) -> String? {
        if element.localName == "target", element.namespace == ns, let lang = element.attribute("lang", namespace: NamespacedElement.xmlNamespace) { return lang }
        for case .element(let child) in element.children {
            if let lang = firstTargetLanguage(child) { return lang }
        }
        return nil
    }

    /// `translatable`: whether the `translate` in effect from the `<group>`s around is `yes`.
    private func collect(_ parent: NamespacedElement, translatable: Bool, into units: inout [XLIFFUnit]) throws {
        for case .element(let child) in parent.children where child.namespace == ns {
            let own = child.attribute("translate").map { $0 != "no" }
            switch child.localName {
            case "group":
                let transUnits = child.elements("trans-unit", namespace: ns)
                if !transUnits.isEmpty, transUnits.allSatisfy({ $0.attribute("segment", namespace: XLIFF12Namespace.taalgrens) != nil }) {
                    guard own ?? translatable else {
                        details.value.skipUntranslatable(unit: child.attribute("id") ?? "", line: child.line, from: own == nil ? "<group>" : "",
                                                         source: child.sourceTexts(namespace: ns))
                        continue
                    }
                    let unit = try taalgrensUnit(child, transUnits)
                    if !unit.segments.isEmpty { units.append(unit) }  // empty when every segment is not for translation
                } else {
                    var inner = self
                    inner.datatype = child.attribute("datatype") ?? datatype
                    try inner.collect(child, translatable: own ?? translatable, into: &units)
                }
            case "trans-unit":
                guard own ?? translatable else {
                    details.value.skipUntranslatable(unit: child.attribute("id") ?? "", line: child.line, from: own == nil ? "<group>" : "",
                                                         source: child.sourceTexts(namespace: ns))
                    continue
                }
                if child.attribute("restype") == "x-gettext-domain-header" {
                    // Translate Toolkit's po2xliff writes the PO header (Project-Id-Version, …) as a
                    // trans-unit of its own (ninth trial, finding 11): catalogue metadata, not text.
                    details.value.notes.append(XLIFFReadDetails.Note(
                        line: child.line, unit: child.attribute("id") ?? "", skipped: true,
                        message: "restype=\"x-gettext-domain-header\": the PO file's header (Project-Id-Version, …), not a sentence; not imported"))
                    continue
                }
                if let unit = try standaloneUnit(child) { units.append(unit) }
            default:
                continue
            }
        }
    }

    /// The start of the id of a `<trans-unit>` without `id` (``unnamedID(_:)``).
    static let unnamedPrefix = "src-"

    /// The id given to a `<trans-unit>` that has none: `src-` and 16 hex digits of a fingerprint of its
    /// `<source>` text (NFC), so that a later download of the same file updates its units; a repeat of the
    /// same source in one `<file>` gets `-2`, `-3`, … (``uniqueUnnamedIDs(_:)``).
    ///
    /// XLIFF 1.2 requires the attribute (section 2.4, `<trans-unit>`), but string-oriented platforms leave it
    /// out: Smartling's translated files keep no source ids (seventeenth trial, finding 4: the whole file was
    /// refused at its first unit). The memory needs ids only to recognise a unit again; the first such unit
    /// of a document is named in a warning with its line.
    private func unnamedID(_ transUnit: NamespacedElement) -> String {
        if !details.warnedUnnamedIDs {
            details.warnedUnnamedIDs = true
            let message = "<trans-unit>s without id (XLIFF 1.2 requires one; Smartling and other string platforms write none): "
                + "each is named by its source text (\(Self.unnamedPrefix)…), so that importing the file again updates them"
            details.value.notes.append(XLIFFReadDetails.Note(line: transUnit.line, unit: "", skipped: false, message: message))
        }
        var fingerprint = Fingerprint()
        fingerprint.add(ICU.normalize(transUnit.element("source", namespace: ns)?.textContent ?? "", .nfc))
        return Self.unnamedPrefix + fingerprint.hex
    }

    /// Numbers the repeats of ids given by ``unnamedID(_:)`` within one `<file>`: the second `src-…` of the
    /// same source becomes `src-…-2`. O(n) in the units.
    private static func uniqueUnnamedIDs(_ units: inout [XLIFFUnit]) {
        var seen: [String: Int] = [:]
        for i in units.indices where units[i].id.hasPrefix(unnamedPrefix) && units[i].id.utf8.count == unnamedPrefix.utf8.count + 16 {
            let count = seen[units[i].id, default: 0] + 1
            seen[units[i].id] = count
            if count > 1 { units[i].id += "-\(count)" }
        }
    }

    /// A Taalgrens group: the unit, its trans-units the segments.
    private func taalgrensUnit(_ group: NamespacedElement, _ transUnits: [NamespacedElement]) throws -> XLIFFUnit {
        var unit = XLIFFUnit(id: group.attribute("id") ?? "", name: group.attribute("resname"),
                             kind: kind(group), metadata: props(group, name: "unit"))
        for transUnit in transUnits {
            let segmentID = transUnit.attribute("segment", namespace: XLIFF12Namespace.taalgrens) ?? ""
            phraseMarks.byID = phraseTags ? Self.phraseMarks(transUnit) : [:]
            guard transUnit.attribute("translate") != "no" else {
                // A segment written not for translation (``XLIFFSegment/translatable``): a copy of its source.
                details.value.skipUntranslatable(unit: transUnit.attribute("id") ?? unit.id, line: transUnit.line, from: "",
                                                 source: transUnit.sourceTexts(namespace: ns))
                continue
            }
            unit.segments.append(try segment(transUnit, id: segmentID, props: props(transUnit, name: "segment"), unitID: unit.id))
            unit.notes += notes(transUnit)
            SDLComments.append(to: &unit.notes, transUnit: transUnit, comments: sdlComments, namespace: ns)
        }
        return unit
    }

    /// Any other trans-unit: a unit with one segment, or one per `<mrk mtype="seg">`; `nil` when all its
    /// text is marked not for translation (`<mrk mtype="protected">`, noted).
    private func standaloneUnit(_ transUnit: NamespacedElement) throws -> XLIFFUnit? {
        let id = transUnit.attribute("id") ?? unnamedID(transUnit)
        phraseMarks.byID = phraseTags ? Self.phraseMarks(transUnit) : [:]
        var unit = XLIFFUnit(id: id, name: transUnit.attribute("resname"), kind: kind(transUnit), notes: notes(transUnit))
        SDLComments.append(to: &unit.notes, transUnit: transUnit, comments: sdlComments, namespace: ns)
        let metadata = props(transUnit, name: nil)
        if let segSource = transUnit.element("seg-source", namespace: ns) {
            let marks = segmentMarks(segSource)
            let target = transUnit.element("target", namespace: ns)
            let targetMarks = target.map(segmentMarks) ?? []
            if let target, targetMarks.isEmpty, !target.textContent.allSatisfy(\.isWhitespace), let first = marks.first {
                // The target is not segmented as the <seg-source> is (a tool or an editor that writes the
                // target as text; XLIFF 1.2 sections 2.8 and 2.9 do not require it to be): the trans-unit's
                // <source> and <target> are one unit, under the first segment's id, as a join is
                // (eighteenth finding of the fifteenth trial: the translation was dropped as "no target").
                let mid = first.attribute("mid") ?? "1"
                if marks.count > 1 {
                    details.value.notes.append(XLIFFReadDetails.Note(
                        line: target.line, unit: id, skipped: false,
                        message: "the <target> is not segmented as the <seg-source> is (\(marks.count) <mrk mtype=\"seg\">, none in the target): "
                            + "its \(marks.count) sentences are stored as one unit", segment: mid))
                }
                unit.segments.append(try segment(transUnit, id: mid, props: metadata.merging(Self.toolProvenance(transUnit, mid: nil)) { $1 }, unitID: id))
                return unit
            }
            if !marks.isEmpty {
                var bx: [String: InlineCode] = [:]
                for mark in marks {
                    let mid = mark.attribute("mid") ?? "\(unit.segments.count + 1)"
                    if XLIFF2Locks.wholeSource12Protected(mark, namespace: ns) {
                        details.value.skipUntranslatableSegment(unit: id, segment: mid, line: mark.line, marker: "<mrk mtype=\"protected\">",
                                                                source: mark.textContent)
                        continue
                    }
                    var s = XLIFFSegment(id: mid, source: content(mark, pending: &bx),
                                         metadata: metadata.merging(Self.toolProvenance(transUnit, mid: mid)) { $1 })
                    let targetMark = target == nil ? nil : targetMarks.first(where: { $0.attribute("mid") == mid })
                    s.target = targetMark.map { content($0, pending: &bx) }
                    htmlTags(transUnit, &s.source, &s.target)
                    if let target, targetMark != nil {
                        s.foreignTargetLanguage = foreignLanguage(target)
                        s.state = state(target, transUnit: transUnit, text: s.target, mid: mid)
                        s.confirmed = Self.approvalOnly(target, transUnit: transUnit)
                        markLockLift(&s, target: target, transUnit: transUnit, mid: mid)
                        s.target = Self.dropPlaceholder(s.target, source: s.source, state: target.attribute("state"))
                        if let qualifier = target.attribute("state-qualifier") { s.metadata["state-qualifier"] = qualifier }
                        if let targetMark, let mark = MachineTranslationMarks.itsMark(target: targetMark, around: [target, transUnit]) {
                            s.metadata[XLIFFSegment.machineTranslationKey] = mark
                        }
                    }
                    s.matches = try candidates(transUnit, mid: mid, first: unit.segments.isEmpty)
                    record(s, unit: id, line: mark.line, target: target, transUnit: transUnit, mid: mid)
                    unit.segments.append(s)
                }
                return unit.segments.isEmpty ? nil : unit
            }
        }
        if let source = transUnit.element("source", namespace: ns), XLIFF2Locks.wholeSource12Protected(source, namespace: ns) {
            details.value.skipUntranslatableSegment(unit: id, segment: nil, line: source.line, marker: "<mrk mtype=\"protected\">",
                                                    source: source.textContent)
            return nil
        }
        unit.segments.append(try segment(transUnit, id: "1", props: metadata.merging(Self.toolProvenance(transUnit, mid: nil)) { $1 }, unitID: id))
        return unit
    }

    private func segmentMarks(_ element: NamespacedElement) -> [NamespacedElement] {
        var out: [NamespacedElement] = []
        for case .element(let child) in element.children where child.namespace == ns {
            if child.localName == "mrk", child.attribute("mtype") == "seg" { out.append(child) } else { out += segmentMarks(child) }
        }
        return out
    }

    private func segment(_ transUnit: NamespacedElement, id: String, props: [String: String], unitID: String) throws -> XLIFFSegment {
        guard let sourceElement = transUnit.element("source", namespace: ns) else { throw error(transUnit, "a <trans-unit> without <source>") }
        var pending: [String: InlineCode] = [:]
        var s = XLIFFSegment(id: id, source: content(sourceElement, pending: &pending), metadata: props)
        let targetElement = transUnit.element("target", namespace: ns)
        var targetPending: [String: InlineCode] = [:]
        var targetText = targetElement.map { content($0, pending: &targetPending) }
        htmlTags(transUnit, &s.source, &targetText)
        if let targetElement, let target = targetText {
            s.foreignTargetLanguage = foreignLanguage(targetElement)
            s.state = state(targetElement, transUnit: transUnit, text: target, mid: nil)
            s.confirmed = Self.approvalOnly(targetElement, transUnit: transUnit)
            markLockLift(&s, target: targetElement, transUnit: transUnit, mid: nil)
            s.target = Self.dropPlaceholder(target, source: s.source, state: targetElement.attribute("state"))
            if let qualifier = targetElement.attribute("state-qualifier") { s.metadata["state-qualifier"] = qualifier }
            if let mark = MachineTranslationMarks.itsMark(target: targetElement, around: [transUnit]) {
                s.metadata[XLIFFSegment.machineTranslationKey] = mark
            }
        }
        s.matches = try candidates(transUnit, mid: nil, first: true)
        record(s, unit: unitID, line: transUnit.line, target: transUnit.element("target", namespace: ns), transUnit: transUnit, mid: nil)
        return s
    }

    /// In a trans-unit whose `datatype` (its own, else its group's or file's) is HTML, HTML tags written as
    /// text (TYPO3's and Symfony's CDATA) become inline codes (``HTMLTextCodes``), the target's numbered
    /// after the source's. Only when neither side has XLIFF inline elements: a file that marks its codes
    /// (Angular's `<x>`, Okapi's `<ph>`) keeps its text as text.
    private func htmlTags(_ transUnit: NamespacedElement, _ source: inout RichText, _ target: inout RichText?) {
        guard HTMLTextCodes.datatypes.contains((transUnit.attribute("datatype") ?? datatype ?? "").lowercased()),
              source.isPlain, target?.isPlain ?? true else { return }
        source = HTMLTextCodes.codes(in: source)
        target = target.map { HTMLTextCodes.codes(in: $0, reference: source.codes) }
    }

    /// Records a segment's line and state wording, and checks its target's paired codes (``XLIFFReadDetails``).
    private func record(_ s: XLIFFSegment, unit: String, line: Int, target: NamespacedElement?, transUnit: NamespacedElement, mid: String?) {
        let (state, confirm) = stateWording(target, transUnit: transUnit, mid: mid)
        details.value.record(unit: unit, segment: s.id, XLIFFReadDetails.Segment(line: line, state: state, confirm: confirm))
        details.value.checkPairedCodes(unit: unit, segment: s, line: line)
    }

    /// The segment's state in the file's own words, and how to confirm it in them (``XLIFFReadDetails/Segment``):
    /// the `<target>`'s `state`, else Trados Studio's `conf`, else memoQ's `status`.
    private func stateWording(_ target: NamespacedElement?, transUnit: NamespacedElement, mid: String?) -> (String, String) {
        let standard = "set state=\"translated\" or \"final\" (or approved=\"yes\")"
        if let state = target?.attribute("state") { return ("state=\"\(state)\"", standard) }
        if let seg = Self.sdlSegment(transUnit, mid: mid, loneSegmentFor: .noMid) {
            return (seg.attribute("conf").map { "Trados Studio conf=\"\($0)\"" } ?? "Trados Studio: no confirmation level",
                    "confirm it in Trados Studio (Translated, ApprovedTranslation or ApprovedSignOff)")
        }
        if let status = transUnit.attribute("status", namespace: Self.memoQNamespace) {
            return ("memoQ status=\"\(status)\"", "confirm it in memoQ (ManuallyConfirmed, Reviewer1Confirmed or Reviewer2Confirmed)")
        }
        if let confirmed = transUnit.attribute("confirmed", namespace: Self.phraseNamespace) {
            return ("Phrase m:confirmed=\"\(confirmed)\"", "confirm it in Phrase (m:confirmed=\"1\")")
        }
        return ("no state", standard)
    }

    /// The `<alt-trans>`s for a segment: those whose `mid` names it, and those without `mid` when it is
    /// the trans-unit's first segment.
    private func candidates(_ transUnit: NamespacedElement, mid: String?, first: Bool) throws -> [XLIFFCandidate] {
        var out: [XLIFFCandidate] = []
        for alt in transUnit.elements("alt-trans", namespace: ns) {
            let altMid = alt.attribute("mid")
            guard altMid == mid || (altMid == nil && first) else { continue }
            guard let targetElement = alt.element("target", namespace: ns) else { throw error(alt, "an <alt-trans> without <target>") }
            var pending: [String: InlineCode] = [:]
            let target = content(targetElement, pending: &pending)
            let source = alt.element("source", namespace: ns).map { e -> RichText in
                var p: [String: InlineCode] = [:]
                return content(e, pending: &p)
            } ?? transUnit.element("source", namespace: ns).map { e -> RichText in
                var p: [String: InlineCode] = [:]
                return content(e, pending: &p)
            } ?? RichText([])
            var metadata = props(alt, name: nil)
            for attribute in alt.attributes where attribute.namespace != nil && attribute.namespace != XLIFF12Namespace.taalgrens
                && attribute.namespace != NamespacedElement.xmlNamespace {
                metadata[attribute.localName] = attribute.value
            }
            let qualityText = alt.attribute("match-quality") ?? ""
            let similarity = leadingNumber(qualityText)
            if similarity == nil && !qualityText.isEmpty { metadata["match-quality"] = qualityText }
            out.append(XLIFFCandidate(
                similarity: similarity ?? 0,
                matchQuality: alt.attribute("match-quality", namespace: XLIFF12Namespace.taalgrens).flatMap(Double.init),
                origin: alt.attribute("origin"), type: alt.attribute("type", namespace: XLIFF12Namespace.taalgrens),
                source: source, target: target,
                reference: alt.attribute("reference", namespace: XLIFF12Namespace.taalgrens), metadata: metadata))
        }
        return out
    }

    private func leadingNumber(_ text: String) -> Double? {
        let digits = text.trimmingCharacters(in: .whitespaces).prefix { $0.isNumber || $0 == "." }
        return digits.isEmpty ? nil : Double(digits)
    }

    /// Sets ``XLIFFSegment/lockLiftedKey`` on a segment whose lock made its tool's draft status translated (``state``).
    private func markLockLift(_ s: inout XLIFFSegment, target: NamespacedElement, transUnit: NamespacedElement, mid: String?) {
        guard s.state == .translated, target.attribute("state") == nil, Self.toolLock(transUnit, mid: mid) != nil,
              Self.toolState(transUnit, mid: mid) == .initial else { return }
        s.metadata[XLIFFSegment.lockLiftedKey] = "yes"
    }

    /// Whether the trans-unit's `approved="yes"` is all that makes its target reviewed: the target's own
    /// `state` is `translated` or absent (``XLIFFSegment/confirmed``; a `signed-off` or `final` target is
    /// reviewed by its state alone).
    private static func approvalOnly(_ target: NamespacedElement, transUnit: NamespacedElement) -> Bool {
        guard transUnit.attribute("approved") == "yes" else { return false }
        let state = target.attribute("state")
        return state == nil || state == "translated"
    }

    private func state(_ target: NamespacedElement, transUnit: NamespacedElement, text: RichText?, mid: String?) -> XLIFFState {
        let approved = transUnit.attribute("approved") == "yes"
        var state: XLIFFState
        switch target.attribute("state") {
        case "translated"?: state = .translated
        case "signed-off"?: state = .reviewed
        case "final"?: state = .final
        case nil:
            if let toolState = Self.toolState(transUnit, mid: mid) { state = toolState } else {
                state = (text.map { !$0.elements.isEmpty } ?? false) ? .translated : .initial
            }
        default: state = .initial  // new, needs-…, x-…
        }
        if approved && state == .translated { state = .reviewed }
        // A tool's own "not confirmed" marker outranks a standard state that says more.
        if Self.phraseUnconfirmed(transUnit) { state = .initial }
        // A segment the tool locks is one the project keeps as it stands (a 101 % match, a name): its
        // unconfirmed tool status is no draft, since nobody may edit it. Not a standard state, nor a
        // target a machine wrote or a reviewer rejected.
        if state == .initial, target.attribute("state") == nil, Self.toolLock(transUnit, mid: mid) != nil,
           text.map({ !$0.elements.isEmpty }) == true, !Self.machineOrRejected(transUnit, mid: mid) {
            state = .translated
        }
        return state
    }

    /// The text of memoQ's own notation inside a `<ph>`, or `nil` for any other native code: memoQ writes
    /// a character it protects (`<mq:ch val="&#xA0;"/>`, a no-break space) and text its regex tagger made
    /// a tag of (`<mq:rxt displaytext="@ChildFocus" val="@ChildFocus"/>`: a handle, a web address) as one
    /// escaped `mq:` element whose `val` is the document's original text. That text is the sentence's
    /// (sixteenth trial, finding 3: "@ChildFocus" and the URL vanished from matching and concordance, the
    /// French no-break space before ":" became a code that `check` reported twice), so it is read as text;
    /// memoQ's tagger makes the tag again when the text comes back. Any `mq:` element of one empty tag with a
    /// non-empty `val` is read so.
    static func memoQInlineText(_ native: String) -> String? {
        guard native.hasPrefix("<mq:"), let tag = NativeMarkup.parseTag(native), tag.name.hasPrefix("mq:"),
              native.hasSuffix("/>"), let value = tag.attributes["val"], !value.isEmpty else { return nil }
        return value
    }

    /// Whether a `<mrk>` marks text a reviewer deleted with track changes on, which is not part of the target
    /// (the inserted text beside it is): an `mtype` naming a deletion (Trados Studio's `x-sdl-deleted` and its
    /// TQA `x-sdl-feedback-deleted`; any `x-…deleted`/`…-del`/`…-deletion`), or a tool attribute whose name
    /// ends in `type` saying `del`, `delete`, `deleted` or `deletion` (memoQ's `<mrk mtype="x-mq-tc"
    /// mq:tctype="del">`, sixteenth trial, finding 2: "arrêtezcoupez" was stored as a reviewed 100 %).
    /// Covers any tool's spelling of a tracked deletion, not these three.
    static func isTrackedDeletion(_ mark: NamespacedElement) -> Bool {
        let deletion: Set<String> = ["del", "delete", "deleted", "deletion"]
        if let mtype = mark.attribute("mtype")?.lowercased(), mtype.hasPrefix("x-"),
           deletion.contains(where: { mtype.hasSuffix("-" + $0) }) {
            return true
        }
        return mark.attributes.contains { a in
            a.namespace != nil && a.namespace != NamespacedElement.xmlNamespace && a.localName.lowercased().hasSuffix("type")
                && deletion.contains(a.value.lowercased())
        }
    }

    /// SDL Trados Studio's namespace (`sdl:seg-defs`, `sdl:seg conf`), memoQ's (`mq:status`) and Phrase's
    /// (formerly Memsource; MXLIFF `m:confirmed`).
    static let sdlNamespace = "http://sdl.com/FileTypes/SdlXliff/1.0"
    static let memoQNamespace = "MQXliff"
    static let phraseNamespace = "http://www.memsource.com/mxlf/2.0"

    /// Whether Phrase (MXLIFF, XLIFF 1.2 with the `m:` namespace) marks the `<trans-unit>` as not
    /// confirmed: `m:confirmed` is `0` (or `false`). Phrase writes this for a draft, and for a TM, MT or
    /// pre-translation placeholder nobody confirmed (developers.phrase.com, "MXLIFF structure").
    static func phraseUnconfirmed(_ transUnit: NamespacedElement) -> Bool {
        guard let value = transUnit.attribute("confirmed", namespace: phraseNamespace) else { return false }
        return value == "0" || value.lowercased() == "false"
    }

    /// The state a CAT tool records in its own extension when the `<target>` has no standard `state`:
    /// Trados Studio's `<sdl:seg conf>` for the segment (`mid`; a segment without `conf` is not
    /// translated), Phrase's `m:confirmed` (the workflow step the segment was confirmed in: `0` initial, `1`
    /// translated, `2` or later, a revision step, reviewed), memoQ's `mq:status` on the
    /// `<trans-unit>` (any status but a confirmation, an unknown one included, is `initial`). `nil` when
    /// none is there or a Trados or Phrase value is unknown. Drafts, partial edits, machine translation,
    /// unconfirmed and rejected segments are `initial`.
    static func toolState(_ transUnit: NamespacedElement, mid: String?) -> XLIFFState? {
        if let seg = sdlSegment(transUnit, mid: mid, loneSegmentFor: .noMid) {
            switch seg.attribute("conf") {
            case "Translated"?: return .translated
            case "ApprovedTranslation"?: return .reviewed
            case "ApprovedSignOff"?: return .final
            case nil, "Draft"?, "RejectedTranslation"?, "RejectedSignOff"?, "Unspecified"?: return .initial
            default: return nil
            }
        }
        if let confirmed = transUnit.attribute("confirmed", namespace: phraseNamespace) {
            if phraseUnconfirmed(transUnit) { return .initial }
            if confirmed.lowercased() == "true" { return .translated }
            // The workflow step the segment was confirmed in: 1 translation, 2 and later revision steps.
            if let level = Int(confirmed), level >= 1 { return level >= 2 ? .reviewed : .translated }
        }
        // memoQ's grid statuses, compared without case (its files and API write `Pretranslated` and
        // `PreTranslated`). Every status that is not a confirmation is a draft, an unknown one included:
        // `AssembledFromFragments` (put together from TM fragments, unconfirmed) was read as translated.
        guard let status = transUnit.attribute("status", namespace: memoQNamespace) else { return nil }
        switch status.lowercased() {
        case "manuallyconfirmed", "confirmed", "translatorconfirmed": return .translated
        case "reviewer1confirmed", "proofread": return .reviewed
        case "reviewer2confirmed": return .final
        default: return .initial  // NotStarted, Editing, PartiallyEdited, Pretranslated, MachineTranslated, Rejected, …
        }
    }

    /// `nil` for a target that is only a placeholder: equal to the source, with the 1.2 state
    /// `needs-translation` or `new` (XLIFF 1.2 section 4.3: the item still has to be translated); OmegaT
    /// and others copy the source into untranslated targets so. Otherwise `target`. Other `needs-…`
    /// states keep the target: it is a draft (Taalgrens writes fuzzy drafts as `needs-review-translation`).
    static func dropPlaceholder(_ target: RichText?, source: RichText, state: String?) -> RichText? {
        guard state == "needs-translation" || state == "new", let target, target == source else { return target }
        return nil
    }

    private func kind(_ element: NamespacedElement) -> String? {
        if let kind = element.attribute("kind", namespace: XLIFF12Namespace.taalgrens) { return kind }
        guard let restype = element.attribute("restype") else { return nil }
        return restype.hasPrefix("x-") ? String(restype.dropFirst(2)) : restype
    }

    /// `<prop>`s of the element's `<prop-group>`s (only the group with this name, when given).
    private func props(_ element: NamespacedElement, name: String?) -> [String: String] {
        var out: [String: String] = [:]
        for group in element.elements("prop-group", namespace: ns) where name == nil || group.attribute("name") == name {
            for prop in group.elements("prop", namespace: ns) { out[prop.attribute("prop-type") ?? ""] = prop.textContent }
        }
        return out
    }

    // MARK: - Inline content

    /// Inline content, white space normalised unless `xml:space="preserve"` is in effect. `pending` maps
    /// `<bpt>` ids to their codes so `<ept>` can inherit type and attributes.
    private func content(_ element: NamespacedElement, pending: inout [String: InlineCode]) -> RichText {
        // A <bpt>/<ept> pair of different ids and no rid (TMGMT) pairs by its element's name.
        var elements = NativeMarkup.pairingByElement(inline(element.children, pending: &pending))
        if phraseTags {
            elements = PhraseTags.codes(in: elements) { id, kind, type, native in
                if let original = phraseNative(id: id, kind: kind) {
                    return NativeMarkup.code(id: id, kind: kind, type: type, native: original)
                }
                return NativeMarkup.code(id: id, kind: kind, type: type, native: native)
            }
        }
        let text = SegmentLineBreaks.codes(in: XMLText.nfc(RichText(elements)))
        return element.preservesSpace ? text : XMLText.normalizedDefaultSpace(text)
    }

    private func inline(_ nodes: [NamespacedElement.Node], pending: inout [String: InlineCode]) -> [InlineElement] {
        var out: [InlineElement] = []
        for node in nodes {
            switch node {
            case .text(let t):
                out.append(.text(t))
            case .element(let e) where e.namespace == ns:
                let id = e.attribute("id") ?? ""
                let pairID = e.attribute("rid") ?? id
                let ctype = XLIFFInlineTypes.fromXLIFF12(ctype: e.attribute("ctype"))
                switch e.localName {
                case "g" where tgAttributes(e).0.isEmpty && sdlTags[id]?.opening != nil:
                    // Trados Studio: the header's <tag-defs> hold the native markup (TRIAL6 finding 6).
                    let definition = sdlTags[id]!
                    let opening = NativeMarkup.code(id: id, kind: .opening, type: ctype, native: definition.opening ?? "")
                    out.append(.code(opening))
                    out += inline(e.children, pending: &pending)
                    out.append(.code(NativeMarkup.code(id: id, kind: .closing, type: opening.type, native: definition.closing ?? "")))
                case "x" where tgAttributes(e).0.isEmpty && sdlTags[id]?.standalone != nil:
                    out.append(.code(NativeMarkup.code(id: id, kind: .standalone, type: ctype, native: sdlTags[id]!.standalone ?? "")))
                case "bx" where tgAttributes(e).0.isEmpty && sdlTags[id]?.opening != nil:
                    let code = NativeMarkup.code(id: pairID, kind: .opening, type: ctype, native: sdlTags[id]!.opening ?? "")
                    pending[pairID] = code
                    out.append(.code(code))
                case "ex" where tgAttributes(e).0.isEmpty && sdlTags[id]?.closing != nil:
                    out.append(.code(NativeMarkup.code(id: pairID, kind: .closing, type: pending[pairID]?.type, native: sdlTags[id]!.closing ?? "")))
                case "g":
                    var (opening, closing) = tgAttributes(e)
                    let type = ctype ?? .other
                    if type == .other, opening["element"] == nil, let element = Self.htmlElement(ctype: e.attribute("ctype")) {
                        opening["element"] = element  // `x-html-p`: the HTML element the tool names (EmbeddedBlocks)
                    }
                    let closingType = e.attribute("end-code-type", namespace: XLIFF12Namespace.taalgrens).flatMap(InlineCode.CodeType.init) ?? type
                    out.append(.code(InlineCode(id: id, kind: .opening, type: type, attributes: opening)))
                    out += inline(e.children, pending: &pending)
                    out.append(.code(InlineCode(id: id, kind: .closing, type: closingType, attributes: closing)))
                case "x" where tgAttributes(e).0.isEmpty && !(e.attribute("equiv-text") ?? "").isEmpty:
                    // Angular's xlf: the code's original text (an interpolation `{{ name }}`, a tag) is only in
                    // `equiv-text` (XLIFF 1.2 section 2.5.2), so it is kept as the code's native text.
                    out.append(.code(NativeMarkup.code(id: id, kind: .standalone, type: ctype, native: e.attribute("equiv-text") ?? "")))
                case "x":
                    out.append(.code(InlineCode(id: id, kind: .standalone, type: ctype ?? .other, attributes: tgAttributes(e).0)))
                case "bx":
                    var attributes = tgAttributes(e).0
                    if ctype == nil, attributes["element"] == nil, let element = Self.htmlElement(ctype: e.attribute("ctype")) {
                        attributes["element"] = element
                    }
                    let code = InlineCode(id: pairID, kind: .opening, type: ctype ?? .other, attributes: attributes)
                    pending[pairID] = code
                    out.append(.code(code))
                case "ex":
                    // An <ex/> has no ctype of its own: it closes the <bx/> with the same rid.
                    let type = e.attribute("code-type", namespace: XLIFF12Namespace.taalgrens).flatMap(InlineCode.CodeType.init)
                        ?? pending[pairID]?.type ?? .other
                    var attributes = tgAttributes(e).0
                    if type == .other, attributes.isEmpty, let element = pending[pairID]?.attributes["element"],
                       EmbeddedBlocks.blockElements.contains(element) {
                        attributes["element"] = element  // closes a block <bx ctype="x-html-p"/>
                    }
                    out.append(.code(InlineCode(id: pairID, kind: .closing, type: type, attributes: attributes)))
                case "bpt":
                    let code = NativeMarkup.code(id: pairID, kind: .opening, type: ctype ?? Self.shortTagType(e, .opening), native: e.textContent,
                                                 extra: Self.subFlowStructure(e))
                    pending[pairID] = code
                    out.append(.code(code))
                case "ept":
                    let opening = pending[pairID]
                    out.append(.code(NativeMarkup.code(id: pairID, kind: .closing, type: opening?.type ?? Self.shortTagType(e, .closing), native: e.textContent,
                                                       extra: Self.subFlowStructure(e))))
                case "ph" where Self.memoQInlineText(e.textContent) != nil:
                    out.append(.text(Self.memoQInlineText(e.textContent) ?? ""))
                case "ph":
                    out.append(.code(NativeMarkup.code(id: id, kind: .standalone, type: ctype ?? Self.shortTagType(e, .standalone), native: e.textContent,
                                                       extra: Self.subFlowStructure(e))))
                case "it":
                    let kind: InlineCode.Kind = e.attribute("pos") == "close" ? .closing : .opening
                    out.append(.code(NativeMarkup.code(id: pairID, kind: kind, type: ctype ?? Self.shortTagType(e, kind), native: e.textContent,
                                                       extra: Self.subFlowStructure(e))))
                case "mrk" where Self.isTrackedDeletion(e):
                    continue  // track changes: text a reviewer deleted is not part of the target
                case "mrk":
                    out += inline(e.children, pending: &pending)
                default:
                    out.append(.text(e.textContent))
                }
            case .element(let e):
                out.append(.text(e.textContent))
            }
        }
        return out
    }

    /// The sub-flow structure of a native code (`<bpt>`, `<ept>`, `<ph>`, `<it>`) that holds a `<sub>` (XLIFF
    /// 1.2 section 2.4.4: translatable text inside the code, such as an `alt` or `title` attribute, a
    /// footnote), as the attribute ``TaalgrensCore/InlineCode/tmxInnerAttribute``, in the form the TMX reader
    /// gives a TMX code with `<sub>`: so its texts are in the concordance (`InlineCode.subFlowTexts`, never
    /// in the fuzzy keys), and a TMX export writes them as TMX `<sub>` elements that read back equal.
    /// XLIFF names become TMX's: `<g>` and `<mrk>` inside a `<sub>` become `<hi>` (translatable text),
    /// `<x/>`, `<bx/>`, `<ex/>` an empty `<ph>`; a nested `<bpt>`/`<ept>` takes its `rid` (else `id`) as
    /// `i`, an `<it>` its `pos` as `begin`/`end`; `ctype` becomes `type`, and `datatype` stays.
    /// - Returns: `[:]` when the element holds no `<sub>` (the code then carries its text only, as before).
    /// - Complexity: O(size of the element).
    static func subFlowStructure(_ element: NamespacedElement) -> [String: String] {
        func hasSub(_ e: NamespacedElement) -> Bool {
            e.children.contains { if case .element(let c) = $0 { c.localName == "sub" || hasSub(c) } else { false } }
        }
        guard hasSub(element) else { return [:] }
        func attributes(_ pairs: [(String, String?)]) -> String {
            pairs.compactMap { name, value in value.map { " \(name)=\"\(MarkupEscaping.attribute($0))\"" } }.joined()
        }
        func serialise(_ nodes: [NamespacedElement.Node]) -> String {
            var out = ""
            for node in nodes {
                switch node {
                case .text(let t):
                    out += MarkupEscaping.text(t)
                case .element(let e):
                    let name: String, own: String
                    switch e.localName {
                    case "sub": (name, own) = ("sub", attributes([("datatype", e.attribute("datatype")), ("type", e.attribute("ctype"))]))
                    case "g", "mrk": (name, own) = ("hi", "")
                    case "x", "bx", "ex": (name, own) = ("ph", "")
                    case "bpt", "ept": (name, own) = (e.localName, attributes([("i", e.attribute("rid") ?? e.attribute("id") ?? "1")]))
                    case "it": (name, own) = ("it", attributes([("pos", e.attribute("pos") == "close" ? "end" : "begin")]))
                    case "ph": (name, own) = ("ph", "")
                    default:
                        out += MarkupEscaping.text(e.textContent)
                        continue
                    }
                    out += "<\(name)\(own)>" + serialise(e.children) + "</\(name)>"
                }
            }
            return out
        }
        return [InlineCode.tmxInnerAttribute: serialise(element.children)]
    }

    /// The type of a `<bpt>`/`<ept>`/`<ph>`/`<it>` whose native text is one of OmegaT's short tags of its
    /// kind (`<bpt id="1">&lt;b0&gt;</bpt>`, as a level-2 TMX of OmegaT's converted to XLIFF keeps it):
    /// ``OmegaTTags/type(ofNative:kind:)``; `nil` for any other text.
    private static func shortTagType(_ e: NamespacedElement, _ kind: InlineCode.Kind) -> InlineCode.CodeType? {
        guard case .text(let text)? = e.children.first, e.children.count == 1 else { return nil }
        return OmegaTTags.type(ofNative: text, kind: kind)
    }

    /// The HTML element an XLIFF 1.2 `ctype` names when no code type stands for it: `x-html-<name>` (the
    /// convention of XLIFF 1.2 section 2.5.1 for HTML, as Okapi and TMGMT write `x-html-p`) for any element
    /// name, and `x-<name>` for an HTML block element (``EmbeddedBlocks/blockElements``); `nil` otherwise.
    static func htmlElement(ctype: String?) -> String? {
        guard let ctype = ctype?.lowercased(), ctype.hasPrefix("x-") else { return nil }
        if ctype.hasPrefix("x-html-") {
            let name = String(ctype.dropFirst(7))
            return NativeMarkup.isAttributeName(name) && name.first?.isLetter == true ? name : nil
        }
        let name = String(ctype.dropFirst(2))
        return EmbeddedBlocks.blockElements.contains(name) ? name : nil
    }

    /// The `tg:` attributes of an inline element: the code's own, and (on `<g>`) its closing's, written
    /// as `tg:end-<name>`.
    private func tgAttributes(_ e: NamespacedElement) -> ([String: String], [String: String]) {
        var opening: [String: String] = [:], closing: [String: String] = [:]
        for attribute in e.attributes where attribute.namespace == XLIFF12Namespace.taalgrens {
            if attribute.localName == "code-type" || attribute.localName == "end-code-type" { continue }
            if e.localName == "g", attribute.localName.hasPrefix("end-") {
                closing[String(attribute.localName.dropFirst(4))] = attribute.value
            } else {
                opening[attribute.localName] = attribute.value
            }
        }
        return (opening, closing)
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

/// One Trados Studio tag definition: the `<tag id>` of an SDLXLIFF header's `<tag-defs>` (namespace
/// `http://sdl.com/FileTypes/SdlXliff/1.0`), which holds the native markup of the `<g id>`/`<x id>`/
/// `<bx id>`/`<ex id>` of the body: `<bpt>` the opening tag, `<ept>` the closing one, `<ph>` (or `<st>`,
/// a structure tag) a standalone code. The code's type comes from that markup (`<a href>` a link,
/// `<strong>` strong; ``NativeMarkup``).
struct SDLTagDefinition {
    var opening: String?
    var closing: String?
    var standalone: String?

    /// Every definition of a `<file>`'s `<header>`, by id; empty when it has no `<tag-defs>`.
    static func all(_ header: NamespacedElement) -> [String: SDLTagDefinition] {
        var out: [String: SDLTagDefinition] = [:]
        for defs in header.elements("tag-defs", namespace: XLIFF12Reader.sdlNamespace) {
            for tag in defs.elements("tag", namespace: XLIFF12Reader.sdlNamespace) {
                guard let id = tag.attribute("id") else { continue }
                func text(_ name: String) -> String? { tag.element(name, namespace: XLIFF12Reader.sdlNamespace)?.textContent }
                out[id] = SDLTagDefinition(opening: text("bpt"), closing: text("ept"), standalone: text("ph") ?? text("st"))
            }
        }
        return out
    }
}

/// Trados Studio's comments in an SDLXLIFF file, kept as notes (eleventh trial, finding 13).
///
/// Trados Studio keeps a comment's text once, in `<doc-info>` at the top of the document (namespace
/// `http://sdl.com/FileTypes/SdlXliff/1.0`): `<cmt-defs><cmt-def id="…"><Comments><Comment user="…"
/// date="…" severity="Low|Medium|High" version="1.0">text</Comment>…</Comments></cmt-def></cmt-defs>` (the
/// `<Comments>` element often in no namespace, `xmlns=""`). The text it comments is wrapped in
/// `<mrk mtype="x-sdl-comment" sdl:cid="…">` in the `<seg-source>`, `<source>` or `<target>` (the whole
/// segment's text or part of it); a comment on the whole file is `<sdl:cmt id="…"/>` in the `<header>`.
/// Each `<Comment>` becomes one note: `Trados Studio comment by <user> (<severity>) on “<marked text>”:
/// <text>`; the marked text's own characters stay in the segment.
///
/// Source: the SDLXLIFF files Trados Studio writes (its `mtype` values `x-sdl-comment`, `x-sdl-added`,
/// `x-sdl-deleted`, and the `cmt-def` structure as tools that read SDLXLIFF describe it).
enum SDLComments {
    /// The notes of every `<cmt-def>` in the document, by its id. - Complexity: O(size of `<doc-info>`).
    static func definitions(in root: NamespacedElement) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for docInfo in root.elements("doc-info", namespace: XLIFF12Reader.sdlNamespace) {
            for defs in docInfo.elements("cmt-defs", namespace: XLIFF12Reader.sdlNamespace) {
                for def in defs.elements("cmt-def", namespace: XLIFF12Reader.sdlNamespace) {
                    guard let id = def.attribute("id") else { continue }
                    out[id] = descendants(of: def, named: "Comment").compactMap { comment in
                        let text = comment.textContent.trimmingCharacters(in: .whitespacesAndNewlines)
                        guard !text.isEmpty else { return nil }
                        return format((user: comment.attribute("user"), severity: comment.attribute("severity"), text: text))
                    }
                }
            }
        }
        return out
    }

    /// Appends to `notes` the comments marked in the trans-unit's text (each once, in document order), the
    /// marked text filled in. A marker whose comment has no definition adds nothing.
    static func append(to notes: inout [String], transUnit: NamespacedElement, comments: [String: [String]], namespace: String?) {
        guard !comments.isEmpty else { return }
        for mark in descendants(of: transUnit, named: "mrk") where mark.namespace == namespace && mark.attribute("mtype") == "x-sdl-comment" {
            let id = mark.attribute("cid", namespace: XLIFF12Reader.sdlNamespace) ?? mark.attribute("cid") ?? ""
            let marked = mark.textContent.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let quoted = marked.count > 60 ? String(marked.prefix(59)) + "…" : marked
            for comment in comments[id] ?? [] {
                let note = comment.replacingOccurrences(of: markedPlaceholder, with: quoted.isEmpty ? "" : " on “\(quoted)”")
                if !notes.contains(note) { notes.append(note) }
            }
        }
    }

    /// A definition's note for a comment on the whole file (no marked text).
    static func fileNote(_ note: String) -> String { note.replacingOccurrences(of: markedPlaceholder, with: "") }

    /// Stands in a definition's note for the marked text, filled in where the marker is found.
    private static let markedPlaceholder = "\u{FFFC}"

    private static func format(_ comment: (user: String?, severity: String?, text: String)) -> String {
        var head = "Trados Studio comment"
        if let user = comment.user, !user.isEmpty { head += " by \(user)" }
        if let severity = comment.severity, !severity.isEmpty { head += " (\(severity))" }
        return head + markedPlaceholder + ": " + comment.text
    }

    /// Every element below `element` (at any depth) with this local name, whatever its namespace, in
    /// document order.
    private static func descendants(of element: NamespacedElement, named name: String) -> [NamespacedElement] {
        var out: [NamespacedElement] = []
        for case .element(let child) in element.children {
            if child.localName == name { out.append(child) }
            out += descendants(of: child, named: name)
        }
        return out
    }
}

/// The Phrase tag markup of the trans-unit being read (the reader's methods are not mutating).
final class PhraseMarksBox {
    var byID: [String: String] = [:]
}

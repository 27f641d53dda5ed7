import Foundation
import TaalgrensCore
import XMLSupport

/// Reads a TMX 1.4b document (LISA OSCAR, TMX 1.4b specification, 2005) as a stream of
/// ``TranslationUnit``s.
///
/// - **Streaming:** over ``XMLReader``; memory does not grow with the number of units, except for the
///   duplicate index: 16 bytes of fingerprint plus a line number per distinct unit and 8 bytes per `tuid`
///   (about 60 MB for a million units).
/// - **Languages:** every `<tuv>` becomes a ``Variant``; `xml:lang` or the legacy `lang` (TMX 1.1–1.3),
///   canonicalised as BCP 47 (`NL-be` → `nl-BE`). A well-formed tag is kept whatever the language (a
///   memory is a store); a malformed one fails the file. `srclang` (header or `<tu>`), including `*all*`, is
///   checked against the variants; Taalgrens units have no source side, so it is not stored.
/// - **Ids:** the `tuid`, or when absent `tmx-` plus 16 hex digits of a fingerprint of the unit's
///   languages and its `srclang` variant (text, inline codes, context; ``sourceFingerprint(_:source:)``),
///   so a later export of the file with a corrected translation updates the unit; without a `srclang`
///   variant (`*all*`), of all its variants. An id repeated with other content (a `tuid`, or a second
///   translation of the same source text) gets `~tmx-` and the fingerprint of all the variants appended,
///   so both units are kept. Ids are local to the file: the store scopes them by the file (`UnitScope` in
///   TranslationMemory).
/// - **Inline codes:** `<bpt>`/`<ept>` (paired by `i`), `<it>`, `<ph>`, `<ut>` and `<hi>` become
///   ``InlineCode``s (see ``NativeMarkup`` and `docs/interchange.md`): the code's id is its `x` (which TMX
///   uses to match codes across variants), else `i` for `<bpt>`, else `ph1`, `it1`, … in order. The native
///   code text is kept; `<sub>` content is kept in the `tmx-inner` attribute so it is written back.
/// - **Metadata:** `<prop>`s become ``TranslationUnit/properties`` (a `<tuv>`'s as `"<locale>:<type>"`),
///   `<note>`s become ``TranslationUnit/notes``, `creationdate`/`changedate` the unit's dates (from the
///   `<tuv>`s when the `<tu>` has none). The `x-taalgrens-…` props written by ``TMXWriter`` restore the
///   unit's status, origin, confidence and context; otherwise the status is `aligned` and the origin the
///   file name (or none, for a file Taalgrens wrote: it writes the origin whenever a unit has one).
/// - **Duplicates and bad units** are counted in ``report`` (``TMXReadReport``): a `<tu>` whose variants
///   equal an earlier one's is merged (not returned again); one with fewer than two usable variants is
///   skipped.
/// - **Safety:** malformed or truncated XML and any entity reference (so any external entity) fail with
///   an ``InputError`` naming the file, line and column; no DTD or entity is ever loaded.
///
/// Encodings: UTF-8 and UTF-16, with or without a byte-order mark (libxml2 detects them).
public final class TMXReader {
    /// The header, once the first ``next()`` has read past it.
    public private(set) var header: TMXHeader?
    /// Counts and reasons so far; complete once ``next()`` has returned `nil`.
    public private(set) var report: TMXReadReport
    /// The 1-based line of the `<tu>` of the unit ``next()`` returned last (for messages about it: `check`
    /// names a TMX finding by its file and line, eleventh trial, finding 10).
    public private(set) var unitLine: Int?

    private let reader: XMLReader
    private let file: String
    private let originName: String
    private var phase = Phase.prolog
    private var seenContent: [Fingerprint: Int] = [:]
    /// Parsed `xml:lang` values, each with the tool marker ``ToolLanguageTag/normalized(_:)`` moved to
    /// private use (`nil`: none): a file uses a handful, and parsing a tag costs more than a lookup.
    private var languages: [String: (tag: LanguageTag?, movedSuffix: String?)] = [:]
    /// Tag spellings whose tool marker was moved to private use, and whether the report has said so.
    private var privateUseReported: Set<String> = []
    /// Codes already built from the same kind, declared type and native text (`</a>`, `<b>`, `<br/>` …).
    private var codeCache: [CodeCacheKey: InlineCode] = [:]

    private struct CodeCacheKey: Hashable {
        var kind: InlineCode.Kind
        var type: InlineCode.CodeType?
        var native: String
    }
    private var seenIDs: Set<UInt64> = []
    /// Whether the header names OmegaT, whose short tags (`<b0>`) in `<seg>` text are codes (``OmegaTTags``).
    private var readsOmegaTTags = false
    /// Whether the header names Phrase or Memsource, whose tag notation (`{1>`) in `<seg>` text are codes (``PhraseTags``).
    private var readsPhraseTags = false

    private enum Phase { case prolog, body, done }

    /// What one `<tu>` gave: the unit (`nil` when merged or skipped), its line, its place in its document
    /// when the file tells the order of its units, and whether the unit takes its context from that order
    /// (its source variant has no context of its own).
    private struct UnitElement {
        var unit: TranslationUnit?
        var line: Int
        var place: TMXDocumentOrder.Place?
        var takesOrder: Bool
    }

    /// A unit held back until the `<tu>` after it gives its next neighbour (``TMXDocumentOrder``).
    private struct Held {
        var unit: TranslationUnit
        var line: Int
        var place: TMXDocumentOrder.Place
        /// The index of the source variant in `unit.variants`.
        var source: Int
    }

    /// Units ready for ``next()``, in file order, each with the line of its `<tu>` (at most two).
    private var ready: [(TranslationUnit, Int)] = []
    /// The unit waiting for its next neighbour, if any.
    private var held: Held?
    /// The place of the `<tu>` read last (`nil` when it had none).
    private var lastPlace: TMXDocumentOrder.Place?
    /// The document every unit of the file belongs to unless its own props name one: the header's document
    /// prop, or the file's name for an aligner's file; `nil` when the header says neither.
    private var fileDocument: String?
    /// Whether the units' order is read at all: not in a file Taalgrens wrote (it writes each unit's context).
    private var readsOrder = false

    /// Opens a TMX file for streaming.
    /// - Parameter maximumReportEntries: how many reasons ``report`` keeps in full (counts are complete).
    /// - Throws: ``InputError`` when the file cannot be opened.
    public convenience init(contentsOf url: URL, maximumReportEntries: Int = 1000) throws {
        try self.init(reader: XMLReader(contentsOf: url), file: url.path, maximumReportEntries: maximumReportEntries)
    }

    /// Reads TMX from bytes.
    /// - Parameter file: the name used in errors, in the report, and as the units' origin.
    public convenience init(data: Data, file: String, maximumReportEntries: Int = 1000) throws {
        try self.init(reader: XMLReader(data: data, file: file), file: file, maximumReportEntries: maximumReportEntries)
    }

    private init(reader: XMLReader, file: String, maximumReportEntries: Int) throws {
        self.reader = reader
        self.file = file
        originName = URL(fileURLWithPath: file).lastPathComponent
        report = TMXReadReport(file: file, maximumEntries: maximumReportEntries)
    }

    /// Reads a whole document into memory: the units and the report.
    /// - Throws: ``InputError`` as ``next()`` does.
    public static func read(data: Data, file: String) throws -> (units: [TranslationUnit], report: TMXReadReport) {
        let reader = try TMXReader(data: data, file: file)
        var units: [TranslationUnit] = []
        while let unit = try reader.next() { units.append(unit) }
        return (units, reader.report)
    }

    /// The next unit, or `nil` at the end of the document.
    ///
    /// A unit whose context comes from the order of the file (``TMXDocumentOrder``) is returned once the
    /// `<tu>` after it has been read, which gives its next neighbour: the reader holds one unit back.
    /// - Throws: ``InputError`` for malformed or truncated XML (with line and column), an entity reference,
    ///   a document that is not TMX (another root element, `<tu>` outside `<body>`), or a `<tuv>` whose
    ///   `xml:lang` is not a well-formed BCP 47 tag (with the `<tuv>`'s line).
    /// - Complexity: O(size of the `<tu>`), amortised over the skipped and merged ones.
    public func next() throws -> TranslationUnit? {
        if phase == .prolog { try readProlog() }
        while ready.isEmpty {
            guard let element = try nextUnitElement() else {
                // The end of the body: a unit held for its next neighbour is the last of its document.
                if let held { ready.append((held.unit, held.line)) }
                held = nil
                break
            }
            place(element)
        }
        guard !ready.isEmpty else { return nil }
        let (unit, line) = ready.removeFirst()
        unitLine = line
        return unit
    }

    /// Gives a unit read from the file its context from the order of the units when the file tells that
    /// order (``TMXDocumentOrder``), and queues it for ``next()``: the unit held back before it takes this
    /// `<tu>`'s text as its next neighbour and is queued first; a unit that takes context from the order is
    /// held back in turn. A `<tu>` that gave no unit (merged, skipped) is still a neighbour.
    private func place(_ element: UnitElement) {
        let before = lastPlace
        lastPlace = element.place
        if var held {
            if let place = element.place, place.isBeside(held.place) {
                held.unit.variants[held.source].next = place.text
            }
            ready.append((held.unit, held.line))
            self.held = nil
        }
        guard var unit = element.unit else { return }
        guard element.takesOrder, let place = element.place,
              let source = unit.variants.firstIndex(where: { $0.locale == place.locale }) else {
            ready.append((unit, element.line))
            return
        }
        if let before, before.isBeside(place) { unit.variants[source].previous = before.text }
        report.contextFromOrder[place.document, default: 0] += 1
        held = Held(unit: unit, line: element.line, place: place, source: source)
    }

    /// The next `<tu>` of the body read into a ``UnitElement``; `nil` at the end of the body.
    private func nextUnitElement() throws -> UnitElement? {
        while phase == .body {
            switch try event() {
            case .start("tu", let attributes, _):
                return try readUnit(attributes)
            case .start(let name, _, _):
                throw reader.error("unexpected <\(name)> in <body>: a TMX body holds only <tu> elements")
            case .end("body"):
                try readEpilog()
            case .end(let name):
                throw reader.error("unexpected </\(name)> in <body>")
            case .text:
                continue
            }
        }
        return nil
    }

    // MARK: - Document structure

    /// The next event; the end of input before `</tmx>` is a truncated document.
    private func event() throws -> XMLEvent {
        guard let event = try reader.next() else {
            throw InputError(file: file, line: reader.line, column: nil,
                             "the TMX document ends too early (expected </tmx>): the file is truncated")
        }
        return event
    }

    private func readProlog() throws {
        guard let first = try reader.next() else {
            throw InputError(file: file, line: 1, column: 1, "expected a TMX document, found an empty file")
        }
        guard case .start("tmx", let attributes, _) = first else {
            let found: String
            if case .start(let name, _, _) = first { found = "<\(name)>" } else { found = "text" }
            throw reader.error("expected a TMX document with a <tmx> root element, found \(found)")
        }
        // "1.4b" is the standard's own name for 1.4, and some tools write it so.
        if let version = value("version", attributes), !["1.1", "1.2", "1.3", "1.4", "1.4b"].contains(version.lowercased()) {
            throw reader.error("unsupported TMX version \(version) (expected 1.4, or 1.1–1.3)")
        }
        while true {
            switch try event() {
            case .start("header", let attributes, _):
                header = try readHeader(attributes)
                readsOmegaTTags = OmegaTTags.isOmegaT(creationTool: header?.creationTool ?? "")
                readsPhraseTags = PhraseTags.isPhrase(creationTool: header?.creationTool ?? "")
                if let header, header.creationTool != "Taalgrens" {
                    readsOrder = true
                    fileDocument = TMXDocumentOrder.document(in: header.properties)
                        ?? (TMXDocumentOrder.isAligner(creationTool: header.creationTool) ? originName : nil)
                }
            case .start("body", _, _):
                if header == nil { header = TMXHeader(creationTool: "", creationToolVersion: "", segmentType: "", originalFormat: "", adminLanguage: "", sourceLanguage: "*all*", dataType: "") }
                phase = .body
                return
            case .start(let name, _, _):
                throw reader.error("unexpected <\(name)> in <tmx>: expected <header> and <body>")
            case .end:
                throw reader.error("the TMX document has no <body>")
            case .text:
                continue
            }
        }
    }

    private func readEpilog() throws {
        while let event = try reader.next() {
            switch event {
            case .end("tmx"):
                phase = .done
                if try reader.next() != nil { throw reader.error("unexpected content after </tmx>") }
                return
            case .text: continue
            case .start(let name, _, _): throw reader.error("unexpected <\(name)> after </body>")
            case .end(let name): throw reader.error("unexpected </\(name)> after </body>")
            }
        }
        throw InputError(file: file, line: reader.line, column: nil, "the TMX document ends too early (expected </tmx>): the file is truncated")
    }

    private func readHeader(_ attributes: [XMLAttribute]) throws -> TMXHeader {
        var header = TMXHeader(
            creationTool: value("creationtool", attributes) ?? "", creationToolVersion: value("creationtoolversion", attributes) ?? "",
            segmentType: value("segtype", attributes) ?? "", originalFormat: value("o-tmf", attributes) ?? "",
            adminLanguage: value("adminlang", attributes) ?? "", sourceLanguage: value("srclang", attributes) ?? "*all*",
            dataType: value("datatype", attributes) ?? "")
        header.creationDate = value("creationdate", attributes).flatMap(TMXDate.parse)
        header.changeDate = value("changedate", attributes).flatMap(TMXDate.parse)
        header.creationID = value("creationid", attributes).flatMap { $0.isEmpty ? nil : $0 }
        header.changeID = value("changeid", attributes).flatMap { $0.isEmpty ? nil : $0 }
        while true {
            switch try event() {
            case .start("prop", let a, _):
                let type = value("type", a) ?? ""
                header.properties[type] = try text(until: "prop")
            case .start("note", _, _):
                header.notes.append(try text(until: "note"))
            case .start(let name, _, _):
                try skip(name)
            case .end:
                return header
            case .text:
                continue
            }
        }
    }

    // MARK: - Units

    private func readUnit(_ attributes: [XMLAttribute]) throws -> UnitElement {
        let line = reader.line
        report.read += 1
        let tuid = value("tuid", attributes).flatMap { $0.isEmpty ? nil : $0 }
        var created = date("creationdate", attributes, line: line, tuid: tuid)
        var changed = date("changedate", attributes, line: line, tuid: tuid)
        var properties: [String: String] = [:]
        var notes: [String] = []
        var variants: [Variant] = []
        var variantCreated: [Date] = [], variantChanged: [Date] = []
        var extras: [String: String] = [:]  // x-taalgrens-… props of the <tu>

        loop: while true {
            switch try event() {
            case .start("prop", let a, _):
                let type = value("type", a) ?? ""
                let text = try text(until: "prop")
                if type.hasPrefix("x-taalgrens-") { extras[type] = text } else { properties[type] = text }
            case .start("note", _, _):
                notes.append(try text(until: "note"))
            case .start("tuv", let a, _):
                let tuvLine = reader.line
                guard let variant = try readVariant(a, line: tuvLine, tuid: tuid, properties: &properties, notes: &notes) else { continue }
                if let d = date("creationdate", a, line: tuvLine, tuid: tuid) { variantCreated.append(d) }
                if let d = date("changedate", a, line: tuvLine, tuid: tuid) { variantChanged.append(d) }
                if variants.contains(where: { $0.locale == variant.locale }) {
                    report.record(.repeatedLanguage, line: tuvLine, unit: tuid, "a second <tuv> for \(variant.locale) in the same <tu>: kept the first")
                } else {
                    variants.append(variant)
                    Self.keepAttributes(a, TMXConventions.variantAttributeSet, locale: variant.locale, in: &properties)
                }
            case .start(let name, _, _):
                try skip(name)
            case .end("tu"):
                break loop
            case .end(let name):
                throw reader.error("unexpected </\(name)> in <tu>")
            case .text:
                continue
            }
        }

        let source = value("srclang", attributes) ?? header?.sourceLanguage ?? "*all*"
        // Its place in its document, when the file tells the order (a skipped <tu> stood there too).
        var place: TMXDocumentOrder.Place?
        if readsOrder, source != "*all*", let tag = languageTag(source), let document = TMXDocumentOrder.document(in: properties) ?? fileDocument,
           let variant = variants.first(where: { tag.matches($0.locale) }) {
            place = TMXDocumentOrder.Place(document: document, locale: variant.locale, text: variant.text)
        }
        guard variants.count >= 2 else {
            report.skipped += 1
            report.record(.fewerThanTwoLanguages, line: line, unit: tuid,
                          "the <tu> has \(variants.count) usable variant\(variants.count == 1 ? "" : "s"); a translation unit needs two languages")
            return UnitElement(unit: nil, line: line, place: place, takesOrder: false)
        }
        if source != "*all*", let tag = languageTag(source), !variants.contains(where: { tag.matches($0.locale) }) {
            report.record(.sourceLanguageMissing, line: line, unit: tuid, "srclang \(source) has no <tuv> in this <tu>")
        }
        var sourceIndex: Int?
        if source != "*all*", let tag = languageTag(source), let i = variants.firstIndex(where: { tag.matches($0.locale) }) {
            if Self.takeContext(properties, into: &variants[i],
                                followingSource: header?.properties[TMXToolContext.tradosMatchTypeProp] == TMXToolContext.tradosFollowingSource) {
                properties[TranslationUnit.contextSidesProperty] = "previous"
            }
            sourceIndex = i
        }
        if created == nil { created = variantCreated.min() }
        if changed == nil { changed = variantChanged.max() }
        // Only a change date: the unit existed by then, so that is its creation date too (never the import time).
        if created == nil { created = changed }
        Self.keepAttributes(attributes, TMXConventions.unitAttributeSet, locale: nil, in: &properties)
        // TMX 1.4b section 3.3: a <tu> without its own creationtool has the header's. Kept on the unit so
        // the tool survives a merge with other files (not for Taalgrens's own files: it writes them per unit).
        if let header, header.creationTool != "Taalgrens" {
            for (name, value) in [("creationtool", header.creationTool), ("creationtoolversion", header.creationToolVersion)] where !value.isEmpty {
                if properties[TMXConventions.attributePrefix + name] == nil { properties[TMXConventions.attributePrefix + name] = value }
            }
        }

        // A file Taalgrens wrote carries the origin as props when the unit had one; other files' units come from the file.
        let origin = header?.creationTool == "Taalgrens" ? nil : Origin(article: originName)
        var unit = TranslationUnit(id: "", variants: variants, origin: origin, status: .aligned,
                                   properties: properties, notes: notes, created: created, changed: changed)
        apply(extras, to: &unit)
        let fingerprint = Self.fingerprint(unit.variants)
        if let earlier = seenContent[fingerprint] {
            report.merged += 1
            report.record(.duplicate, line: line, unit: tuid, "the same variants as the <tu> at line \(earlier): merged")
            return UnitElement(unit: nil, line: line, place: place, takesOrder: false)
        }
        seenContent[fingerprint] = line
        // Without a tuid (memoQ, Trados Studio and Wordfast write none) the id comes from the source side
        // (eleventh trial, finding 1): a corrected translation of the same source sentence in a later export
        // of the file gets the same id, so re-importing it updates the unit instead of adding the correction
        // beside the superseded translation. Without a usable srclang, from all the variants. `sourceIndex`
        // is the source's place in `variants`, the file's order (the unit's own are sorted by locale).
        let derivedID = sourceIndex.map { "tmx-" + Self.sourceFingerprint(variants, source: $0).hex }
        unit.id = tuid ?? derivedID ?? "tmx-" + fingerprint.hex
        var idHash = Fingerprint()
        idHash.add(unit.id)
        if !seenIDs.insert(idHash.a).inserted {
            // Both units are kept: the later one gets an id of its own, derived from its content, so that
            // it neither overwrites the earlier one nor changes from one import of the file to the next.
            let own = unit.id + "~tmx-" + fingerprint.hex
            let why = tuid == nil
                ? "another translation of the same source text (srclang \(source)) as an earlier <tu>: both kept, this one as \(own)"
                : "tuid \(unit.id) was used by an earlier <tu> with other content: kept as \(own)"
            report.record(.repeatedID, line: line, unit: tuid, why)
            unit.id = own
            var ownHash = Fingerprint()
            ownHash.add(own)
            seenIDs.insert(ownHash.a)
        }
        report.imported += 1
        // Context from the order only where neither a tool's props nor Taalgrens's own gave the source any.
        let takesOrder = sourceIndex.map { variants[$0].previous == nil && variants[$0].next == nil } ?? false
        return UnitElement(unit: unit, line: line, place: place, takesOrder: takesOrder)
    }

    /// Keeps the TMX attributes in `names` (``TMXConventions/unitAttributes`` of a `<tu>`, or
    /// ``TMXConventions/variantAttributes`` of the `<tuv>` for `locale`) as `tmx:` properties; empty values
    /// are left out. - Complexity: O(number of attributes).
    static func keepAttributes(_ attributes: [XMLAttribute], _ names: Set<String>, locale: LanguageTag?,
                               in properties: inout [String: String]) {
        for attribute in attributes where !attribute.value.isEmpty && names.contains(attribute.name) {
            let type = TMXConventions.attributePrefix + attribute.name
            properties[locale.map { TMXConventions.variantPropertyKey($0, type) } ?? type] = attribute.value
        }
    }

    /// Other tools' context props (``TMXToolContext``: memoQ, OmegaT, XTM, Trados Studio) become the source
    /// variant's ``Variant/previous`` and ``Variant/next``, which context matching uses; a side the variant
    /// already has (from Taalgrens's own `x-taalgrens-previous`/`-next`) is left as it is. The props stay in
    /// `properties`, so a TMX export writes them back as the unit came (eleventh trial, finding 7).
    /// - Returns: whether the variant's context is one-sided: its previous side came from a convention that
    ///   records no next segment (Trados Studio's `x-ContextContent` outside the `PrecedingAndFollowingSource`
    ///   mode) and nothing gave it a next one (``TranslationUnit/contextSidesProperty``).
    @discardableResult
    static func takeContext(_ properties: [String: String], into variant: inout Variant, followingSource: Bool) -> Bool {
        let found = TMXToolContext.context(in: properties, locale: variant.locale, followingSource: followingSource)
        if variant.previous == nil, let previous = found.previous { variant.previous = previous.text }
        if variant.next == nil, let next = found.next { variant.next = next.text }
        return !followingSource && found.previous?.key == "x-ContextContent" && variant.next == nil
    }

    /// Reads the Taalgrens props of a `<tu>` into the unit's fields; unknown or malformed values stay
    /// properties, so nothing is lost.
    private func apply(_ extras: [String: String], to unit: inout TranslationUnit) {
        if let article = extras[TMXConventions.originArticle] { unit.origin = Origin(article: article) }
        for (type, text) in extras.sorted(by: { $0.key < $1.key }) {
            switch type {
            case TMXConventions.status:
                if let status = UnitStatus(rawValue: text) { unit.status = status } else { unit.properties[type] = text }
            case TMXConventions.originArticle:
                continue
            case TMXConventions.originBlock:
                if let n = Int(text), unit.origin != nil { unit.origin?.block = n } else { unit.properties[type] = text }
            case TMXConventions.originPosition:
                if let n = Int(text), unit.origin != nil { unit.origin?.position = n } else { unit.properties[type] = text }
            case TMXConventions.confidence:
                if let c = Double(text) { unit.confidence = c } else { unit.properties[type] = text }
            default:
                unit.properties[type] = text
            }
        }
    }

    private func readVariant(_ attributes: [XMLAttribute], line: Int, tuid: String?,
                             properties: inout [String: String], notes: inout [String]) throws -> Variant? {
        let lang = value("xml:lang", attributes) ?? value("lang", attributes)
        var content: RichText?
        var variantProps: [(String, String)] = []
        var variantNotes: [String] = []
        loop: while true {
            switch try event() {
            case .start("prop", let a, _):
                variantProps.append((value("type", a) ?? "", try text(until: "prop")))
            case .start("note", _, _):
                variantNotes.append(try text(until: "note"))
            case .start("seg", let segAttributes, _):
                var context = InlineContext()
                var elements = try inline(until: "seg", context: &context, tuid: tuid)
                if readsOmegaTTags { elements = omegaTCodes(elements) }
                if readsPhraseTags { elements = phraseCodes(elements) }
                let preserve = (value("xml:space", segAttributes) ?? value("xml:space", attributes)) == "preserve"
                content = SegmentLineBreaks.codes(in: XMLText.nfc(RichText(preserve ? elements : Self.trimmingIndentation(elements))))
            case .start(let name, _, _):
                try skip(name)
            case .end("tuv"):
                break loop
            case .end(let name):
                throw reader.error("unexpected </\(name)> in <tuv>")
            case .text:
                continue
            }
        }
        guard let lang else {
            report.record(.missingLanguage, line: line, unit: tuid, "a <tuv> without xml:lang: dropped")
            return nil
        }
        guard let locale = languageTag(lang) else {
            // A malformed tag is a broken file, not a language Taalgrens lacks rules for (those are kept).
            throw InputError(file: file, line: line, column: nil,
                             "xml:lang '\(lang)' is not a well-formed BCP 47 language tag: expected a language subtag of 2–3 letters and optional subtags, such as en, nl-BE or fr-BE")
        }
        if let suffix = movedSuffix(lang), !privateUseReported.contains(lang) {
            privateUseReported.insert(lang)
            report.record(.toolLanguageSuffix, line: line, unit: tuid,
                          "xml:lang '\(lang)' ends in '\(suffix)', a tool's marker and no BCP 47 subtag: stored as the private-use tag \(locale) (reported once per spelling)")
        }
        if let (code, twoLetter) = ToolLanguageTag.threeLetterLanguage(lang), !privateUseReported.contains(lang) {
            privateUseReported.insert(lang)
            report.record(.threeLetterLanguage, line: line, unit: tuid,
                          "xml:lang '\(lang)': '\(code)' is the ISO 639-2/639-3 code of a language BCP 47 writes '\(twoLetter)' (RFC 5646 section 2.2.1): stored as \(locale) (reported once per spelling)")
        }
        if let meant = TMXWriter.legacyRegion(locale), !privateUseReported.contains(lang) {
            privateUseReported.insert(lang)
            report.record(.legacyRegion, line: line, unit: tuid,
                          "xml:lang '\(lang)': UK is no region code (the United Kingdom is GB, ISO 3166-1): stored as \(locale); tm export --pair \(meant),… writes it as \(meant) (reported once per spelling)")
        }
        guard let content, !content.plainText.allSatisfy(\.isWhitespace) || !content.isPlain else {
            report.record(.emptySegment, line: line, unit: tuid, "the \(locale) <tuv> has no text: dropped")
            return nil
        }
        var variant = Variant(locale: locale, content: content)
        for (type, text) in variantProps {
            switch type {
            case TMXConventions.previous: variant.previous = text
            case TMXConventions.next: variant.next = text
            case TMXConventions.status:
                if let status = UnitStatus(rawValue: text) { variant.status = status }
                else { properties[TMXConventions.variantPropertyKey(locale, type)] = text }
            case TMXConventions.codeIDs:
                if let restored = TMXConventions.restoringCodeIDs(text, in: variant.content) { variant.content = restored }
                else { properties[TMXConventions.variantPropertyKey(locale, type)] = text }
            case TMXConventions.codeAttributes:
                if let restored = TMXConventions.restoringCodeAttributes(text, in: variant.content) { variant.content = restored }
                else { properties[TMXConventions.variantPropertyKey(locale, type)] = text }
            case TMXConventions.sentenceStarts:
                let starts = text.split(separator: ",").compactMap { Int($0) }
                if starts.count == text.split(separator: ",").count { variant.sentenceStarts = starts }
                else { properties[TMXConventions.variantPropertyKey(locale, type)] = text }
            default: properties[TMXConventions.variantPropertyKey(locale, type)] = text
            }
        }
        notes += variantNotes
        return variant
    }

    /// `LanguageTag(text)` after ``ToolLanguageTag/normalized(_:)``, parsed once per distinct text (the
    /// first 1,000): every `<tuv>` and, through `srclang`, every `<tu>` names one, and parsing a tag costs
    /// more than a look-up.
    private func languageTag(_ text: String) -> LanguageTag? { parsedLanguage(text).tag }

    /// The tool marker that ``ToolLanguageTag/normalized(_:)`` moves to private use in `text`, `nil` when
    /// none is; found once per distinct text, like ``languageTag(_:)`` (each `<tuv>` asks).
    private func movedSuffix(_ text: String) -> String? { parsedLanguage(text).movedSuffix }

    /// ``languageTag(_:)`` and ``movedSuffix(_:)`` of `text`, from the cache (the first 1,000 distinct texts).
    private func parsedLanguage(_ text: String) -> (tag: LanguageTag?, movedSuffix: String?) {
        if let cached = languages[text] { return cached }
        let normalized = ToolLanguageTag.normalized(text)
        let parsed = (tag: LanguageTag(normalized.text), movedSuffix: normalized.movedSuffix)
        if languages.count < 1000 { languages[text] = parsed }
        return parsed
    }

    // MARK: - Inline content

    /// `elements` without the white space that pretty-printing put around the segment: a leading or
    /// trailing run of white space that holds a line break (`<seg>⏎      text⏎    </seg>`, as some exports
    /// indent). A run without a line break (a real trailing space) stays, and so does everything under
    /// `xml:space="preserve"` (the caller does not trim then).
    /// - Complexity: O(1) when the content neither starts nor ends with an XML white space byte (the
    ///   common case, checked on UTF-8 bytes); else O(n) in the length of the runs at either end.
    static func trimmingIndentation(_ elements: [InlineElement]) -> [InlineElement] {
        // A Character that is XML white space (or CR LF) starts and ends with one of these bytes.
        func isSpaceByte(_ b: UInt8?) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        let startsWithSpace: Bool, endsWithSpace: Bool
        if case .text(let t)? = elements.first { startsWithSpace = isSpaceByte(t.utf8.first) } else { startsWithSpace = false }
        if case .text(let t)? = elements.last { endsWithSpace = isSpaceByte(t.utf8.last) } else { endsWithSpace = false }
        if !startsWithSpace && !endsWithSpace { return elements }
        var elements = elements
        func isSpace(_ c: Character) -> Bool { XMLText.isXMLSpace(c) || c == "\r\n" }
        func isIndentation(_ run: Substring) -> Bool { run.contains(where: \.isNewline) }
        if case .text(let t)? = elements.first {
            let run = t.prefix(while: isSpace)
            if isIndentation(run) {
                let rest = t.dropFirst(run.count)
                if rest.isEmpty { elements.removeFirst() } else { elements[0] = .text(String(rest)) }
            }
        }
        if case .text(let t)? = elements.last {
            let rest = t.reversed().drop(while: isSpace)
            let run = t.suffix(t.count - rest.count)
            if isIndentation(run) {
                if rest.isEmpty { elements.removeLast() } else { elements[elements.count - 1] = .text(String(t.prefix(rest.count))) }
            }
        }
        return elements
    }

    /// State shared by one `<seg>` and the `<hi>`s inside it.
    private struct InlineContext {
        /// `<bpt i>` → the code's id and what its `<ept>` inherits.
        var open: [String: (id: String, type: InlineCode.CodeType, extra: [String: String])] = [:]
        var ordinals: [String: Int] = [:]

        mutating func generatedID(_ element: String) -> String {
            ordinals[element, default: 0] += 1
            return "\(element)\(ordinals[element] ?? 0)"
        }
    }

    private func inline(until end: String, context: inout InlineContext, tuid: String?) throws -> [InlineElement] {
        var elements: [InlineElement] = []
        while true {
            switch try event() {
            case .text(let t):
                elements.append(.text(t))
            case .end(let name) where name == end:
                return elements
            case .end(let name):
                throw reader.error("unexpected </\(name)> in <\(end)>")
            case .start(let name, let attributes, _):
                switch name {
                case "bpt":
                    let i = value("i", attributes)
                    let id = value("x", attributes) ?? i ?? context.generatedID("bpt")
                    let (declared, extra) = typeInfo(attributes)
                    let native = try nativeText(until: "bpt")
                    let code = makeCode(id: id, kind: .opening, declared: declared, native: native, extra: extra)
                    if let i { context.open[i] = (id, code.type, extra) }
                    elements.append(.code(code))
                case "ept":
                    let i = value("i", attributes) ?? ""
                    let opening = context.open[i]
                    let native = try nativeText(until: "ept")
                    elements.append(.code(makeCode(id: opening?.id ?? i, kind: .closing, declared: opening?.type,
                                                   native: native, extra: opening?.extra ?? [:])))
                case "it":
                    let kind: InlineCode.Kind = value("pos", attributes) == "end" ? .closing : .opening
                    let id = value("x", attributes) ?? context.generatedID("it")
                    let (declared, extra) = typeInfo(attributes)
                    elements.append(.code(makeCode(id: id, kind: kind, declared: declared, native: try nativeText(until: "it"), extra: extra)))
                case "ph", "ut":
                    let id = value("x", attributes) ?? context.generatedID(name)
                    var (declared, extra) = typeInfo(attributes)
                    if let assoc = value("assoc", attributes) { extra["tmx-assoc"] = assoc }
                    if name == "ut" { extra["tmx-element"] = "ut" }
                    elements.append(.code(makeCode(id: id, kind: .standalone, declared: declared, native: try nativeText(until: name), extra: extra)))
                case "hi":
                    let id = value("x", attributes) ?? context.generatedID("hi")
                    var extra = ["tmx-element": "hi"]
                    if let type = value("type", attributes) { extra["tmx-type"] = type }
                    elements.append(.code(InlineCode(id: id, kind: .opening, type: .other, attributes: extra)))
                    elements += try inline(until: "hi", context: &context, tuid: tuid)
                    elements.append(.code(InlineCode(id: id, kind: .closing, type: .other, attributes: extra)))
                default:
                    report.record(.unknownInlineElement, line: reader.line, unit: tuid, "<\(name)> is not a TMX inline element: kept its text only")
                    elements.append(.text(try text(until: name)))
                }
            }
        }
    }

    /// `elements` with OmegaT's short tags turned into codes, built as ``makeCode(id:kind:declared:native:extra:)``
    /// builds codes read from `<bpt>`/`<ept>`/`<ph>` with the same text, so a round trip through
    /// ``TMXWriter`` gives equal codes.
    private func omegaTCodes(_ elements: [InlineElement]) -> [InlineElement] {
        OmegaTTags.codes(in: elements) { id, kind, type, native in
            makeCode(id: id, kind: kind, declared: type, native: (native, nil), extra: [:])
        }
    }

    /// `elements` with Phrase's tag notation turned into codes, built like ``omegaTCodes(_:)``.
    private func phraseCodes(_ elements: [InlineElement]) -> [InlineElement] {
        PhraseTags.codes(in: elements) { id, kind, type, native in
            makeCode(id: id, kind: kind, declared: type, native: (native, nil), extra: [:])
        }
    }

    /// The code type a TMX `type` attribute declares, and the attribute itself when it names none of ours.
    private func typeInfo(_ attributes: [XMLAttribute]) -> (InlineCode.CodeType?, [String: String]) {
        guard let type = value("type", attributes) else { return (nil, [:]) }
        if let mapped = XLIFFInlineTypes.fromTMX(type) { return (mapped, [:]) }
        return (nil, ["tmx-type": type])
    }

    private func makeCode(id: String, kind: InlineCode.Kind, declared: InlineCode.CodeType?,
                          native: (text: String, inner: String?), extra: [String: String]) -> InlineCode {
        if native.inner == nil, let code = TMXConventions.code(fromJSON: native.text, id: id, kind: kind) { return code }
        // OmegaT's level-2 TMX: the native text is its short tag (`&lt;b0&gt;`), whose letters give the type.
        let declared = declared ?? (native.inner == nil ? OmegaTTags.type(ofNative: native.text, kind: kind) : nil)
        var extra = extra
        if let inner = native.inner { extra["tmx-inner"] = inner }
        let key = CodeCacheKey(kind: kind, type: declared, native: native.text)
        var code: InlineCode
        if let cached = codeCache[key] {
            code = cached
            code.id = id
        } else {
            code = NativeMarkup.code(id: id, kind: kind, type: declared, native: native.text)
            if codeCache.count < 4096 { codeCache[key] = code }
        }
        for (k, v) in extra { code.attributes[k] = v }
        return code
    }

    /// The native code text inside `<bpt>`, `<ept>`, `<it>`, `<ph>` or `<ut>`: all its character data
    /// (including that of `<sub>`), and, when it has child elements, its content re-serialised as XML.
    private func nativeText(until end: String) throws -> (text: String, inner: String?) {
        var text = ""
        var inner = ""  // built only once a child element shows up
        var hasChildren = false
        var depth = 0
        while true {
            switch try event() {
            case .text(let t):
                text += t
                if hasChildren { inner += MarkupEscaping.text(t) }
            case .start(let name, let attributes, _):
                if !hasChildren { inner = MarkupEscaping.text(text) }
                hasChildren = true
                depth += 1
                inner += "<" + name + attributes.map { " \($0.name)=\"\(MarkupEscaping.attribute($0.value))\"" }.joined() + ">"
            case .end(let name):
                if depth == 0 {
                    guard name == end else { throw reader.error("unexpected </\(name)> in <\(end)>") }
                    return (text, hasChildren ? inner : nil)
                }
                depth -= 1
                inner += "</\(name)>"
            }
        }
    }

    // MARK: - Helpers

    /// All character data up to the end of element `name` (child elements' text included).
    private func text(until name: String) throws -> String {
        var out = ""
        var depth = 0
        while true {
            switch try event() {
            case .text(let t): out += t
            case .start: depth += 1
            case .end(let n):
                if depth == 0 {
                    guard n == name else { throw reader.error("unexpected </\(n)> in <\(name)>") }
                    return out
                }
                depth -= 1
            }
        }
    }

    /// Skips an element TMX allows here but Taalgrens does not use (for example `<ude>`).
    private func skip(_ name: String) throws { _ = try text(until: name) }

    private func value(_ name: String, _ attributes: [XMLAttribute]) -> String? {
        for attribute in attributes where attribute.name == name { return attribute.value }
        return nil
    }

    private func date(_ name: String, _ attributes: [XMLAttribute], line: Int, tuid: String?) -> Date? {
        guard let text = value(name, attributes) else { return nil }
        if let date = TMXDate.parse(text) { return date }
        report.record(.malformedDate, line: line, unit: tuid, "\(name) '\(text)' is not YYYYMMDDThhmmssZ: ignored")
        return nil
    }

    /// The fingerprint a `<tu>` without `tuid` takes its id from: the locales of all its variants (so an
    /// en–nl-BE and an en–fr-BE unit of the same English sentence differ) and the source variant's
    /// content, context and sentence starts (``fingerprint(_:)`` of that variant), not the translations.
    /// - Parameter source: the index of the variant in the `srclang` language.
    static func sourceFingerprint(_ variants: [Variant], source: Int) -> Fingerprint {
        var f = fingerprint([variants[source]])
        f.add(4)
        for locale in variants.map(\.locale.identifier).sorted() { f.add(locale) }
        return f
    }

    /// The fingerprint of a unit's variants (sorted by locale): locale, text runs, codes with sorted
    /// attributes, context and sentence starts.
    static func fingerprint(_ variants: [Variant]) -> Fingerprint {
        var f = Fingerprint()
        for variant in variants.sorted(by: { $0.locale < $1.locale }) {
            f.add(variant.locale.identifier)
            for element in variant.content.elements {
                switch element {
                case .text(let t):
                    f.add(1)
                    f.add(t)
                case .code(let c):
                    f.add(2)
                    f.add(c.kind.rawValue)
                    f.add(c.type.rawValue)
                    f.add(c.id)
                    for key in c.attributes.keys.sorted() { f.add(key); f.add(c.attributes[key] ?? "") }
                }
            }
            f.add(3)
            f.add(variant.previous ?? "\u{0}")
            f.add(variant.next ?? "\u{0}")
            f.add(variant.sentenceStarts.map(String.init).joined(separator: ","))
        }
        return f
    }
}

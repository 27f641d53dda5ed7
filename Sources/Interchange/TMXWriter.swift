import Foundation
import TaalgrensCore
import XMLSupport

/// Writes ``TranslationUnit``s as a TMX 1.4b document that validates against the TMX 1.4b DTD and that
/// ``TMXReader`` reads back into identical units.
///
/// - **Multilingual** (default): one `<tuv>` per variant, header `srclang` the given source language or
///   `*all*`.
/// - **Bilingual** (``Options/pair``): a `<tuv>` for each language of the pair, source first, each written
///   under the pair's own tag, so a CAT tool importing into a memory of that pair takes every unit (many
///   accept only two languages per unit, and only the memory's own tags). Which variant stands for a
///   tag is ``pairVariant(in:for:)``'s rule: the tag itself (a legacy `UK` region counting as `GB`), else for a
///   tag with a region the variant of the bare language (`en` for `en-GB`: counted in ``relabelled``), never
///   another region (`en-US` for `en-GB`: the unit is skipped and counted in ``otherRegion``); a tag without
///   a region takes any variant of its language. Units lacking either language are skipped and counted.
/// - **Header:** `creationtool="Taalgrens"`, `segtype="sentence"`, `o-tmf`, `adminlang`, `srclang`,
///   `datatype` (default `html`: native codes are HTML tags), and `<!DOCTYPE tmx SYSTEM "tmx14.dtd">`.
/// - **Units:** `tuid` is the unit id; dates are `YYYYMMDDThhmmssZ` in UTC, whole seconds; the `tmx:`
///   properties the reader kept (``TMXConventions/attributePrefix``: `creationid`, `changeid`, `usagecount`,
///   `lastusagedate`, `creationtool`, …) are attributes of `<tu>`, and `<locale>:tmx:…` ones of that `<tuv>`;
///   other properties
///   become `<prop>`s (sorted by type; `"<locale>:<type>"` keys go on that `<tuv>`), notes `<note>`s;
///   status (when not `aligned`), origin, confidence and each variant's context and sentence starts
///   travel as `x-taalgrens-…` props (``TMXConventions``).
/// - **Inline codes:** a pair in the segment is `<bpt>`/`<ept>` (`i` numbered per segment), or `<hi>` when
///   it was read from one and still nests; an opening or closing alone is `<it pos="begin|end">`; a
///   standalone code is `<ph>` (`<ut>` when read from one). `x` is the code id when it is a number, as
///   TMX 1.4b section 3.7 asks. The element content is the code's native text (``NativeMarkup``).
///
/// Output is streamed: with ``init(url:options:)`` memory stays constant however many units are written.
/// Characters XML cannot carry (control characters) are dropped.
public final class TMXWriter {
    /// What to write.
    public struct Options: Sendable {
        /// Writes bilingual units for this language pair; `nil` writes every variant.
        public var pair: (source: LanguageTag, target: LanguageTag)?
        /// The header `srclang` of a multilingual file; `nil` writes `*all*`. Ignored with ``pair``.
        public var sourceLanguage: LanguageTag?
        /// `adminlang`.
        public var adminLanguage: LanguageTag
        /// `datatype`.
        public var dataType: String
        /// `creationtoolversion`.
        public var toolVersion: String
        /// `o-tmf`: the format of the memory the units come from.
        public var originalFormat: String
        /// The header `creationdate`; `nil` writes none, so that the same units give the same bytes.
        public var creationDate: Date?

        /// Options; the defaults write a multilingual file with `srclang="*all*"`.
        public init(pair: (source: LanguageTag, target: LanguageTag)? = nil, sourceLanguage: LanguageTag? = nil,
                    adminLanguage: LanguageTag = "en", dataType: String = "html", toolVersion: String = TaalgrensVersion.current,
                    originalFormat: String = "Taalgrens", creationDate: Date? = nil) {
            self.pair = pair
            self.sourceLanguage = sourceLanguage
            self.adminLanguage = adminLanguage
            self.dataType = dataType
            self.toolVersion = toolVersion
            self.originalFormat = originalFormat
            self.creationDate = creationDate
        }
    }

    /// Units written so far.
    public private(set) var written = 0
    /// Units skipped so far (bilingual output: a language of the pair missing, or only in another region).
    public private(set) var skipped = 0
    /// Bilingual output: variants written under a pair tag other than their own (`en` written as `en-GB`,
    /// a legacy `en-UK` as `en-GB`), counted by stored tag and written tag.
    public private(set) var relabelled: [Relabelling: Int] = [:]
    /// Bilingual output: units skipped because their variant of a pair language has another region only
    /// (`en-US` where the pair asks for `en-GB`), counted by stored tag and the pair's tag.
    public private(set) var otherRegion: [Relabelling: Int] = [:]

    /// A stored variant's tag and the pair tag it was written under (or, in ``otherRegion``, wanted for).
    public struct Relabelling: Hashable, Sendable {
        /// The variant's tag in the memory.
        public var stored: LanguageTag
        /// The pair's tag.
        public var pair: LanguageTag
        /// A relabelling.
        public init(stored: LanguageTag, pair: LanguageTag) {
            self.stored = stored
            self.pair = pair
        }
    }

    private var w = IndentingWriter()
    private let options: Options
    private let handle: FileHandle?
    private let output: ((Data) throws -> Void)?
    private var finished = false

    /// Starts a TMX file at `url` (created or replaced) and writes its header.
    /// - Throws: ``InputError`` when the file cannot be created.
    public init(url: URL, options: Options = Options()) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil), let handle = try? FileHandle(forWritingTo: url) else {
            throw InputError(file: url.path, "cannot create the TMX file")
        }
        self.handle = handle
        output = nil
        self.options = options
        writeHeader()
    }

    /// Starts a TMX document whose bytes go to `output` as they are written (standard output, a pipe, a
    /// socket): the header at the first flush, then a chunk about every 256 units, the rest at ``finish()``.
    /// Memory stays constant however many units are written.
    /// - Parameters:
    ///   - options: what to write.
    ///   - output: receives the document's UTF-8 bytes in order; an error it throws comes out of
    ///     ``write(_:)`` or ``finish()``.
    public init(options: Options = Options(), output: @escaping (Data) throws -> Void) {
        handle = nil
        self.output = output
        self.options = options
        writeHeader()
    }

    private init(options: Options) {
        handle = nil
        output = nil
        self.options = options
        writeHeader()
    }

    /// A whole TMX document in memory.
    /// - Complexity: O(total size of the units).
    public static func data<S: Sequence>(for units: S, options: Options = Options()) -> Data where S.Element == TranslationUnit {
        let writer = TMXWriter(options: options)
        for unit in units { writer.add(unit) }
        return writer.w.finish()
    }

    /// Writes one unit.
    /// - Returns: `false` when the unit was skipped (bilingual output without both languages).
    /// - Throws: when writing to the file fails.
    @discardableResult
    public func write(_ unit: TranslationUnit) throws -> Bool {
        let added = add(unit)
        if written % 256 == 0 {
            if let handle { try handle.write(contentsOf: w.drain()) } else if let output { try output(w.drain()) }
        }
        return added
    }

    /// Closes the document and the file.
    /// - Throws: when writing to the file fails.
    public func finish() throws {
        guard !finished else { return }
        finished = true
        let rest = w.finish()
        if let handle {
            try handle.write(contentsOf: rest)
            try handle.close()
        } else if let output {
            try output(rest)
        }
    }

    private func writeHeader() {
        w.doctype("tmx", systemID: "tmx14.dtd")
        w.open("tmx", [("version", "1.4")])
        var attributes = [("creationtool", "Taalgrens"), ("creationtoolversion", options.toolVersion), ("segtype", "sentence"),
                          ("o-tmf", options.originalFormat), ("adminlang", options.adminLanguage.identifier),
                          ("srclang", options.pair?.source.identifier ?? options.sourceLanguage?.identifier ?? "*all*"),
                          ("datatype", options.dataType)]
        if let date = options.creationDate { attributes.append(("creationdate", TMXDate.format(date))) }
        w.open("header", attributes)
        w.close()
        w.open("body")
    }

    @discardableResult
    private func add(_ unit: TranslationUnit) -> Bool {
        var variants = unit.variants
        // The xml:lang each variant is written under: its own, or with a pair the pair's tag.
        var writtenAs: [LanguageTag: LanguageTag] = [:]
        if let pair = options.pair {
            let source = Self.pairVariant(in: unit, for: pair.source), target = Self.pairVariant(in: unit, for: pair.target)
            guard let s = source.variant, let t = target.variant, s.locale != t.locale else {
                for (choice, tag) in [(source, pair.source), (target, pair.target)] {
                    if let other = choice.otherRegion { otherRegion[Relabelling(stored: other, pair: tag), default: 0] += 1 }
                }
                skipped += 1
                return false
            }
            variants = [s, t]
            for (variant, tag) in [(s, pair.source), (t, pair.target)] {
                writtenAs[variant.locale] = tag
                if variant.locale != tag { relabelled[Relabelling(stored: variant.locale, pair: tag), default: 0] += 1 }
            }
        }
        func tag(_ variant: Variant) -> LanguageTag { writtenAs[variant.locale] ?? variant.locale }
        // A line separator held as text (U+000B, U+2028, …) is written as the line-break code it stands for.
        variants = variants.map { variant in
            var written = variant
            written.content = SegmentLineBreaks.codes(in: variant.content)
            return written
        }
        // Context another tool's props carry (memoQ, OmegaT, XTM, Trados): the props are written back as the
        // unit came, so the variant they describe needs no x-taalgrens-previous/-next of its own where they
        // give the same text, and the <tu> names it as its srclang, the variant the reader gives them to.
        let toolContext = Self.toolContext(of: unit, among: variants)
        var attributes = [("tuid", XMLText.droppingNonXMLChars(unit.id))]
        if let toolContext { attributes.append(("srclang", (writtenAs[toolContext.locale] ?? toolContext.locale).identifier)) }
        if let created = unit.created { attributes.append(("creationdate", TMXDate.format(created))) }
        if let changed = unit.changed { attributes.append(("changedate", TMXDate.format(changed))) }
        var attributeKeys: Set<String> = []
        for name in TMXConventions.unitAttributes {
            let key = TMXConventions.attributePrefix + name
            guard let value = unit.properties[key], name != "segtype" || TMXConventions.segmentTypes.contains(value) else { continue }
            attributes.append((name, XMLText.droppingNonXMLChars(value)))
            attributeKeys.insert(key)
        }
        w.open("tu", attributes)
        if unit.status != .aligned { prop(TMXConventions.status, unit.status.rawValue) }
        if let origin = unit.origin {
            prop(TMXConventions.originArticle, origin.article)
            if let block = origin.block { prop(TMXConventions.originBlock, String(block)) }
            if let position = origin.position { prop(TMXConventions.originPosition, String(position)) }
        }
        if let confidence = unit.confidence { prop(TMXConventions.confidence, String(confidence)) }
        var variantProps: [LanguageTag: [(String, String)]] = [:]
        var variantAttributes: [LanguageTag: [(String, String)]] = [:]
        // The one-sided context marker is derived from the tool's props when read, not a prop of its own.
        for key in unit.properties.keys.sorted() where !attributeKeys.contains(key) && key != TranslationUnit.contextSidesProperty {
            let value = unit.properties[key] ?? ""
            if let (locale, type) = TMXConventions.variantProperty(key, in: unit) {
                if type.hasPrefix(TMXConventions.attributePrefix),
                   TMXConventions.variantAttributeSet.contains(String(type.dropFirst(TMXConventions.attributePrefix.count))) {
                    variantAttributes[locale, default: []].append((String(type.dropFirst(TMXConventions.attributePrefix.count)), XMLText.droppingNonXMLChars(value)))
                } else {
                    variantProps[locale, default: []].append((type, value))
                }
            } else {
                prop(key, value)
            }
        }
        for note in unit.notes { w.element("note", text: XMLText.droppingNonXMLChars(note)) }
        for variant in variants {
            w.open("tuv", [("xml:lang", tag(variant).identifier)] + (variantAttributes[variant.locale] ?? []))
            let covered = toolContext?.locale == variant.locale ? toolContext : nil
            if let previous = variant.previous, covered?.previous != true { prop(TMXConventions.previous, previous) }
            if let next = variant.next, covered?.next != true { prop(TMXConventions.next, next) }
            if !variant.sentenceStarts.isEmpty {
                prop(TMXConventions.sentenceStarts, variant.sentenceStarts.map(String.init).joined(separator: ","))
            }
            if let status = variant.status, status != unit.status { prop(TMXConventions.status, status.rawValue) }
            if let ids = TMXConventions.codeIDsValue(variant.content) { prop(TMXConventions.codeIDs, ids) }
            if let attributes = TMXConventions.codeAttributesValue(variant.content) { prop(TMXConventions.codeAttributes, attributes) }
            for (type, value) in variantProps[variant.locale] ?? [] { prop(type, value) }
            writeSegment(variant.content)
            w.close()
        }
        w.close()
        written += 1
        return true
    }

    /// The variant of `unit` that a bilingual export writes for the pair tag `wanted`, and, when there is
    /// none because the unit has the language in another region only, that region's tag.
    ///
    /// The rule a CAT tool's memory of one language pair needs (eleventh trial, finding 11): the variant
    /// tagged `wanted`; a legacy `UK` region stands for `GB` (ISO 3166-1 reserves `UK` for the United
    /// Kingdom, whose code is `GB`; BCP 47 registers no `UK`), so `en-UK` is `en-GB`. For a `wanted` with a
    /// region, else the variant of the bare language (`en` has no region: it is also English of Britain),
    /// never another region's (`en-US` spelling is not `en-GB`). For a `wanted` without a region, the
    /// variant of that language that matches best (``TranslationUnit/variant(for:)``).
    /// - Complexity: O(v) in the number of variants.
    public static func pairVariant(in unit: TranslationUnit, for wanted: LanguageTag) -> (variant: Variant?, otherRegion: LanguageTag?) {
        if let exact = unit.variants.first(where: { $0.locale == wanted || legacyRegion($0.locale) == wanted }) { return (exact, nil) }
        guard wanted.region != nil else { return (unit.variant(for: wanted), nil) }
        let sameLanguage = unit.variants.filter { $0.locale.language == wanted.language }
        if let bare = sameLanguage.first(where: { $0.locale.region == nil }) { return (bare, nil) }
        return (nil, sameLanguage.first?.locale)
    }

    /// `tag` with a legacy `UK` region written as `GB` (`en-UK` → `en-GB`); `nil` when it has no `UK` region.
    public static func legacyRegion(_ tag: LanguageTag) -> LanguageTag? {
        guard tag.region == "UK" else { return nil }
        return LanguageTag(tag.identifier.split(separator: "-").map { $0 == "UK" ? "GB" : String($0) }.joined(separator: "-"))
    }

    /// The variant whose context the unit's tool props (``TMXToolContext``) give, and which sides they give
    /// exactly as the variant has them; `nil` when they give no variant's context. The first variant in
    /// written order whose context they match is the one (a tool's props describe its source variant).
    static func toolContext(of unit: TranslationUnit, among variants: [Variant]) -> (locale: LanguageTag, previous: Bool, next: Bool)? {
        for variant in variants where variant.previous != nil || variant.next != nil {
            let found = TMXToolContext.context(in: unit.properties, locale: variant.locale)
            let previous = found.previous != nil && found.previous?.text == variant.previous
            let next = found.next != nil && found.next?.text == variant.next
            if previous || next { return (variant.locale, previous, next) }
        }
        return nil
    }

    private func prop(_ type: String, _ value: String) {
        w.element("prop", [("type", XMLText.droppingNonXMLChars(type))], text: XMLText.droppingNonXMLChars(value))
    }

    private func writeSegment(_ content: RichText) {
        let forms = InlineLayout([content]).forms[0]
        var iByID: [String: Int] = [:]
        var openings: [String: InlineCode] = [:]
        for case .code(let code) in content.elements where code.kind == .opening { openings[code.id] = code }
        var hiOpen: Set<String> = []
        w.open("seg", [], mixed: true)
        for (e, element) in content.elements.enumerated() {
            switch element {
            case .text(let t):
                w.text(XMLText.droppingNonXMLChars(t))
            case .code(let code):
                guard let form = forms[e] else { continue }
                switch form {
                case .placeholder:
                    let isUT = code.attributes["tmx-element"] == "ut"
                    var attributes = x(code) + type(code)
                    if !isUT, let assoc = code.attributes["tmx-assoc"] { attributes.append(("assoc", assoc)) }
                    native(isUT ? "ut" : "ph", isUT ? x(code) : attributes, code)
                case .pairedOpen where code.attributes["tmx-element"] == "hi":
                    var attributes = x(code)
                    if let type = code.attributes["tmx-type"] { attributes.append(("type", type)) }
                    w.open("hi", attributes)
                    hiOpen.insert(code.id)
                case .pairedClose where hiOpen.contains(code.id):
                    hiOpen.remove(code.id)
                    w.close()
                case .pairedOpen, .start(isolated: false):
                    let i = iByID.count + 1
                    iByID[code.id] = i
                    native("bpt", [("i", String(i))] + x(code) + type(code), code)
                case .pairedClose, .end(isolated: false):
                    native("ept", [("i", String(iByID[code.id] ?? 0))], code, opening: openings[code.id])
                case .start(isolated: true):
                    native("it", [("pos", "begin")] + x(code) + type(code), code)
                case .end(isolated: true):
                    native("it", [("pos", "end")] + x(code) + type(code), code, opening: openings[code.id])
                }
            }
        }
        w.close()
    }

    /// `x`: the code id when it is a number (TMX 1.4b: an integer matching codes across variants).
    private func x(_ code: InlineCode) -> [(String, String)] {
        code.id.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) && !code.id.isEmpty ? [("x", code.id)] : []
    }

    private func type(_ code: InlineCode) -> [(String, String)] {
        if let type = code.attributes["tmx-type"] ?? XLIFFInlineTypes.tmx(code.type) { return [("type", type)] }
        return []
    }

    /// Writes an inline element with the code's native text, or its `<sub>` structure when it had one.
    private func native(_ name: String, _ attributes: [(String, String)], _ code: InlineCode, opening: InlineCode? = nil) {
        w.open(name, attributes)
        if let inner = code.attributes["tmx-inner"], let tree = try? XMLTree.parse(Data(("<r>" + inner + "</r>").utf8), file: "tmx-inner") {
            emit(tree.children)
        } else {
            w.text(XMLText.droppingNonXMLChars(TMXConventions.nativeText(for: code, opening: opening)))
        }
        w.close()
    }

    private func emit(_ nodes: [XMLTree.Node]) {
        for node in nodes {
            switch node {
            case .text(let t): w.text(t)
            case .element(let e):
                w.open(e.name, e.attributes.map { ($0.name, $0.value) })
                emit(e.children)
                w.close()
            }
        }
    }
}

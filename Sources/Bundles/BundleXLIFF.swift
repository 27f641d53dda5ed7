import Crypto
import Foundation
import Interchange
import TaalgrensCore
import TranslationMemory

/// The metadata keys a bundle writes into its XLIFF (``LocaleBundle``) and `taalgrens import` reads back
/// (``BundleXLIFF``): one list, so that the two sides cannot drift apart. XLIFF 2.1 writes them as
/// `<mda:meta type="…">`, XLIFF 1.2 as `<prop prop-type="…">` (`docs/bundles.md`).
public enum BundleMetadataKey {
    /// File: the article id exactly as the memory stores it (the `<file>` id is path-safe and may differ).
    public static let article = "article"
    /// File: the target locale the bundle was exported for (`nl-BE`), so that a file a translation tool
    /// returns with another target language is recognised (sixteenth trial, finding 18).
    public static let targetLocale = "target-locale"
    /// Unit: the index of the article block the unit holds (the unit id is `b<block>`).
    public static let block = "block"
    /// Unit: the front-matter field a block added for translation holds (`category`).
    public static let field = "field"
    /// Segment of several sentences: their positions in the block, comma-separated (`3,4`).
    public static let sentences = "sentences"
    /// Segment of several sentences: the UTF-16 offsets where each sentence starts in the segment.
    public static let sentenceStarts = "sentence-starts"
    /// Segment: the kind of the best match (`exact`, `context`, `fuzzy`).
    public static let matchKind = "match-kind"
    /// Segment: the score of the best match, one decimal.
    public static let matchScore = "match-score"
    /// Segment: the memory unit id of the best match.
    public static let matchUnit = "match-unit"
    /// Segment: `yes` when the best match's placeables were adapted to the source.
    public static let matchAdapted = "match-adapted"
    /// Segment: `yes` when the segment needs review (a low-confidence alignment behind its match).
    public static let needsReview = "needs-review"
}

/// A translator's XLIFF (2.x or 1.2, as ``XLIFFReader`` reads it) turned back into translation units:
/// the reading half of the bundle contract whose writing half is ``LocaleBundle`` (`docs/interchange.md`,
/// "Round trip of a bundle").
///
/// - A file from a Taalgrens bundle (``article(of:)``) gives units of that article: each segment whose
///   target is in state translated, reviewed or final becomes a unit (status `translated`, or `reviewed`
///   for reviewed and final) placed at its block and sentence (``place(unit:segment:article:)``), for the
///   memory to match with the article's unit of the same source sentence. Segments still in state initial
///   (the bundle's fuzzy drafts, or targets nobody confirmed) are skipped with a reason: they never
///   replace an article's translation.
/// - A bundle segment whose target and state are still what the export wrote (``PretranslationStamp``: a
///   pre-translation nobody touched) is counted as untouched and gives no unit, so an older bundle never
///   puts its older text back over a newer translation.
/// - Other segments with a target, and every segment of another tool's XLIFF, become bilingual units
///   `translated`, `reviewed`, or `needsReview` for state initial (never leveraged as exact), with the
///   neighbouring segments as context and the tool's notes, editor and dates.
public enum BundleXLIFF {
    /// What a document gave.
    public struct Reading: Sendable {
        /// The units, with file-local ids `<unit>:<segment>` (`~2`, `~3` … appended to a repeated pair).
        public var units: [TranslationUnit]
        /// The article of a Taalgrens bundle, `nil` for another tool's XLIFF.
        public var article: String?
        /// The name of the scope the units belong to: the article, else the given scope name, else the
        /// document's `original` (an absolute path reduced to its file name, ``XLIFFDocument/documentName(_:)``;
        /// not a schema's name, ``XLIFFDocument/namesSchema(_:)``), else its `<file>` id (the file name for a
        /// file id of `f1`).
        public var scopeName: String
        /// Why segments were skipped, and the reader's warnings, in file order, each starting with its
        /// line (`line 12: unit u1 segment s1: no target`).
        public var reasons: [String]
        /// Segments and units read but not turned into units (the reader's skipped units included).
        public var skipped: Int
        /// Bundle segments still as the export wrote them (``PretranslationStamp``).
        public var untouched: Int
    }

    /// The article a Taalgrens bundle's XLIFF was exported from, or `nil` for another tool's XLIFF.
    ///
    /// Bundles record the article id in the file metadata (``BundleMetadataKey/article``); bundles written
    /// before that name the `<file>` after the (path-safe) article id and set `original` to
    /// `<article-id>/<source file>`.
    public static func article(of document: XLIFFDocument) -> String? {
        if let article = document.metadata[BundleMetadataKey.article], !article.isEmpty { return article }
        if document.fileID != "f1", let original = document.original, original.hasPrefix(document.fileID + "/") {
            return document.fileID
        }
        return nil
    }

    /// Why a segment without a usable target is not imported, in the words of the file: a target that is
    /// only a copy of the source in a "still to translate" state (OmegaT and Okapi write such placeholders;
    /// the reader drops them) is not called missing, and a segment that only has candidates (`<alt-trans>`,
    /// XLIFF 1.2 §2.5.3; XLIFF 2 matches) says so, since a Trados or Okapi user expects a 100% candidate to
    /// count. Candidates are never imported: nobody chose them.
    static func noTargetReason(_ segment: XLIFFSegment, wording: XLIFFReadDetails.Segment?) -> String {
        var reason = "no target"
        if let state = wording?.state, state.contains("needs-translation") || state.contains("\"new\"") {
            reason = "no translation yet (\(state): the target is empty or a copy of the source)"
        }
        if let best = segment.matches.max(by: { ($0.matchQuality ?? $0.similarity) < ($1.matchQuality ?? $1.similarity) }) {
            let quality = best.matchQuality ?? best.similarity
            let count = segment.matches.count
            reason += count == 1
                ? "; only a candidate (\(Int(quality.rounded()))%), not imported: nobody chose it"
                : "; only \(count) candidates (best \(Int(quality.rounded()))%), not imported: nobody chose them"
        }
        return reason
    }

    /// The units of a translated XLIFF document (see the type's summary for the rules).
    /// - Parameters:
    ///   - document: the document as ``XLIFFReader`` read it.
    ///   - details: the reader's lines and notes for the same document.
    ///   - fileName: the file's name, the scope name of last resort.
    ///   - scopeName: a scope name given by the user (`--scope`); ignored for a bundle's file.
    /// - Complexity: O(segments).
    ///   - otherLanguage: judges a target's plain text: the language it reads as instead of the document's
    ///     target language, in words for a warning (`English (1 English function word, none of fr-BE)`), or
    ///     `nil` when it fits. Such a target of another tool's file (not a bundle's) is stored as needing
    ///     review (thirteenth trial, finding 14).
    public static func translationUnits(from document: XLIFFDocument, details: XLIFFReadDetails, fileName: String,
                                        scopeName: String? = nil, otherLanguage: ((String) -> String?)? = nil) -> Reading {
        let article = article(of: document)
        // An absolute path in `original` (Trados Studio's project path) names the file by its file name, so the
        // same file from another PC is the same scope (XLIFFDocument.documentName, twelfth trial, finding 17).
        let name = article ?? scopeName ?? document.original.flatMap { XLIFFDocument.namesSchema($0) ? nil : XLIFFDocument.documentName($0) }
            ?? (document.fileID == "f1" ? fileName : document.fileID)
        var flat = document.units.flatMap { unit in unit.segments.map { (unit, $0) } }
        var units: [TranslationUnit] = []
        // Skip reasons and warnings in file order: the reader's notes (units left out, targets that drop
        // codes) and the segments not imported, each with its line.
        func reason(_ note: XLIFFReadDetails.Note) -> (line: Int, text: String) {
            // A note on the document rather than one unit has no unit to name.
            let unit = note.unit.isEmpty ? "" : (note.skipped ? "unit \(note.unit): " : "unit \(note.unit), ")
            return (note.line, "line \(note.line): " + (note.skipped ? unit : "warning: " + unit) + note.message)
        }
        // A warning about one segment's target (codes it dropped) is given only when that segment is stored:
        // a draft that is not imported gets its skip reason alone (eleventh trial, finding 8: "imported as it
        // is" and "not imported" for the same segment, the second hidden behind "… 1 more").
        // A bundle's own segments with nothing to translate were written translate="no" (a copy of the
        // source, ``XLIFFSegment/translatable``): left out of its own return without a word. Another
        // tool's translate="no" on text (a name) is still named.
        let readerNotes = article == nil ? details.notes : details.notes.filter { note in
            !(note.notForTranslation && note.skippedSource.map { SegmentDecision.nothingToTranslate(RichText(plain: $0)) } == true)
        }
        var reasons = readerNotes.filter { $0.segment == nil }.map(reason)
        var segmentNotes: [String: [XLIFFReadDetails.Note]] = [:]
        for note in readerNotes { if let segment = note.segment { segmentNotes[note.unit + "\u{1F}" + segment, default: []].append(note) } }
        var skipped = readerNotes.filter(\.skipped).count
        /// A reason at the segment's line (`line N: ` in front when the reader knows it).
        func note(_ unit: XLIFFUnit, _ segment: XLIFFSegment, _ text: String) {
            let line = details.segment(unit: unit.id, segment: segment.id)?.line ?? 0
            reasons.append((line, "\(line > 0 ? "line \(line): " : "")\(text)"))
        }
        func skip(_ unit: XLIFFUnit, _ segment: XLIFFSegment, _ why: String) {
            note(unit, segment, "unit \(unit.id) segment \(segment.id): \(why)")
            skipped += 1
        }
        if article != nil {
            let (merged, pieces) = Self.mergingSplitSegments(flat)
            flat = merged
            for piece in pieces {
                let (unit, segment) = flat[piece.into]
                note(unit, segment, "unit \(unit.id) segment \(piece.pieceID) was split off segment \(segment.id) in the "
                     + "translation tool: both stored as one unit, the segment the bundle exported")
            }
        }
        var localIDs: Set<String> = []
        var untouched = 0
        let joins = joinedWithNext(flat.map { (unit: $0.0, segment: $0.1) })
        for (index, (unit, segment)) in flat.enumerated() {
            if joins.contains(index - 1) { continue }  // its sentence is translated in the previous segment's target
            guard let target = segment.target, !Self.isBlank(target) else {
                skip(unit, segment, Self.noTargetReason(segment, wording: details.segment(unit: unit.id, segment: segment.id)))
                continue
            }
            var status: UnitStatus
            switch segment.state {
            case .reviewed where PretranslationStamp.isConfirmedByExport(segment):
                // approved="yes" that the export itself wrote on a trusted pre-translation (XLIFF 1.2): the
                // translator changed the text but reviewed nothing the file can show.
                status = .translated
            case .reviewed, .final: status = .reviewed
            case .translated: status = .translated
            case .initial:
                if article != nil {
                    // In the file's own words: a 1.2 file says state="needs-review-translation", not initial.
                    let wording = details.segment(unit: unit.id, segment: segment.id)
                    if PretranslationStamp.isEditedDraft(segment) {
                        // The memory's fuzzy draft, rewritten by a translator whose tool left the state as it
                        // found it (OmegaT, Okapi-based tools, an edit by hand): the edit is kept, as needing
                        // review, never as a 100 % match (twelfth trial, finding 8: it was dropped).
                        note(unit, segment, "warning: unit \(unit.id) segment \(segment.id): \(wording?.state ?? "state initial"), "
                             + "but the target was edited since the export: stored as needing review; "
                             + "\(wording?.confirm ?? "set it to translated or final") once it is checked")
                        status = .needsReview
                        break
                    }
                    let why = PretranslationStamp.isUntouched(segment) ? "the memory's fuzzy draft, untouched" : "a draft nobody confirmed"
                    skip(unit, segment, "\(wording?.state ?? "state initial") (\(why)): not imported; "
                         + "\(wording?.confirm ?? "set it to translated or final") to import it")
                    continue
                }
                // Another tool's draft is kept, as needing review; said in the file's own words (eleventh
                // trial, finding 9: the summary said only "added").
                let wording = details.segment(unit: unit.id, segment: segment.id)
                note(unit, segment, "unit \(unit.id) segment \(segment.id): \(wording?.state ?? "state initial") (a draft): "
                     + "stored as needing review, never offered as a 100 % match")
                status = .needsReview
            }
            if article != nil && PretranslationStamp.isUntouched(segment) {
                untouched += 1
                continue
            }
            if status != .reviewed, let qualifier = segment.metadata["state-qualifier"], let kind = Self.untrustedQualifier(qualifier) {
                // XLIFF 1.2 §2.5.3 (state-qualifier): a target that machine translation suggested, or that a
                // reviewer rejected, is not a translator's sentence, whatever its state says (ninth trial,
                // finding 2: Okapi and memoQ write state="translated" with "mt-suggestion").
                status = .needsReview
                note(unit, segment, "warning: unit \(unit.id) segment \(segment.id): state-qualifier=\"\(qualifier)\" "
                     + "(\(kind)): stored as needing review, never offered as a 100 % match; set state=\"signed-off\" "
                     + "once a translator has checked it")
            }
            if status == .translated, let mark = segment.metadata[XLIFFSegment.machineTranslationKey]
                ?? MachineTranslationMarks.candidateMark(segment.matches, target: target) {
                // Machine translation marked the XLIFF 2 or ITS way (eighteenth trial, finding 1: eTranslation and
                // DeepL output was served as a 100 % exact match): as a state-qualifier="mt-suggestion" is.
                status = .needsReview
                note(unit, segment, "warning: unit \(unit.id) segment \(segment.id): machine translation (\(mark)): stored as "
                     + "needing review, never offered as a 100 % match; once a translator has checked it, mark it reviewed or final "
                     + "(XLIFF 1.2: state=\"signed-off\" or \"final\")")
            }
            if let language = segment.foreignTargetLanguage {
                // The file says the target is in another language than the one it is stored under (a vendor's
                // German in a fr-BE file, thirteenth trial, finding 14): kept, never served as a 100 % match.
                status = .needsReview
                note(unit, segment, "warning: unit \(unit.id) segment \(segment.id): the <target> says xml:lang=\"\(language)\", "
                     + "not the document's target language: stored as needing review, never offered as a 100 % match")
            }
            // Another tool's file only: a returned bundle of our own article is checked by `check`'s
            // wrong-language rule over the whole version, where one quotation cannot decide.
            if article == nil, status != .reviewed && status != .needsReview && !Self.isCopyOfSource(target, segment.source, in: document),
               let language = otherLanguage?(ICUMessageText.words(in: target.plainText)) {
                status = .needsReview
                note(unit, segment, "warning: unit \(unit.id) segment \(segment.id): the target reads as \(language), "
                     + "not as \(document.targetLocale): stored as needing review, never offered as a 100 % match")
            }
            if segment.metadata[XLIFFSegment.lockLiftedKey] != nil, let lock = segment.toolLock {
                let wording = details.segment(unit: unit.id, segment: segment.id)?.state ?? "an unconfirmed status"
                note(unit, segment, "unit \(unit.id) segment \(segment.id): \(wording), but locked (\(lock)): the project "
                     + "keeps this translation as it stands, so it is not taken for a draft")
            }
            // A locked copy (a name, a code the project keeps as it is) is meant: no placeholder.
            if segment.toolLock == nil && Self.isCopyOfSource(target, segment.source, in: document) {
                // OmegaT, Okapi, Transifex ("for use"), Crowdin and Phrase fill an untranslated segment's target
                // with its source; a bundle published it in English inside the Dutch article at 101 % (seventh
                // trial, finding 8), then at 95 % (seventeenth trial, finding 15). Kept (a later translation
                // replaces it), never a match: the search leaves such pairs out whatever their status.
                if status != .reviewed { status = .needsReview }
                note(unit, segment, "warning: unit \(unit.id) segment \(segment.id): the target is a copy of the "
                     + "source (a tool's default for a segment nobody translated?): stored "
                     + (status == .reviewed ? "as signed off" : "as needing review")
                     + ", never offered as a match for \(document.targetLocale)")
            }
            let (unpadded, trimmed) = Self.trimmingPadding(target, like: segment.source)
            if trimmed {
                // A tool that keeps the source's spacing with xml:space="preserve", or a translator's stray
                // spaces: stored, they came back in the next article (ninth trial, finding 9).
                note(unit, segment, "warning: unit \(unit.id) segment \(segment.id): white space around the target "
                     + "that the source does not have was removed")
            }
            // Context stays inside the unit's own <file> of a several-file document (XLIFFUnit.file).
            let previous = index > 0 && flat[index - 1].0.file == unit.file ? flat[index - 1].1 : nil
            var source = segment.source, sentenceStarts: [Int] = [], nextIndex = index + 1
            if joins.contains(index) {
                let second = flat[index + 1].1
                sentenceStarts = [source.plainText.utf16.count + 1]
                source = source + RichText(plain: " ") + second.source
                nextIndex = index + 2
                note(unit, segment, "unit \(unit.id) segments \(segment.id) and \(second.id): one target "
                     + "for both sentences (the second's target is empty): stored as one unit of two sentences")
            }
            let next = nextIndex < flat.count && flat[nextIndex].0.file == unit.file ? flat[nextIndex].1 : nil
            // A bundle's segment ids are places in that day's export (every paragraph inserted above shifts
            // them), so its units are stored under their source text; another tool's ids are its own.
            let baseID = article != nil ? Self.storedID(source: source) : Self.localID(unit: unit.id, segment: segment.id)
            var localID = baseID
            var n = 2
            while !localIDs.insert(localID).inserted {
                localID = baseID + "~\(n)"
                n += 1
            }
            reasons += (segmentNotes[unit.id + "\u{1F}" + segment.id] ?? []).map(reason)
            let origin = article.map { place(unit: unit, segment: segment, article: $0) } ?? Origin(article: unit.file.flatMap { XLIFFDocument.namesSchema($0) ? nil : XLIFFDocument.documentName($0) } ?? name)
            let tool = document.toolMetadata(unit: unit, segment: segment)  // notes, editor, dates (nil when unknown)
            units.append(TranslationUnit(
                id: localID,
                variants: [
                    Variant(locale: document.sourceLocale, content: source, sentenceStarts: sentenceStarts,
                            previous: previous?.source.plainText, next: next?.source.plainText),
                    Variant(locale: document.targetLocale, content: Self.completingCodes(of: unpadded, from: source),
                            previous: previous.flatMap(Self.unpaddedTarget), next: next.flatMap(Self.unpaddedTarget)),
                ],
                origin: origin,
                status: status,
                properties: tool.properties.merging(["xliff-unit": unit.id, "xliff-segment": segment.id, "xliff-state": segment.state.rawValue]) { $1 },
                notes: tool.notes, created: tool.created, changed: tool.changed))
        }
        // By line; notes of one line keep their order.
        let ordered = reasons.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element.text)
        return Reading(units: units, article: article, scopeName: name, reasons: ordered, skipped: skipped, untouched: untouched)
    }

    /// The target with each inline code that shares its id and kind with a source code (of the same type, or
    /// of none given) completed by the attribute keys and type it lacks, taken from that source code; the
    /// target's own values win. In XLIFF a target
    /// code refers to the source code of the same id (XLIFF 1.2, "Inline Elements", §2.4: the `id` links
    /// codes of `<source>` and `<target>`; XLIFF 2.1 §4.7.1), and CAT tools rebuild target codes from the
    /// source's id and type without the attributes of other namespaces: memoQ, Trados and OmegaT write
    /// `<g id="1" ctype="link">` back without the `tg:href` the bundle gave the source's code, and the link
    /// was stored (and later published) without its address.
    /// - Complexity: O(codes of the target + codes of the source).
    static func completingCodes(of target: RichText, from source: RichText) -> RichText {
        var sourceCodes: [String: InlineCode] = [:]
        for code in source.codes { sourceCodes["\(code.kind):\(code.id)"] = sourceCodes["\(code.kind):\(code.id)"] ?? code }
        guard !sourceCodes.isEmpty else { return target }
        var changed = false
        let elements = target.elements.map { element -> InlineElement in
            guard case .code(var code) = element, let own = sourceCodes["\(code.kind):\(code.id)"],
                  own.type == code.type || code.type == .other else { return element }
            let merged = code.attributes.merging(own.attributes) { mine, _ in mine }
            guard merged != code.attributes || code.type != own.type else { return element }
            code.attributes = merged
            code.type = own.type  // a `<g>` without `ctype` is the source's link, not an unknown code
            changed = true
            return .code(code)
        }
        return changed ? RichText(elements) : target
    }

    /// Whether a target is its source copied, no translation: ``SourceCopy/isUntranslatedCopy(source:sourceLocale:target:targetLocale:)``
    /// (the same text once white space and invisible characters are normalised, in another language, with a
    /// word of the source's language), the rule the memory's search applies, so that names, numbers, URLs and
    /// labels that stay the same in every language ("Instagram", "116 000", "Safer Internet Day") are not
    /// taken for untranslated text and what the import says is what a query does.
    /// - Complexity: O(length of the texts).
    static func isCopyOfSource(_ target: RichText, _ source: RichText, in document: XLIFFDocument) -> Bool {
        SourceCopy.isUntranslatedCopy(source: source, sourceLocale: document.sourceLocale, target: target, targetLocale: document.targetLocale)
    }

    /// What an XLIFF 1.2 `state-qualifier` value (§2.5.3 and the attribute values list, "state-qualifier")
    /// says about a target that is not a translator's confirmed sentence: `machine translation` for
    /// `mt-suggestion` and `leveraged-mt`, `rejected by a reviewer` for the four `rejected-…` values; `nil`
    /// for the others (`exact-match`, `fuzzy-match`, `leveraged-tm`, `tm-suggestion`, … say where a target
    /// came from, and its `state` says whether someone confirmed it). Case-insensitive; a tool's own `x-…`
    /// value containing `mt` as a word (`x-mt`, `x-deepl-mt`) counts as machine translation too.
    static func untrustedQualifier(_ value: String) -> String? {
        let v = value.lowercased()
        if v == "mt-suggestion" || v == "leveraged-mt" { return "machine translation" }
        if v.hasPrefix("rejected-") { return "rejected by a reviewer" }
        if v.hasPrefix("x-"), v.split(whereSeparator: { !$0.isLetter }).contains("mt") { return "machine translation" }
        return nil
    }

    /// `target` without the white space at its start and at its end that `source` does not have at its own
    /// (Unicode white space, in the text before the first inline code and after the last one); the
    /// second value says whether anything was removed. White space inside the text is left alone.
    /// - Complexity: O(length of the texts).
    static func trimmingPadding(_ target: RichText, like source: RichText) -> (RichText, Bool) {
        let plain = source.plainText
        var elements = target.elements
        var trimmed = false
        if plain.first?.isWhitespace != true, case .text(let t)? = elements.first, t.first?.isWhitespace == true {
            elements[0] = .text(String(t.drop(while: \.isWhitespace)))
            trimmed = true
        }
        if plain.last?.isWhitespace != true, case .text(let t)? = elements.last, t.last?.isWhitespace == true {
            let kept = t.reversed().drop(while: \.isWhitespace)
            elements[elements.count - 1] = .text(String(kept.reversed()))
            trimmed = true
        }
        return trimmed ? (RichText(elements), true) : (target, false)
    }

    /// A neighbour segment's target text as context, without padding its source lacks (``trimmingPadding(_:like:)``).
    static func unpaddedTarget(_ segment: XLIFFSegment) -> String? {
        segment.target.map { trimmingPadding($0, like: segment.source).0.plainText }
    }

    /// The file-local id of a segment as a unit, `<unit id>:<segment id>`: what `check` names it in findings,
    /// and what `import` stores a segment of another tool's XLIFF under (within the file's scope); a bundle's
    /// segments are stored under ``storedID(source:)``.
    public static func localID(unit: String, segment: String) -> String { "\(unit):\(segment)" }

    /// The id a returned bundle's segment is stored under within its article's scope: `src:` and the first
    /// 12 hexadecimal digits of the SHA-256 of its source's plain text in NFC (for a join, both sentences).
    ///
    /// A bundle's segment ids (`b3.s0`) name a place in the export they came from, and a newsroom re-publishes
    /// corrected articles daily: an id keyed by place made Tuesday's returned quote overwrite Monday's
    /// heading that had been at `b3.s0` (eighth trial, finding 1). Keyed by what it translates, a returned
    /// translation of the same sentence updates the earlier one, and one of another sentence is added beside
    /// it. A sentence that occurs twice in one file takes `~2`, `~3` after the second time.
    /// - Complexity: O(length of the source).
    public static func storedID(source: RichText) -> String {
        let digest = SHA256.hash(data: Data(source.plainText.precomposedStringWithCanonicalMapping.utf8))
        return "src:" + digest.prefix(6).map { String(format: "%02x", $0) }.joined()
    }

    /// Where a bundle segment comes from in its article: the block from the unit's
    /// ``BundleMetadataKey/block`` (else its id `b<block>`), the first sentence position from the segment's
    /// ``BundleMetadataKey/sentences`` (else its id `b<block>.s<position>` or `….s<first>-<last>`). The
    /// memory uses it to prefer the unit at the same place among units with the same source text.
    public static func place(unit: XLIFFUnit, segment: XLIFFSegment, article: String) -> Origin {
        func number(after marker: Character, in text: Substring) -> Int? {
            guard let at = text.lastIndex(of: marker) else { return nil }
            return Int(text[text.index(after: at)...].prefix { $0.isNumber })
        }
        let block = unit.metadata[BundleMetadataKey.block].flatMap(Int.init) ?? number(after: "b", in: Substring(unit.id))
        let position = segment.metadata[BundleMetadataKey.sentences]?.split(separator: ",").first.flatMap { Int($0) }
            ?? segment.id.split(separator: ".").last.flatMap { number(after: "s", in: $0) }
        return Origin(article: article, block: block, position: position)
    }
}

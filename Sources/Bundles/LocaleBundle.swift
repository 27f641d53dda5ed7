import Foundation
import Interchange
import TaalgrensCore
import Terminology

/// Everything computed for one target locale before anything is written: the decisions per segment, and
/// from them the XLIFF document, the target article and the report.
struct LocaleBundle {
    var source: SegmentedArticle
    var sourceLocale: LanguageTag
    var targetLocale: LanguageTag
    /// The sanitised article id.
    var articleID: String
    var decisions: [SegmentDecision]
    /// Blocks appended after the article's own blocks for its translatable front-matter fields (block
    /// index → key, `category`); see ``BundleOptions/translatableFields``.
    var fields: [Int: String] = [:]

    /// The XLIFF document: one unit per block that has sentences, one segment per decision.
    /// - Parameter original: the `original` path (already checked safe).
    func xliff(original: String, matchOrigin: String) -> XLIFFDocument {
        var units: [XLIFFUnit] = []
        var byBlock: [Int: [SegmentDecision]] = [:]
        for d in decisions { byBlock[d.piece.block, default: []].append(d) }
        for (blockIndex, block) in source.article.blocks.enumerated() {
            guard let ds = byBlock[blockIndex], !ds.isEmpty else { continue }
            let segments = ds.map { d -> XLIFFSegment in
                var metadata: [String: String] = [:]
                if d.piece.isRun {
                    metadata[BundleMetadataKey.sentences] = d.piece.positions.map(String.init).joined(separator: ",")
                    metadata[BundleMetadataKey.sentenceStarts] = d.piece.sentenceStarts.map(String.init).joined(separator: ",")
                }
                if let best = d.piece.best {
                    metadata[BundleMetadataKey.matchKind] = best.kind.rawValue
                    metadata[BundleMetadataKey.matchScore] = SegmentDecision.format(best.score)
                    metadata[BundleMetadataKey.matchUnit] = best.unit
                    if best.adapted { metadata[BundleMetadataKey.matchAdapted] = "yes" }
                }
                if d.needsReview { metadata[BundleMetadataKey.needsReview] = "yes" }
                // What the memory gave, so that importing the file back skips what nobody touched.
                if let target = d.target { metadata.merge(PretranslationStamp.metadata(target: target, state: d.state)) { $1 } }
                // A candidate is the stored pair as the memory holds it (XLIFF 1.2 §2.5.3 `<alt-trans>`, XLIFF 2
                // Translation Candidates: a translation "of the source" shown beside it); the adapted text is
                // the segment's own target. An adapted match says so in its metadata.
                let candidates = d.piece.matches.map { m in
                    var candidateMetadata = [BundleMetadataKey.matchKind: m.kind.rawValue, BundleMetadataKey.matchScore: SegmentDecision.format(m.score)]
                    if m.adapted { candidateMetadata[BundleMetadataKey.matchAdapted] = "yes" }
                    return XLIFFCandidate(similarity: min(roundedToTenth(m.score), 100), origin: m.origin ?? matchOrigin,
                                          type: m.kind == .context ? "icm" : "tm", source: m.source, target: m.storedTarget,
                                          reference: m.unit, metadata: candidateMetadata)
                }
                var segment = XLIFFSegment(id: d.segmentID, source: d.piece.source, target: d.target, state: d.state,
                                           matches: candidates, metadata: metadata)
                // An exact or context match whose codes mapped: the same "needs no review" as the report's
                // (XLIFF 1.2 writes it as approved="yes"; ``XLIFFSegment/confirmed``).
                segment.confirmed = d.target != nil && d.state == .translated && !d.needsReview
                segment.translatable = !d.locked
                return segment
            }
            var unitMetadata = [BundleMetadataKey.block: String(blockIndex)]
            if let field = fields[blockIndex] { unitMetadata[BundleMetadataKey.field] = field }
            units.append(XLIFFUnit(id: SegmentDecision.unitID(block: blockIndex), kind: block.kind.rawValue,
                                   segments: segments, metadata: unitMetadata))
        }
        // The article id exactly as the memory stores it (``articleID`` is sanitised for paths): what
        // `taalgrens import` needs to update the article's units from the returned file; and the locale the
        // bundle is for, against which the returned file's target language is checked.
        return XLIFFDocument(sourceLocale: sourceLocale, targetLocale: targetLocale, fileID: articleID,
                             original: original, units: units, metadata: [BundleMetadataKey.article: source.article.id,
                                                                     BundleMetadataKey.targetLocale: targetLocale.identifier])
    }

    /// The article in the target locale: each block rebuilt from the source block, with every piece that
    /// has a publishable target (context or exact match) replaced by it and the rest left in the source
    /// language. Text between sentences (spacing, codes) comes from the source block. `polish` is applied
    /// to the text of the target pieces only (target typography), never to source-language text.
    /// - Parameter sourceLanguage: when given, every run of text left in the source language is wrapped in a
    ///   paired `other` code with the attribute `lang` (``HTMLRenderer`` writes `<span lang="en">`): the
    ///   whole sentence when its codes open and close inside it, else each of its text runs, so that the
    ///   span always nests with the links and emphasis around it.
    func targetArticle(metadata: [String: String], polish: (RichText) -> RichText, sourceLanguage: LanguageTag? = nil) -> Article {
        var byBlock: [Int: [SegmentDecision]] = [:]
        for d in decisions { byBlock[d.piece.block, default: []].append(d) }
        var blocks: [Block] = []
        for (blockIndex, block) in source.article.blocks.enumerated() {
            var out = block
            if let ds = byBlock[blockIndex], !ds.isEmpty {
                let content = block.content
                let length = content.plainText.utf16.count
                var elements: [InlineElement] = []
                var cursor = 0
                var spans = 0
                // The text of an image block is its `alt`, an attached block's an attribute's value: an attribute
                // cannot hold a <span lang>, so a sentence left in the source language stays as it is there
                // (twelfth trial, finding 1: the English alt became visible page text next to an `alt=""`).
                let textIsAttribute = Self.textIsAttribute(block)
                for d in ds.sorted(by: { $0.piece.start < $1.piece.start }) {
                    elements += content.slice(utf16: cursor..<d.piece.start).elements
                    if d.rendersTarget, let target = d.target {
                        elements += polish(target).elements
                    } else if textIsAttribute {
                        elements += d.piece.source.elements
                    } else if let sourceLanguage, d.piece.source.unpairedCodes.isEmpty {
                        // One span around the whole sentence: its codes open and close inside it.
                        spans += 1
                        let id = "lang-\(spans)"
                        elements += [.code(InlineCode(id: id, kind: .opening, type: .other, attributes: ["lang": sourceLanguage.identifier]))]
                            + d.piece.source.elements + [.code(InlineCode(id: id, kind: .closing, type: .other))]
                    } else if let sourceLanguage {
                        for element in d.piece.source.elements {
                            guard case .text(let text) = element, text.contains(where: { $0.isLetter }) else {
                                elements.append(element)
                                continue
                            }
                            spans += 1
                            let id = "lang-\(spans)"
                            elements += [.code(InlineCode(id: id, kind: .opening, type: .other, attributes: ["lang": sourceLanguage.identifier])),
                                         element, .code(InlineCode(id: id, kind: .closing, type: .other))]
                        }
                    } else {
                        elements += d.piece.source.elements
                    }
                    cursor = d.piece.end
                }
                elements += content.slice(utf16: cursor..<length).elements
                out.content = InlineCodeMapping.balanced(RichText(elements))
            }
            blocks.append(out)
        }
        return Article(id: source.article.id, locale: targetLocale, format: source.article.format,
                       metadata: metadata, blocks: blocks, source: nil)
    }

    /// The check units for the term, number and QA rules: each pre-translated segment (state `translated`)
    /// with its source and target, and the target's codes that the memory's translation has and its
    /// source lacks (not a mismatch). Fuzzy drafts are left out: the translator rewrites them anyway.
    /// - Parameter polish: the target locale's typography as the rendered article applies it
    ///   (``TargetRenderer/polish(for:)``), so the findings are those of the delivered text: a French
    ///   space before « : » that the article writes as U+00A0 is no finding. Offsets in the findings are
    ///   then UTF-16 offsets into the polished text.
    func checkUnits(polish: (RichText) -> RichText = { $0 }) -> [CheckUnit] {
        decisions.filter { $0.state == .translated }.compactMap { d in
            d.target.map { CheckUnit(id: d.segmentID, variants: [sourceLocale: d.piece.source, targetLocale: polish($0)],
                                     targetOnlyCodes: d.targetOnlyCodes.isEmpty ? [:] : [targetLocale: d.targetOnlyCodes]) }
        }
    }

    /// The report, with the findings of the checker on ``checkUnits(polish:)`` (term, number and QA rules).
    ///
    /// `inline-code-mismatch` has one owner, the checker's rule (severity error, with the code's position):
    /// the bundle adds no finding of its own when a match's codes did not map; it marks the segment for
    /// review and says why in its notes, so one problem is reported once.
    func report(memory: String, minScore: Double, findings termFindings: [Finding], images: [BundleImage] = []) -> LeverageReport {
        let unitOf = Dictionary(decisions.map { ($0.segmentID, $0.unitID) }, uniquingKeysWith: { a, _ in a })
        var findings: [BundleFinding] = termFindings.map { f in
            BundleFinding(rule: f.rule, severity: f.severity.rawValue, locale: f.locale.identifier,
                          unit: unitOf[f.unit] ?? f.unit, segment: f.unit, termId: f.termId, text: f.text,
                          start: f.start, end: f.end, message: f.message, suggestion: f.suggestion,
                          textLocale: f.textLocale?.identifier)
        }
        let order = Dictionary(decisions.enumerated().map { ($1.segmentID, $0) }, uniquingKeysWith: { a, _ in a })
        // A total order, so the report is the same in every process (no dependence on hashing or sort stability).
        findings.sort {
            (order[$0.segment] ?? 0, $0.start ?? 0, $0.end ?? 0, $0.rule, $0.textLocale ?? "", $0.message)
                < (order[$1.segment] ?? 0, $1.start ?? 0, $1.end ?? 0, $1.rule, $1.textLocale ?? "", $1.message)
        }
        let all = source.allSegments
        let totals = LeverageReport.Count(segments: all.count,
                                          words: all.reduce(0) { $0 + WordCount.count($1.text, locale: sourceLocale) })
        return LeverageReport(article: source.article.id, sourceLocale: sourceLocale, targetLocale: targetLocale, memory: memory,
                              minScore: minScore, totals: totals, segments: decisions.map { $0.reported() }, findings: findings,
                              images: images)
    }
}

extension LocaleBundle {
    /// Whether a block's text is an attribute's value in the rendered article: an image block's text is its
    /// `alt` (a caption holding the image code), an attached block's (led by an `attribute` code) the
    /// `alt` or `title` of its owner's code or an embed's slot.
    static func textIsAttribute(_ block: Block) -> Bool {
        guard block.kind == .caption else { return false }
        if block.role == nil, block.content.codes.contains(where: { $0.type == .image }) { return true }
        return block.content.codes.first?.attributes["attribute"] != nil
    }

    /// The address of every image of the article in the target locale, in document order (a `<picture>`'s
    /// sources before its `<img>`): each candidate of a `<source srcset>`, and each image's `src`, then the
    /// candidates of its `srcset` (``SourceSet``), so that the bundle copies the `webp` and high-density
    /// variants a page names as well.
    func imageSources() -> [String] {
        targetArticle(metadata: [:], polish: { $0 }).blocks.flatMap { block in
            block.content.codes.flatMap { code -> [String] in
                let srcset = code.attributes["srcset"].map { SourceSet($0).addresses } ?? []
                if code.type == .image { return (code.attributes["src"].map { [$0] } ?? []) + srcset }
                return code.type == .other && code.attributes["element"] == "source" ? srcset : []
            }
        }
    }
}

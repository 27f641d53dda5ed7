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
                    metadata["sentences"] = d.piece.positions.map(String.init).joined(separator: ",")
                    metadata["sentence-starts"] = d.piece.sentenceStarts.map(String.init).joined(separator: ",")
                }
                if let best = d.piece.best {
                    metadata["match-kind"] = best.kind.rawValue
                    metadata["match-score"] = SegmentDecision.format(best.score)
                    metadata["match-unit"] = best.unit
                    if best.adapted { metadata["match-adapted"] = "yes" }
                }
                if d.needsReview { metadata["needs-review"] = "yes" }
                let candidates = d.piece.matches.map { m in
                    XLIFFCandidate(similarity: min(roundedToTenth(m.score), 100), origin: m.origin ?? matchOrigin,
                                   type: m.kind == .context ? "icm" : "tm", source: m.source, target: m.target,
                                   reference: m.unit,
                                   metadata: ["match-kind": m.kind.rawValue, "match-score": SegmentDecision.format(m.score)])
                }
                return XLIFFSegment(id: d.segmentID, source: d.piece.source, target: d.target, state: d.state,
                                    matches: candidates, metadata: metadata)
            }
            units.append(XLIFFUnit(id: SegmentDecision.unitID(block: blockIndex), kind: block.kind.rawValue,
                                   segments: segments, metadata: ["block": String(blockIndex)]))
        }
        // The article id exactly as the memory stores it (``articleID`` is sanitised for paths): what
        // `taalgrens import` needs to update the article's units from the returned file.
        return XLIFFDocument(sourceLocale: sourceLocale, targetLocale: targetLocale, fileID: articleID,
                             original: original, units: units, metadata: ["article": source.article.id])
    }

    /// The article in the target locale: each block rebuilt from the source block, with every piece that
    /// has a publishable target (context or exact match) replaced by it and the rest left in the source
    /// language. Text between sentences (spacing, codes) comes from the source block. `polish` is applied
    /// to the text of the target pieces only (target typography), never to source-language text.
    func targetArticle(metadata: [String: String], polish: (RichText) -> RichText) -> Article {
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
                for d in ds.sorted(by: { $0.piece.start < $1.piece.start }) {
                    elements += content.slice(utf16: cursor..<d.piece.start).elements
                    if d.rendersTarget, let target = d.target {
                        elements += polish(target).elements
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
    /// with its source and target. Fuzzy drafts are left out: the translator rewrites them anyway.
    func checkUnits() -> [CheckUnit] {
        decisions.filter { $0.state == .translated }.compactMap { d in
            d.target.map { CheckUnit(id: d.segmentID, variants: [sourceLocale: d.piece.source, targetLocale: $0]) }
        }
    }

    /// The report, with the findings of `checker` (when given) and the bundle's own inline-code findings.
    func report(memory: String, minScore: Double, findings termFindings: [Finding]) -> LeverageReport {
        let unitOf = Dictionary(decisions.map { ($0.segmentID, $0.unitID) }, uniquingKeysWith: { a, _ in a })
        var findings: [BundleFinding] = termFindings.map { f in
            BundleFinding(rule: f.rule, severity: f.severity.rawValue, locale: (f.textLocale ?? f.locale).identifier,
                          unit: unitOf[f.unit] ?? f.unit, segment: f.unit, termId: f.termId, text: f.text,
                          start: f.start, end: f.end, message: f.message, suggestion: f.suggestion)
        }
        for d in decisions {
            guard let mismatch = d.codeMismatch, d.target != nil else { continue }
            findings.append(BundleFinding(
                rule: "inline-code-mismatch", severity: "warning", locale: targetLocale.identifier,
                unit: d.unitID, segment: d.segmentID,
                message: "The match's inline codes (links, emphasis) do not all correspond to the source's: \(mismatch.dropped) dropped from the target, \(mismatch.missing) of the source's missing. Put them back where they belong.",
                suggestion: nil))
        }
        let order = Dictionary(decisions.enumerated().map { ($1.segmentID, $0) }, uniquingKeysWith: { a, _ in a })
        // A total order, so the report is the same in every process (no dependence on hashing or sort stability).
        findings.sort {
            (order[$0.segment] ?? 0, $0.start ?? 0, $0.end ?? 0, $0.rule, $0.locale, $0.message)
                < (order[$1.segment] ?? 0, $1.start ?? 0, $1.end ?? 0, $1.rule, $1.locale, $1.message)
        }
        let all = source.allSegments
        let totals = LeverageReport.Count(segments: all.count,
                                          words: all.reduce(0) { $0 + WordCount.count($1.text, locale: sourceLocale) })
        return LeverageReport(article: articleID, sourceLocale: sourceLocale, targetLocale: targetLocale, memory: memory,
                              minScore: minScore, totals: totals, segments: decisions.map { $0.reported() }, findings: findings)
    }
}

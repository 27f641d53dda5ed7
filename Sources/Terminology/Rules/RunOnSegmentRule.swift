import TaalgrensCore

/// `run-on-segment`: a segment of the source or of a target of at least ``CheckRule/runOnLength``
/// Characters, a paste error or a text without sentence punctuation (tenth trial, finding 12: a
/// 60,000-word "sentence"). The aligner pairs such a segment only with a run-on at the same place of the
/// other version, for review; a translator cannot work with it as one segment either. One warning per
/// variant, over the whole segment, with its length in words and Characters.
struct RunOnSegmentRule: UnitRule {
    let rule = CheckRule.runOnSegment

    func check(_ unit: UnitAnalysis, _ context: CheckContext) -> [Finding] {
        var out: [Finding] = []
        for variant in [unit.source].compactMap({ $0 }) + unit.targets {
            let characters = variant.text.count
            guard Double(characters) >= CheckRule.runOnLength else { continue }
            let words = variant.text.split(whereSeparator: \.isWhitespace).count
            let shown = String(variant.text.prefix(60)) + "…"
            out.append(rule.finding(variant.locale, unit.id, text: shown, start: 0, end: variant.text.utf16.count,
                                    message: "This segment is one \"sentence\" of \(words) words (\(characters) Characters): a paste error, or text without sentence punctuation? Split it into sentences."))
        }
        return out
    }
}

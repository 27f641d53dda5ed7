extension LeverageReport {
    /// The report as plain text for a terminal or an e-mail (`taalgrens analyze`): a heading line, the band
    /// table with segments, words and share of words, the totals, and the counts of segments needing
    /// review and of findings. Columns are aligned with spaces; the text ends with a newline.
    ///
    /// ```
    /// safer-internet-day-2020  en → nl-BE  (memory 5f0c…, fuzzy threshold 75)
    /// band       segments  words      %
    /// 101              12    301   71.5
    /// …
    /// ```
    public var text: String {
        var lines = ["\(article)  \(sourceLocale) → \(targetLocale)  (memory \(memory), fuzzy threshold \(SegmentDecision.format(minScore)))"]
        let header = ["band", "segments", "words", "%"]
        var rows = bands.map { [$0.label, String($0.segments), String($0.words), Self.percent($0.wordPercent)] }
        rows.append(["total", String(totals.segments), String(totals.words), totals.words == 0 ? "0.0" : "100.0"])
        let widths = (0..<header.count).map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }
        lines.append(line(header))
        lines += rows.map(line)
        lines.append("pre-translated (101 and 100): \(Self.percent(translatedWordPercent))% of words; "
                     + "needs review: \(needsReview.count) segments; findings: \(summary.errors) errors, \(summary.warnings) warnings")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}

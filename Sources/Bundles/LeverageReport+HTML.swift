import Foundation
import TaalgrensCore
import Articles

extension LeverageReport {
    /// `report.html`: the report as a small self-contained HTML5 page a person can read: the bands, the
    /// findings, the segments needing review and every segment with its match. All text is escaped
    /// (`MarkupEscaping`, by the attribute rules, so text is safe in content and attributes alike); source
    /// and target cells carry their `lang`. No script, no external resources.
    public func html() -> String {
        var h = HTMLPage()
        let title = "Leverage report: \(article) (\(sourceLocale) → \(targetLocale))"
        h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        h.raw("<title>"); h.text(title); h.raw("</title>\n")
        h.raw("""
        <style>
        body{font-family:system-ui,sans-serif;margin:2em;max-width:75em}
        table{border-collapse:collapse;margin:1em 0}
        th,td{border:1px solid #bbb;padding:.3em .6em;text-align:left;vertical-align:top}
        td.n{text-align:right;font-variant-numeric:tabular-nums}
        tr.review td{background:#fff4d6}
        .error{color:#a00}.warning{color:#a60}
        code{font-family:ui-monospace,monospace;background:#eef;padding:0 .2em}
        code.block{display:block;white-space:pre-wrap}
        </style>
        </head>
        <body>

        """)
        h.raw("<h1>"); h.text(title); h.raw("</h1>\n")
        h.raw("<p>Memory "); h.text(memory); h.raw(". Fuzzy matches at or above "); h.text(format(minScore))
        h.raw(" fill the target for review. Words: "); h.text(wordCountMethod); h.raw(".</p>\n")

        h.raw("<h2>Leverage</h2>\n<table>\n<thead><tr><th>band</th><th>segments</th><th>words</th><th>% of words</th></tr></thead>\n<tbody>\n")
        for b in bands {
            h.raw("<tr><td>"); h.text(b.label); h.raw("</td><td class=\"n\">\(b.segments)</td><td class=\"n\">\(b.words)</td><td class=\"n\">")
            h.text(format(b.wordPercent)); h.raw("</td></tr>\n")
        }
        h.raw("</tbody>\n<tfoot><tr><th>total</th><td class=\"n\">\(totals.segments)</td><td class=\"n\">\(totals.words)</td><td class=\"n\">100</td></tr></tfoot>\n</table>\n")

        h.raw("<h2>Findings</h2>\n")
        if findings.isEmpty {
            h.raw("<p>No term, number or QA findings.</p>\n")
        } else {
            func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
            h.raw("<p>\(count(summary.errors, "error")), \(count(summary.warnings, "warning")), \(count(summary.info, "note")).</p>\n")
            h.raw("<table>\n<thead><tr><th>segment</th><th>severity</th><th>rule</th><th>message</th><th>suggestion</th></tr></thead>\n<tbody>\n")
            for f in findings {
                h.raw("<tr><td>"); h.text(f.segment); h.raw("</td><td class=\""); h.text(f.severity); h.raw("\">"); h.text(f.severity)
                h.raw("</td><td>"); h.text(f.rule); h.raw("</td><td>"); h.text(f.message); h.raw("</td><td>"); h.text(f.suggestion ?? "")
                h.raw("</td></tr>\n")
            }
            h.raw("</tbody>\n</table>\n")
        }

        if !images.isEmpty {
            h.raw("<h2>Images</h2>\n<table>\n<thead><tr><th>image</th><th>in the bundle</th></tr></thead>\n<tbody>\n")
            for image in images {
                h.raw("<tr><td>"); h.text(image.source); h.raw("</td><td>")
                switch image.status {
                case .copied: h.text("copied to \(image.path ?? image.source)")
                case .missing: h.text("missing from the article folder: the page shows no image")
                case .external: h.text("external, left as it is")
                }
                h.raw("</td></tr>\n")
            }
            h.raw("</tbody>\n</table>\n")
        }

        h.raw("<h2>Needs review</h2>\n")
        let review = segments.filter(\.needsReview)
        if review.isEmpty {
            h.raw("<p>Nothing: every segment is pre-translated from an exact or context match.</p>\n")
        } else {
            h.raw("<p>\(Self.reviewSentence(review: review.count, untranslated: untranslated.count))</p>\n")
            segmentTable(review, into: &h)
        }

        h.raw("<h2>All segments</h2>\n")
        segmentTable(segments, into: &h)
        h.raw("</body>\n</html>\n")
        return h.output
    }

    /// The sentence under "Needs review", with singular and plural agreeing with each count:
    /// "1 segment; it appears …", "3 segments; 1 of them appears …", "3 segments; 2 of them appear …".
    /// - Parameters:
    ///   - review: the segments that need review (at least 1).
    ///   - untranslated: how many of them the rendered article shows in the source language.
    static func reviewSentence(review: Int, untranslated: Int) -> String {
        let place = "in the source language in the rendered article."
        if review == 1 {
            return untranslated == 1 ? "1 segment; it appears \(place)" : "1 segment; it does not appear \(place)"
        }
        switch untranslated {
        case 0: return "\(review) segments; none of them appears \(place)"
        case 1: return "\(review) segments; 1 of them appears \(place)"
        default: return "\(review) segments; \(untranslated) of them appear \(place)"
        }
    }

    private func segmentTable(_ rows: [LeveragedSegment], into h: inout HTMLPage) {
        h.raw("<table>\n<thead><tr><th>segment</th><th>band</th><th>state</th><th>source</th><th>target</th><th>notes</th></tr></thead>\n<tbody>\n")
        for s in rows {
            h.raw(s.needsReview ? "<tr class=\"review\"><td>" : "<tr><td>"); h.text(s.id); h.raw("</td><td>")
            h.text(s.score.map { format($0) } ?? s.band.label); h.raw("</td><td>"); h.text(s.state)
            h.raw("</td><td lang=\""); h.text(sourceLocale.identifier); h.raw("\">"); h.shown(s.sourceContent, else: s.source)
            h.raw("</td><td lang=\""); h.text(targetLocale.identifier); h.raw("\">"); h.shown(s.targetContent, else: s.target ?? "")
            h.raw("</td><td>"); h.text(s.notes.joined(separator: "; ")); h.raw("</td></tr>\n")
        }
        h.raw("</tbody>\n</table>\n")
    }

    private func format(_ value: Double) -> String {
        let v = roundedToTenth(value)
        return v == v.rounded() ? String(Int(v)) : String(format: "%.1f", v)
    }
}

/// A string builder that keeps markup and escaped text apart.
struct HTMLPage {
    private(set) var output = ""
    mutating func raw(_ markup: String) { output += markup }
    mutating func text(_ text: String) { output += MarkupEscaping.attribute(text) }
    /// A segment's text with the text of its code spans and blocks as `<code>` (TRIAL7 finding 11), or
    /// `plain` escaped when the content is not known.
    mutating func shown(_ content: RichText?, else plain: String) {
        if let content { output += ReviewText.html(content) } else { text(plain) }
    }
}

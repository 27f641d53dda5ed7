import Foundation
import Testing
import Articles

/// Seventeenth trial, finding 7: an HTML article cut short (an interrupted download or sync) was segmented,
/// imported and published without a word. ``TruncatedHTML`` says where such a file ends.
@Suite("HTML files cut short")
struct TruncatedHTMLTests {
    static let whole = "<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>FAQ</title></head>\n<body>\n<h1>FAQ</h1>\n<p>What is phishing?</p>\n</body>\n</html>\n"

    /// (the text, the reason expected; `nil` for a file that is whole).
    static let cases: [(String, String?)] = [
        (whole, nil),
        // The trial's file: cut inside an SVG path's attribute name.
        ("<html lang=\"en\">\n<body>\n<h1>FAQ</h1>\n<button aria-label=\"Expand\"><svg viewBox=\"0 0 24 24\"><path class=\"cls-1\" d", "ends inside a <path> tag on line 4"),
        ("<html><body>\n<p>Text <a href=\"https://example.be/?a>b", "ends inside a <a> tag on line 2"),
        ("<html><body>\n<p>Text.</p>\n</bo", "ends inside a </bo> tag on line 3"),
        ("<html><body>\n<p>Text.</p>\n<!-- kept for later\n<p>Old", "ends inside a comment opened on line 3"),
        ("<html><body>\n<p>Text.</p>\n<script>\nvar a = 1 < 2;", "ends inside the <script> element opened on line 3"),
        ("<html><body>\n<p>Text.</p>\n<", "ends with a lone “<” on line 3"),
        ("<html>\n<body>\n<h1>FAQ</h1>\n<p>What is phishing? It is a fraud", "opens <body> but ends without </body> or </html>"),
        // A CMS body field (a fragment) that ends between tags is whole; so is a page that omits only </body>.
        ("<h1>FAQ</h1>\n<p>What is phishing?</p>\n<p>A fraud.</p>\n", nil),
        ("<html><body><h1>FAQ</h1><p>A fraud.</p></html>", nil),
        // A `<` that starts no tag, a `>` inside a quoted value, a comment holding a tag.
        ("<p>If a < b and 3 <4, then <em title=\"x > y\">so</em>.</p><!-- <p> -->", nil),
    ]

    @Test("where a cut HTML file ends; a whole page or fragment is not flagged")
    func reasons() {
        for (text, expected) in Self.cases {
            #expect(TruncatedHTML.reason(text) == expected, "\(text.suffix(50))")
        }
    }
}

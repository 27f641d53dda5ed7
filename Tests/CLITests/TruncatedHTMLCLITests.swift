import Foundation
import Testing

/// Seventeenth trial, finding 7: `segment` and `publish` of an HTML article cut short (the file ends inside a
/// tag, its `<body>` never closed) said nothing, and the published French page had lost every question after
/// the first. Each command that reads the file now warns, naming it, the tag and the line.
@Suite("HTML files cut short (process)")
struct TruncatedHTMLCLITests {
    @Test("segment, import and publish warn about a cut file and still read what it holds")
    func warns() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = scratch.appendingPathComponent("faq")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("<html lang=\"en\">\n<body>\n<h1>Phishing: questions and answers</h1>\n<p>Phishing is a fraud by e-mail.</p>\n<div><button aria-label=\"Expand\"><svg viewBox=\"0 0 24 24\"><path class=\"cls-1\" d".utf8)
            .write(to: folder.appendingPathComponent("en.html"))
        try Data("<html lang=\"fr-BE\">\n<body>\n<h1>Hameçonnage : questions et réponses</h1>\n<p>L'hameçonnage est une fraude par e-mail.</p>\n</body>\n</html>\n".utf8)
            .write(to: folder.appendingPathComponent("fr-BE.html"))
        let warning = "warning: faq/en.html: ends inside a <path> tag on line 5: the file may be cut short"
        let segment = try CLI.run(["segment", "faq/en.html"], in: scratch)
        #expect(segment.status == 0, "\(segment.stderr)")
        #expect(segment.stderr.contains(warning), "\(segment.stderr)")
        #expect(segment.stdout.contains("Phishing is a fraud by e-mail."))
        let memory = scratch.appendingPathComponent("t.tm")
        let publish = try CLI.run(["publish", "faq", "--to", "fr-BE", "--out", "out"], in: scratch, memory: memory)
        #expect(publish.status == 0, "\(publish.stderr)")
        #expect(publish.stderr.contains(warning), "\(publish.stderr)")
        #expect(!publish.stderr.contains("faq/fr-BE.html: "), "the whole file is not flagged: \(publish.stderr)")
    }
}

import Foundation
import Testing

/// Markup Taalgrens writes by hand goes through one escaper, which compares Unicode scalars: a `"`
/// followed by a combining mark (one Character) is escaped in an attribute of article.html, where the
/// earlier Character-based escaper left it raw and ended the attribute early.
@Suite("article.html: attribute values escaped by Unicode scalar (process)")
struct MarkupEscapingCLITests {
    @Test("a link title holding a quote with a combining acute: &quot; in article.html, the page stays well-formed")
    func quoteWithCombiningMark() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = scratch.appendingPathComponent("marks")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let en = #"<html lang="en"><head><title>Marks</title></head><body><h1>Signs and marks</h1><p>See <a href="https://example.org/a" title="the &quot;&#x301; mark">the note</a> today.</p></body></html>"#
        let nl = #"<html lang="nl-BE"><head><title>Tekens</title></head><body><h1>Tekens en merken</h1><p>Zie <a href="https://example.org/a" title="het &quot;&#x301; teken">de noot</a> vandaag.</p></body></html>"#
        try Data((en + "\n").utf8).write(to: folder.appendingPathComponent("en.html"))
        try Data((nl + "\n").utf8).write(to: folder.appendingPathComponent("nl-BE.html"))
        let memory = scratch.appendingPathComponent("m.tm")
        #expect(try CLI.run(["import", folder.path, "-q"], memory: memory).status == 0)
        let out = scratch.appendingPathComponent("out")
        let export = try CLI.run(["export", folder.path, "--to", "nl-BE", "--out", out.path, "-q"], memory: memory)
        #expect(export.status == 0, "\(export.stderr)")
        let html = try String(contentsOf: out.appendingPathComponent("marks/nl-BE/article.html"), encoding: .utf8)
        #expect(html.contains("title=\"het &quot;\u{301} teken\""), "\(html)")
        #expect(!html.contains("title=\"het \"\u{301}"))
    }
}

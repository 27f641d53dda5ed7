import Articles
import Foundation
import TaalgrensCore
import Testing

/// Sixteenth trial, finding 16: a `check` finding in a Markdown footnote (`[^1]: …`) had no line, and in
/// text output no file, so the editor had to work out which block the footnote was.
@Suite struct FootnoteLineTests {
    @Test("a footnote definition's block has its own line, at the end or in the middle of the file")
    func footnoteLines() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let atEnd = folder.appendingPathComponent("fr-BE.md")
        try Data("# Sextorsion\n\nEn 2025, notre ligne d’aide a reçu 1 284 signalements.[^1]\n\nNe payez pas.\n\n[^1]: Source : rapport annuel 2025, p. 41.\n".utf8).write(to: atEnd)
        let article = try ArticleReader.read(atEnd, locale: "fr-BE", articleID: "guide")
        let note = try #require(article.blocks.first { $0.content.plainText.hasPrefix("Source") }, "\(outline(article))")
        #expect(note.line == 7)
        let middle = folder.appendingPathComponent("en.md")
        try Data("# Sextortion\n\nIn 2025 our helpline received 1,284 reports.[^n]\n\n[^n]: Annual report 2025, p. 14.\n\nDo not pay.\n".utf8).write(to: middle)
        let english = try ArticleReader.read(middle, locale: "en", articleID: "guide")
        #expect(english.blocks.first { $0.content.plainText.hasPrefix("Annual") }?.line == 5, "\(english.blocks.map { ($0.content.plainText, $0.line) })")
        #expect(english.blocks.first { $0.content.plainText == "Do not pay." }?.line == 7)
    }
}

import Articles
import Foundation
import TaalgrensCore
import Testing

/// Trial item 5: an article version without translatable text was read as an article with no blocks, so
/// segment, align and import succeeded with nothing done and export wrote an XLIFF `<file>` without units.
@Suite("articles without translatable text")
struct EmptyArticleTests {
    static let empties: [(String, ArticleFormat, String)] = [
        ("", .markdown, "the file is empty"),
        (" \n\n\t \n", .markdown, "the file is empty"),
        ("---\ndate: 2020-03-30\ncategory: News\n---\n", .markdown, "no heading, paragraph"),
        ("---\ndate: 2020-03-30\n---\n\n<!-- to do -->\n\n***\n", .markdown, "no heading, paragraph"),
        ("![](photo.jpg)\n", .markdown, "no heading, paragraph"),
        ("<html><body><p></p><hr><img src=\"a.png\"></body></html>", .html, "no heading, paragraph"),
        ("…\n\n— !\n", .text, "no heading, paragraph"),
        ("\n\n", .text, "the file is empty"),
    ]

    @Test("is refused with an InputError naming the file", arguments: empties.indices)
    func refused(_ index: Int) {
        let (text, format, expected) = Self.empties[index]
        let error = #expect(throws: InputError.self) {
            try ArticleReader.read(text, format: format, locale: "en", articleID: "a", file: "a/en.\(format)")
        }
        #expect(error?.file == "a/en.\(format)")
        #expect(error?.message.contains(expected) == true, "\(error?.message ?? "")")
        #expect(error?.message.contains("translatable text") == true)
    }

    @Test("a title in the front matter, one word or one number is translatable text")
    func smallestArticles() throws {
        let title = try ArticleReader.read("---\ntitle: Safer Internet Day\n---\n", format: .markdown, locale: "en", articleID: "a", file: "en.md")
        #expect(title.blocks.map(\.content.plainText) == ["Safer Internet Day"])
        #expect(try ArticleReader.read("Helpline\n", format: .text, locale: "en", articleID: "a", file: "en.txt").blocks.count == 1)
        #expect(try ArticleReader.read("<p>2020</p>", format: .html, locale: "en", articleID: "a", file: "en.html").blocks.count == 1)
    }

    @Test("an article folder with one empty version is refused, naming that file")
    func folderWithEmptyVersion() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("empty-version-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("# Title\n\nOne sentence.\n".utf8).write(to: folder.appendingPathComponent("en.md"))
        let empty = folder.appendingPathComponent("nl-BE.md")
        try Data().write(to: empty)
        let error = #expect(throws: InputError.self) { try ArticleFolder(folder).read() }
        #expect(error?.file == empty.path)
        #expect(error?.message.hasPrefix("the file is empty") == true)
    }
}

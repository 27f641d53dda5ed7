import Articles
import Foundation
import TaalgrensCore
import TaalgrensTestSupport
import Testing

/// A compact, readable notation of a rich text for expectations: text as is, codes in braces —
/// `{link#1 href=…}` opening, `{/link#1}` closing, `{*lineBreak#2}` standalone; attributes sorted by key.
func notation(_ content: RichText) -> String {
    var s = ""
    for element in content.elements {
        switch element {
        case .text(let text): s += text
        case .code(let code):
            let mark = code.kind == .opening ? "" : code.kind == .closing ? "/" : "*"
            let attributes = code.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
            s += "{\(mark)\(code.type.rawValue)#\(code.id)\(attributes.isEmpty ? "" : " " + attributes)}"
        }
    }
    return s
}

/// One line per block: `kind[/level][o]: notation`.
func outline(_ article: Article) -> [String] {
    article.blocks.map { block in
        "\(block.kind.rawValue)\(block.level.map { "/\($0)" } ?? "")\(block.ordered ? "o" : ""): \(notation(block.content))"
    }
}

func markdown(_ text: String, locale: LanguageTag = "en") throws -> Article {
    try ArticleReader.read(text, format: .markdown, locale: locale, articleID: "test", file: "test.md")
}

func html(_ text: String, locale: LanguageTag = "en") throws -> Article {
    try ArticleReader.read(text, format: .html, locale: locale, articleID: "test", file: "test.html")
}

func plainText(_ text: String, locale: LanguageTag = "en") throws -> Article {
    try ArticleReader.read(text, format: .text, locale: locale, articleID: "test", file: "test.txt")
}

/// The repository root (``TestEnvironment/repository``).
let repositoryRoot = TestEnvironment.repository

/// `Tests/Fixtures/articles/<name>`.
func fixture(_ name: String) -> URL {
    repositoryRoot.appendingPathComponent("Tests/Fixtures/articles").appendingPathComponent(name)
}

/// A fresh temporary folder, removed by the caller.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-articles-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Runs `body` expecting an ``InputError`` and returns it.
func expectInputError(_ body: () throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) -> InputError? {
    do {
        try body()
        Issue.record("expected an InputError, got success", sourceLocation: sourceLocation)
        return nil
    } catch let error as InputError {
        return error
    } catch {
        Issue.record("expected an InputError, got \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

import Articles
import Foundation
import TaalgrensCore
import Testing

/// Ninth trial, finding 3 (rest): a TOML front matter (`+++`) was written back as YAML with flat values, its
/// arrays as "a, b" text and its tables as dotted keys. It is now written back as TOML: the source's lines,
/// with only the values that changed replaced and the keys the metadata added put in.
@Suite("TOML front matter written back as TOML")
struct TOMLFrontMatterWritingTests {
    static let source = #"""
    +++
    title = "Dunes on the move"
    date = 2026-11-28T09:30:00+01:00
    tags = ["coast", "nature"]  # shown as a list
    draft = false
    weight = 10
    summary = "Why the dunes walk."

    [params]
      author = "Redactie"
      related = { slug = "storm", year = 2025 }

    [[authors]]
    name = "An"
    [[authors]]
    name = "Piet"
    +++

    The dunes near De Panne move six metres a year.
    """#

    /// The front matter of a rendered article: the lines between its `+++` fences.
    static func frontMatter(_ rendered: String) throws -> [String] {
        let lines = rendered.components(separatedBy: "\n")
        try #require(lines.first == "+++", "\(rendered)")
        let close = try #require(lines.dropFirst().firstIndex(of: "+++"), "\(rendered)")
        return Array(lines[1..<close])
    }

    @Test("unchanged, every line comes back as written (tables, arrays, inline tables, comments); only the id is added")
    func unchanged() throws {
        let article = try markdown(Self.source)
        let lines = try Self.frontMatter(MarkdownRenderer.render(article))
        let original = Array(Self.source.components(separatedBy: "\n")[1..<16])
        #expect(lines.filter { $0 != "id = \"test\"" } == original, "\(lines)")
        // The id goes at the top level, before the first table header.
        #expect(lines.firstIndex(of: "id = \"test\"").map { $0 < lines.firstIndex(of: "[params]")! } == true, "\(lines)")
        let again = try markdown(MarkdownRenderer.render(article))
        #expect(again.metadata.filter { $0.key != "front-matter-toml" } == article.metadata.filter { $0.key != "front-matter-toml" })
        #expect(again.metadata["tags"] == "coast, nature" && again.metadata["params.author"] == "Redactie")
    }

    @Test("translated values go in place in TOML form: a string escaped, an array as an array; added keys at the top level")
    func translated() throws {
        var article = try markdown(Self.source)
        article.blocks[0].content = RichText(plain: "Duinen op \"wandel\"")
        article.metadata["summary"] = "Waarom de duinen\nwandelen."
        article.metadata["tags"] = "kust, natuur"
        article.metadata["weight"] = "12"
        article.metadata["lang"] = "nl-BE"
        article.metadata["params.author"] = "De redactie"
        let rendered = MarkdownRenderer.render(article)
        let lines = try Self.frontMatter(rendered)
        #expect(lines.contains(#"title = "Duinen op \"wandel\"""#), "\(lines)")
        #expect(lines.contains(#"summary = "Waarom de duinen\nwandelen.""#), "\(lines)")
        #expect(lines.contains(#"tags = ["kust", "natuur"]"#), "\(lines)")
        #expect(lines.contains("weight = 12"), "a number stays a number: \(lines)")
        #expect(lines.contains(#"  author = "De redactie""#), "the key keeps its indentation under its table: \(lines)")
        // What did not change stays as written.
        for kept in ["date = 2026-11-28T09:30:00+01:00", "draft = false", "[params]", #"  related = { slug = "storm", year = 2025 }"#,
                     "[[authors]]", #"name = "An""#, #"name = "Piet""#] {
            #expect(lines.contains(kept), "\(kept) not kept: \(lines)")
        }
        let lang = try #require(lines.firstIndex(of: #"lang = "nl-BE""#), "\(lines)")
        #expect(lang < lines.firstIndex(of: "[params]")!)
        #expect(!rendered.contains("---"), "no YAML: \(rendered)")
        // Read back: the same values.
        let again = try markdown(rendered)
        #expect(again.title == "Duinen op \"wandel\"")
        #expect(again.metadata["summary"] == "Waarom de duinen\nwandelen.")
        #expect(again.metadata["tags"] == "kust, natuur")
        #expect(again.metadata["params.author"] == "De redactie")
        #expect(again.metadata["lang"] == "nl-BE")
        #expect(again.metadata["dateTime"] == "2026-11-28T09:30:00+01:00")
    }
}

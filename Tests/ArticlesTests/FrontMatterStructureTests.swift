import Foundation
import Testing
import Articles
import TaalgrensCore

/// TRIAL9 finding 3: a YAML front matter is written back with the structure it had (lists, maps, styles, the
/// date-time as written, no added keys), with translated values in place.
@Suite("Front matter: structure kept")
struct FrontMatterStructureTests {
    /// A static-site article's front matter as a newsroom writes it (our own text).
    static let source = """
    ---
    title: "Flood warning: what to do when the river rises"
    date: 2026-02-03T07:45:00+01:00
    draft: false
    weight: 3
    tags:
      - flooding
      - Dender valley
    categories: [weather, safety]
    authors:
      - name: Ilse Verhaegen
        role: reporter
    cover:
      image: /img/dender.jpg
      alt: The Dender over its banks at Ninove
    summary: "Sandbags, a go-bag and the emergency number: é, ü and 🌊 as written."
    links: [https://example.org/alert, /news/rain]
    ---

    The water reached the quay at dawn.
    """

    @Test("lists stay lists (block and flow), maps stay maps, the date-time and characters as written, no key added")
    func structureKept() throws {
        let article = try markdown(Self.source)
        let text = MarkdownRenderer.render(article)
        let front = text.components(separatedBy: "\n---\n").first ?? ""
        #expect(front.contains("date: 2026-02-03T07:45:00+01:00"), "\(front)")
        #expect(front.contains("tags:\n- flooding\n- Dender valley\n"), "\(front)")
        #expect(front.contains("categories: [weather, safety]"), "\(front)")
        #expect(front.contains("authors:\n- name: Ilse Verhaegen\n  role: reporter\n"), "\(front)")
        #expect(front.contains("cover:\n  image: /img/dender.jpg\n  alt: The Dender over its banks at Ninove\n"), "\(front)")
        #expect(front.contains("é, ü and 🌊 as written"), "\(front)")
        #expect(!front.contains("\\x") && !front.contains("\\u") && !front.contains("\\U"), "\(front)")
        #expect(front.contains("draft: false") && front.contains("weight: 3"), "\(front)")
        for added in ["dateTime", "displayDate", "title-heading", FrontMatterYAML.structureKey] {
            #expect(!front.contains(added), "\(added) was not in the source: \(front)")
        }
        // Key order is the source's; the article id follows the title, as the renderer always wrote it.
        let keys = front.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("-") && $0.contains(":") }
            .map { String($0.prefix { $0 != ":" }) }
        #expect(keys == ["title", "id", "date", "draft", "weight", "tags", "categories", "authors", "cover", "summary", "links"])
        // It reads back the same, and rendering again changes nothing.
        let back = try markdown(text)
        #expect(back.metadata == article.metadata)
        #expect(MarkdownRenderer.render(back) == text)
        // The flat values stay what they were for everything else (the byline, the memory).
        #expect(article.metadata["date"] == "2026-02-03")
        #expect(article.metadata["tags"] == "flooding, Dender valley")
    }

    @Test("translated values go in place: a changed scalar, list items by position, the title from its block")
    func translatedInPlace() throws {
        var article = try markdown(Self.source)
        article.metadata["summary"] = "Zandzakjes, een noodtas en het noodnummer."
        article.metadata["tags.1"] = "overstromingen"
        article.metadata["tags.2"] = "Denderdal"
        article.metadata["categories.1"] = "weer"
        article.metadata["categories.2"] = "true"  // a translation that would read as a boolean stays a string
        article.blocks[0].content = RichText(plain: "Overstromingsalarm: wat te doen als de rivier stijgt")
        let front = MarkdownRenderer.render(article).components(separatedBy: "\n---\n").first ?? ""
        #expect(front.contains("title: 'Overstromingsalarm: wat te doen als de rivier stijgt'") || front.contains("title: \"Overstromingsalarm: wat te doen als de rivier stijgt\""), "\(front)")
        #expect(front.contains("tags:\n- overstromingen\n- Denderdal\n"), "\(front)")
        #expect(front.contains("categories: [weer, \"true\"]"), "\(front)")
        #expect(front.contains("summary: \"Zandzakjes, een noodtas en het noodnummer.\""), "\(front)")
        #expect(front.contains("date: 2026-02-03T07:45:00+01:00"), "\(front)")
        let back = try markdown(MarkdownRenderer.render(article))
        #expect(back.metadata["categories"] == "weer, true")
    }

    @Test("a map or list the target version has is taken whole from it, unless an item was translated")
    func targetStructure() throws {
        var article = try markdown(Self.source)
        let target = try markdown(Self.source.replacingOccurrences(of: "role: reporter", with: "role: verslaggeefster")
            .replacingOccurrences(of: "[weather, safety]", with: "[weer, veiligheid]"), locale: "nl-BE")
        article.metadata[FrontMatterYAML.targetStructureKey] = target.metadata[FrontMatterYAML.structureKey]
        article.metadata["tags.1"] = "overstromingen"
        let front = MarkdownRenderer.render(article).components(separatedBy: "\n---\n").first ?? ""
        #expect(front.contains("  role: verslaggeefster\n"), "\(front)")
        #expect(front.contains("categories: [weer, veiligheid]"), "\(front)")
        #expect(front.contains("tags:\n- overstromingen\n- Dender valley\n"), "\(front)")
        #expect(!front.contains(FrontMatterYAML.targetStructureKey))
    }

    @Test("translatable fields: string leaves of the chosen keys, list items one by one; never URLs, dates, numbers, maps")
    func translatableFields() throws {
        let article = try markdown(Self.source)
        let fields = FrontMatterYAML.translatableFields(of: article.metadata, keys: ["summary", "tags", "categories", "authors", "links", "date", "weight", "draft", "cover"])
        #expect(fields.map(\.key) == ["summary", "tags.1", "tags.2", "categories.1", "categories.2"])
        #expect(fields.map(\.text) == ["Sandbags, a go-bag and the emergency number: é, ü and 🌊 as written.", "flooding", "Dender valley", "weather", "safety"])
        // An article without a YAML structure (HTML <meta>, TOML) offers the flat values.
        let flat = FrontMatterYAML.translatableFields(of: ["category": "Weer", "summary": "  Kort.  "], keys: ["summary", "category"])
        #expect(flat.map(\.key) == ["summary", "category"] && flat.map(\.text) == ["Kort.", "Weer"])
    }
}

import Articles
import Foundation
import TaalgrensCore
import Testing

/// Ninth trial, finding 6: an element with its own `lang` (an embedded English tweet in a fr-BE page, a Dutch
/// quotation inside a French paragraph) was read as the page's language: its `lang` was dropped, French
/// typography reached it (« my son », `parents !`) and the report counted it as wrong-language. A block in
/// another language is now marked (``Block/language``) and kept as written; a span keeps its `lang` code and
/// typography leaves its text alone.
@Suite("Blocks and spans in another language than the page")
struct OtherLanguageTests {
    static let data = DataDirectory(root: repositoryRoot)

    /// A fr-BE page with an embedded English tweet, an English paragraph, a Dutch quotation and French text.
    static let frenchPage = """
    <!DOCTYPE html>
    <html lang="fr-BE"><head><title>Écrans et sommeil</title></head>
    <body><article>
    <h1>Écrans et sommeil</h1>
    <p>Les parents s'inquiètent : "Mon fils ne dort plus !"</p>
    <blockquote class="twitter-tweet" lang="EN-gb"><p>My son said "no more phones at night" and he meant it!</p><p>— Child Focus (@childfocus) <a href="https://example.org/status/1">March 3, 2026</a></p></blockquote>
    <p>Le ministre a répondu <span lang="nl">"Samen sterker"</span> lundi : c'est le slogan.</p>
    <div xml:lang="en"><p>Read the English version: "Screens at night"?</p></div>
    <p lang="fr-FR">Une phrase en français de France !</p>
    </article></body></html>
    """

    @Test("a block element's lang in any BCP 47 form marks its blocks; the page's own language marks nothing")
    func blocksAreMarked() throws {
        let article = try html(Self.frenchPage, locale: "fr-BE")
        let marks = article.blocks.map { "\($0.kind.rawValue) \($0.attributes?["lang"] ?? "-"): \($0.content.plainText)" }
        #expect(marks == [
            "title -: Écrans et sommeil",
            "paragraph -: Les parents s'inquiètent : \"Mon fils ne dort plus !\"",
            "quote en-GB: My son said \"no more phones at night\" and he meant it!",
            "quote en-GB: — Child Focus (@childfocus) March 3, 2026",
            "paragraph -: Le ministre a répondu \"Samen sterker\" lundi : c'est le slogan.",
            "paragraph en: Read the English version: \"Screens at night\"?",
            "paragraph -: Une phrase en français de France !",
        ], "\(marks)")
        #expect(article.blocks[2].language == LanguageTag("en-GB"))
        #expect(article.blocks[2].isInAnotherLanguage(than: "fr-BE"))
        #expect(!article.blocks[2].isInAnotherLanguage(than: "en"))
        #expect(!article.blocks[6].isInAnotherLanguage(than: "fr-BE"))
        // The Dutch quotation stays a paired code with its lang inside the French sentence.
        #expect(notation(article.blocks[4].content) == "Le ministre a répondu {other#1 lang=nl}\"Samen sterker\"{/other#1} lundi : c'est le slogan.")
        #expect(article.blocks[4].content.foreignLanguageRanges(than: "fr-BE") == [22..<37])
        #expect(article.blocks[4].content.plainText(outsideLanguagesOtherThan: "fr-BE") == "Le ministre a répondu   lundi : c'est le slogan.")
    }

    @Test("a span in the page's language (any case or region) is no passage in another language")
    func sameLanguageSpan() throws {
        let article = try html("<html><body><p>Il a dit <span lang=\"FR-ca\">bonjour</span> et <span lang=\"nl-BE\">goeiedag</span>.</p></body></html>",
                               locale: "fr-BE")
        #expect(notation(article.blocks[0].content) == "Il a dit bonjour et {other#1 lang=nl-BE}goeiedag{/other#1}.")
    }

    @Test("a lang around the whole article (a CMS's default language) marks nothing")
    func wholeArticleLanguageIsNoPassage() throws {
        let article = try html("<html lang=\"en\"><body><main lang=\"en\"><h1>Fietsstraten in Gent</h1><p>De stad breidt het net uit.</p></main></body></html>",
                               locale: "nl-BE")
        #expect(article.blocks.allSatisfy { $0.attributes?["lang"] == nil }, "\(article.blocks.map(\.attributes))")
        // Word's <body lang> is the author's default language, not the text's: its runs in nl-BE are not marked.
        let word = try html("<html><body lang=EN-US><p class=MsoNormal><span lang=NL-BE>De stad breidt het net uit.</span></p></body></html>",
                            locale: "nl-BE")
        #expect(notation(word.blocks[0].content) == "De stad breidt het net uit.")
    }

    @Test("rendered with fr-BE typography, the English blocks and the Dutch span keep their text and their lang")
    func renderersKeepTheOtherLanguage() throws {
        let article = try html(Self.frenchPage, locale: "fr-BE")
        let typography = try #require(try Typography.load(for: "fr-BE", in: Self.data))
        let page = HTMLRenderer.render(article, typography: typography)
        #expect(page.contains("<p lang=\"en-GB\">My son said &quot;no more phones at night&quot; and he meant it!</p>")
                || page.contains("<p lang=\"en-GB\">My son said \"no more phones at night\" and he meant it!</p>"), "\(page)")
        #expect(page.contains("lang=\"en\">Read the English version: "), "\(page)")
        #expect(!page.contains("«\u{202F}no more") && !page.contains("it\u{202F}!") && !page.contains("version\u{00A0}:"), "\(page)")
        // French text around them is typeset; the Dutch quotation inside it is not.
        #expect(page.contains("«\u{202F}Mon fils ne dort plus\u{202F}!\u{202F}»"), "\(page)")
        #expect(page.contains("<span lang=\"nl\">&quot;Samen sterker&quot;</span>") || page.contains("<span lang=\"nl\">\"Samen sterker\"</span>"), "\(page)")
        // Read back, the page gives the same blocks and marks.
        let again = try html(page, locale: "fr-BE")
        #expect(again.blocks.map { $0.attributes?["lang"] } == article.blocks.map { $0.attributes?["lang"] })
        #expect(again.blocks[2].content.plainText == article.blocks[2].content.plainText)

        let written = MarkdownRenderer.render(article, typography: typography)
        #expect(written.contains("<p lang=\"en-GB\">My son said"), "\(written)")
        #expect(!written.contains("«\u{202F}no more"), "\(written)")
        let read = try markdown(written, locale: "fr-BE")
        #expect(read.blocks.map { $0.attributes?["lang"] } == article.blocks.map { $0.attributes?["lang"] }, "\(written)")
        let readTexts: [String] = read.blocks.map { $0.content.plainText }
        let sourceTexts: [String] = article.blocks.map { $0.content.plainText }
        #expect(readTexts.count == sourceTexts.count && readTexts[2...3] == sourceTexts[2...3], "\(written)")
        #expect(read.blocks[2].quote != nil && read.blocks[2].quote == read.blocks[3].quote)
    }

    @Test("a Markdown source's raw HTML with lang is marked, in a quote too; a Markdown article round-trips")
    func markdownRawHTML() throws {
        let source = """
        ---
        title: Schermen en slaap
        ---

        Ouders maken zich zorgen.

        <p lang="en">A tweet: "no more phones at night"!</p>

        > <span lang="fr">"Ensemble"</span>, zei de minister.
        """
        let article = try markdown(source, locale: "nl-BE")
        #expect(article.blocks.map { $0.attributes?["lang"] } == [nil, nil, "en", nil], "\(outline(article))")
        #expect(article.blocks[2].content.plainText == "A tweet: \"no more phones at night\"!")
        #expect(notation(article.blocks[3].content) == "{other#1 lang=fr}\"Ensemble\"{/other#1}, zei de minister.")
        let typography = try Typography.load(for: "nl-BE", in: Self.data)
        let rendered = MarkdownRenderer.render(article, typography: typography)
        #expect(rendered.contains("<p lang=\"en\">A tweet: &quot;no more phones at night&quot;!</p>")
                || rendered.contains("<p lang=\"en\">A tweet: \"no more phones at night\"!</p>"), "\(rendered)")
        let again = try markdown(rendered, locale: "nl-BE")
        #expect(again.blocks.map { $0.attributes?["lang"] } == [nil, nil, "en", nil], "\(rendered)")
        #expect(again.blocks[2].content == article.blocks[2].content)
        // The French quotation keeps its straight quotes; the Dutch text would get “ ”.
        #expect(notation(again.blocks[3].content) == "{other#1 lang=fr}\"Ensemble\"{/other#1}, zei de minister.", "\(rendered)")
    }
}

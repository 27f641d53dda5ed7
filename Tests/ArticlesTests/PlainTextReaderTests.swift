import Foundation
import Testing
import Articles
import TaalgrensCore

@Suite("Plain-text reader")
struct PlainTextReaderTests {
    @Test("the first short line without final punctuation is the title")
    func title() throws {
        #expect(outline(try plainText("Why do teenagers share passwords?\n\nText.")) == ["title: Why do teenagers share passwords?", "paragraph: Text."])
        #expect(outline(try plainText("This is a sentence.\n\nText.")) == ["paragraph: This is a sentence.", "paragraph: Text."])
        #expect(outline(try plainText("A first paragraph\nthat wraps.\n\nText.")) == ["paragraph: A first paragraph that wraps.", "paragraph: Text."])
        #expect(try plainText("Title: with a colon\n\nx").blocks[0].kind == .title)
        #expect(try plainText("Ends with a colon:\n\nx").blocks[0].kind == .paragraph)
    }

    @Test("single line breaks are soft wraps; hyphens and soft hyphens at a line end join without a space; runs of spaces collapse")
    func softWraps() throws {
        let article = try plainText("Title\n\nA well-\nknown campaign for cyber\u{00AD}\npesten, with  two spaces\n   and indentation.")
        #expect(notation(article.blocks[1].content) == "A well-known campaign for cyberpesten, with two spaces and indentation.")
    }

    @Test("blank lines holding spaces separate paragraphs")
    func blankLines() throws {
        #expect(try plainText("Title\n \t \nOne.\n\n\n\nTwo.").blocks.map(\.content.plainText) == ["Title", "One.", "Two."])
    }

    @Test("•, - and * start list items; wrapped items continue; lines before the first item are a paragraph")
    func listItems() throws {
        let article = try plainText("Title\n\nWe offer:\n• advice for\n  parents;\n- workshops;\n* a helpline.\n\n-5 degrees is cold.")
        #expect(outline(article) == ["title: Title", "paragraph: We offer:", "listItem/1: advice for parents;", "listItem/1: workshops;",
                                     "listItem/1: a helpline.", "paragraph: -5 degrees is cold."])
    }

    @Test("a line starting with an en or em dash is dialogue: its own paragraph, the dash kept, never a list item or heading")
    func dialogueDashes() throws {
        // The failing input: "– " was a list marker, so the reply became a list item without its dash.
        let article = try plainText("Interview\n\nWe vroegen het hem.\n– Waarom niet?\n– Omdat het regent,\nzei hij.\n\n— Goed zo\n\n▪ one\n◦ two")
        #expect(outline(article) == ["title: Interview", "paragraph: We vroegen het hem.", "paragraph: – Waarom niet?",
                                     "paragraph: – Omdat het regent, zei hij.", "paragraph: — Goed zo",
                                     "listItem/1: one", "listItem/1: two"])
        #expect(outline(try plainText("– Bonjour\n\nTexte.")) == ["paragraph: – Bonjour", "paragraph: Texte."])
        #expect(try plainText("Titre\n\nLa date – le 10 février – est fixée.").blocks[1].content.plainText == "La date – le 10 février – est fixée.")
    }

    /// A picture credit ("Photo: Belga") is a paragraph, not a heading, since the thirteenth trial (finding 1).
    @Test("a later short line without final punctuation is a heading")
    func headings() throws {
        #expect(outline(try plainText("Title\n\nText.\n\nWhat parents can ask\n\nDo you agree?\n\nPhoto: Belga")) ==
                ["title: Title", "paragraph: Text.", "heading/2: What parents can ask", "paragraph: Do you agree?", "paragraph: Photo: Belga"])
    }

    @Test("block lines are the paragraph's first line")
    func lines() throws {
        #expect(try plainText("Title\n\nOne\ntwo\n\n• item").blocks.map(\.line) == [1, 3, 6])
    }
}

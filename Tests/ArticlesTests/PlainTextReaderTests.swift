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

    /// Fourteenth trial, finding 10: a contact block's lines, a heading line over its sentence and a wire
    /// headline over its dateline were joined with spaces, so the segmenter could not tell them apart. A
    /// line break the segmenter keeps is a line-break code now; a soft wrap and a hyphenated wrap are joined
    /// as before.
    @Test("a line ended on purpose is a line-break code; a soft wrap is a space")
    func keptLines() throws {
        let contact = try plainText("Flu shots\n\nFor more information\nKarel Janssens\nSpokesperson, FPS Finance\n+32 257 257 57\nkarel.janssens@minfin.fed.be")
        #expect(outline(contact).last == "paragraph: For more information{*lineBreak#1}Karel Janssens{*lineBreak#2}Spokesperson, FPS Finance{*lineBreak#3}+32 257 257 57{*lineBreak#4}karel.janssens@minfin.fed.be")
        let heading = try plainText("Flu shots\n\nFlu season starts early\nDoctors see more patients than usual this\nwinter in Flanders.")
        #expect(outline(heading).last == "paragraph: Flu season starts early{*lineBreak#1}Doctors see more patients than usual this winter in Flanders.")
        let subheading = try plainText("Flu shots\n\nThe road was closed.\nTraffic advice\nDrivers should avoid the E40.")
        #expect(outline(subheading).last == "paragraph: The road was closed.{*lineBreak#1}Traffic advice{*lineBreak#2}Drivers should avoid the E40.")
        let wire = try plainText("Flu shots\n\nUPDATE 2-Bekaert cuts 2026 outlook as steel wire demand slows\nBRUSSELS, Dec 3 (Reuters) - Bekaert cut\nits outlook.")
        #expect(outline(wire).last == "paragraph: UPDATE 2-Bekaert cuts 2026 outlook as steel wire demand slows{*lineBreak#1}BRUSSELS, Dec 3 (Reuters) - Bekaert cut its outlook.")
        let wrapped = try plainText("Flu shots\n\nThe minister said on Monday that the well-\nknown number will go live\nin February.")
        #expect(outline(wrapped).last == "paragraph: The minister said on Monday that the well-known number will go live in February.")
    }

    /// Fifteenth trial, finding 5: a press release as a press office mails it. Its document label was the
    /// title (the headline a heading) and its end mark a heading to translate.
    @Test("a press release's document label and end mark are not read; the headline is the title")
    func pressRelease() throws {
        for (label, end) in [("PRESS RELEASE", "-- ENDS --"), ("PERSBERICHT", "-- EINDE --"), ("COMMUNIQUÉ DE PRESSE", "-- FIN --"),
                             ("FOR IMMEDIATE RELEASE", "###"), ("MEDIA ADVISORY", "- 30 -"), ("PERSMEDEDELING", "EINDE")] {
            let release = try plainText("\(label)\n\nCyber centre warns of fake parcel messages\n\nBRUSSELS, 12 November 2026 – The centre received 14,000 reports.\n\n\(end)\n\nPress contact:\nKatrien Eggers")
            #expect(outline(release) == ["title: Cyber centre warns of fake parcel messages",
                                         "paragraph: BRUSSELS, 12 November 2026 – The centre received 14,000 reports.",
                                         "paragraph: Press contact: Katrien Eggers"], "\(label) / \(end)")
        }
        // A headline in capitals is no label, and a sentence about an end is text.
        let capitals = try plainText("FLOOD WARNING FOR THE DEMER\n\nResidents can collect sandbags.\n\nThe end of the works is planned for May.")
        #expect(outline(capitals).first == "title: FLOOD WARNING FOR THE DEMER")
        #expect(outline(capitals).count == 3)
    }
}

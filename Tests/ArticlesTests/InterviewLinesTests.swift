import Foundation
import Testing
import Articles
import TaalgrensCore

/// Tenth trial, finding 7: the turns of an interview pasted as plain text (`Q:` and `A:` on consecutive
/// lines, no empty line between them) were joined into one paragraph by the soft-wrap rule. A line that
/// starts with a speaker label after a line that ends a sentence now starts a paragraph; a line that merely
/// continues a sentence stays joined, whatever it starts with.
@Suite("Plain text: interview and transcript lines")
struct InterviewLinesTests {
    /// The paragraph texts of `text` read as plain text after a title line.
    func paragraphs(_ text: String, locale: LanguageTag = "en") throws -> [String] {
        try plainText("Interview\n\n" + text, locale: locale).blocks.dropFirst().map { "\($0.kind.rawValue): \($0.content.plainText)" }
    }

    @Test("each labelled turn is its own paragraph, in every label form the three languages use")
    func labelForms() throws {
        // The failing input (finding 7): both lines came out as one paragraph "Q: … A: …".
        #expect(try paragraphs("Q: How long has the shelter been open?\nA: Since March. We took in 40 dogs.")
                == ["paragraph: Q: How long has the shelter been open?", "paragraph: A: Since March. We took in 40 dogs."])
        #expect(try paragraphs("Vraag: Hoe lang is het asiel al open?\nAntwoord: Sinds maart.", locale: "nl-BE")
                == ["paragraph: Vraag: Hoe lang is het asiel al open?", "paragraph: Antwoord: Sinds maart."])
        #expect(try paragraphs("V: Hoeveel honden?\nA: Veertig.", locale: "nl-BE")
                == ["paragraph: V: Hoeveel honden?", "paragraph: A: Veertig."])
        #expect(try paragraphs("Question : Depuis quand le refuge est-il ouvert ?\nRéponse : Depuis mars.", locale: "fr-BE")
                == ["paragraph: Question : Depuis quand le refuge est-il ouvert ?", "paragraph: Réponse : Depuis mars."])
        // A no-break space before the colon, as French typography writes it.
        #expect(try paragraphs("Q\u{00A0}: Combien de chiens ?\nR\u{00A0}: Quarante.", locale: "fr-BE")
                == ["paragraph: Q\u{00A0}: Combien de chiens ?", "paragraph: R\u{00A0}: Quarante."])
        #expect(try paragraphs("Q. Combien de chiens ?\nR. Quarante, tous vaccinés.", locale: "fr-BE")
                == ["paragraph: Q. Combien de chiens ?", "paragraph: R. Quarante, tous vaccinés."])
        // Speakers by name and by initials, a name particle included.
        #expect(try paragraphs("Marie Dewulf: We open at eight.\nKoen van der Linden: And we close at six.\nMarie Dewulf: Except on Sundays.")
                == ["paragraph: Marie Dewulf: We open at eight.", "paragraph: Koen van der Linden: And we close at six.",
                    "paragraph: Marie Dewulf: Except on Sundays."])
        #expect(try paragraphs("MD : Nous ouvrons à huit heures.\nKL : Et nous fermons à dix-huit heures.", locale: "fr-BE")
                == ["paragraph: MD : Nous ouvrons à huit heures.", "paragraph: KL : Et nous fermons à dix-huit heures."])
        // Dialogue dashes after a line that ends a sentence.
        #expect(try paragraphs("Il hésite.\n— Vous reviendrez ?\n– Oui, demain.", locale: "fr-BE")
                == ["paragraph: Il hésite.", "paragraph: — Vous reviendrez ?", "paragraph: – Oui, demain."])
    }

    @Test("a turn wrapped over several lines keeps its lines; an interview opened by a sentence of its own splits there")
    func wrappedTurns() throws {
        #expect(try paragraphs("We met the volunteers on Friday.\nQ: How many dogs did you take in\nlast winter?\nA: About forty, and\nmost found a home.")
                == ["paragraph: We met the volunteers on Friday.", "paragraph: Q: How many dogs did you take in last winter?",
                    "paragraph: A: About forty, and most found a home."])
        // A line that ends with a colon introduces the turns after it.
        #expect(try paragraphs("The manager answered our questions:\nQ: Who adopts?\nA: Mostly families.")
                == ["paragraph: The manager answered our questions:", "paragraph: Q: Who adopts?", "paragraph: A: Mostly families."])
    }

    @Test("a soft wrap in mid-sentence stays joined, whatever the next line starts with")
    func softWrapsStayJoined() throws {
        // The previous line does not end a sentence: a label-like or dash start is the sentence going on.
        #expect(try paragraphs("The shelter in Ghent and the one in\nLiège: both ask for volunteers.")
                == ["paragraph: The shelter in Ghent and the one in Liège: both ask for volunteers."])
        #expect(try paragraphs("La campagne\n– lancée en mai – a touché 40 écoles.", locale: "fr-BE")
                == ["paragraph: La campagne – lancée en mai – a touché 40 écoles."])
        #expect(try paragraphs("The director, Marie Dewulf\nQ: what else would you call her?", locale: "en")
                == ["paragraph: The director, Marie Dewulf Q: what else would you call her?"])
        // One labelled line that names no interview role is a sentence of the paragraph, not a turn.
        #expect(try paragraphs("The shelter opens at eight.\nNote: dogs are walked at ten.")
                == ["paragraph: The shelter opens at eight. Note: dogs are walked at ten."])
        // A lone initial with a dot is a name, not the dot form of a turn.
        #expect(try paragraphs("The report was written by the vet.\nA. Dupont signed it on Monday.")
                == ["paragraph: The report was written by the vet. A. Dupont signed it on Monday."])
        // Times, addresses and numbers before a colon are not labels.
        #expect(try paragraphs("Doors open early.\n14:30 is when the walk starts.\nhttps://example.org/dogs: the list.")
                == ["paragraph: Doors open early. 14:30 is when the walk starts. https://example.org/dogs: the list."])
        // Words that are not a name (lowercase, a digit, a comma) are not labels.
        #expect(try paragraphs("We asked twice.\nIn 2023: forty dogs.\nGhent, Liège: the same.")
                == ["paragraph: We asked twice. In 2023: forty dogs. Ghent, Liège: the same."])
    }

    @Test("a turn alone between empty lines is never a heading or the title")
    func loneTurns() throws {
        // (A heading heads text since session 19: each is followed by a paragraph.)
        let article = try plainText("Q: Who adopts\n\nA: Mostly families\n\nSL: Thank you\n\nOpening hours\n\nFrom nine to five.")
        #expect(article.blocks.map(\.kind) == [.paragraph, .paragraph, .paragraph, .heading, .paragraph])
        // A title with a colon is still a title, and a heading with one still a heading.
        #expect(try plainText("Shelter: forty dogs found a home\n\nText.\n\nUpdate: open on Sunday\n\nFrom ten.").blocks.map(\.kind)
                == [.title, .paragraph, .heading, .paragraph])
    }
}

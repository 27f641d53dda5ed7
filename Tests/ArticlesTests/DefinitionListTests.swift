import Articles
import Foundation
import TaalgrensCore
import Testing

/// Sixteenth trial, finding 1: a Markdown definition list (pandoc, PHP Markdown Extra, kramdown, Hugo's
/// Goldmark) was one paragraph "Abuse report : A report to the platform, …", written back as a `<p>`.
@Suite struct DefinitionListTests {
    static let trial = """
        # Reporting tools for parents

        Two services help when an image of your child is shared.

        Abuse report
        : A report to the platform, e.g. Instagram's "Report" button.

        Take It Down
        : A free service that removes images of minors from the web.
        """

    @Test("terms and descriptions are paragraphs with their roles, written back as a definition list and a <dl>")
    func tightList() throws {
        let article = try markdown(Self.trial)
        #expect(article.blocks.map(\.content.plainText) == [
            "Reporting tools for parents", "Two services help when an image of your child is shared.",
            "Abuse report", "A report to the platform, e.g. Instagram's \"Report\" button.",
            "Take It Down", "A free service that removes images of minors from the web.",
        ])
        #expect(article.blocks.map(\.role) == [nil, nil, .definitionTerm, .definitionDescription, .definitionTerm, .definitionDescription])
        let md = MarkdownRenderer.render(article)
        #expect(md.contains("Abuse report\n: A report to the platform, e.g. Instagram’s “Report” button.\n\nTake It Down\n: A free service")
                || md.contains("Abuse report\n: A report to the platform, e.g. Instagram's \"Report\" button.\n\nTake It Down\n: A free service"), "\(md)")
        // Read back, the same blocks.
        #expect(try markdown(md).blocks.map(\.role) == article.blocks.map(\.role))
        let html = HTMLRenderer.render(article, typography: nil)
        #expect(html.contains("<dl>") && html.contains("<dt>Abuse report</dt>") && html.contains("<dd>A report to the platform"), "\(html)")
    }

    @Test(arguments: [
        // pandoc's tilde, a description continued on the next line, two descriptions, the loose form, inline Markdown.
        ("Term\n~ First description.", ["Term", "First description."]),
        ("Phishing\n: A message that pretends to come from your bank\n  and asks for your codes.", ["Phishing", "A message that pretends to come from your bank and asks for your codes."]),
        ("Sextortion\n: Blackmail with intimate images.\n: Report it to the police.", ["Sextortion", "Blackmail with intimate images.", "Report it to the police."]),
        ("Helpline\n\n: Call **116 111** or see [the site](https://example.org).", ["Helpline", "Call 116 111 or see the site."]),
    ])
    func otherForms(_ text: String, _ expected: [String]) throws {
        let article = try markdown("# Terms\n\n" + text + "\n")
        let blocks = Array(article.blocks.dropFirst())
        #expect(blocks.map(\.content.plainText) == expected, "\(outline(article))")
        #expect(blocks.first?.role == .definitionTerm)
        #expect(blocks.dropFirst().allSatisfy { $0.role == .definitionDescription })
        #expect(try markdown(MarkdownRenderer.render(article)).blocks.map(\.content.plainText) == article.blocks.map(\.content.plainText))
    }

    @Test("a colon that starts no definition stays text: a time, a line inside a list, a single line")
    func notALists() throws {
        let article = try markdown("# Times\n\nThe helpline opens at\n9:00 on weekdays.\n\n: alone\n\n- Item\n  : not a definition\n")
        #expect(article.blocks.allSatisfy { $0.role == nil }, "\(outline(article))")
        #expect(article.blocks[1].content.plainText == "The helpline opens at 9:00 on weekdays.")
    }
}

import Articles
import Foundation
import TaalgrensCore
import Testing

/// Session 14's left-over (fourteenth trial, finding 17): the first `<time datetime>` of the content was the
/// article's date, so a date the text is about gave the page a date and `article.html` a byline. A `<time>`
/// is a date candidate only in a block of a dateline's length (at most 12 words: "Published <time>…</time>.",
/// "Brussels, <time>…</time>"), as the renderer counts a dateline.
@Suite struct EventDateTests {
    @Test(arguments: [
        // An event's date inside a sentence: no date.
        ("<p>On <time datetime=\"2026-02-10\">10 February 2026</time> the new number went live for every caller in Belgium.</p>", nil as String?),
        ("<p>The helpline, which opened on <time datetime=\"2019-05-02\">2 May 2019</time>, answered 40,000 calls last year, the centre said.</p>", nil),
        // A dateline or a meta line: the date.
        ("<p>Published <time datetime=\"2026-02-10\">10 February 2026</time>.</p><p>The new number went live for every caller in Belgium on Monday.</p>", "2026-02-10"),
        ("<p>Brussels, <time datetime=\"2026-02-10T09:00\">10 February 2026, 9:00</time></p><p>The new number went live for every caller in Belgium on Monday.</p>", "2026-02-10"),
        // The event's date first, the dateline after it: the dateline's.
        ("<p>On <time datetime=\"2019-05-02\">2 May 2019</time> the helpline opened its doors to every caller in Belgium.</p><p>Updated <time datetime=\"2026-02-10\">10 February 2026</time></p>", "2026-02-10"),
    ])
    func aTimeInASentenceIsNoDateline(_ body: String, _ date: String?) throws {
        let article = try html("<html><body><article><h1>The new number</h1>\(body)</article></body></html>")
        #expect(article.metadata["date"] == date, "\(article.metadata)")
        // The <time> stays a code of its sentence either way.
        #expect(article.blocks.dropFirst().first?.content.codes.contains { $0.attributes["element"] == "time" } == true)
    }
}

import Testing
import Segmentation
import TaalgrensCore

/// A block or piece with no letter and no digit (an emoji, a dingbat, an arrow, a star rating, a
/// separator, a lone bullet) is not a segment to translate (known issue "An emoji alone in a block is a
/// segment", fixed in session 9): ``Segmenter/segment(_:blockIndex:)`` leaves it out, while
/// ``Segmenter/sentenceRanges(in:)`` still reports its boundaries.
@Suite struct NoTextPieceTests {
    @Test("a block with no letter and no digit has no segments", arguments: [
        "🚲", "👉👉", "★★★★☆", "***", "•", "→ ← ↑", "✂︎ ✈︎ ❄︎", "— – —", "🇧🇪", "👩‍👩‍👧", "   ⭐ ⭐   ",
    ])
    func noTextBlock(_ text: String) {
        for segmenter in [TestSupport.english, TestSupport.dutch] {
            for kind in [BlockKind.paragraph, .heading, .caption, .listItem] {
                let block = Block(kind: kind, content: RichText(plain: text))
                #expect(segmenter.segment(block, blockIndex: 2).isEmpty, "\(kind): \(text)")
            }
        }
    }

    @Test("a letter, a digit or a number sign keeps the piece a segment", arguments: [
        "★★★★☆ 4/5", "2024", "½", "Ⅻ", "Fietsdag 🚲", "1️⃣", "x", "€ 5",
    ])
    func textBlock(_ text: String) {
        let block = Block(kind: .paragraph, content: RichText(plain: text))
        #expect(TestSupport.dutch.segment(block, blockIndex: 0).map(\.text) == [text])
    }

    @Test func anEmojiBeforeASentenceOpensIt() {
        // Until session 19 rule 6b cut after a leading emoji before a capitalised word, and the emoji was a piece
        // left out of every segment; rule 6a (nineteenth trial, finding 11) keeps it with the sentence it opens.
        let block = Block(kind: .paragraph, content: RichText(plain: "🚲 Fietsdag in Gent."))
        let segments = TestSupport.dutch.segment(block, blockIndex: 0)
        #expect(segments.map(\.text) == ["🚲 Fietsdag in Gent."])
        #expect(segments.map { [$0.position, $0.start, $0.end] } == [[0, 0, 20]])
    }

    @Test func aNoTextPieceInsideABlockIsLeftOutAndPositionsCloseUp() {
        // A blank line is a hard break: the stars stand alone between the two sentences.
        let text = "Eerste zin.\n\n★★★☆☆\n\nTweede zin."
        let block = Block(kind: .paragraph, content: RichText(plain: text))
        let units = Array(text.utf16)
        let pieces = TestSupport.dutch.sentenceRanges(in: text).map { String(decoding: units[$0], as: UTF16.self) }
        #expect(pieces == ["Eerste zin.", "★★★☆☆", "Tweede zin."])
        let segments = TestSupport.dutch.segment(block, blockIndex: 7)
        #expect(segments.map(\.text) == ["Eerste zin.", "Tweede zin."])
        #expect(segments.map(\.position) == [0, 1])
        #expect(segments.map(\.block) == [7, 7])
        #expect(segments.map { [$0.start, $0.end] } == [[0, 11], [20, 31]])
    }

    @Test func anArticleKeepsItsBlocksAndOnlyTheirTextSegments() {
        let article = Article(id: "sid", locale: "en", format: .markdown, blocks: [
            Block(kind: .title, content: "Cycling day"),
            Block(kind: .paragraph, content: "🚲"),
            Block(kind: .paragraph, content: "The bridge opens on Sunday. Bring your bike!"),
            Block(kind: .paragraph, content: "* * *"),
        ])
        let segmented = TestSupport.english.segment(article)
        #expect(segmented.segments.map { $0.map(\.text) } == [["Cycling day"], [], ["The bridge opens on Sunday.", "Bring your bike!"], []])
        #expect(segmented.allSegments.count == 3)
    }
}

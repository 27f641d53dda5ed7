import Foundation
import Testing
import TaalgrensCore
import Alignment

/// ``ArticleAlignment/translationUnits(articleID:)``: variants with original spacing and sentence starts,
/// context, origin, id and status.
@Suite struct TranslationUnitTests {
    /// A Dutch paragraph whose two sentences are separated by two spaces and carry an inline code.
    static func dutch() -> SegmentedArticle {
        let link = InlineCode(id: "1", kind: .opening, type: .link, attributes: ["href": "https://www.childfocus.be"])
        let close = InlineCode(id: "1", kind: .closing, type: .link)
        let first = "Bel de hulplijn op 116 000.", second = "Ze is elke dag bereikbaar."
        let content = RichText([.text(first + "  "), .code(link), .text("Ze"), .code(close), .text(" is elke dag bereikbaar.")])
        let start2 = (first + "  ").utf16.count
        let paragraph = [
            Segment(block: 1, position: 0, start: 0, end: first.utf16.count, content: RichText(plain: first)),
            Segment(block: 1, position: 1, start: start2, end: start2 + second.utf16.count,
                    content: content.slice(utf16: start2..<(start2 + second.utf16.count))),
        ]
        let title = "Hulplijn"
        let titleSegment = Segment(block: 0, position: 0, start: 0, end: title.utf16.count, content: RichText(plain: title))
        let article = Article(id: "helpline", locale: "nl-BE", format: .markdown,
                              blocks: [Block(kind: .title, content: RichText(plain: title)), Block(kind: .paragraph, content: content)])
        return SegmentedArticle(article: article, segments: [[titleSegment], paragraph])
    }

    static let english = Fixtures.article(id: "helpline", locale: "en", blocks: [
        (.title, ["Helpline"]),
        (.paragraph, ["Call the helpline on 116 000, which is open every day."]),
    ])

    @Test func aMultiSentenceVariantKeepsItsSpacingCodesAndSentenceStarts() throws {
        let alignment = try Aligner().align([Self.english, Self.dutch()], source: nil)
        #expect(alignment.beads.map(\.segments) == [["en": [0], "nl-BE": [0]], ["en": [1], "nl-BE": [1, 2]]])
        let units = alignment.translationUnits(articleID: "helpline")
        #expect(units.count == 2)
        let unit = units[1]
        let nl = try #require(unit.variant(for: "nl-BE"))
        #expect(nl.text == "Bel de hulplijn op 116 000.  Ze is elke dag bereikbaar.")
        #expect(nl.sentenceStarts == [29])
        #expect(nl.content.codes.count == 2, "the link around \"Ze\" stays an inline code")
        #expect(nl.previous == "Hulplijn")
        #expect(nl.next == nil)
        let en = try #require(unit.variant(for: "en"))
        #expect(en.text == "Call the helpline on 116 000, which is open every day.")
        #expect(en.sentenceStarts.isEmpty)
        #expect(en.previous == "Helpline")
        #expect(unit.id == "helpline:1:0")
        #expect(unit.origin == Origin(article: "helpline", block: 1, position: 0))
        #expect(unit.confidence == alignment.beads[1].confidence)
        #expect(unit.status == (alignment.beads[1].needsReview ? .needsReview : .aligned))
    }

    @Test func unitsFollowTheThresholdAndSkipBeadsWithoutSource() throws {
        let c = try Fixtures.load(Fixtures.alignment.appendingPathComponent("cyberbullying-helpline"))
        let alignment = try Aligner().align(c.versions, source: nil)
        let units = alignment.translationUnits(articleID: c.name)
        let withSource = alignment.beads.filter { !$0.indices(for: "en").isEmpty }
        // One unit per bead, plus one per finer pair (fr-BE joins two sentences that en and nl-BE keep apart).
        let finer = withSource.map { $0.finerPairs.values.first?.count ?? 0 }
        #expect(finer.filter { $0 > 0 } == [2])
        #expect(units.count == withSource.count + finer.reduce(0, +))
        #expect(Set(units.map(\.id)).count == units.count, "unit ids are unique")
        var k = 0
        for (bead, extra) in zip(withSource, finer) {
            let unit = units[k]
            k += 1 + extra
            #expect(unit.status == (bead.confidence >= alignment.reviewThreshold ? .aligned : .needsReview))
            #expect(unit.variants.count == bead.segments.filter { !$0.value.isEmpty }.count)
        }
        // The merged bead: its unit keeps every version (so nl-BE and fr-BE stay paired); en and nl-BE also
        // stay at the sentence, in units of their own.
        let split = try #require(withSource.firstIndex { !$0.finerPairs.isEmpty })
        let first = withSource[..<split].count + finer[..<split].reduce(0, +)
        let coarse = units[first], pieces = Array(units[(first + 1)...(first + 2)])
        #expect(coarse.locales == ["en", "fr-BE", "nl-BE"])
        #expect(coarse.variant(for: "en")?.sentenceStarts.count == 1)
        #expect(pieces.allSatisfy { $0.locales == ["en", "nl-BE"] && $0.id.hasSuffix("~nl-BE") && $0.status == .aligned })
        #expect(pieces.map { $0.variant(for: "en")!.text } == withSource[split].indices(for: "en").map { alignment.segments["en"]![$0].text })
        #expect(pieces.map { $0.variant(for: "nl-BE")!.text } == withSource[split].indices(for: "nl-BE").map { alignment.segments["nl-BE"]![$0].text })
        #expect(pieces[0].id == coarse.id + "~nl-BE")
        // Everything needs review when the threshold is 1 and nothing has confidence 1 …
        let strict = try Aligner(configuration: AlignerConfiguration(reviewThreshold: 1.01)).align(c.versions, source: nil)
        #expect(strict.translationUnits(articleID: c.name).allSatisfy { $0.status == .needsReview })
        // … and nothing does at 0.
        let lax = try Aligner(configuration: AlignerConfiguration(reviewThreshold: 0)).align(c.versions, source: nil)
        #expect(lax.translationUnits(articleID: c.name).allSatisfy { $0.status == .aligned })
    }

    @Test func idsAreStableWhenAnotherParagraphChanges() throws {
        let c = try Fixtures.load(Fixtures.alignment.appendingPathComponent("hotline-reports"))
        let before = try Aligner().align(c.versions, source: nil).translationUnits(articleID: c.name)
        var versions = c.versions
        var raw = c.raw[0]
        raw[raw.count - 1].1[1] = "Never download or share such images yourself, not even to show them to the police!"
        versions[0] = Fixtures.article(id: c.name, locale: "en", blocks: raw)
        let after = try Aligner().align(versions, source: nil).translationUnits(articleID: c.name)
        #expect(before.map(\.id) == after.map(\.id))
        #expect(zip(before, after).filter { $0.variant(for: "en")?.text != $1.variant(for: "en")?.text }.map(\.0.id) == ["hotline-reports:5:1"])
    }
}

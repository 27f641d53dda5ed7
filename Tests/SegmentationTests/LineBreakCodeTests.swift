import Foundation
import Segmentation
import TaalgrensCore
import Testing

/// Line-break codes reach step 1 of the segmenter (fourteenth trial, finding 10): a `<br>`, a Markdown hard
/// break or a kept line of a plain-text paragraph is read as a line feed, so the rules for heading lines,
/// blocks of fields and datelines apply to articles as they do to text. Each case keeps the input that was
/// one segment and the segments it has now.
@Suite struct LineBreakCodeTests {
    /// A rich text from a notation where `|` is a line-break code.
    static func lines(_ text: String) -> RichText {
        var elements: [InlineElement] = []
        for (index, part) in text.components(separatedBy: "|").enumerated() {
            if index > 0 { elements.append(.code(InlineCode(id: "br\(index)", kind: .standalone, type: .lineBreak))) }
            elements.append(.text(part))
        }
        return RichText(elements)
    }

    static let cases: [(String, [String])] = [
        // A press contact block of a WordPress page (`<br />` between the lines): a block of fields.
        ("Press contact|Els Janssens|Spokesperson, Child Focus|+32 2 475 44 11|els.janssens@childfocus.example.org",
         ["Press contact", "Els Janssens", "Spokesperson, Child Focus", "+32 2 475 44 11", "els.janssens@childfocus.example.org"]),
        // An italic heading line over its sentence.
        ("About the Belgian Safer Internet Centre|The Belgian Safer Internet Centre is co-funded by the European Union.",
         ["About the Belgian Safer Internet Centre", "The Belgian Safer Internet Centre is co-funded by the European Union."]),
        // Dutch: a contact block with a function line ending in a comma-free title, and a TV listing.
        ("Perscontact|Karel Janssens|Woordvoerder FOD Financiën|+32 257 257 57|karel.janssens@minfin.fed.be",
         ["Perscontact", "Karel Janssens", "Woordvoerder FOD Financiën", "+32 257 257 57", "karel.janssens@minfin.fed.be"]),
        ("Vanavond op tv|20.00 u. Het Journaal (Eén)|20.40 u. Thuis (Eén)",
         ["Vanavond op tv", "20.00 u. Het Journaal (Eén)", "20.40 u. Thuis (Eén)"]),
        // A dateline after a wire headline longer than a heading line.
        ("UPDATE 2-Bekaert cuts 2026 outlook as steel wire demand slows|BRUSSELS, Dec 3 (Reuters) - Bekaert cut its outlook on Wednesday.",
         ["UPDATE 2-Bekaert cuts 2026 outlook as steel wire demand slows", "BRUSSELS, Dec 3 (Reuters) - Bekaert cut its outlook on Wednesday."]),
        // Inside a sentence the break stays soft: one segment, the code in it.
        ("The helpline is open on weekdays|from nine to five.", ["The helpline is open on weekdays from nine to five."]),
        // A sentence wrapped by hand after a longer line (blind set 4's case) stays one segment too.
        ("The E40 was at a standstill for two hours this morning between|Ternat and Brussels after an accident.",
         ["The E40 was at a standstill for two hours this morning between Ternat and Brussels after an accident."]),
        // Between two sentences ICU breaks, as before.
        ("Call us.|We listen.", ["Call us.", "We listen."]),
    ]

    @Test(arguments: cases)
    func lineBreakCodesAreLineFeedsToStepOne(_ input: String, _ expected: [String]) {
        let locale: LanguageTag = input.contains("Perscontact") || input.contains("Vanavond") ? "nl-BE" : "en"
        let segmenter = TestSupport.segmenter(for: locale)
        let block = Block(kind: .paragraph, content: Self.lines(input))
        let segments = segmenter.segment(block, blockIndex: 0)
        #expect(segments.map(\.text) == expected)
        // A kept break lies between two segments: no segment holds it. A soft one stays in its sentence.
        let codesInSegments = segments.reduce(0) { $0 + $1.content.codes.count }
        #expect(codesInSegments == input.components(separatedBy: "|").count - expected.count)
        // The offsets are those of the plain text, where each code stands for one space.
        for segment in segments {
            #expect(block.content.slice(utf16: segment.start..<segment.end) == segment.content)
        }
    }

    /// A heading or title without final punctuation stays one segment, whatever its line breaks.
    @Test func headingWithALineBreakStaysWhole() {
        let heading = Block(kind: .heading, content: Self.lines("Flu season|Doctors see more patients"), level: 2)
        #expect(TestSupport.english.segment(heading, blockIndex: 0).map(\.text) == ["Flu season Doctors see more patients"])
    }

    /// The single line breaks step 1 keeps in plain text (UTF-16 offsets of the line feeds).
    @Test func keptLineBreaksOfPlainText() {
        let contact = "For more information\nKarel Janssens\nSpokesperson, FPS Finance\n+32 257 257 57\nkarel.janssens@minfin.fed.be"
        #expect(Segmenter.keptLineBreaks(in: contact) == [20, 35, 61, 76])
        #expect(Segmenter.keptLineBreaks(in: "Flu season starts early\nDoctors see more patients than usual.") == [23])
        // A soft wrap inside a sentence is not kept.
        #expect(Segmenter.keptLineBreaks(in: "The minister said on Monday that the new number\nwill go live in February.") == [])
        // A blank line is no single break; a CR LF counts at its CR.
        #expect(Segmenter.keptLineBreaks(in: "Flu season starts early\n\nDoctors see more.") == [])
        #expect(Segmenter.keptLineBreaks(in: "Flu season starts early\r\nDoctors see more patients than usual.") == [23])
        // A subheading after a sentence: the break before it is returned too, so that the heading line
        // still starts a line when the sentence's line is joined with a space.
        let subheading = "The road was closed.\nTraffic advice\nDrivers should avoid the E40 until noon."
        #expect(Segmenter.keptLineBreaks(in: subheading) == [20, 35])
    }

    /// The lines of a plain-text paragraph joined as a reader joins them (kept breaks as line-break codes,
    /// the others as spaces) give the segments of the text itself, for each kind of kept line break.
    @Test(arguments: [
        "For more information\nKarel Janssens\nSpokesperson, FPS Finance\n+32 257 257 57\nkarel.janssens@minfin.fed.be",
        "Flu season starts early\nDoctors see more patients than usual.",
        "The road was closed.\nTraffic advice\nDrivers should avoid the E40 until noon.",
        "The road between Ternat and Brussels was closed for two hours on Monday\nmorning. Traffic advice\nDrivers should avoid the E40 until noon.",
        "UPDATE 2-Bekaert cuts 2026 outlook as steel wire demand slows\nBRUSSELS, Dec 3 (Reuters) - Bekaert cut its outlook\non Wednesday, citing weak demand.",
        "The minister said on Monday that the new number\nwill go live in February. Callers can\nreach it day and night.",
    ])
    func readerJoinGivesTheTextsSegments(_ text: String) {
        let units = Array(text.utf16)
        let kept = Set(Segmenter.keptLineBreaks(in: text))
        var elements: [InlineElement] = []
        var run: [UInt16] = []
        for (offset, unit) in units.enumerated() {
            if unit == 0x0A {
                elements.append(.text(String(decoding: run, as: UTF16.self)))
                run = []
                if kept.contains(offset) {
                    elements.append(.code(InlineCode(id: "\(offset)", kind: .standalone, type: .lineBreak)))
                } else {
                    run = [0x20]
                }
            } else {
                run.append(unit)
            }
        }
        elements.append(.text(String(decoding: run, as: UTF16.self)))
        let block = Block(kind: .paragraph, content: RichText(elements))
        let segmenter = TestSupport.english
        let fromText = segmenter.sentenceRanges(in: text).map {
            String(decoding: units[$0], as: UTF16.self).replacingOccurrences(of: "\n", with: " ")
        }
        #expect(segmenter.segment(block, blockIndex: 0).map(\.text) == fromText)
    }
}

import Foundation
import Testing
import Segmentation
import TaalgrensCore

/// The `Segmenter` API: offsets, whitespace and line breaks, blocks with inline codes, headings,
/// articles, and how a locale finds its rules.
@Suite struct SegmenterTests {
    @Test func rangesAreTrimmedUTF16OffsetsIntoTheOriginalText() {
        let text = "  Hallo 👋🏽 wereld. Nog een zin!  "
        let ranges = TestSupport.dutch.sentenceRanges(in: text)
        let units = Array(text.utf16)
        #expect(ranges == [2..<20, 21..<33])  // the emoji and its skin tone take two UTF-16 units each
        #expect(ranges.map { String(decoding: units[$0], as: UTF16.self) } == ["Hallo 👋🏽 wereld.", "Nog een zin!"])
    }

    @Test func emptyAndBlankTextHaveNoSentences() {
        #expect(TestSupport.english.sentenceRanges(in: "").isEmpty)
        #expect(TestSupport.english.sentenceRanges(in: " \n\u{00A0} ").isEmpty)
    }

    @Test func aSingleLineBreakIsASoftWrap() {
        // ICU alone would break at every line break, and "bijv." would stay at a line end.
        let text = "De actie vond o.a. plaats in scholen,\nbibliotheken, bijv.\nGent. Ook jeugdbewegingen\r\ndeden mee."
        #expect(TestSupport.sentences(text, TestSupport.dutch)
                == ["De actie vond o.a. plaats in scholen,\nbibliotheken, bijv.\nGent.", "Ook jeugdbewegingen\r\ndeden mee."])
    }

    @Test func aBlankLineIsAHardBreakNoRuleVetoes() {
        let text = "Een lijst van scholen, bibliotheken, enz.\n\nDhr.\n \nJanssens kwam ook"
        #expect(TestSupport.sentences(text, TestSupport.dutch) == ["Een lijst van scholen, bibliotheken, enz.", "Dhr.", "Janssens kwam ook"])
        #expect(TestSupport.sentences("Eerste deel\u{2029}tweede deel", TestSupport.dutch) == ["Eerste deel", "tweede deel"])
    }

    @Test func blocksKeepTheirInlineCodes() throws {
        // A link that spans the boundary between two sentences: each segment keeps its half of the pair.
        let open = InlineCode(id: "1", kind: .opening, type: .link, attributes: ["href": "https://www.betternet.be"])
        let close = InlineCode(id: "1", kind: .closing, type: .link)
        let strongOpen = InlineCode(id: "2", kind: .opening, type: .strong)
        let strongClose = InlineCode(id: "2", kind: .closing, type: .strong)
        let content = RichText([.text("Lees "), .code(open), .text("de gids. Of bel"), .code(close), .text(" ons. "),
                                .code(strongOpen), .text("Nu"), .code(strongClose), .text("!")])
        let block = Block(kind: .paragraph, content: content)
        let segments = TestSupport.dutch.segment(block, blockIndex: 4)
        #expect(segments.map(\.text) == ["Lees de gids.", "Of bel ons.", "Nu!"])
        #expect(segments.map(\.block) == [4, 4, 4])
        #expect(segments.map(\.position) == [0, 1, 2])
        #expect(segments.map { [$0.start, $0.end] } == [[0, 13], [14, 25], [26, 29]])
        #expect(segments[0].content == RichText([.text("Lees "), .code(open), .text("de gids.")]))
        #expect(segments[1].content == RichText([.text("Of bel"), .code(close), .text(" ons.")]))
        #expect(segments[1].content.unpairedCodes == [close])
        #expect(segments[2].content == RichText([.code(strongOpen), .text("Nu"), .code(strongClose), .text("!")]))
    }

    @Test func segmentsOfALongBlockWithCodesEqualTheSliceOfEachRange() {
        // `segment(_:blockIndex:)` slices every segment in one pass (TRIAL5 item 10: slicing range by range
        // was quadratic in a long paragraph). The reference is `RichText.slice(utf16:)`, range by range.
        // Codes sit on every kind of boundary: a closing code after a period, an opening code or an image
        // after the space, a footnote reference before the space, a line break code as the space itself,
        // links that span sentences, and codes inside sentences.
        let words = ["De", "storm", "raakte", "Oostende", "op", "2", "nov.", "2026,", "zei", "dr.", "Peeters", "vandaag"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var elements: [InlineElement] = []
        var id = 0
        var openLink: String?
        for _ in 0..<400 {
            var sentence = (0..<(2 + next(6))).map { _ in words[next(words.count)] }
            sentence[0] = sentence[0].prefix(1).uppercased() + sentence[0].dropFirst()
            let half = sentence.count / 2
            elements.append(.text(sentence[..<half].joined(separator: " ") + " "))
            if next(3) == 0 {
                id += 1
                elements.append(.code(InlineCode(id: String(id), kind: .opening, type: .emphasis)))
                elements.append(.text(sentence[half...].joined(separator: " ")))
                elements.append(.code(InlineCode(id: String(id), kind: .closing, type: .emphasis)))
                elements.append(.text("."))
            } else {
                elements.append(.text(sentence[half...].joined(separator: " ") + "."))
            }
            switch next(7) {
            case 0:
                if let link = openLink {
                    elements.append(.code(InlineCode(id: link, kind: .closing, type: .link)))
                    openLink = nil
                }
                elements.append(.text(" "))
            case 1:
                elements.append(.text(" "))
                id += 1
                openLink = String(id)
                elements.append(.code(InlineCode(id: String(id), kind: .opening, type: .link)))
            case 2:
                elements.append(.code(InlineCode(id: "fn\(id)", kind: .standalone, type: .other)))
                elements.append(.text(" "))
            case 3:
                elements.append(.text(" "))
                elements.append(.code(InlineCode(id: "img\(id)", kind: .standalone, type: .image)))
            case 4:
                elements.append(.code(InlineCode(id: "br\(id)", kind: .standalone, type: .lineBreak)))
            default:
                elements.append(.text(" "))
            }
        }
        let block = Block(kind: .paragraph, content: RichText(elements))
        for segmenter in [TestSupport.dutch, TestSupport.english] {
            let segments = segmenter.segment(block, blockIndex: 0)
            #expect(segments.count > 300)
            #expect(segments.map(\.text) == segmenter.sentenceRanges(in: block.content.plainText).map {
                block.content.slice(utf16: $0).plainText
            })
            for segment in segments {
                #expect(segment.content == block.content.slice(utf16: segment.start..<segment.end),
                        "segment \(segment.position) at \(segment.start)..<\(segment.end)")
            }
        }
    }

    @Test func headingsWithoutFinalPunctuationStayWhole() {
        let heading = Block(kind: .heading, content: "Vitamine C. Waarom het werkt", level: 2)
        #expect(TestSupport.dutch.segment(heading, blockIndex: 0).map(\.text) == ["Vitamine C. Waarom het werkt"])
        let title = Block(kind: .title, content: " Hulp nodig? Bel 116 000 ")
        #expect(TestSupport.dutch.segment(title, blockIndex: 0).map(\.text) == ["Hulp nodig? Bel 116 000"])
        #expect(TestSupport.dutch.segment(title, blockIndex: 0).map { [$0.start, $0.end] } == [[1, 24]])
        // With final punctuation a heading is prose and is cut like a paragraph.
        let punctuated = Block(kind: .heading, content: "Hulp nodig? Bel ons!")
        #expect(TestSupport.dutch.segment(punctuated, blockIndex: 0).map(\.text) == ["Hulp nodig?", "Bel ons!"])
        let quoted = Block(kind: .title, content: "« Ensemble ! » C'est parti.")
        #expect(TestSupport.french.segment(quoted, blockIndex: 0).map(\.text) == ["« Ensemble ! »", "C'est parti."])
        // A paragraph without final punctuation is still cut.
        let paragraph = Block(kind: .paragraph, content: "Lees dit eerst. Waarom het werkt")
        #expect(TestSupport.dutch.segment(paragraph, blockIndex: 0).map(\.text) == ["Lees dit eerst.", "Waarom het werkt"])
    }

    @Test func articlesAreSegmentedBlockByBlock() {
        let article = Article(id: "sid", locale: "en", format: .markdown, blocks: [
            Block(kind: .title, content: "Safer Internet Day 2020"),
            Block(kind: .paragraph, content: "Mr. Smith met Dr. Jones. They talked."),
            Block(kind: .listItem, content: "   "),
            Block(kind: .quote, content: "\"Why?\" she asked."),
        ])
        let segmented = TestSupport.english.segment(article)
        #expect(segmented.article == article)
        #expect(segmented.segments.map { $0.map(\.text) }
                == [["Safer Internet Day 2020"], ["Mr. Smith met Dr. Jones.", "They talked."], [], ["\"Why?\" she asked."]])
        #expect(segmented.allSegments.map(\.block) == [0, 1, 1, 3])
    }

    @Test func aLocaleFindsItsFolderByLanguageWithRegionFallback() throws {
        let dutch = try Segmenter(locale: "nl", data: TestSupport.data)
        #expect(dutch.rulesFile?.pathComponents.suffix(2) == ["nl-BE", "segmentation.srx"])
        #expect(dutch.icuLocale == "nl")
        let netherlands = try Segmenter(locale: "nl-NL", data: TestSupport.data)
        #expect(netherlands.rulesFile?.pathComponents.suffix(2) == ["nl-BE", "segmentation.srx"])
        let french = try Segmenter(locale: try #require(LanguageTag("fr_be")), data: TestSupport.data)
        #expect(french.rulesFile?.pathComponents.suffix(2) == ["fr-BE", "segmentation.srx"])
        let british = try Segmenter(locale: "en-GB", data: TestSupport.data)
        #expect(british.rulesFile?.pathComponents.suffix(2) == ["en", "segmentation.srx"])
        #expect(TestSupport.sentences("Mr. Smith met Dr. Jones. They talked.", british) == ["Mr. Smith met Dr. Jones.", "They talked."])
    }

    @Test func aLocaleWithoutAFolderIsSegmentedByICUAlone() throws {
        let finnish = try Segmenter(locale: "fi", data: TestSupport.data)
        #expect(finnish.rulesFile == nil)
        #expect(Segmenter.localeFolder(for: "fi", in: TestSupport.data) == nil)
        #expect(TestSupport.sentences("Hyvää päivää. Mitä kuuluu?", finnish) == ["Hyvää päivää.", "Mitä kuuluu?"])
    }

    @Test func aDataFolderWithoutLocalesIsBadInput() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let error = try #require(throws: InputError.self) { try Segmenter(locale: "nl-BE", data: DataDirectory(root: empty)) }
        #expect(error.file.hasSuffix("Locales"))
    }
}

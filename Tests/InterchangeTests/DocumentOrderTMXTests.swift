import Foundation
import Testing
import TaalgrensCore
import Interchange

/// Sixteenth trial, finding 6 (session 19): a TMX of one text in order (a CAT tool's project memory whose units
/// name their document, an aligner's output) was read as unrelated units, so none of them could be a context
/// match (101). The order of the units now gives each source variant its previous and next sentence when the
/// file says it is a text in order: a document prop on the units or the header, or an aligner's header.
@Suite("TMX: context from the order of the units of a document")
struct DocumentOrderTMXTests {
    static func read(_ data: Data, file: String) throws -> (units: [TranslationUnit], lines: [Int], report: TMXReadReport) {
        let reader = try TMXReader(data: data, file: file)
        var units: [TranslationUnit] = [], lines: [Int] = []
        while let unit = try reader.next() {
            units.append(unit)
            lines.append(try #require(reader.unitLine))
        }
        return (units, lines, reader.report)
    }

    static func source(_ unit: TranslationUnit) -> Variant? { unit.variant(for: "en-GB") }

    @Test("memoQ's x-document: neighbours within each document, merged and skipped <tu>s still neighbours, a tool's own context kept")
    func memoQDocuments() throws {
        let name = "order19/memoq-project.tmx"
        let (units, lines, report) = try Self.read(Data(contentsOf: TestSupport.interop(name)), file: name)
        let texts = units.map { Self.source($0)?.text ?? "" }
        #expect(texts == ["A text message about a parcel asks you to pay customs fees.", "Do not click the link.",
                          "Forward the message to 3680 and delete it.", "Someone calls you on behalf of your bank.",
                          "Your bank never asks for your card reader codes.", "Then report the call to the police.",
                          "Tell your family about this scam."])
        // Each unit is returned with the line of its own <tu>, though the reader has read the next one.
        #expect(lines == [8, 18, 28, 38, 58, 75, 86])
        let context = units.map { [Self.source($0)?.previous, Self.source($0)?.next] }
        #expect(context[0] == [nil, "Do not click the link."])
        #expect(context[1] == ["A text message about a parcel asks you to pay customs fees.", "Forward the message to 3680 and delete it."])
        // The last sentence of the first document: the next <tu> is another document's.
        #expect(context[2] == ["Do not click the link.", nil])
        // The repeated "Do not click the link." of the second document is merged into the first one's unit,
        // and is still the neighbour of the units around it.
        #expect(report.merged == 1)
        #expect(context[3] == [nil, "Do not click the link."])
        // The next <tu> has one language (skipped), but its sentence stood there.
        #expect(report.skipped == 1)
        #expect(context[4] == ["Do not click the link.", "Call Card Stop at 078 170 170."])
        // memoQ's own x-context-pre wins; it recorded no next sentence, and none is taken from the order.
        #expect(context[5] == ["Call Card Stop at 078 170 170.", nil])
        #expect(context[6] == ["Then report the call to the police.", nil])
        // Targets get no context (a query's context is the source's).
        #expect(units.allSatisfy { $0.variant(for: "nl-BE")?.previous == nil && $0.variant(for: "nl-BE")?.next == nil })
        #expect(report.contextFromOrder == ["parcel-scam.docx": 3, "bank-helpdesk-scam.docx": 3])
    }

    @Test("the ids do not depend on the context taken from the order (a memory that imported the file before keeps its units)")
    func idsUnchanged() throws {
        let name = "order19/memoq-project.tmx"
        let data = try Data(contentsOf: TestSupport.interop(name))
        let ordered = try Self.read(data, file: name).units
        // The same file without its document props tells no order.
        let plain = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "type=\"x-document\"", with: "type=\"x-doc\"")
        let unordered = try Self.read(Data(plain.utf8), file: name)
        #expect(unordered.report.contextFromOrder.isEmpty)
        #expect(Self.source(unordered.units[0])?.next == nil)
        #expect(ordered.map(\.id) == unordered.units.map(\.id))
    }

    @Test("an aligner's file is one text: LF Aligner's header, upper-case languages, a DOCTYPE")
    func alignerFile() throws {
        let name = "order19/lf-aligner.tmx"
        let (units, _, report) = try Self.read(Data(contentsOf: TestSupport.interop(name)), file: name)
        #expect(units.count == 3)
        #expect(Self.source(units[0])?.previous == nil)
        #expect(Self.source(units[0])?.next == "Do not pay and stop all contact.")
        #expect(Self.source(units[1])?.previous == "Sextortion is blackmail with intimate images.")
        #expect(Self.source(units[1])?.next == "Keep the evidence.")
        #expect(Self.source(units[2])?.previous == "Do not pay and stop all contact.")
        #expect(Self.source(units[2])?.next == nil)
        #expect(report.contextFromOrder == ["lf-aligner.tmx": 3])
    }

    /// The kinds of file that tell no order keep their units without context: a memory's export (trial 16's
    /// Trados Studio memories, in the memory's storage order), a file whose source language is `*all*`, and a
    /// file Taalgrens wrote (it writes each unit's context itself).
    @Test("no document prop, no aligner, srclang *all*, or Taalgrens's own file: no context from the order", arguments: [
        ("SDL Language Platform", "en-GB", ""),
        ("Okapi Rainbow", "*all*", "<prop type=\"Txt::FileName\">scam.html</prop>"),
        ("Taalgrens", "en-GB", "<prop type=\"x-filename\">scam.html</prop>"),
    ])
    func noOrder(tool: String, sourceLanguage: String, props: String) throws {
        let file = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="\(tool)" creationtoolversion="1" o-tmf="x" adminlang="en" datatype="plaintext" segtype="sentence" srclang="\(sourceLanguage)"/>
        <body>
        <tu>\(props)<tuv xml:lang="en-GB"><seg>Do not pay.</seg></tuv><tuv xml:lang="fr-BE"><seg>Ne payez pas.</seg></tuv></tu>
        <tu>\(props)<tuv xml:lang="en-GB"><seg>Stop all contact.</seg></tuv><tuv xml:lang="fr-BE"><seg>Coupez tout contact.</seg></tuv></tu>
        </body></tmx>
        """
        let (units, _, report) = try Self.read(Data(file.utf8), file: "memory.tmx")
        #expect(units.count == 2)
        #expect(units.allSatisfy { Self.source($0)?.previous == nil && Self.source($0)?.next == nil })
        #expect(report.contextFromOrder.isEmpty)
    }

    @Test("a header's document prop makes the whole file one document; a unit's own prop divides it")
    func headerDocument() throws {
        let file = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="tmx-tools" creationtoolversion="1" o-tmf="x" adminlang="en" datatype="plaintext" segtype="sentence" srclang="en-GB"><prop type="x-filename">newsletter-11.html</prop></header>
        <body>
        <tu><tuv xml:lang="en-GB"><seg>New scam!</seg></tuv><tuv xml:lang="nl-BE"><seg>Nieuwe oplichting!</seg></tuv></tu>
        <tu><tuv xml:lang="en-GB"><seg>Read more.</seg></tuv><tuv xml:lang="nl-BE"><seg>Lees meer.</seg></tuv></tu>
        <tu><prop type="x-filename">footer.html</prop><tuv xml:lang="en-GB"><seg>Unsubscribe</seg></tuv><tuv xml:lang="nl-BE"><seg>Uitschrijven</seg></tuv></tu>
        </body></tmx>
        """
        let (units, _, report) = try Self.read(Data(file.utf8), file: "newsletter.tmx")
        #expect(Self.source(units[0])?.next == "Read more.")
        #expect(Self.source(units[1])?.previous == "New scam!")
        #expect(Self.source(units[1])?.next == nil)
        #expect(Self.source(units[2])?.previous == nil)
        #expect(report.contextFromOrder == ["newsletter-11.html": 2, "footer.html": 1])
    }
}

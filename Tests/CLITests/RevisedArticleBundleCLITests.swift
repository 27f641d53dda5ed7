import Foundation
import Interchange
import TaalgrensCore
import Testing

/// Eighth trial, finding 1 (data loss): a newsroom re-publishes a corrected article every day, which shifts
/// the segment ids of its bundle. Returned bundle units were stored under those ids, so Tuesday's returned
/// quote (segment `b3.s0` that day) overwrote Monday's heading (segment `b3.s0` on Monday), and Monday's
/// translation of a sentence Tuesday reworded was replaced by the new pair.
@Suite("returned bundles of a revised article keep each day's translations (process)")
struct RevisedArticleBundleCLITests {
    static let monday = """
        ---
        title: Fake delivery texts reach families
        ---

        The consumer helpline warns parents about a new wave of fake delivery texts.

        The messages say a parcel is held and ask for a fee of €2.49 through a link.

        ## What callers report

        Last week the helpline logged 280 calls about the texts.

        "Never pay a fee through a link in a text message," says a spokesperson.

        """
    static let tuesday = """
        ---
        title: Fake delivery texts reach families
        ---

        The consumer helpline warns parents and teachers about a new wave of fake delivery texts.

        "Never pay a fee through a link in a text message," says a spokesperson.

        ## What callers report

        Last week the helpline logged 280 calls about the texts.

        """

    /// Publishes `folder` to nl-BE, gives every segment without a target the Dutch `"NL: " + source` (the
    /// quote gets `edited` in front when asked), and imports the bundle back.
    func roundTrip(_ folder: URL, out: URL, memory: URL, editQuote: Bool = false) throws {
        let published = try CLI.run(["publish", folder.path, "--to", "nl-BE", "--out", out.path], memory: memory)
        #expect(published.status == 0, "\(published.stderr)")
        let xlf = out.appendingPathComponent("\(folder.lastPathComponent)/nl-BE/article.xlf")
        var document = try XLIFFReader.read(Data(contentsOf: xlf), file: xlf.path)
        for u in document.units.indices {
            for s in document.units[u].segments.indices {
                let source = document.units[u].segments[s].source.plainText
                if editQuote && source.hasPrefix("\"Never pay") {
                    document.units[u].segments[s].target = RichText(plain: "NL edited: " + source)
                } else if document.units[u].segments[s].target == nil {
                    document.units[u].segments[s].target = RichText(plain: "NL: " + source)
                } else { continue }
                document.units[u].segments[s].state = .translated
            }
        }
        try XLIFFWriter.write(document, version: .v21).write(to: xlf)
        let imported = try CLI.run(["import", xlf.deletingLastPathComponent().path], memory: memory)
        #expect(imported.status == 0, "\(imported.stderr)")
    }

    func matches(_ text: String, memory: URL) throws -> [[String: Any]] {
        let result = try CLI.run(["query", text, "--from", "en", "--to", "nl-BE", "--format", "json"], memory: memory)
        #expect(result.status == 0, "\(result.stderr)")
        return try result.json()["matches"] as? [[String: Any]] ?? []
    }

    @Test("Monday's heading and sentence survive Tuesday's bundle; the corrected quote replaces the old one")
    func revisedArticle() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let folder = scratch.appendingPathComponent("delivery-texts")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.monday.write(to: folder.appendingPathComponent("en.md"), atomically: true, encoding: .utf8)
        try roundTrip(folder, out: scratch.appendingPathComponent("monday"), memory: memory)
        try Self.tuesday.write(to: folder.appendingPathComponent("en.md"), atomically: true, encoding: .utf8)
        try roundTrip(folder, out: scratch.appendingPathComponent("tuesday"), memory: memory, editQuote: true)

        let heading = try matches("What callers report", memory: memory)
        #expect(heading.first?["score"] as? Double == 100, "\(heading)")
        #expect(heading.first?["target"] as? String == "NL: What callers report", "\(heading)")
        let reworded = "The consumer helpline warns parents about a new wave of fake delivery texts."
        let monday = try matches(reworded, memory: memory)
        #expect(monday.first?["score"] as? Double == 100, "\(monday)")
        #expect(monday.first?["target"] as? String == "NL: " + reworded, "\(monday)")
        let quote = "\"Never pay a fee through a link in a text message,\" says a spokesperson."
        let quotes = try matches(quote, memory: memory).filter { ($0["score"] as? Double ?? 0) >= 100 }
        #expect(quotes.map { $0["target"] as? String } == ["NL edited: " + quote], "\(quotes)")
    }
}

/// The same finding on a memory written before 30 November 2026, when a bundle's units were stored under
/// their segment id: the translator's correction was added beside the old unit, and `query` still offered
/// the wrong figure as a second 100 % match.
@Suite("a returned correction retires the unit an older bundle stored under its segment id (process)")
struct SegmentIDRetirementCLITests {
    @Test("the old-form unit of the same sentence is deleted; one of another sentence stays")
    func correctionRetiresOldForm() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let folder = scratch.appendingPathComponent("sms-scam")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let sentence = "The helpline took 340 calls in one week."
        try "# Text scam\n\n\(sentence)\n\nNobody lost money.\n".write(to: folder.appendingPathComponent("en.md"), atomically: true, encoding: .utf8)
        let out = scratch.appendingPathComponent("out")
        #expect(try CLI.run(["publish", folder.path, "--to", "fr-BE", "--out", out.path], memory: memory).status == 0)

        // What an older version stored from a returned bundle: ids of the segment-id form in the bundle's scope
        // (block 1 holds the sentence, block 2 another one).
        let old = scratch.appendingPathComponent("old.xlf")
        try """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="fr-BE">
            <file id="f1" original="sms-scam"><unit id="b1"><segment id="b1.s0" state="translated">
            <source>\(sentence)</source><target>La ligne d'aide a reçu 430 appels en une semaine.</target></segment></unit>
            <unit id="b2"><segment id="b2.s0" state="translated"><source>Nobody lost money.</source>
            <target>Personne n'a perdu d'argent.</target></segment></unit></file></xliff>
            """.write(to: old, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["import", old.path], memory: memory).status == 0)

        // The translator corrects the figure in the new bundle and signs the segment off.
        let xlf = out.appendingPathComponent("sms-scam/fr-BE/article.xlf")
        var document = try XLIFFReader.read(Data(contentsOf: xlf), file: xlf.path)
        let u = try #require(document.units.firstIndex { $0.segments.first?.source.plainText == sentence })
        document.units[u].segments[0].target = RichText(plain: "La ligne d'aide a reçu 340 appels en une semaine.")
        document.units[u].segments[0].state = .final
        try XLIFFWriter.write(document, version: .v21).write(to: xlf)
        #expect(try CLI.run(["import", xlf.path], memory: memory).status == 0)

        let matches = try CLI.run(["query", sentence, "--from", "en", "--to", "fr-BE", "--format", "json"], memory: memory)
            .json()["matches"] as? [[String: Any]] ?? []
        let exact = matches.filter { ($0["score"] as? Double ?? 0) >= 100 }
        #expect(exact.map { $0["target"] as? String } == ["La ligne d'aide a reçu 340 appels en une semaine."], "\(exact)")
        let other = try CLI.run(["query", "Nobody lost money.", "--from", "en", "--to", "fr-BE", "--format", "json"], memory: memory)
            .json()["matches"] as? [[String: Any]] ?? []
        #expect(other.first?["target"] as? String == "Personne n'a perdu d'argent.", "\(other)")
    }
}

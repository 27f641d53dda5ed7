import Foundation
import TaalgrensCore
import Testing
import Terminology

/// `wrong-language` and ``LanguageProfiles``: a version in another language is found (TRIAL5 item 7), and
/// the shipped articles, all in their right language, never fire it (docs/terminology.md, "wrong-language").
@Suite struct LanguageIdentificationTests {
    func profiles() throws -> LanguageProfiles { try localeData().languages }

    /// The fifth fresh-user trial: nl-BE.md held the French text, and align, import and check said nothing.
    @Test func trialFrenchSavedAsDutch() throws {
        let units = [
            CheckUnit(id: "wronglang:0:0", variants: ["en": RichText(plain: "Storm"), "nl-BE": RichText(plain: "Tempête")]),
            CheckUnit(id: "wronglang:1:0", variants: ["en": RichText(plain: "The storm hit the Belgian coast on Tuesday."),
                                                      "nl-BE": RichText(plain: "La tempête a frappé la côte belge mardi.")]),
            CheckUnit(id: "wronglang:1:1", variants: ["en": RichText(plain: "Three people were injured."),
                                                      "nl-BE": RichText(plain: "Trois personnes ont été blessées.")]),
        ]
        let f = try checker(Termbase()).check(units).of(.wrongLanguage)
        #expect(f.count == 1)
        let finding = try #require(f.first)
        #expect(finding.locale == "nl-BE" && finding.unit == "wronglang:0:0" && finding.severity == .warning)
        #expect(finding.message.contains("French") && finding.message.contains("fr-BE"), "\(finding.message)")
        // The same version in Dutch is fine.
        let right = [
            CheckUnit(id: "rightlang:1:0", variants: ["en": RichText(plain: "The storm hit the Belgian coast on Tuesday."),
                                                      "nl-BE": RichText(plain: "De storm trof dinsdag de Belgische kust.")]),
            CheckUnit(id: "rightlang:1:1", variants: ["en": RichText(plain: "Three people were injured."),
                                                      "nl-BE": RichText(plain: "Drie mensen raakten gewond.")]),
        ]
        #expect(try checker(Termbase()).check(right).of(.wrongLanguage).isEmpty)
    }

    /// A Dutch version with a long French quotation, English names, URLs and numbers is still Dutch: the
    /// version is judged as a whole.
    @Test func quotationNamesAndNumbersDoNotDecide() throws {
        let p = try profiles()
        let version = [
            "Better Internet for Kids",
            "Het Belgian Safer Internet Centre is een van de partners van het project en werkt samen met Child Focus.",
            "« Nous sommes très fiers de ce projet, qui a été construit avec les jeunes et pour les jeunes dans toute la Belgique », a déclaré la ministre.",
            "Volgens de organisatoren hebben meer dan 12.000 leerlingen aan de campagne deelgenomen.",
            "Meer info op www.saferinternet.be of www.betterinternetforkids.eu.",
        ]
        #expect(p.mismatch(version, declared: "nl-BE") == nil)
        // The quotation alone, as a document of its own, is French.
        #expect(p.mismatch([version[2]], declared: "nl-BE")?.likely == "fr-BE")
        // Titles, names, numbers and addresses alone are never evidence.
        for short in [["Safer Internet Day 2020"], ["Child Focus", "116 000"], ["www.the-web-of-things.be/for/the/kids"], ["B-BICO"]] {
            #expect(p.mismatch(short, declared: "fr-BE") == nil, "\(short)")
        }
    }

    /// The false-positive rate on the shipped articles (Examples/ and the alignment and segmentation
    /// fixtures) is zero, and each of those versions, declared as one of the other two locales, is found.
    @Test func shippedArticlesNeverFireAndRelabelledOnesDo() throws {
        let p = try profiles()
        let documents = try Self.shippedDocuments()
        #expect(documents.count >= 100, "only \(documents.count) documents read")
        var falsePositives: [String] = [], found = 0, relabelled = 0, missed: [String] = [], mixed: [String] = []
        for d in documents {
            if let m = p.mismatch(d.texts, declared: d.locale) { falsePositives.append("\(d.name) (\(d.locale)) read as \(m.likely)") }
            guard d.isArticle else { continue }
            let score = p.scores(d.texts)
            let ownHits = score.filter { $0.key.language == d.locale.language }.values.max() ?? 0
            for other in ["en", "nl-BE", "fr-BE"].compactMap(LanguageTag.init) where other.language != d.locale.language {
                // A version that quotes much of `other` as it is (blind alignment set 8 keeps English quotes
                // in a Dutch article) is not clearly in its own language by the detector's own rule
                // (``LanguageProfiles/dominance``): relabelled as `other`, it has no single right answer.
                let otherHits = score.filter { $0.key.language == other.language }.values.max() ?? 0
                if ownHits < LanguageProfiles.dominance * otherHits { mixed.append("\(d.name) with \(other)"); continue }
                relabelled += 1
                if p.mismatch(d.texts, declared: other) != nil { found += 1 } else { missed.append("\(d.name) as \(other)") }
            }
        }
        print("wrong-language: \(documents.count) shipped documents, \(falsePositives.count) false positives; \(found) of \(relabelled) relabelled article versions found")
        #expect(falsePositives.isEmpty, "\(falsePositives)")
        #expect(relabelled >= 100 && missed.isEmpty, "\(missed)")
        // Mixed versions are rare and deliberate; many would mean the rule above hides real misses.
        #expect(mixed.count <= 3, "\(mixed)")
    }

    /// Thirteenth trial, finding 14: one segment stored under a locale it is not written in ("Your current
    /// identity card." as fr-BE) is found by ``LanguageProfiles/segmentMismatch(_:declared:)``; its rate on
    /// the shipped articles' segments, each in its own language, is measured and kept low (the outcome of
    /// the per-segment rule is a review of the translation, so a rare false positive costs a review).
    @Test func segmentInAnotherLanguage() throws {
        let p = try profiles()
        #expect(p.segmentMismatch("Your current identity card.", declared: "fr-BE")?.likely.language == "en")
        #expect(p.segmentMismatch("The polling station closes at 2 p.m.", declared: "fr-BE")?.likely.language == "en")
        #expect(p.segmentMismatch("Le bureau de vote ferme à 14 heures.", declared: "fr-BE") == nil)
        // Too short to judge, or no function word at all: names and labels.
        #expect(p.segmentMismatch("The Voice", declared: "fr-BE") == nil)
        #expect(p.segmentMismatch("Safer Internet Day 2020", declared: "nl-BE") == nil)
        var segments = 0, flagged: [String] = []
        for d in try Self.shippedDocuments() where d.isArticle && d.name.hasSuffix(".segments.json") {
            for text in d.texts {
                segments += 1
                if let m = p.segmentMismatch(text, declared: d.locale) { flagged.append("\(d.locale) as \(m.likely): \(text)") }
            }
        }
        print("segment language: \(flagged.count) of \(segments) shipped segments read as another language: \(flagged.prefix(20))")
        #expect(segments >= 1000, "only \(segments) segments read")
        #expect(Double(flagged.count) <= 0.01 * Double(segments), "\(flagged)")
    }

    /// A word list line that is not a word is bad input with its file and line.
    @Test func badWordListLine() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-words-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("Locales/nl-BE")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "# Dutch\nde\nhet\nvan de\n".write(to: folder.appendingPathComponent("function-words.txt"), atomically: true, encoding: .utf8)
        #expect(throws: InputError(file: folder.appendingPathComponent("function-words.txt").path, line: 4,
                                   "expected one word (letters, an elided word ending with an apostrophe), found \"van de\"")) {
            try LanguageProfiles.load(from: DataDirectory(root: root))
        }
    }

    struct Document {
        var name: String
        var locale: LanguageTag
        var texts: [String]
        /// A whole article version (not a one-paragraph sample).
        var isArticle: Bool
    }

    /// Every version of the shipped articles: `Examples/articles/*/<locale>.md` (paragraphs), the alignment
    /// fixtures' `<locale>.segments.json` (segments), and each line of the segmentation fixtures' `<locale>.jsonl`
    /// as a document of its own (a single news paragraph: the hardest case for false positives).
    static func shippedDocuments() throws -> [Document] {
        let fm = FileManager.default
        var out: [Document] = []
        func files(under folder: String) -> [URL] {
            let root = repositoryRoot.appendingPathComponent(folder)
            return (fm.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []).sorted { $0.path < $1.path }
        }
        for url in files(under: "Examples/articles") where url.pathExtension == "md" {
            guard let locale = LanguageTag(url.deletingPathExtension().lastPathComponent) else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            out.append(Document(name: url.path, locale: locale, texts: text.components(separatedBy: "\n\n"), isArticle: true))
        }
        for url in files(under: "Tests/Fixtures/alignment") where url.lastPathComponent.hasSuffix(".segments.json") {
            guard let locale = LanguageTag(String(url.lastPathComponent.dropLast(".segments.json".count))) else { continue }
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
            let blocks = json?["blocks"] as? [[String: Any]] ?? []
            out.append(Document(name: url.path, locale: locale, texts: blocks.flatMap { $0["segments"] as? [String] ?? [] }, isArticle: true))
        }
        for url in files(under: "Tests/Fixtures/segmentation") where url.pathExtension == "jsonl" {
            guard let locale = LanguageTag(url.deletingPathExtension().lastPathComponent) else { continue }
            for (i, line) in try String(contentsOf: url, encoding: .utf8).split(separator: "\n").enumerated() {
                let json = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                guard let text = json?["text"] as? String else { continue }
                out.append(Document(name: "\(url.path):\(i + 1)", locale: locale, texts: [text], isArticle: false))
            }
        }
        return out
    }
}

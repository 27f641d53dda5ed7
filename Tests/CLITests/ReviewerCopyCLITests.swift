import Foundation
import Testing
import Interchange

/// Twelfth trial, finding 17: the same SDLXLIFF back from the reviewer's PC (same trans-units, one target
/// corrected) differed only in `original`, Trados Studio's local project path, so it was a new scope: the
/// correction was added beside the superseded translation and `query` gave both at 100 %.
@Suite("import: the same SDLXLIFF from another PC updates its units (process)")
struct ReviewerCopyCLITests {
    static let folder = CLI.repository.appendingPathComponent("Tests/Fixtures/interop/trial12/reviewer")

    @Test("the reviewer's copy updates the corrected unit in place; one exact match, the corrected one")
    func reviewerCopyUpdates() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("m.tm")
        let first = try CLI.run(["import", Self.folder.appendingPathComponent("translator.sdlxliff").path], in: scratch, memory: memory)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("(xliff, scope school-campaign-2025.docx"), "\(first.stdout)")
        let second = try CLI.run(["import", Self.folder.appendingPathComponent("reviewer.sdlxliff").path], in: scratch, memory: memory)
        #expect(second.status == 0, "\(second.stderr)")
        // Updated: the corrected unit, and the one before it, whose context (the next target) changed with it.
        #expect(second.stdout.contains("5 units read: 0 added, 2 updated, 3 unchanged (xliff, scope school-campaign-2025.docx"), "\(second.stdout)")
        #expect(!second.stdout.contains("mleroy"), "\(second.stdout)")
        let query = try CLI.run(["query", "The campaign is supported by the three Communities.", "--from", "en-US", "--to", "fr-BE",
                                 "--format", "json"], in: scratch, memory: memory)
        let matches = try query.json()["matches"] as? [[String: Any]] ?? []
        #expect(matches.count == 1, "\(query.stdout)")
        #expect(matches.first?["target"] as? String == "La campagne bénéficie du soutien des trois Communautés.", "\(query.stdout)")
    }

    @Test("an absolute path names the document by its file name; a relative one is kept", arguments: [
        (#"C:\Users\cdupont\Documents\Studio 2024\Projects\SIC-2025\en-US\school-campaign-2025.docx"#, "school-campaign-2025.docx"),
        ("C:/Projects/recall.html", "recall.html"),
        (#"\\fileserver\vertaling\persbericht.docx"#, "persbericht.docx"),
        ("/home/an/okapi/recall.html", "recall.html"),
        ("file:///C:/temp/recall.html", "recall.html"),
        ("docs/recall.html", "docs/recall.html"),
        ("recall.html", "recall.html"),
        // A bundle's bilingual (fourteenth trial, finding 9): the file name names no document, the folders do.
        (#"C:\Users\agency\memoQ\SIC-2026-11\word-phishing\fr-BE\article.xlf"#, "word-phishing/fr-BE/article.xlf"),
        ("/home/an/bundles/notion-smishing/nl-BE/article.xlf", "notion-smishing/nl-BE/article.xlf"),
        (#"C:\article.xlf"#, "article.xlf"),
    ])
    func documentName(original: String, name: String) {
        #expect(XLIFFDocument.documentName(original) == name)
    }

    /// Fourteenth trial, finding 9: memoQ bilinguals of two bundles, both `original="…\<article>\fr-BE\article.xlf"`:
    /// the second was refused as "another file with the same name" (scope `article.xlf`).
    @Test("two bundles' memoQ bilinguals import side by side, each under its article's folders")
    func bundleBilinguals() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("t.tm")
        let folder = CLI.repository.appendingPathComponent("Tests/Fixtures/interop/trial14/finding9")
        let first = try CLI.run(["import", folder.appendingPathComponent("mq-word-phishing.mqxliff").path], in: scratch, memory: memory)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("scope word-phishing/fr-BE/article.xlf"), "\(first.stdout)")
        let second = try CLI.run(["import", folder.appendingPathComponent("mq-notion-smishing.mqxliff").path], in: scratch, memory: memory)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("4 added"), "\(second.stdout)")
        #expect(second.stdout.contains("scope notion-smishing/fr-BE/article.xlf"), "\(second.stdout)")
    }
}

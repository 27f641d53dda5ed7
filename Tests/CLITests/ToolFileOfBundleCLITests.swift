import Foundation
import Testing

/// A CAT tool's file made from a bundle's `article.xlf` (memoQ's `article.xlf.mqxliff`, Trados Studio's
/// `article.xlf.sdlxliff`) updates the article as the returned `article.xlf` does (fourteenth trial, finding
/// 9's rest; sixteenth trial, finding 15's rest: it was stored under its own scope as another tool's file).
@Suite struct ToolFileOfBundleCLITests {
    static let fixtures = CLI.repository.appendingPathComponent("Tests/Fixtures/interop")

    /// A published source-only article with its nl-BE bundle (XLIFF 1.2) in `out/faq-new/nl-BE`.
    static func publishedBundle(in dir: URL, memory: URL) throws -> URL {
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("trial16/faq-new"), to: dir.appendingPathComponent("faq-new"))
        let publish = try CLI.run(["publish", "faq-new", "--to", "nl-BE", "--xliff", "1.2", "--out", "out", "-q"], in: dir, memory: memory)
        #expect(publish.status == 0, "\(publish.stderr)")
        return dir.appendingPathComponent("out/faq-new/nl-BE")
    }

    /// The targets of a new export's `article.xlf`, in order.
    static func exportedTargets(in dir: URL, memory: URL) throws -> String {
        let export = try CLI.run(["export", "faq-new", "--to", "nl-BE", "--xliff", "1.2", "--out", "again", "-q"], in: dir, memory: memory)
        #expect(export.status == 0, "\(export.stderr)")
        return try String(contentsOf: dir.appendingPathComponent("again/faq-new/nl-BE/article.xlf"), encoding: .utf8)
    }

    @Test("memoQ's article.xlf.mqxliff in the bundle folder: its segments map onto the bundle's (renumbered link code, a split, a join, an edited source) and the next bundle is pre-translated from them")
    func memoQFileUpdatesTheArticle() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let memory = dir.appendingPathComponent("m.tm")
        let bundle = try Self.publishedBundle(in: dir, memory: memory)
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("session17/article.xlf.mqxliff"),
                                         to: bundle.appendingPathComponent("article.xlf.mqxliff"))
        let result = try CLI.run(["import", "out/faq-new/nl-BE", "--format", "json"], in: dir, memory: memory)
        #expect(result.status == 0, "\(result.stderr)")
        let summaries = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        let ours = summaries.first { ($0["path"] as? String)?.hasSuffix("/article.xlf") == true }
        #expect((ours?["reasons"] as? [String])?.first == "no segment of article.xlf itself is translated: the translations are read from article.xlf.mqxliff beside it",
                "\(result.stdout)")
        #expect(ours?["warnings"] == nil, "\(result.stdout)")
        let memoQ = summaries.first { ($0["path"] as? String)?.hasSuffix("/article.xlf.mqxliff") == true }
        #expect(memoQ?["origin"] as? String == "faq-new", "\(result.stdout)")
        let reasons = memoQ?["reasons"] as? [String] ?? []
        #expect(reasons.first?.hasPrefix("made from the bundle's out/faq-new/nl-BE/article.xlf (article faq-new): 10 of its 11 segments mapped") == true, "\(reasons)")
        #expect(reasons.contains { $0.contains("unit 6, unit 7: split in the tool from the bundle's segment b4.s1") }, "\(reasons)")
        #expect(reasons.contains { $0.contains("unit b2 segments b2.s0 and b2.s1: one target for both sentences") }, "\(reasons)")
        #expect(reasons.contains { $0.contains("unit 9: its source “Blackmail with intimate pictures.” is no segment of the bundle's article.xlf") }, "\(reasons)")
        #expect(reasons.contains { $0.contains("memoQ") && $0.contains("Editing") && $0.contains("not imported") }, "\(reasons)")
        #expect(memoQ?["added"] as? Int == 9, "\(result.stdout)")

        // The next bundle of the article is pre-translated from the returned segments; the link keeps its address.
        let xliff = try Self.exportedTargets(in: dir, memory: memory)
        #expect(xliff.contains(">Moet ik betalen?</target>"), "\(xliff)")
        #expect(xliff.contains("Gebruik <g id=\"1\" ctype=\"link\" tg:href=\"https://takeitdown.ncmec.org\">Take It Down</g> of neem contact op met Child Focus."), "\(xliff)")
        // memoQ's draft ("Editing") is no translation.
        #expect(!xliff.contains("Een volwassene die"), "\(xliff)")

        // The same file again changes nothing.
        let again = try CLI.run(["import", "out/faq-new/nl-BE/article.xlf.mqxliff", "--format", "json"], in: dir, memory: memory)
        let second = try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(second.first?["added"] as? Int == 0 && second.first?["updated"] as? Int == 0, "\(again.stdout)")
    }

    @Test("Trados Studio's article.xlf.sdlxliff of a bundle updates the article; the bundle's segment it lacks is named")
    func tradosFileUpdatesTheArticle() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let memory = dir.appendingPathComponent("m.tm")
        let bundle = try Self.publishedBundle(in: dir, memory: memory)
        // Without a tool file, an untranslated bundle still warns that nothing was imported.
        let untranslated = try CLI.run(["import", "out/faq-new/nl-BE"], in: dir, memory: memory)
        #expect(untranslated.stdout.contains("warning: nothing imported: every segment of the file was skipped"), "\(untranslated.stdout)")
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("trial16/article.xlf.sdlxliff"),
                                         to: bundle.appendingPathComponent("article.xlf.sdlxliff"))
        let result = try CLI.run(["import", "out/faq-new/nl-BE/article.xlf.sdlxliff"], in: dir, memory: memory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("10 units read: 10 added, 0 updated, 0 unchanged (xliff, scope faq-new)"), "\(result.stdout)")
        #expect(result.stdout.contains("the bundle's segment b4.s1 has no segment in this file"), "\(result.stdout)")
        let xliff = try Self.exportedTargets(in: dir, memory: memory)
        #expect(xliff.contains(">Betalen stopt de chantage nooit.</target>"), "\(xliff)")
    }

    @Test("a tool file of an nl-BE bundle whose target language is fr-BE is refused as the returned article.xlf is; one without its bundle is stored under its own scope with a warning")
    func sameChecksAsTheBundle() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let memory = dir.appendingPathComponent("m.tm")
        let bundle = try Self.publishedBundle(in: dir, memory: memory)
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("session17/article.xlf.mqxliff"), encoding: .utf8)
        try text.replacingOccurrences(of: "target-language=\"nl-be\"", with: "target-language=\"fr-be\"")
            .write(to: bundle.appendingPathComponent("article.xlf.mqxliff"), atomically: true, encoding: .utf8)
        let refused = try CLI.run(["import", "out/faq-new/nl-BE/article.xlf.mqxliff"], in: dir, memory: memory)
        #expect(refused.status == 2, "\(refused.stdout)")
        #expect(refused.stderr.contains("article.xlf.mqxliff:6: the file's target language is fr-BE, but it is the nl-BE bundle of article faq-new"), "\(refused.stderr)")

        let alone = dir.appendingPathComponent("alone")
        try FileManager.default.createDirectory(at: alone, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("session17/article.xlf.mqxliff"),
                                         to: alone.appendingPathComponent("article.xlf.mqxliff"))
        let stored = try CLI.run(["import", "alone/article.xlf.mqxliff"], in: dir, memory: memory)
        #expect(stored.status == 0, "\(stored.stderr)")
        #expect(stored.stdout.contains("(xliff, scope faq-new/nl-BE/article.xlf,")
                && stored.stdout.contains("warning: alone/article.xlf.mqxliff was made from a bundle's article.xlf"), "\(stored.stdout)")
    }
}

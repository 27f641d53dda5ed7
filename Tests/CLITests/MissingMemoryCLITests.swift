import Foundation
import Testing

/// A mistyped `--tm` is an error, not an empty memory: only `import`, `publish` and `tm migrate` create a
/// memory; a failed import leaves no memory file behind; an unknown `--article` is bad input; and
/// report.html's review sentence agrees in number (fresh-user trial findings).
@Suite("taalgrens memory location: read-only commands refuse a missing memory")
struct MissingMemoryCLITests {
    static let article = CLI.example("safer-internet-day-2020").path
    static let refusal = "no translation memory here (import creates one: taalgrens import …)"

    /// Every command that only reads the memory, with a `--tm` naming a file that does not exist.
    static let readOnly: [[String]] = [
        ["query", "Safer Internet Day", "--from", "en", "--to", "nl-BE"],
        ["concordance", "internet", "--locale", "en"],
        ["tm", "stats"],
        ["tm", "export", "--format", "tmx"],
        ["analyze", article, "--to", "nl-BE"],
        ["export", article, "--to", "nl-BE", "--out", "bundles"],
        ["check"],
    ]

    @Test("a read-only command on a missing --tm file: exit 2, one message, no file created", arguments: readOnly)
    func mistypedMemory(arguments: [String]) throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let result = try CLI.run(arguments + ["--tm", "typo.tm"], in: scratch)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(result.stdout.isEmpty, "\(arguments): \(result.stdout)")
        #expect(result.stderr == "error: typo.tm: \(Self.refusal)\n", "\(arguments)")
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("typo.tm").path))
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("bundles").path))
    }

    @Test("the default ./taalgrens.tm follows the same rule; tm migrate creates it, then query reads it")
    func defaultMemory() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let noEnvironment = ["TAALGRENS_TM": ""]
        let query = ["query", "Safer Internet Day", "--from", "en", "--to", "nl-BE"]
        let refused = try CLI.run(query, in: scratch, environment: noEnvironment)
        #expect(refused.status == 2, "\(refused.stderr)")
        #expect(refused.stderr == "error: taalgrens.tm: \(Self.refusal)\n")
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("taalgrens.tm").path))
        let migrated = try CLI.run(["tm", "migrate"], in: scratch, environment: noEnvironment)
        #expect(migrated.status == 0, "\(migrated.stderr)")
        #expect(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("taalgrens.tm").path))
        let empty = try CLI.run(query, in: scratch, environment: noEnvironment)
        #expect(empty.status == 0, "an existing empty memory is read: \(empty.stderr)")
    }

    @Test("publish creates the memory (README quick start), and query then reads it")
    func publishCreates() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("new.tm")
        let published = try CLI.run(["publish", Self.article, "--to", "nl-BE,fr-BE", "--out", scratch.appendingPathComponent("bundles").path,
                                     "--tm", memory.path])
        #expect(published.status == 0, "\(published.stderr)")
        let query = try CLI.run(["query", "Safer Internet Day is a worldwide event.", "--from", "en", "--to", "nl-BE", "--tm", memory.path])
        #expect(query.status == 0, "\(query.stderr)")
        #expect(!query.stdout.isEmpty)
    }

    @Test("a failed import leaves no new memory file: a missing path, and a malformed TMX read after opening")
    func failedImportLeavesNothing() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let missing = try CLI.run(["import", "nosuch", "--tm", "new.tm"], in: scratch)
        #expect(missing.status == 2, "\(missing.stderr)")
        #expect(missing.stderr.hasPrefix("error: nosuch: no such file or folder"), "\(missing.stderr)")
        let broken = scratch.appendingPathComponent("broken.tmx")
        try "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>x</seg>".write(to: broken, atomically: true, encoding: .utf8)
        let malformed = try CLI.run(["import", "broken.tmx", "--tm", "new.tm"], in: scratch)
        #expect(malformed.status == 2, "\(malformed.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter { $0.hasPrefix("new.tm") }
        #expect(left.isEmpty, "left behind: \(left)")
        // An existing memory is never removed by a failed import.
        let memory = scratch.appendingPathComponent("kept.tm")
        #expect(try CLI.run(["tm", "migrate", "--tm", memory.path]).status == 0)
        #expect(try CLI.run(["import", broken.path, "--tm", memory.path]).status == 2)
        #expect(FileManager.default.fileExists(atPath: memory.path))
    }

    @Test("tm export --article with an unknown id: exit 2, naming the id and the known ones")
    func unknownArticle() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        #expect(try CLI.run(["import", Self.article], memory: memory).status == 0)
        let result = try CLI.run(["tm", "export", "--format", "tmx", "--article", "nosuch"], memory: memory)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty, "no TMX with an empty <body/>: \(result.stdout)")
        #expect(result.stderr == "error: --article: no article 'nosuch' in the memory; known article ids: safer-internet-day-2020\n")
        let known = try CLI.run(["tm", "export", "--format", "tmx", "--article", "safer-internet-day-2020"], memory: memory)
        #expect(known.status == 0, "\(known.stderr)")
        #expect(known.stdout.contains("<tu "), "the known article exports its units")
        // A known article whose units the other filters exclude is not an error: an empty TMX.
        let none = try CLI.run(["tm", "export", "--article", "safer-internet-day-2020", "--since", "2999-01-01"], memory: memory)
        #expect(none.status == 0, "\(none.stderr)")
    }

    /// The sentence report.html shows under "Needs review", by the rule of English number agreement.
    static func reviewSentence(review: Int, untranslated: Int) -> String {
        let place = "in the source language in the rendered article."
        if review == 1 { return untranslated == 1 ? "1 segment; it appears \(place)" : "1 segment; it does not appear \(place)" }
        switch untranslated {
        case 0: return "\(review) segments; none of them appears \(place)"
        case 1: return "\(review) segments; 1 of them appears \(place)"
        default: return "\(review) segments; \(untranslated) of them appear \(place)"
        }
    }

    /// Exports `english` to nl-BE from a memory holding the three-language helplines article; returns
    /// report.json's review and untranslated counts and report.html.
    static func report(_ scratch: URL, english: String) throws -> (review: Int, untranslated: Int, html: String) {
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let full = scratch.appendingPathComponent("full/helplines")
        try BundleContentCLITests.write(full, ["en.md": BundleContentCLITests.english, "nl-BE.md": BundleContentCLITests.dutch,
                                               "fr-BE.md": BundleContentCLITests.french])
        let imported = try CLI.run(["import", full.path], memory: memory)
        #expect(imported.status == 0, "\(imported.stderr)")
        let revised = scratch.appendingPathComponent("revised/helplines")
        try BundleContentCLITests.write(revised, ["en.md": english])
        let out = scratch.appendingPathComponent("out")
        let result = try CLI.run(["export", revised.path, "--to", "nl-BE", "--out", out.path], memory: memory)
        #expect(result.status == 0, "\(result.stderr)")
        let folder = out.appendingPathComponent("helplines/nl-BE")
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("report.json"))) as? [String: Any]
        return ((report?["needsReview"] as? [Any])?.count ?? -1, (report?["untranslated"] as? [Any])?.count ?? -1,
                try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8))
    }

    @Test("report.html: the review sentence agrees in number (1 of them appears; 3 of them appear)")
    func reviewSentenceGrammar() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        // One new sentence nobody translated: "1 of them appears" (it was "1 of them appear").
        let one = try Self.report(scratch.appendingPathComponent("one"),
                                  english: BundleContentCLITests.english + "\n\nA sentence about purple zebras that nobody has translated.\n")
        #expect(one.untranslated == 1, "one new sentence: \(one)")
        #expect(one.html.contains(Self.reviewSentence(review: one.review, untranslated: 1)), "review \(one.review)")
        #expect(!one.html.contains("1 of them appear in") && !one.html.contains("1 segments"))
        // The revised article leaves several in English: the plural.
        let several = try Self.report(scratch.appendingPathComponent("several"), english: BundleContentCLITests.revisedEnglish)
        #expect(several.untranslated > 1)
        #expect(several.html.contains(Self.reviewSentence(review: several.review, untranslated: several.untranslated)))
    }
}

import Foundation
import Testing
import TaalgrensTestSupport

@Suite("taalgrens export and publish (process)")
struct ExportCLITests {
    /// Validates with xmllint against a schema in ../shared; a missing xmllint or shared/ fails in CI and
    /// is recorded as an issue elsewhere (never skipped silently).
    static func validate(_ file: URL, schema relative: String) throws {
        guard let schema = TestEnvironment.schema(relative), let xmllint = TestEnvironment.xmllint() else { return }
        let message = try TestEnvironment.validate(file, xmllint: xmllint, schema: schema)
        #expect(message == nil, "\(file.lastPathComponent) does not validate: \(message ?? "")")
    }

    @Test("publish imports the examples and writes bundles for both locales; running it twice works")
    func publishTwice() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let out = scratch.appendingPathComponent("bundles")
        let articles = SegmentCLITests.articles.map { "Examples/articles/\($0)" }
        for _ in 0..<2 {
            let result = try CLI.run(["publish"] + articles + ["--to", "nl-BE,fr-BE", "--out", out.path], memory: memory)
            #expect(result.status == 0, "\(result.stderr)")
        }
        for article in SegmentCLITests.articles {
            for locale in ["nl-BE", "fr-BE"] {
                let folder = out.appendingPathComponent("\(article)/\(locale)")
                for file in ["article.xlf", "article.md", "article.html", "report.json", "report.html", "manifest.json"] {
                    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path), "\(article)/\(locale)/\(file)")
                }
            }
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "temporary folders left behind: \(leftovers)")
    }

    @Test("an en-only copy exports fully pre-translated from the memory, and its XLIFF validates")
    func englishOnlyCopy() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        #expect(try CLI.run(["import", "Examples/articles/safer-internet-day-2020"], memory: memory).status == 0)
        let copy = scratch.appendingPathComponent("safer-internet-day-2020")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLI.example("safer-internet-day-2020").appendingPathComponent("en.md"),
                                         to: copy.appendingPathComponent("en.md"))
        let out = scratch.appendingPathComponent("out")
        let result = try CLI.run(["export", copy.path, "--to", "nl-BE,fr-BE", "--out", out.path], memory: memory)
        #expect(result.status == 0, "\(result.stderr)")
        for locale in ["nl-BE", "fr-BE"] {
            let folder = out.appendingPathComponent("safer-internet-day-2020/\(locale)")
            let report = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("report.json"))) as? [String: Any]
            let segments = report?["segments"] as? [[String: Any]] ?? []
            #expect(!segments.isEmpty)
            for segment in segments {
                let band = segment["band"] as? String ?? ""
                #expect(band == "context" || band == "exact", "\(locale): \(segment["source"] ?? "") is \(band)")
            }
            try Self.validate(folder.appendingPathComponent("article.xlf"), schema: "xliff2/xliff_with_modules.xsd")
            let xliff = try String(contentsOf: folder.appendingPathComponent("article.xlf"), encoding: .utf8)
            #expect(xliff.contains("trgLang=\"\(locale)\""))
            #expect(xliff.contains("state=\"translated\""))
            #expect(!xliff.contains("state=\"initial\""))
        }
    }

    @Test("an existing bundle is replaced only with --force")
    func force() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        try CLI.createMemory(memory)  // only import, publish and tm migrate create one
        let out = scratch.appendingPathComponent("out")
        let args = ["export", "Examples/articles/youth-pledge-2020", "--to", "fr-BE", "--out", out.path]
        #expect(try CLI.run(args, memory: memory).status == 0)
        let again = try CLI.run(args, memory: memory)
        #expect(again.status == 2)
        #expect(again.stderr.contains("--force"))
        #expect(try CLI.run(args + ["--force"], memory: memory).status == 0)
    }
}

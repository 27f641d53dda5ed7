import Foundation
import Testing

/// Output that said nothing or too much (TRIAL7 findings 17 and 18).
@Suite("tm stats of an empty memory, import --quiet, segment of a folder")
struct OutputPolishCLITests {
    @Test("tm stats of an empty memory says none instead of empty lines (TRIAL7 finding 17)")
    func emptyMemoryStats() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("e.tm").path
        try #require(try CLI.run(["tm", "migrate", "--quiet", "--tm", memory]).status == 0)
        let stats = try CLI.run(["tm", "stats", "--tm", memory])
        #expect(stats.status == 0, "\(stats.stderr)")
        let lines = stats.stdout.split(separator: "\n").dropFirst().map(String.init)
        #expect(lines == ["0 units from 0 articles", "variants: none", "pairs: none", "status: none"], "\(stats.stdout)")
        let json = try CLI.run(["tm", "stats", "--format", "json", "--tm", memory]).json()
        #expect((json["variantsPerLocale"] as? [String: Int]) == [:], "\(json)")
    }

    @Test("import --quiet prints the summary line without the skip reasons (TRIAL7 finding 18)")
    func quietImportLeavesOutSkipReasons() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = CLI.repository.appendingPathComponent("Tests/Fixtures/interop/omegat-1.2-untranslated.xlf").path
        let loud = try CLI.run(["import", file, "--tm", scratch.appendingPathComponent("a.tm").path])
        try #require(loud.status == 0, "\(loud.stderr)")
        let loudLines = loud.stdout.split(separator: "\n")
        #expect(loudLines.count > 1 && loudLines.dropFirst().allSatisfy { $0.hasPrefix("  - ") }, "the fixture has skip reasons: \(loud.stdout)")
        #expect(loudLines[0].contains("skipped"), "\(loud.stdout)")
        let quiet = try CLI.run(["import", file, "--quiet", "--tm", scratch.appendingPathComponent("b.tm").path])
        #expect(quiet.status == 0, "\(quiet.stderr)")
        #expect(quiet.stdout == String(loudLines[0]) + "\n", "\(quiet.stdout)")
        #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
    }

    @Test("segment of an article folder says it is a folder and names its files (TRIAL7 finding 18)")
    func segmentOfAFolder() throws {
        let folder = CLI.example("youth-pledge-2020")
        let result = try CLI.run(["segment", folder.path, "--locale", "en"])
        #expect(result.status == 2, "exit \(result.status)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html") || $0.hasSuffix(".md") }.sorted()
        try #require(!files.isEmpty)
        #expect(result.stderr.contains("is a folder, expected an article file"), "\(result.stderr)")
        #expect(result.stderr.contains("segment one of its files: " + files.prefix(5).joined(separator: ", ")), "\(result.stderr)")
        #expect(!result.stderr.contains("found \""), "\(result.stderr)")
    }
}

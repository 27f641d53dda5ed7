import Foundation
import Testing

/// A malformed `Glossary/` stops `export` and `publish` as it stops `check` and `import` (review of 30 November:
/// `export` ignored it and wrote bundles whose term QA had silently not run).
@Suite("Export with a malformed termbase")
struct ExportTermbaseCLITests {
    @Test("export names the broken Glossary file and its line, exit 2, and writes no bundle")
    func malformedGlossaryStopsExport() throws {
        let folder = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (data, work) = try DataFolderCLITests.dataCopy(in: folder)
        let glossary = data.appendingPathComponent("Glossary/taalgrens.tbx")
        let text = try String(contentsOf: glossary, encoding: .utf8)
        try String(text.prefix(text.count / 2)).write(to: glossary, atomically: true, encoding: .utf8)
        let out = work.appendingPathComponent("out"), memory = work.appendingPathComponent("m.tm")
        try CLI.createMemory(memory)
        let result = try CLI.run(["export", CLI.example("youth-pledge-2020").path, "--to", "nl-BE", "--out", out.path,
                                  "--data-dir", data.path, "--tm", memory.path], in: work)
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("Glossary/taalgrens.tbx:"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("youth-pledge-2020").path))
    }

    /// Eleventh trial, finding 3: the agency's termbase (a `;` CSV with a deprecated "deadline") reached
    /// `check` but `publish` refused `--termbase` (exit 64), so the nl-BE bundle went out with the deprecated
    /// term as `translated` and an empty QA report.
    @Test("publish, export and analyze take --termbase: the deprecated term is a finding and its segment goes to review")
    func bundleCommandsTakeTermbase() throws {
        let folder = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = folder.appendingPathComponent("energy-bonus")
        try FileManager.default.createDirectory(at: article, withIntermediateDirectories: true)
        try "# Energy bonus\n\nHouseholds can apply from 5 January 2027. The deadline is 31 March 2027.\n"
            .write(to: article.appendingPathComponent("en.md"), atomically: true, encoding: .utf8)
        try "# Energiepremie\n\nGezinnen kunnen ze vanaf 5 januari 2027 aanvragen. De deadline is 31 maart 2027.\n"
            .write(to: article.appendingPathComponent("nl-BE.md"), atomically: true, encoding: .utf8)
        let glossary = folder.appendingPathComponent("agency glossary.csv")
        try "\u{FEFF}en;nl-BE;note\r\ndeadline;uiterste datum|!deadline;agency term\r\n"
            .write(to: glossary, atomically: true, encoding: .utf8)
        let memory = folder.appendingPathComponent("m.tm"), out = folder.appendingPathComponent("out")
        let publish = try CLI.run(["publish", article.path, "--to", "nl-BE", "--out", out.path, "--tm", memory.path,
                                   "--no-default-termbase", "--termbase", glossary.path], in: folder)
        #expect(publish.status == 0, "\(publish.stdout)\(publish.stderr)")
        #expect(publish.stdout.contains("1 QA error"), "\(publish.stdout)")
        let report = try JSONSerialization.jsonObject(
            with: Data(contentsOf: out.appendingPathComponent("energy-bonus/nl-BE/report.json"))) as? [String: Any]
        let findings = report?["findings"] as? [[String: Any]] ?? []
        #expect(findings.map { $0["rule"] as? String } == ["forbidden-term"], "\(findings)")
        #expect((report?["needsReview"] as? [Any])?.count == 1)

        // Without the termbase the same bundle has no finding: the option is what made the difference.
        let plain = try CLI.run(["export", article.path, "--to", "nl-BE", "--out", folder.appendingPathComponent("plain").path,
                                 "--tm", memory.path, "--no-default-termbase", "--format", "json"], in: folder)
        #expect(plain.status == 0, "\(plain.stderr)")
        let plainSummary = try JSONSerialization.jsonObject(with: Data(plain.stdout.utf8)) as? [[String: Any]]
        #expect((plainSummary?.first?["summary"] as? [String: Any])?["errors"] as? Int == 0, "\(plain.stdout)")

        let analyze = try CLI.run(["analyze", article.path, "--to", "nl-BE", "--tm", memory.path,
                                   "--no-default-termbase", "--termbase", glossary.path, "--format", "json"], in: folder)
        #expect(analyze.status == 0, "\(analyze.stderr)")
        #expect(analyze.stdout.contains("forbidden-term"), "\(analyze.stdout)")
    }
}

import Foundation
import TaalgrensCore
import TaalgrensKit
import TaalgrensTestSupport
import Testing

/// `taalgrens check --format html` (``CheckReport/html``) on a copy of the example article with seeded
/// term errors: the page a person reads in a browser (its screenshots are described in `docs/bundles.md`).
@Suite struct CheckReportHTMLTests {
    /// The example with a deprecated term in Dutch ("hotline" for "meldpunt") and in French ("hotline" for
    /// "point de signalement"), and an approved Dutch term replaced by an unapproved one.
    static let seeds: [(file: String, old: String, new: String)] = [
        ("nl-BE.md", "het meldpunt", "de hotline"),
        ("fr-BE.md", "son point de signalement", "sa hotline"),
        ("nl-BE.md", "mediawijsheid", "mediakennis"),
    ]

    func seededCopy(in folder: URL) throws -> URL {
        let copy = folder.appendingPathComponent(InteropFixture.article, isDirectory: true)
        try FileManager.default.copyItem(at: InteropFixture.exampleFolder, to: copy)
        for seed in Self.seeds {
            let url = copy.appendingPathComponent(seed.file)
            let text = try String(contentsOf: url, encoding: .utf8)
            guard text.contains(seed.old) else { throw InputError(file: url.path, "the example changed: no \"\(seed.old)\"") }
            try text.replacingOccurrences(of: seed.old, with: seed.new).write(to: url, atomically: true, encoding: .utf8)
        }
        return copy
    }

    @Test func seededErrorsAreReadable() throws {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-check-html-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let workspace = Workspace(data: DataDirectory(root: TestEnvironment.repository))
        let report = try workspace.check(paths: [try seededCopy(in: tmp)], memory: nil)
        let html = report.html

        let forbidden = report.findings.filter { $0.rule == "forbidden-term" }
        #expect(Set(forbidden.map(\.locale)) == ["nl-BE", "fr-BE"], "\(report.findings.map(\.rule))")
        #expect(report.findings.contains { $0.rule == "missing-term" && $0.locale == "nl-BE" })
        // Each text cell is in the language of the text it shows: the target's deprecated term, or the
        // source term a target lacks.
        #expect(html.contains("<td lang=\"nl-BE\">hotline"))
        #expect(html.contains("<td lang=\"fr-BE\">hotline"))
        #expect(html.contains("<td lang=\"en\">media literacy"))
        #expect(html.contains("term entry <code>c11</code>"))
        // Rule and unit ids do not break at their hyphens; counts are words a person reads.
        #expect(html.contains("td code{white-space:nowrap}"))
        let s = report.summary
        #expect(html.contains("<strong>\(s.errors) error\(s.errors == 1 ? "" : "s")</strong>, \(s.warnings) warning\(s.warnings == 1 ? "" : "s")"))
        #expect(html.components(separatedBy: "<tr class=").count - 1 == report.findings.count)
        #expect(!html.contains("<script"))
    }

    @Test func cleanArticleSaysSo() throws {
        let workspace = Workspace(data: DataDirectory(root: TestEnvironment.repository))
        let report = try workspace.check(paths: [InteropFixture.exampleFolder], memory: nil)
        #expect(report.findings.isEmpty, "\(report.findings.map { "\($0.rule) \($0.locale) \($0.unit)" })")
        #expect(report.html.contains("<p>No findings.</p>") && !report.html.contains("<table>"))
    }
}

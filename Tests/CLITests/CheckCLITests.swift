import Foundation
import Testing

@Suite("taalgrens check and terms (process)")
struct CheckCLITests {
    @Test("the example articles check clean with the shipped termbase", arguments: SegmentCLITests.articles)
    func examplesClean(article: String) throws {
        let result = try CLI.run(["check", "Examples/articles/\(article)", "--format", "json"])
        let summary = try result.json()["summary"] as? [String: Any]
        #expect(summary?["errors"] as? Int == 0, "\(result.stdout)")
        #expect(result.status == 0)
    }

    /// A copy of the SID article with three seeded errors in the Dutch and French versions.
    func seededCopy(in scratch: URL) throws -> URL {
        let copy = scratch.appendingPathComponent("seeded")
        try FileManager.default.copyItem(at: CLI.example("safer-internet-day-2020"), to: copy)
        func edit(_ file: String, _ from: String, _ to: String) throws {
            let url = copy.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(from), "\(file) should contain \(from)")
            try text.replacingOccurrences(of: from, with: to).write(to: url, atomically: true, encoding: .utf8)
        }
        try edit("nl-BE.md", "de hulplijn", "de telefoonlijn")                     // approved target term missing
        try edit("fr-BE.md", "son point de signalement", "sa hotline")              // deprecated term
        try edit("nl-BE.md", "CEO van [Child Focus]", "CEO van [Kind Focus]")     // do-not-translate name changed
        return copy
    }

    @Test("a missing term, a deprecated term and a changed do-not-translate name are each reported; exit code 1")
    func seededErrors() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let copy = try seededCopy(in: scratch)
        let result = try CLI.run(["check", copy.path, "--format", "json"])
        #expect(result.status == 1)
        let findings = try result.json()["findings"] as? [[String: Any]] ?? []
        let rules = Set(findings.compactMap { $0["rule"] as? String })
        #expect(rules.contains("missing-term"))
        #expect(rules.contains("forbidden-term"))
        #expect(rules.contains("dnt-changed"))
        let forbidden = findings.first { $0["rule"] as? String == "forbidden-term" }
        #expect(forbidden?["locale"] as? String == "fr-BE")
        #expect(forbidden?["text"] as? String == "hotline")
        #expect(forbidden?["severity"] as? String == "error")
        for finding in findings {
            for key in ["rule", "severity", "locale", "unit", "message"] { #expect(finding[key] != nil, "finding lacks \(key)") }
        }
    }

    /// Known issue (fourth trial): a code only the translation has (an added emphasis, French
    /// `1<sup>er</sup>`) was an `inline-code-mismatch` error in article folders, while bundles keep such a
    /// code. Now it is a warning (exit 0); a code the translation lost is still an error (exit 1), reported
    /// once although its bead (two sentences each, aligned more finely for some locales) gives the bead's
    /// unit and finer units that hold the same French text (it was reported twice).
    @Test("an added inline code is a warning (exit 0), a lost one an error (exit 1)")
    func addedCodeIsAWarningLostCodeAnError() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let copy = scratch.appendingPathComponent("codes")
        try FileManager.default.copyItem(at: CLI.example("safer-internet-day-2020"), to: copy)
        let french = copy.appendingPathComponent("fr-BE.md")
        let original = try String(contentsOf: french, encoding: .utf8)
        #expect(original.contains("un événement mondial lancé"))
        try original.replacingOccurrences(of: "un événement mondial lancé", with: "un événement *mondial* lancé")
            .write(to: french, atomically: true, encoding: .utf8)
        let added = try CLI.run(["check", copy.path, "--format", "json"])
        #expect(added.status == 0, "\(added.stdout)")
        let codes = (try added.json()["findings"] as? [[String: Any]] ?? []).filter { $0["rule"] as? String == "inline-code-mismatch" }
        #expect(codes.map { "\($0["locale"] ?? "") \($0["severity"] ?? "") \($0["text"] ?? "")" } == ["fr-BE warning mondial"])

        let link = "([Belgian Better Internet Consortium](https://www.betternet.be/fr/b-bico))"
        #expect(original.contains(link))
        try original.replacingOccurrences(of: link, with: "(Belgian Better Internet Consortium)")
            .write(to: french, atomically: true, encoding: .utf8)
        let lost = try CLI.run(["check", copy.path, "--format", "json"])
        #expect(lost.status == 1)
        let lostCodes = (try lost.json()["findings"] as? [[String: Any]] ?? []).filter { $0["rule"] as? String == "inline-code-mismatch" }
        #expect(lostCodes.map { "\($0["locale"] ?? "") \($0["severity"] ?? "") \($0["text"] ?? "")" }
                == ["fr-BE error Belgian Better Internet Consortium"])
    }

    @Test("the HTML report names every finding")
    func htmlReport() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let copy = try seededCopy(in: scratch)
        let result = try CLI.run(["check", copy.path, "--format", "html"])
        #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(result.stdout.contains("forbidden-term"))
    }

    @Test("a malformed termbase is bad input: the file and line are named, exit code 2")
    func malformedTermbase() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let broken = scratch.appendingPathComponent("broken.tbx")
        try "<?xml version=\"1.0\"?>\n<tbx type=\"TBX-Basic\">\n<text><body>\n<conceptEntry id=\"c1\">\n</body>".write(to: broken, atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", "Examples/articles/safer-internet-day-2020", "--termbase", broken.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("broken.tbx:"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test("terms lookup finds an entry from an inflected form")
    func lookup() throws {
        let result = try CLI.run(["terms", "lookup", "sociale netwerken", "--locale", "nl-BE", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let entries = try result.json()["entries"] as? [[String: Any]] ?? []
        let terms = entries.flatMap { ($0["terms"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String } }
        #expect(terms.contains("social network"))
    }
}

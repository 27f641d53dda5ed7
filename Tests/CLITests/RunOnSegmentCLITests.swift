import Foundation
import Testing

/// Tenth trial, finding 12: a 60,000-word "sentence" (no sentence punctuation) in each version was left
/// out of the memory as "added in the translation", without a warning. Here a run-on of 2,000 words in each
/// version (the Dutch one a fifth longer, as "woord" is longer than "word") between ordinary paragraphs.
@Suite("import, publish and check: a run-on segment is named and paired for review (process)")
struct RunOnSegmentCLITests {
    func article(in scratch: URL) throws -> URL {
        let folder = scratch.appendingPathComponent("runon")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let en = "# Storm damage in Liège\n\nThe storm damaged 40 roofs in Liège. The fire brigade worked all night.\n\n"
            + Array(repeating: "word", count: 2_000).joined(separator: " ") + "\n\nThe city thanks the volunteers.\n"
        let nl = "# Stormschade in Luik\n\nDe storm beschadigde 40 daken in Luik. De brandweer werkte de hele nacht.\n\n"
            + Array(repeating: "woord", count: 2_000).joined(separator: " ") + "\n\nDe stad dankt de vrijwilligers.\n"
        try en.write(to: folder.appendingPathComponent("en.md"), atomically: true, encoding: .utf8)
        try nl.write(to: folder.appendingPathComponent("nl-BE.md"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test("import warns with file and line and stores the two run-ons as one unit that needs review")
    func importWarnsAndPairs() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = try article(in: scratch)
        let memory = scratch.appendingPathComponent("t.tm")
        let imported = try CLI.run(["import", folder.path], memory: memory)
        #expect(imported.status == 0, "\(imported.stderr)")
        // Before: "5 units read: 4 added, … 1 skipped" with the nl-BE run-on "added in the translation".
        #expect(imported.stdout.contains("5 units read: 5 added"), "\(imported.stdout)")
        #expect(!imported.stdout.contains("skipped"), "\(imported.stdout)")
        #expect(imported.stdout.contains("runon/en.md:5: a \"sentence\" of 2000 words (9999 Characters): a paste error"), "\(imported.stdout)")
        #expect(imported.stdout.contains("runon/nl-BE.md:5: a \"sentence\" of 2000 words (11999 Characters)"), "\(imported.stdout)")

        let json = try CLI.run(["align", folder.path, "--format", "json"], memory: memory).json()
        let beads = try #require(json["beads"] as? [[String: Any]])
        let runOn = try #require(beads.first { ($0["segments"] as? [String: [Int]])?["en"] == [3] })
        #expect((runOn["segments"] as? [String: [Int]])?["nl-BE"] == [3])
        #expect(runOn["needsReview"] as? Bool == true)
    }

    @Test("check reports run-on-segment for each version")
    func checkReportsTheRunOn() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = try article(in: scratch)
        let check = try CLI.run(["check", folder.path, "--format", "json"])
        let findings = try #require(check.json()["findings"] as? [[String: Any]])
        let runOns = findings.filter { $0["rule"] as? String == "run-on-segment" }
        #expect(runOns.map { "\($0["locale"] ?? "") \($0["severity"] ?? "")" }.sorted() == ["en warning", "nl-BE warning"], "\(findings)")
        #expect((runOns.first?["message"] as? String)?.contains("2000 words") == true, "\(runOns)")
    }
}

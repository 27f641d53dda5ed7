import Foundation
import Testing

/// Thirteenth trial, finding 17: `analyze` of two wire stories of one morning that share two sentences gave
/// two tables and no total, and charged the shared sentences as new twice. The batch table sums the bands
/// per target locale and counts a later occurrence of a sentence without an exact match as a repetition.
@Suite("analyze of several articles: the batch table with repetitions (process)")
struct BatchAnalysisCLITests {
    /// Two wire stories sharing two sentences, and a memory that translates the first sentence of one: a
    /// new scratch folder holding `wire-a/`, `wire-b/` and the memory `t.tm`.
    static func wires() throws -> (scratch: URL, memory: URL) {
        let scratch = try CLI.scratch()
        let shared = "Travellers are advised to work from home if they can. The strike ends on Tuesday at 10 p.m., the unions said."
        for (name, text) in [("wire-a", "Trains will not run on Monday. \(shared)"),
                             ("wire-b", "Buses in Brussels run a reduced service. \(shared) Check the operator's site.")] {
            let folder = scratch.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text.write(to: folder.appendingPathComponent("en.txt"), atomically: true, encoding: .utf8)
        }
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>
        <body><tu tuid="1"><tuv xml:lang="en"><seg>Trains will not run on Monday.</seg></tuv><tuv xml:lang="nl-BE"><seg>Maandag rijden er geen treinen.</seg></tuv></tu></body></tmx>
        """.write(to: scratch.appendingPathComponent("seed.tmx"), atomically: true, encoding: .utf8)
        let memory = scratch.appendingPathComponent("t.tm")
        let seeded = try CLI.run(["import", "seed.tmx"], in: scratch, memory: memory)
        try #require(seeded.status == 0, "\(seeded.stderr)")
        return (scratch, memory)
    }

    @Test("two articles sharing two sentences: 2 repetitions, and the bands and repetitions add up to the total")
    func repetitions() throws {
        let (scratch, memory) = try Self.wires()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let run = try CLI.run(["analyze", "wire-a", "wire-b", "--to", "nl-BE"], in: scratch, memory: memory)
        #expect(run.status == 0, "\(run.stderr)")
        let batch = try #require(run.stdout.range(of: "batch of 2 articles → nl-BE\n").map { String(run.stdout[$0.lowerBound...]) }, "\(run.stdout)")
        func row(_ label: String) -> [Int]? {
            guard let line = batch.split(separator: "\n").first(where: { $0.hasPrefix(label + " ") }) else { return nil }
            return line.dropFirst(label.count).split(separator: " ").compactMap { Int($0) }
        }
        #expect(row("100")?.first == 1, "\(batch)")            // Monday's trains, from the memory
        #expect(row("repetitions")?.first == 2, "\(batch)")    // the two shared sentences in wire-b
        #expect(row("no match")?.first == 4, "\(batch)")       // the two shared sentences once, and two of wire-b's own
        #expect(row("total")?.first == 7, "\(batch)")
    }

    /// Session 14: `analyze --format json` of several folders had no batch; each report of a target locale
    /// now carries it under `batch`, in the shape docs/cli.md documents, with the numbers of the text table.
    @Test("JSON: each report of the locale carries the batch (1 exact, 2 repetitions, 4 no match, 7 in all); one folder has none")
    func batchInJSON() throws {
        let (scratch, memory) = try Self.wires()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let run = try CLI.run(["analyze", "wire-a", "wire-b", "--to", "nl-BE,fr-BE", "--format", "json"], in: scratch, memory: memory)
        #expect(run.status == 0, "\(run.stderr)")
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]], "\(run.stdout.prefix(300))")
        #expect(reports.map { "\($0["article"] ?? "")/\($0["targetLocale"] ?? "")" } == ["wire-a/nl-BE", "wire-a/fr-BE", "wire-b/nl-BE", "wire-b/fr-BE"])
        let nl = try #require(reports[0]["batch"] as? [String: Any], "no batch in \(reports[0].keys.sorted())")
        #expect(NSDictionary(dictionary: nl) == NSDictionary(dictionary: reports[2]["batch"] as? [String: Any] ?? [:]), "the same batch on each nl-BE report")
        #expect(nl["targetLocale"] as? String == "nl-BE")
        #expect(nl["articles"] as? Int == 2)
        let bands = nl["bands"] as? [[String: Any]] ?? []
        #expect(bands.map { $0["band"] as? String ?? "" } == ["context", "exact", "fuzzy95", "fuzzy85", "fuzzy75", "fuzzy50", "noMatch"])
        func segments(_ band: String) -> Int? { bands.first { $0["band"] as? String == band }?["segments"] as? Int }
        #expect(segments("exact") == 1)
        #expect(segments("noMatch") == 4)
        let repetitions = try #require(nl["repetitions"] as? [String: Any])
        let totals = try #require(nl["totals"] as? [String: Any])
        #expect(repetitions["segments"] as? Int == 2)
        #expect(repetitions["words"] as? Int == 21, "the two shared sentences' words, 10 + 11")
        #expect(totals["segments"] as? Int == 7)
        #expect(totals["words"] as? Int == 59)
        let words = bands.compactMap { $0["words"] as? Int }.reduce(0, +) + (repetitions["words"] as? Int ?? 0)
        #expect(words == totals["words"] as? Int, "the bands and the repetitions add up to the batch's words")
        let tenths = bands.compactMap { $0["wordPercent"] as? Double }.map { Int(($0 * 10).rounded()) }.reduce(0, +)
            + Int(((repetitions["wordPercent"] as? Double ?? 0) * 10).rounded())
        #expect(tenths == 1000, "word percentages add up to 100.0")
        // fr-BE: the memory has nothing, so the two shared sentences are repetitions there too.
        let fr = try #require(reports[1]["batch"] as? [String: Any])
        #expect(fr["targetLocale"] as? String == "fr-BE")
        #expect((fr["repetitions"] as? [String: Any])?["segments"] as? Int == 2)
        // The documented shape (docs/cli.md, analyze, "The batch in JSON").
        let documented = try ReportContractCLITests.documented(after: "**The batch in JSON**")
        let shape = try #require((documented.shape as? [String: Any])?["batch"])
        #expect(ReportContractCLITests.departures(nl, shape, optional: []) == [])
        // One folder: no batch key, the report as report.json has it.
        let one = try CLI.run(["analyze", "wire-a", "--to", "nl-BE", "--format", "json"], in: scratch, memory: memory)
        #expect(one.status == 0, "\(one.stderr)")
        let single = try #require(try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [[String: Any]])
        #expect(single.count == 1 && single[0]["batch"] == nil)
    }
}

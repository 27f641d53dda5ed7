import Foundation
import Testing

/// Thirteenth trial, finding 17: `analyze` of two wire stories of one morning that share two sentences gave
/// two tables and no total, and charged the shared sentences as new twice. The batch table sums the bands
/// per target locale and counts a later occurrence of a sentence without an exact match as a repetition.
@Suite("analyze of several articles: the batch table with repetitions (process)")
struct BatchAnalysisCLITests {
    @Test("two articles sharing two sentences: 2 repetitions, and the bands and repetitions add up to the total")
    func repetitions() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
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
}

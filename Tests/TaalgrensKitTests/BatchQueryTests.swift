import Foundation
import TaalgrensCore
import TaalgrensKit
import Testing

/// `query --file`: a batch runs against one opened memory (review of 30 November: each line opened the memory
/// again and rebuilt its fuzzy index) and gives, line by line, what single queries give.
@Suite("Batch queries")
struct BatchQueryTests {
    let workspace = Workspace(data: BundleTestSupport.data)

    @Test("a batch gives each line the report a single query gives, in order")
    func batchEqualsSingleQueries() throws {
        let folder = try BundleTestSupport.temporaryFolder("batch")
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = folder.appendingPathComponent("tm.sqlite").path
        _ = try workspace.importPaths([BundleTestSupport.exampleFolder("youth-pledge-2020")], memory: memory)
        let lines = ["Youth Pledge for a Better Internet on Safer Internet Day 2020",
                     "Write terms and conditions in plain language that a 13-year-old can understand.",
                     "Involve young people in the design of new services.",
                     "A sentence the memory has never seen in any form."]
        var batch: [(Int, QueryReport)] = []
        try workspace.query(lines: lines, from: "en", to: "nl-BE", memory: memory) { batch.append(($0, $1)) }
        #expect(batch.map(\.0) == Array(lines.indices))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for (number, report) in batch {
            let alone = try workspace.query(lines[number], from: "en", to: "nl-BE", memory: memory)
            #expect(try encoder.encode(report) == encoder.encode(alone), "line \(number)")
        }
        #expect(batch.prefix(3).allSatisfy { $0.1.matches.first?.score ?? 0 >= 100 })
        #expect(batch[3].1.matches.isEmpty)
    }
}

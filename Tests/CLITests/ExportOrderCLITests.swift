import Foundation
import TaalgrensTestSupport
import Testing

/// `tm export` writes the units in a stable order, whatever the order of past imports: articles by id,
/// then by block and position, then interchange units by id (TRIAL7 finding 16: the same content imported
/// in another order, or into PostgreSQL, exported in another order and could not be compared with diff).
@Suite("tm export order")
struct ExportOrderCLITests {
    /// The inputs, each imported with its own command, in the order given.
    static let inputs = [CLI.example("youth-pledge-2020").path, CLI.example("safer-internet-day-2020").path,
                         CLI.repository.appendingPathComponent("Tests/Fixtures/interop/memoq.tmx").path,
                         CLI.example("friend-zone-escape-game").path]

    /// Imports `inputs` one command at a time into `memory` (a path or URL), then exports it.
    static func export(_ inputs: [String], into memory: String) throws -> String {
        for input in inputs {
            let imported = try CLI.run(["import", input, "--tm", memory, "--quiet"])
            try #require(imported.status == 0, "\(input): \(imported.stderr)")
        }
        let exported = try CLI.run(["tm", "export", "--format", "tmx", "--tm", memory])
        try #require(exported.status == 0, "\(exported.stderr)")
        return exported.stdout
    }

    /// The TMX without the dates, which record when each memory stored a unit.
    static func withoutDates(_ tmx: String) -> String {
        tmx.replacingOccurrences(of: #" (creation|change)date="[^"]*""#, with: "", options: .regularExpression)
    }

    /// The `tuid`s of a TMX document, in order.
    static func tuids(_ tmx: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: #"<tu [^>]*tuid="([^"]*)""#)
        return regex.matches(in: tmx, range: NSRange(tmx.startIndex..., in: tmx)).map { String(tmx[Range($0.range(at: 1), in: tmx)!]) }
    }

    @Test("two memories with the same units export the same TMX, articles by id, block and position, then TMX units")
    func importOrderDoesNotMatter() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let first = try Self.export(Self.inputs, into: scratch.appendingPathComponent("a.tm").path)
        let second = try Self.export(Self.inputs.reversed(), into: scratch.appendingPathComponent("b.tm").path)
        #expect(Self.withoutDates(first) == Self.withoutDates(second))

        let ids = Self.tuids(first)
        #expect(ids.count > 40, "\(ids.count) units")
        // Article units come first, grouped by article id in order; within an article, by block (the block
        // number is the id's second part; a field such as the category, without a block, comes first), and
        // numerically: block 10 after block 9.
        let articleIDs = ids.prefix { !$0.hasPrefix("tmx:") }.map { $0.split(separator: ":").map(String.init) }
        #expect(articleIDs.first == ["friend-zone-escape-game", "field", "category"], "\(ids.prefix(3))")
        let articles = articleIDs.map { $0[0] }
        #expect(articles == articles.sorted(), "\(ids)")
        for article in Set(articles) {
            let blocks = articleIDs.filter { $0[0] == article }.compactMap { Int($0[1]) }
            #expect(blocks == blocks.sorted() && !blocks.isEmpty, "\(article): \(blocks)")
        }
        #expect(articleIDs.contains { (Int($0[1]) ?? 0) >= 10 }, "the articles have ten blocks or more: the numeric order is checked")
        // Then the TMX file's units, by id.
        let interchange = Array(ids.drop { !$0.hasPrefix("tmx:") })
        #expect(!interchange.isEmpty && interchange == interchange.sorted() && interchange.allSatisfy { $0.hasPrefix("tmx:memoq.tmx#") },
                "\(interchange)")
    }

    @Test("a PostgreSQL memory exports the same TMX as a SQLite one of the same units")
    func postgresExportsTheSameOrder() throws {
        guard let url = PostgresMemoryCLITests.url(schema: PostgresMemoryCLITests.freshSchema("order")) else { return }
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let sqlite = try Self.export(Self.inputs, into: scratch.appendingPathComponent("a.tm").path)
        let postgres = try Self.export(Self.inputs.reversed(), into: url)
        #expect(Self.withoutDates(sqlite) == Self.withoutDates(postgres))
    }
}

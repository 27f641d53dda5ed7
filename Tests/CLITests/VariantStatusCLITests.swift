import Foundation
import Interchange
import TaalgrensCore
import Testing

/// The fresh-user trial of 30 November: a segment marked final in the nl-BE bundle's article.xlf made the
/// whole unit `reviewed`, so `tm export --pair en,fr-BE --status reviewed` listed its fr-BE variant too.
@Suite("review status per locale (process)")
struct VariantStatusCLITests {
    /// The `tuid`s of `tm export --format tmx --pair PAIR --status reviewed`.
    func reviewedIDs(_ pair: String, _ memory: URL, _ scratch: URL) throws -> [String] {
        let out = scratch.appendingPathComponent("reviewed-\(UUID().uuidString).tmx")
        let result = try CLI.run(["tm", "export", "--format", "tmx", "--pair", pair, "--status", "reviewed", "--out", out.path], memory: memory)
        #expect(result.status == 0, "\(result.stderr)")
        let units = try TMXReader.read(data: Data(contentsOf: out), file: out.path).units
        return units.map(\.id)
    }

    @Test("final in the nl-BE bundle marks the nl-BE variant only")
    func signOffOfOneLocale() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let article = scratch.appendingPathComponent("youth-pledge-2020")
        try FileManager.default.copyItem(at: CLI.example("youth-pledge-2020"), to: article)
        let imported = try CLI.run(["import", article.path], memory: memory)
        #expect(imported.status == 0, "\(imported.stderr)")
        let out = scratch.appendingPathComponent("out")
        for locale in ["nl-BE", "fr-BE"] {
            let exported = try CLI.run(["export", article.path, "--to", locale, "--out", out.path], memory: memory)
            #expect(exported.status == 0, "\(exported.stderr)")
        }
        #expect(try reviewedIDs("en,nl-BE", memory, scratch) == [])

        // The nl-BE translator marks the first pre-translated segment final, its text as it is.
        let xlf = out.appendingPathComponent("youth-pledge-2020/nl-BE/article.xlf")
        var document = try XLIFFReader.read(Data(contentsOf: xlf), file: xlf.path)
        let (u, s) = try #require(document.units.indices.lazy.flatMap { u in
            document.units[u].segments.indices.lazy.compactMap { s in document.units[u].segments[s].target == nil ? nil : (u, s) }
        }.first)
        let sentence = document.units[u].segments[s].source.plainText
        document.units[u].segments[s].state = .final
        try XLIFFWriter.write(document, version: .v21).write(to: xlf)
        let review = try CLI.run(["import", xlf.path, "--format", "json"], memory: memory)
        #expect(review.status == 0, "\(review.stderr)")
        let summary = try #require((try JSONSerialization.jsonObject(with: Data(review.stdout.utf8)) as? [[String: Any]])?.first, "\(review.stdout)")
        #expect(summary["updated"] as? Int == 1, "\(review.stdout)")

        // Reviewed for nl-BE, not for fr-BE.
        let dutch = try reviewedIDs("en,nl-BE", memory, scratch)
        #expect(dutch.count == 1)
        #expect(try reviewedIDs("en,fr-BE", memory, scratch) == [])
        let all = scratch.appendingPathComponent("all.tmx")
        #expect(try CLI.run(["tm", "export", "--format", "tmx", "--out", all.path], memory: memory).status == 0)
        let unit = try #require(try TMXReader.read(data: Data(contentsOf: all), file: all.path).units.first { $0.id == dutch.first })
        #expect(unit.variant(for: "en")?.text == sentence)
        #expect(unit.status(for: "nl-BE") == .reviewed && unit.status(for: "fr-BE") == .aligned)

        // `tm stats` counts the sign-off for nl-BE only.
        let stats = try CLI.run(["tm", "stats"], memory: memory)
        #expect(stats.status == 0, "\(stats.stderr)")
        let lines = stats.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("status nl-BE: ") && $0.contains("reviewed 1") }, "\(stats.stdout)")
        #expect(!lines.contains { $0.hasPrefix("status fr-BE") || $0.hasPrefix("status en") }, "no sign-off, no line: \(stats.stdout)")

        // The whole memory through TMX into a new memory: the same statuses per locale.
        let copy = scratch.appendingPathComponent("copy.sqlite")
        #expect(try CLI.run(["import", all.path], memory: copy).status == 0)
        let again = scratch.appendingPathComponent("again.tmx")
        #expect(try CLI.run(["tm", "export", "--format", "tmx", "--out", again.path], memory: copy).status == 0)
        let first = try TMXReader.read(data: Data(contentsOf: all), file: all.path).units
        let second = try TMXReader.read(data: Data(contentsOf: again), file: again.path).units
        // The copy holds them as units of a TMX file, which tm export orders by unit id, not as the article's
        // blocks: compare the units whatever their order.
        func contents(_ units: [TranslationUnit]) -> [String] { units.map { "\($0.variants) \($0.status)" }.sorted() }
        #expect(contents(second) == contents(first))
        #expect(second.count == first.count)
    }
}

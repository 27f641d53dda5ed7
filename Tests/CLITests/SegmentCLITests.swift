import Foundation
import Testing

@Suite("taalgrens segment (process)")
struct SegmentCLITests {
    static let articles = ["safer-internet-day-2020", "friend-zone-escape-game", "sid-2020-france-faminum", "youth-pledge-2020"]
    static let locales = ["en", "nl-BE", "fr-BE"]

    /// The hand-made gold sentences of a shipped example (`Tests/Fixtures/examples/<article>/<locale>.segments.json`).
    static func gold(_ article: String, _ locale: String) throws -> [[String: Any]] {
        let url = CLI.repository.appendingPathComponent("Tests/Fixtures/examples/\(article)/\(locale).segments.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        return object?["blocks"] as? [[String: Any]] ?? []
    }

    @Test("the examples' gold sentences come out exactly", arguments: articles)
    func goldSentences(article: String) throws {
        for locale in Self.locales {
            let result = try CLI.run(["segment", "Examples/articles/\(article)/\(locale).md", "--locale", locale, "--format", "json"])
            #expect(result.status == 0, "\(result.stderr)")
            let json = try result.json()
            #expect(json["locale"] as? String == locale)
            let blocks = json["blocks"] as? [[String: Any]] ?? []
            let expected = try Self.gold(article, locale)
            #expect(blocks.count == expected.count, "\(article)/\(locale): block count")
            for (index, (got, want)) in zip(blocks, expected).enumerated() {
                #expect(got["kind"] as? String == want["kind"] as? String, "\(article)/\(locale) block \(index) kind")
                let gotTexts = (got["segments"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
                #expect(gotTexts == want["segments"] as? [String], "\(article)/\(locale) block \(index)")
            }
        }
    }

    @Test("offsets are UTF-16 offsets into the block's plain text")
    func offsets() throws {
        let result = try CLI.run(["segment", "Examples/articles/safer-internet-day-2020/fr-BE.md", "--locale", "fr-BE", "--format", "json"])
        let blocks = try result.json()["blocks"] as? [[String: Any]] ?? []
        for block in blocks {
            let segments = block["segments"] as? [[String: Any]] ?? []
            var previousEnd = 0
            for segment in segments {
                let text = segment["text"] as? String ?? "", start = segment["start"] as? Int ?? -1, end = segment["end"] as? Int ?? -1
                #expect(end - start == text.utf16.count)
                #expect(start >= previousEnd)
                previousEnd = end
            }
        }
    }

    @Test("text output lists blocks and numbered sentences")
    func textOutput() throws {
        let result = try CLI.run(["segment", "Examples/articles/safer-internet-day-2020/nl-BE.md", "--locale", "nl-BE"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("[0 title]\n  1. "))
    }

    @Test("a missing file is bad input: one message naming it, exit code 2")
    func missingFile() throws {
        let result = try CLI.run(["segment", "no/such/article.md", "--locale", "en"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no/such/article.md"))
        #expect(result.stdout.isEmpty)
    }

    @Test("an unknown locale is bad input (exit code 2); a malformed one is a usage error (64)",
          arguments: [("xx", Int32(2)), ("english!", Int32(64))])
    func unknownLocale(locale: String, status: Int32) throws {
        let result = try CLI.run(["segment", "Examples/articles/safer-internet-day-2020/en.md", "--locale", locale])
        #expect(result.status == status)
        #expect(result.stderr.contains(locale))
    }

    @Test("a usage error exits with 64")
    func usage() throws {
        let result = try CLI.run(["segment"])
        #expect(result.status == 64)
    }

    @Test("--version prints the version")
    func version() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }
}

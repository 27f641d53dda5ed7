import Foundation
import Testing

@Suite("taalgrens align, import, query, concordance (process)")
struct AlignImportQueryCLITests {
    static let articles = SegmentCLITests.articles

    @Test("align reproduces the examples' gold beads exactly", arguments: articles)
    func goldBeads(article: String) throws {
        let result = try CLI.run(["align", "Examples/articles/\(article)", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try result.json()
        #expect(json["source"] as? String == "en")
        let beads = (json["beads"] as? [[String: Any]] ?? []).map { $0["segments"] as? [String: [Int]] ?? [:] }
        let goldURL = CLI.repository.appendingPathComponent("Tests/Fixtures/examples/\(article)/beads.json")
        let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: goldURL)) as? [String: Any]
        let expected = (gold?["beads"] as? [[String: Any]] ?? []).map { $0["segments"] as? [String: [Int]] ?? [:] }
        #expect(beads == expected)
        for bead in json["beads"] as? [[String: Any]] ?? [] {
            let confidence = bead["confidence"] as? Double ?? -1
            #expect((0...1).contains(confidence))
            #expect((bead["segments"] as? [String: [Int]])?.keys.sorted() == ["en", "fr-BE", "nl-BE"])
        }
    }

    @Test("align shows the versions side by side and writes TMX")
    func views() throws {
        let text = try CLI.run(["align", "Examples/articles/safer-internet-day-2020", "--width", "100"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("nl-BE"))
        #expect(text.stdout.split(separator: "\n").allSatisfy { $0.count <= 100 })
        let tmx = try CLI.run(["align", "Examples/articles/safer-internet-day-2020", "--format", "tmx"])
        #expect(tmx.status == 0)
        #expect(tmx.stdout.contains("<tmx version=\"1.4\""))
        #expect(tmx.stdout.contains("xml:lang=\"fr-BE\""))
    }

    @Test("align's text view honours COLUMNS when piped (it used to take 120); --width wins; a bad value is ignored")
    func columns() throws {
        /// The width of the view: the length of its rule line (a run of "─").
        func width(_ arguments: [String], columns: String) throws -> Int? {
            let result = try CLI.run(["align", "Examples/articles/friend-zone-escape-game"] + arguments, environment: ["COLUMNS": columns])
            #expect(result.status == 0, "\(result.stderr)")
            let lines = result.stdout.split(separator: "\n")
            let rule = lines.first { $0.allSatisfy { $0 == "─" } }?.count
            #expect(lines.allSatisfy { $0.count <= rule ?? 0 }, "no line is wider than the view")
            return rule
        }
        /// The three columns share the width evenly, so the view may be up to two columns narrower.
        func fits(_ rule: Int?, _ columns: Int) -> Bool { rule.map { $0 <= columns && $0 > columns - 3 } ?? false }
        #expect(fits(try width([], columns: "80"), 80))
        #expect(fits(try width([], columns: " 150 "), 150))
        #expect(fits(try width(["--width", "100"], columns: "80"), 100))
        // Below the view's minimum: as `--width 40`, the least it takes.
        #expect(try width([], columns: "20") == width(["--width", "40"], columns: ""))
        #expect(fits(try width([], columns: "wide"), 120))    // not a number: the default for a pipe
        #expect(fits(try width([], columns: ""), 120))
    }

    @Test("importing the same article twice adds nothing; a revision updates exactly the changed unit")
    func importCounts() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let first = try CLI.run(["import", "Examples/articles/friend-zone-escape-game", "--format", "json"], memory: memory)
        #expect(first.status == 0, "\(first.stderr)")
        let firstCounts = try #require((try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [[String: Any]])?.first)
        let added = firstCounts["added"] as? Int ?? 0
        #expect(added > 10)

        let again = try CLI.run(["import", "Examples/articles/friend-zone-escape-game", "--format", "json"], memory: memory)
        let againCounts = try #require((try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [[String: Any]])?.first)
        #expect(againCounts["added"] as? Int == 0)
        #expect(againCounts["updated"] as? Int == 0)
        #expect(againCounts["unchanged"] as? Int == added)

        // A revised version: one Dutch sentence reworded.
        let revised = scratch.appendingPathComponent("friend-zone-escape-game")
        try FileManager.default.copyItem(at: CLI.example("friend-zone-escape-game"), to: revised)
        let nl = revised.appendingPathComponent("nl-BE.md")
        var text = try String(contentsOf: nl, encoding: .utf8)
        let range = try #require(text.range(of: "Scholen kunnen"))
        text.replaceSubrange(range, with: "Elke school kan")
        try text.write(to: nl, atomically: true, encoding: .utf8)
        let revision = try CLI.run(["import", revised.path, "--format", "json"], memory: memory)
        #expect(revision.status == 0, "\(revision.stderr)")
        let revisionCounts = try #require((try JSONSerialization.jsonObject(with: Data(revision.stdout.utf8)) as? [[String: Any]])?.first)
        #expect(revisionCounts["added"] as? Int == 0)
        #expect(revisionCounts["updated"] as? Int == 1)
        #expect(revisionCounts["unchanged"] as? Int == added - 1)
    }

    @Test("query: identical 100, context 101, one word or a date changed 70–99")
    func queryScores() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        #expect(try CLI.run(["import", "Examples/articles/safer-internet-day-2020"], memory: memory).status == 0)
        let segments = try CLI.run(["align", "Examples/articles/safer-internet-day-2020", "--format", "json"]).json()["segments"] as? [String: [String]]
        let en = try #require(segments?["en"])
        // The first long sentence with at least ten words and a neighbour on each side.
        let index = try #require(en.indices.dropFirst().dropLast().first { en[$0].split(separator: " ").count >= 10 })
        let sentence = en[index]

        func top(_ arguments: [String]) throws -> [String: Any]? {
            let result = try CLI.run(["query"] + arguments + ["--from", "en", "--to", "nl-BE", "--format", "json"], memory: memory)
            #expect(result.status == 0, "\(result.stderr)")
            return (try result.json()["matches"] as? [[String: Any]])?.first
        }
        #expect(try top([sentence])?["score"] as? Double == 100)
        #expect(try top([sentence])?["kind"] as? String == "exact")
        let context = try top([sentence, "--prev", en[index - 1], "--next", en[index + 1]])
        #expect(context?["score"] as? Double == 101)
        #expect(context?["kind"] as? String == "context")

        // One word changed.
        var words = sentence.split(separator: " ").map(String.init)
        words[words.count / 2] = "remarkable"
        let fuzzy = try #require(try top([words.joined(separator: " ")]))
        let score = fuzzy["score"] as? Double ?? 0
        #expect(score >= 70 && score <= 99, "score \(score)")
        #expect(fuzzy["kind"] as? String == "fuzzy")
        // The base is explained: one word edit between two sentences of the same number of word tokens.
        let breakdown = try #require(fuzzy["breakdown"] as? [String: Any])
        let tokens = try #require(breakdown["queryTokens"] as? Int)
        #expect(breakdown["distance"] as? Int == 1)
        #expect(breakdown["matchTokens"] as? Int == tokens)
        #expect(tokens >= 10)
        let base = try #require(breakdown["base"] as? Double)
        #expect(base == ((100 - 100 / Double(tokens)) * 10).rounded() / 10)
        // …and the text form says so behind the base (it used to stop at "why: base 95.5").
        let text = try CLI.run(["query", words.joined(separator: " "), "--from", "en", "--to", "nl-BE", "--limit", "1"], memory: memory)
        let baseText = base == base.rounded() ? String(Int(base)) : String(base)
        #expect(text.stdout.contains("   why: base \(baseText) (1 word edit; \(tokens) query tokens, \(tokens) match tokens)"), "\(text.stdout)")

        // A date changed: "11 February 2020" → "9 February 2021".
        let dated = try #require(en.first { $0.contains("11 February 2020") && $0.split(separator: " ").count >= 10 })
        let dateMatch = try #require(try top([dated.replacingOccurrences(of: "11 February 2020", with: "9 February 2021")]))
        let dateScore = dateMatch["score"] as? Double ?? 0
        #expect(dateScore >= 70 && dateScore <= 99, "score \(dateScore)")
    }

    @Test("concordance finds a phrase ignoring case and accents")
    func concordance() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        #expect(try CLI.run(["import", "Examples/articles/safer-internet-day-2020"], memory: memory).status == 0)
        let result = try CLI.run(["concordance", "EDUCATION AUX MEDIAS", "--locale", "fr-BE", "--format", "json"], memory: memory)
        #expect(result.status == 0, "\(result.stderr)")
        let hits = try result.json()["hits"] as? [[String: Any]] ?? []
        #expect(!hits.isEmpty)
        #expect((hits.first?["text"] as? String)?.contains("éducation aux médias") == true)
    }
}

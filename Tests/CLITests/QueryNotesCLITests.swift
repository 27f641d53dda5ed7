import Foundation
import Testing

/// Fifth fresh-user trial, items 18 and 19: `query --prev` alone said nothing and never gave 101; text
/// stored as fr-BE was labelled `fr-FR:` for `--to fr-FR`.
@Suite("query: labels with the stored locale, notes on fallback and one-sided context (process)")
struct QueryNotesCLITests {
    /// The English sentences of the safer-internet-day example, as `align` segments them.
    func englishSentences() throws -> [String] {
        let segments = try CLI.run(["align", "Examples/articles/safer-internet-day-2020", "--format", "json"]).json()["segments"] as? [String: [String]]
        return try #require(segments?["en"])
    }

    func memoryWithExample(_ scratch: URL) throws -> URL {
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let imported = try CLI.run(["import", "Examples/articles/safer-internet-day-2020"], memory: memory)
        #expect(imported.status == 0, "\(imported.stderr)")
        return memory
    }

    @Test("--prev without --next: the query is the last sentence of its text; the output says so")
    func contextOnOneSide() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = try memoryWithExample(scratch)
        let en = try englishSentences()
        let index = try #require(en.indices.dropFirst().dropLast().first { en[$0].split(separator: " ").count >= 10 })

        // The trial's input: a sentence in the middle with its real previous sentence, no --next.
        let middle = try CLI.run(["query", en[index], "--prev", en[index - 1], "--from", "en", "--to", "nl-BE"], memory: memory)
        #expect(middle.status == 0, "\(middle.stderr)")
        #expect(middle.stdout.hasPrefix("note: --prev without --next: the query is read as the last sentence of its text"), "\(middle.stdout)")
        #expect(middle.stdout.contains("1. 100% exact"), "\(middle.stdout)")
        let json = try CLI.run(["query", en[index], "--prev", en[index - 1], "--from", "en", "--to", "nl-BE", "--format", "json"], memory: memory).json()
        let notes = try #require(json["notes"] as? [String])
        #expect(notes.count == 1 && notes[0].hasPrefix("--prev without --next"))

        // The rule is real: an article's last sentence with its previous one is a context match.
        let folder = scratch.appendingPathComponent("tram-strike")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "# Tram strike in Antwerp\n\nNo trams will run in Antwerp on Friday. The unions expect a large turnout.\n"
            .write(to: folder.appendingPathComponent("en.md"), atomically: true, encoding: .utf8)
        try "# Tramstaking in Antwerpen\n\nVrijdag rijden er geen trams in Antwerpen. De vakbonden verwachten een grote opkomst.\n"
            .write(to: folder.appendingPathComponent("nl-BE.md"), atomically: true, encoding: .utf8)
        #expect(try CLI.run(["import", folder.path], memory: memory).status == 0)
        let end = try CLI.run(["query", "The unions expect a large turnout.", "--prev", "No trams will run in Antwerp on Friday.",
                               "--from", "en", "--to", "nl-BE", "--format", "json"], memory: memory).json()
        let top = try #require((end["matches"] as? [[String: Any]])?.first)
        #expect(top["score"] as? Double == 101)
        #expect((end["notes"] as? [String])?.count == 1)

        // Both sides: no note.
        let both = try CLI.run(["query", en[index], "--prev", en[index - 1], "--next", en[index + 1], "--from", "en", "--to", "nl-BE", "--format", "json"], memory: memory).json()
        #expect(both["notes"] == nil)
        #expect((both["matches"] as? [[String: Any]])?.first?["score"] as? Double == 101)
    }

    @Test("--to fr-FR finds fr-BE text: labelled fr-BE, with a note; --to fr-BE: no note")
    func regionFallbackIsLabelled() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = try memoryWithExample(scratch)
        let sentence = try #require(try englishSentences().first { $0.split(separator: " ").count >= 10 })

        let fallback = try CLI.run(["query", sentence, "--from", "en", "--to", "fr-FR"], memory: memory)
        #expect(fallback.status == 0, "\(fallback.stderr)")
        #expect(fallback.stdout.contains("note: --to fr-FR: no fr-FR text among these matches; they show the stored fr-BE text (region fallback)"),
                "\(fallback.stdout)")
        #expect(fallback.stdout.contains("\n   fr-BE: "), "\(fallback.stdout)")
        #expect(!fallback.stdout.contains("\n   fr-FR: "), "\(fallback.stdout)")
        let json = try CLI.run(["query", sentence, "--from", "en", "--to", "fr-FR", "--format", "json"], memory: memory).json()
        #expect(json["to"] as? String == "fr-FR")
        let match = try #require((json["matches"] as? [[String: Any]])?.first)
        #expect(match["targetLocale"] as? String == "fr-BE")
        #expect(match["sourceLocale"] as? String == "en")

        let exact = try CLI.run(["query", sentence, "--from", "en", "--to", "fr-BE", "--format", "json"], memory: memory).json()
        #expect(exact["notes"] == nil)
    }

    /// Nineteenth trial, finding 11 (the query's part): a post that opens with an emoji is one sentence, though
    /// the segmentation rules may cut the emoji off as a piece of its own; a post of two sentences still gets
    /// the note.
    @Test("an emoji before a post's sentence is no sentence of its own: no \"2 sentences\" note")
    func openingEmojiIsNoSentence() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = scratch.appendingPathComponent("posts")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "---\ntitle: Posts\n---\n\n👩🏽‍💻 Our helpline is open today until 8 p.m.\n\n🚨🚨 FAKE ITSME MESSAGES! Never confirm a login you did not start.\n"
            .write(to: folder.appendingPathComponent("en.md"), atomically: true, encoding: .utf8)
        try "---\ntitle: Berichten\n---\n\n👩🏽‍💻 Onze hulplijn is vandaag open tot 20 uur.\n\n🚨🚨 VALSE ITSME-BERICHTEN! Bevestig nooit een aanmelding die je niet zelf hebt gestart.\n"
            .write(to: folder.appendingPathComponent("nl-BE.md"), atomically: true, encoding: .utf8)
        let memory = scratch.appendingPathComponent("tm.sqlite")
        #expect(try CLI.run(["import", folder.path], memory: memory).status == 0)
        let post = try CLI.run(["query", "👩🏽‍💻 Our helpline is open today until 8 p.m.", "--from", "en", "--to", "nl-BE", "--format", "json"],
                               memory: memory).json()
        #expect(post["notes"] == nil, "\(post)")
        #expect(((post["matches"] as? [[String: Any]])?.first?["score"] as? Double ?? 0) >= 99)
        let two = try CLI.run(["query", "🚨🚨 FAKE ITSME MESSAGES! Never confirm a login you did not start today.", "--from", "en", "--to", "nl-BE"],
                              memory: memory)
        #expect(two.stdout.hasPrefix("note: the query holds 2 sentences"), "\(two.stdout)")
    }
}

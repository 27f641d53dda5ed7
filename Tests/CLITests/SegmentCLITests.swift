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

    /// Writes `files` (path → text) under a fresh scratch folder.
    static func scratch(_ files: [String: String]) throws -> URL {
        let folder = try CLI.scratch()
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    @Test("without --locale, the locale comes from the file's declaration, then its name, then its folder; the text says from where",
          arguments: [
            // A bare language is kept as written and segmented with the rules of the locale that serves it.
            ("page.html", "<!DOCTYPE html>\n<html lang=\"fr\">\n<body><p>Le 1<sup>er</sup> mars, M. Dupont est là. Il pleut.</p></body></html>\n",
             "fr", "declaration", "locale fr (from <html lang=\"fr\"> on line 2; rules of Locales/fr-BE)", 2),
            ("page.xhtml", "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"nl-BE\"><body><p>Dit is een zin. En nog een.</p></body></html>\n",
             "nl-BE", "declaration", "locale nl-BE (from <html xml:lang=\"nl-BE\"> on line 2)", 2),
            ("story.md", "---\ntitle: Titel\nlang: nl-BE\n---\nDit is een zin. En nog een.\n",
             "nl-BE", "declaration", "locale nl-BE (from front matter lang: nl-BE on line 3)", 2),
            // The declaration wins over the name.
            ("fr-BE.html", "<html lang=\"en\"><body><p>Hello there. Bye.</p></body></html>",
             "en", "declaration", "locale en (from <html lang=\"en\"> on line 1)", 2),
            ("fr-BE.html", "<html><body><p>Bonjour. Au revoir.</p></body></html>",
             "fr-BE", "fileName", "locale fr-BE (from the file name fr-BE.html)", 2),
            ("article.nl-BE.md", "Dit is een zin. En nog een.\n", "nl-BE", "fileName", "locale nl-BE (from the file name article.nl-BE.md)", 2),
            ("nl_BE.md", "Dit is een zin. En nog een.\n", "nl-BE", "fileName", "locale nl-BE (from the file name nl_BE.md)", 2),
            ("youth-pledge-2020/fr-BE/article.md", "Une phrase. Une autre.\n", "fr-BE", "folderName", "locale fr-BE (from the folder name fr-BE)", 2),
            // A declaration that is not a tag is passed over, and said so.
            ("en.html", "<html lang=\"english\"><body><p>Hello there. Bye.</p></body></html>",
             "en", "fileName", "locale en (from the file name en.html; the file's <html lang=\"english\"> is not a BCP 47 tag)", 2),
          ])
    func inferredLocale(path: String, text: String, locale: String, kind: String, header: String, sentences: Int) throws {
        let folder = try Self.scratch([path: text])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["segment", path], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix(header + "\n\n["), "\(result.stdout)")
        let json = try CLI.run(["segment", path, "--format", "json"], in: folder).json()
        #expect(json["locale"] as? String == locale)
        #expect((json["localeSource"] as? [String: Any])?["kind"] as? String == kind)
        let blocks = json["blocks"] as? [[String: Any]] ?? []
        #expect(blocks.last.map { ($0["segments"] as? [Any])?.count } == sentences)
    }

    @Test("--locale wins over what the file says, and the text has no locale line")
    func optionWins() throws {
        let folder = try Self.scratch(["fr-BE.html": "<html lang=\"fr-BE\"><body><p>Hallo. Tot ziens.</p></body></html>"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["segment", "fr-BE.html", "--locale", "nl-BE"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("[0 paragraph]\n"))
        let json = try CLI.run(["segment", "fr-BE.html", "--locale", "nl-BE", "--format", "json"], in: folder).json()
        #expect(json["locale"] as? String == "nl-BE")
        #expect((json["localeSource"] as? [String: Any])?["kind"] as? String == "option")
    }

    @Test("a file that says nothing of its locale is bad input naming the file and the three ways to give it")
    func noLocale() throws {
        let folder = try Self.scratch(["notes.txt": "Hello there. Bye.\n", "story.md": "---\ntitle: Hi\n---\nHello.\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in ["notes.txt", "story.md"] {
            let result = try CLI.run(["segment", file], in: folder)
            #expect(result.status == 2)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.hasPrefix("error: \(file): no locale"), "\(result.stderr)")
            for way in ["--locale", "<html lang=", "front matter lang:", "article.nl-BE.md", "nl-BE/article.md"] {
                #expect(result.stderr.contains(way), "\(way)")
            }
        }
    }

    @Test("an inferred locale without rules keeps the shared check: exit code 2, saying where it came from",
          arguments: [("de.html", "<html><body><p>Hallo Welt.</p></body></html>", "from the file name de.html"),
                      ("page.html", "<html lang=\"de-BE\"><body><p>Hallo Welt.</p></body></html>", "from <html lang=\"de-BE\"> on line 1")])
    func unknownInferred(path: String, text: String, from: String) throws {
        let folder = try Self.scratch([path: text])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["segment", path], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown locale '"), "\(result.stderr)")
        #expect(result.stderr.contains(from), "\(result.stderr)")
        #expect(result.stderr.contains("Locales/ has rules for en, fr-BE, nl-BE"))
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

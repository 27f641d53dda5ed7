import Foundation
import Testing

/// Social posts and newsletter items as articles (session 19, articles19; `Tests/Fixtures/articles/social19`):
/// segment, align and publish as a user runs them, and what the bundle keeps.
@Suite("social posts and newsletter items: segment, align, publish (process)")
struct SocialPostsCLITests {
    static let folder = CLI.repository.appendingPathComponent("Tests/Fixtures/articles/social19")

    /// The emoji sequences of a text (Characters holding a scalar of U+2000 or above that is no letter).
    static func emoji(_ text: String) -> [String] {
        text.filter { $0.unicodeScalars.contains { $0.value >= 0x2000 && $0.properties.isEmoji } && !$0.isLetter }.map(String.init)
    }

    /// The flag and the hashtags, the handles and the ZWJ family after a question were segments of their own,
    /// the same in all three languages (rule 5c).
    @Test("align pairs every post's sentences one to one, its closing tags with its last sentence")
    func beads() throws {
        let run = try CLI.run(["align", Self.folder.appendingPathComponent("posts-week-6").path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try run.json()
        let segments = try #require(json["segments"] as? [String: [String]])
        #expect(segments["en"]?.contains("Proud of you! 🇧🇪 #Digiwijs #SID2026") == true, "\(segments)")
        #expect(segments["fr-BE"]?.contains("Nouvel épisode de notre podcast 🎧 disponible : que partagent les ados en ligne ? @LucaArts @IBM 👨‍👩‍👧‍👦") == true, "\(segments)")
        #expect(segments["nl-BE"]?.count == 16)
        let beads = (json["beads"] as? [[String: Any]] ?? []).map { $0["segments"] as? [String: [Int]] ?? [:] }
        #expect(beads.count == 16)
        for (index, bead) in beads.enumerated() {
            #expect(bead == ["en": [index], "nl-BE": [index], "fr-BE": [index]], "bead \(index): \(bead)")
        }
        // No segment is only tags or emoji: each has a word.
        for texts in segments.values {
            for text in texts { #expect(text.split(separator: " ").contains { !$0.hasPrefix("#") && !$0.hasPrefix("@") && $0.contains(where: \.isLetter) }, "\(text)") }
        }
    }

    @Test("align's side-by-side view keeps its columns straight with emoji")
    func sideBySide() throws {
        let run = try CLI.run(["align", Self.folder.appendingPathComponent("posts-week-6").path, "--width", "110"])
        #expect(run.status == 0, "\(run.stderr)")
        // Every row's separators stand in the same terminal columns (an emoji takes two).
        func columns(_ line: Substring) -> [Int] {
            var column = 0
            var bars: [Int] = []
            for character in line {
                if character == "│" { bars.append(column) }
                let first = character.unicodeScalars.first!
                column += first.properties.isEmojiPresentation || character.unicodeScalars.contains("\u{FE0F}") ? 2 : 1
            }
            return bars
        }
        let rows = run.stdout.split(separator: "\n").filter { $0.contains("│") }
        let expected = columns(rows[0])
        #expect(expected.count == 2)
        for row in rows { #expect(columns(row) == expected, "\(row)") }
    }

    /// The bundle of a list of posts: the `---` between posts kept, every emoji sequence intact, the
    /// addresses' tracking parameters written as they are, the hashtags and handles as text of the units.
    @Test("publish keeps the posts' breaks, emoji, hashtags, handles and addresses")
    func bundle() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let run = try CLI.run(["publish", Self.folder.appendingPathComponent("posts-week-6").path,
                               Self.folder.appendingPathComponent("scam-alert").path, "--to", "nl-BE,fr-BE", "--out", "b"],
                              in: scratch, memory: scratch.appendingPathComponent("m.tm"))
        #expect(run.status == 0, "\(run.stderr)")
        for locale in ["nl-BE", "fr-BE"] {
            let source = try String(contentsOf: Self.folder.appendingPathComponent("posts-week-6/\(locale).md"), encoding: .utf8)
            let bundle = scratch.appendingPathComponent("b/posts-week-6/\(locale)")
            let markdown = try String(contentsOf: bundle.appendingPathComponent("article.md"), encoding: .utf8)
            #expect(Self.emoji(markdown) == Self.emoji(source), "\(markdown)")
            #expect(markdown.components(separatedBy: "\n\n---\n\n").count == 6, "five breaks between six posts: \(markdown)")
            #expect(markdown.contains("utm_source=twitter&utm_medium=social&utm_campaign=sid2026"), "\(markdown)")
            let page = try String(contentsOf: bundle.appendingPathComponent("article.html"), encoding: .utf8)
            #expect(page.components(separatedBy: "<hr>").count == 6, "\(page)")
            let xliff = try String(contentsOf: bundle.appendingPathComponent("article.xlf"), encoding: .utf8)
            #expect(xliff.contains("<source>Proud of you! 🇧🇪 #Digiwijs #SID2026</source>"), "\(xliff)")
            #expect(xliff.contains("@LucaArts @IBM 👨‍👩‍👧‍👦</source>"), "\(xliff)")
            #expect(!xliff.contains("<source>🇧🇪") && !xliff.contains("<source>@"), "\(xliff)")
        }
        let alert = try String(contentsOf: scratch.appendingPathComponent("b/scam-alert/fr-BE/article.md"), encoding: .utf8)
        #expect(!alert.contains("## "), "one-line posts are no headings: \(alert)")
        // (fr-BE typography puts a narrow no-break space before "!".)
        #expect(alert.contains("De faux messages itsme circulent 🚨 Ne scannez PAS le code QR\u{202F}! #phishing #itsme\n"), "\(alert)")
    }

    /// The blocks of `segment --format json` as (kind, segment texts).
    static func blocks(_ file: URL) throws -> [(kind: String, segments: [String])] {
        let run = try CLI.run(["segment", file.path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        return (try run.json()["blocks"] as? [[String: Any]] ?? []).map { block in
            (block["kind"] as? String ?? "", ((block["segments"] as? [[String: Any]]) ?? []).map { $0["text"] as? String ?? "" })
        }
    }

    static let trial = CLI.repository.appendingPathComponent("Tests/Fixtures/articles/trial19")

    /// Nineteenth trial, finding 1: a Mailchimp campaign of 62 words was read as `*|MC:SUBJECT|*` and its
    /// preview text: the template table, under 100 words with its footer inside, was dropped as the footer.
    @Test("a short Mailchimp campaign is read whole; only its footer cell is chrome")
    func shortCampaign() throws {
        for locale in ["en", "nl-BE", "fr-BE"] {
            let blocks = try Self.blocks(Self.trial.appendingPathComponent("newsletter-april/\(locale).html"))
            let texts = blocks.flatMap(\.segments)
            #expect(blocks.first?.kind == "title", "\(blocks)")
            #expect(!texts.contains { $0.contains("MC:SUBJECT") || $0.contains("Copyright") || $0.lowercased().contains("unsubscribe") }, "\(texts)")
            #expect(texts.count >= 7, "\(texts)")
        }
        let english = try Self.blocks(Self.trial.appendingPathComponent("newsletter-april/en.html")).flatMap(\.segments)
        #expect(english.first == "🚨 Three scams you will see this month", "\(english)")
        #expect(english.contains("Fake parking fines are back.") && english.contains("Nobody pays you for liking videos."), "\(english)")
        #expect(english.contains("Read all alerts"), "\(english)")
    }

    /// Nineteenth trial, finding 2: posts pasted as plain text were the title and headings, never cut.
    @Test("plain-text posts that end in hashtags, handles, addresses or emoji are paragraphs cut into sentences")
    func plainTextPosts() throws {
        let blocks = try Self.blocks(Self.trial.appendingPathComponent("posts-week10/en.txt"))
        #expect(blocks.allSatisfy { $0.kind == "paragraph" }, "\(blocks)")
        #expect(blocks.first?.segments == ["⚠️ NEW SCAM!", "Fake bpost texts are going around again.",
                                           "Don't click the link 👉 report it to suspect@safeonweb.be #phishing #bpost"], "\(blocks)")
        #expect(blocks[2].segments == ["Thanks @ChildFocus and @Safeonweb for the webinar! 🙌🏾", "Watch it again: https://youtu.be/abc123XYZ?t=42"], "\(blocks)")
    }
}

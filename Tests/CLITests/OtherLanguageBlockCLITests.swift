import Foundation
import Testing

/// Ninth trial, finding 6, through `publish` on a real article folder: an English tweet embedded in all three
/// versions of an article (`<blockquote lang="en">`). In the nl-BE and fr-BE pages it is a block in another
/// language: kept as written with its `lang`, not offered for translation, not typeset, no QA finding, and
/// the sentences around it still align to their own translations.
@Suite("A block in another language than its page through publish (process)")
struct OtherLanguageBlockCLITests {
    static let tweet = """
    <blockquote class="twitter-tweet" lang="en"><p>My son said "no phones at night" and he didn't complain!</p><p>— Child Focus (@childfocus) <a href="https://example.org/status/7">March 3, 2026</a></p></blockquote>
    """

    static func page(_ lang: String, title: String, before: String, after: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(lang)"><head><title>\(title)</title></head>
        <body><article>
        <h1>\(title)</h1>
        <p>\(before)</p>
        \(tweet)
        <p>\(after)</p>
        </article></body></html>

        """
    }

    static func folder(in scratch: URL) throws -> URL {
        let folder = scratch.appendingPathComponent("screens-at-night")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let versions = [
            ("en", "Screens at night", "Parents worry about phones in the bedroom.",
             "The helpline answers questions about sleep and screens every weekday."),
            ("nl-BE", "Schermen 's nachts", "Ouders maken zich zorgen over telefoons in de slaapkamer.",
             "De hulplijn beantwoordt elke weekdag vragen over slaap en schermen."),
            ("fr-BE", "Les écrans la nuit", "Les parents s'inquiètent des téléphones dans la chambre.",
             "La ligne d'aide répond chaque jour de la semaine aux questions sur le sommeil et les écrans."),
        ]
        for (lang, title, before, after) in versions {
            try page(lang, title: title, before: before, after: after)
                .write(to: folder.appendingPathComponent("\(lang).html"), atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test("publish: the tweet keeps its lang and text in the fr-BE source's bundle, no unit, no finding; the beads around it hold")
    func tweetInAllVersions() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = try Self.folder(in: scratch)
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let out = scratch.appendingPathComponent("out")
        let published = try CLI.run(["publish", folder.path, "--to", "nl-BE,fr-BE", "--out", out.path], memory: memory)
        #expect(published.status == 0, "\(published.stderr)")
        #expect(!published.stderr.contains("reads as"), "\(published.stderr)")

        // The beads around the tweet: the paragraphs before and after it are pre-translated with their own
        // versions' sentences (the tweet in the nl-BE and fr-BE pages has no segment to shift them).
        let nl = try String(contentsOf: out.appendingPathComponent("screens-at-night/nl-BE/article.html"), encoding: .utf8)
        #expect(nl.contains("<p>Ouders maken zich zorgen over telefoons in de slaapkamer.</p>"), "\(nl)")
        #expect(nl.contains("<p>De hulplijn beantwoordt elke weekdag vragen over slaap en schermen.</p>"), "\(nl)")
        let fr = try String(contentsOf: out.appendingPathComponent("screens-at-night/fr-BE/article.html"), encoding: .utf8)
        #expect(fr.contains("La ligne d’aide répond chaque jour de la semaine aux questions sur le sommeil et les écrans."), "\(fr)")

        // From the fr-BE version, the tweet is a block in another language: copied as written with its lang.
        let fromFrench = scratch.appendingPathComponent("from-fr")
        let exported = try CLI.run(["export", folder.path, "--source", "fr-BE", "--to", "nl-BE", "--out", fromFrench.path], memory: memory)
        #expect(exported.status == 0, "\(exported.stderr)")
        let bundle = fromFrench.appendingPathComponent("screens-at-night/nl-BE")
        let page = try String(contentsOf: bundle.appendingPathComponent("article.html"), encoding: .utf8)
        #expect(page.contains("<p lang=\"en\">My son said &quot;no phones at night&quot; and he didn't complain!</p>")
                || page.contains("<p lang=\"en\">My son said \"no phones at night\" and he didn't complain!</p>"), "\(page)")
        #expect(!page.contains("“no phones") && !page.contains("didn’t"), "nl-BE typography reached the English tweet: \(page)")
        #expect(page.contains("<p>De hulplijn beantwoordt elke weekdag vragen over slaap en schermen.</p>"), "\(page)")
        let xliff = try String(contentsOf: bundle.appendingPathComponent("article.xlf"), encoding: .utf8)
        #expect(!xliff.contains("My son said") && !xliff.contains("Child Focus"), "the tweet was offered for translation: \(xliff)")
        #expect(xliff.contains("La ligne d"), "\(xliff.prefix(400))")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: bundle.appendingPathComponent("report.json"))) as? [String: Any])
        let rules = (report["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        #expect(!rules.contains("untranslated") && !rules.contains("wrong-language"), "\(rules)")
        let markdown = try String(contentsOf: bundle.appendingPathComponent("article.md"), encoding: .utf8)
        #expect(markdown.contains("<p lang=\"en\">My son said"), "\(markdown)")
    }
}

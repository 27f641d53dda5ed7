import Foundation
import Testing

/// Twelfth trial, findings 1 and 5, through `publish` on article folders written for the test: an image whose
/// alt text has no translation, and a WordPress Buttons block.
@Suite("Article findings of the twelfth trial through publish (process)")
struct ArticleReaderTrialTwelveCLITests {
    static func publish(_ files: [String: String], folder name: String, to locale: String) throws -> (scratch: URL, bundle: URL) {
        let scratch = try CLI.scratch()
        let folder = scratch.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (file, text) in files { try text.write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8) }
        let out = scratch.appendingPathComponent("out")
        let result = try CLI.run(["publish", folder.path, "--to", locale, "--out", out.path, "--tm", scratch.appendingPathComponent("t.tm").path])
        #expect(result.status == 0, "\(result.stderr)")
        return (scratch, out.appendingPathComponent(name).appendingPathComponent(locale))
    }

    /// Finding 1: the fr-BE version's image has no alt text, so the English alt has no translation; the page
    /// showed it as visible text in a `<span lang="en">` next to an `<img alt="">`. It stays the alt.
    @Test("an untranslated alt text stays in the alt attribute (finding 1)")
    func untranslatedAlt() throws {
        let image = "<figure><img src=\"https://example.be/fake-sms.jpg\" alt=\"%@\"></figure>"
        let en = "<html lang=\"en\"><body><h1>Fake messages about school trips</h1><p>Parents receive a text message about an unpaid school trip.</p>"
            + image.replacingOccurrences(of: "%@", with: "Screenshot of a fake text message about an unpaid school trip") + "</body></html>"
        let fr = "<html lang=\"fr-BE\"><body><h1>De faux messages sur les excursions scolaires</h1><p>Des parents reçoivent un SMS au sujet d'une excursion scolaire impayée.</p>"
            + image.replacingOccurrences(of: "%@", with: "") + "</body></html>"
        let (scratch, bundle) = try Self.publish(["en.html": en, "fr-BE.html": fr], folder: "alt-missing", to: "fr-BE")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let page = try String(contentsOf: bundle.appendingPathComponent("article.html"), encoding: .utf8)
        #expect(page.contains("alt=\"Screenshot of a fake text message about an unpaid school trip\""), "\(page)")
        #expect(!page.contains(">Screenshot of a fake"), "the alt is no page text: \(page)")
        #expect(!page.contains("alt=\"\""), "\(page)")
    }

    /// Finding 5: a WordPress Buttons block, the post's call to action, was dropped as a bar of links: the
    /// translated page had no buttons and no unit offered them.
    @Test("a WordPress Buttons block is content (finding 5)")
    func wordPressButtons() throws {
        func page(_ lang: String, _ title: String, _ text: String, _ report: String, _ chat: String) -> String {
            """
            <html lang="\(lang)"><body>
            <!-- wp:heading {"level":1} --><h1 class="wp-block-heading">\(title)</h1><!-- /wp:heading -->
            <!-- wp:paragraph --><p>\(text)</p><!-- /wp:paragraph -->
            <!-- wp:buttons --><div class="wp-block-buttons"><!-- wp:button -->
            <div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="https://example.be/\(lang)/report">\(report)</a></div>
            <!-- /wp:button --><!-- wp:button {"className":"is-style-outline"} -->
            <div class="wp-block-button is-style-outline"><a class="wp-block-button__link wp-element-button" href="https://example.be/\(lang)/chat">\(chat)</a></div>
            <!-- /wp:button --></div><!-- /wp:buttons -->
            </body></html>
            """
        }
        let en = page("en", "Fake school messages target parents", "Did you receive a suspicious message? Do not click the link.",
                      "Report a suspicious message", "Chat with the helpline")
        let nl = page("nl-BE", "Valse schoolberichten viseren ouders", "Kreeg je een verdacht bericht? Klik niet op de link.",
                      "Meld een verdacht bericht", "Chat met de hulplijn")
        let (scratch, bundle) = try Self.publish(["en.html": en, "nl-BE.html": nl], folder: "wp-buttons", to: "nl-BE")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let html = try String(contentsOf: bundle.appendingPathComponent("article.html"), encoding: .utf8)
        #expect(html.contains(">Meld een verdacht bericht</a>"), "\(html)")
        #expect(html.contains(">Chat met de hulplijn</a>"), "\(html)")
        let xliff = try String(contentsOf: bundle.appendingPathComponent("article.xlf"), encoding: .utf8)
        #expect(xliff.contains("Report a suspicious message"))
    }
}

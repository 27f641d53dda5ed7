import Foundation
import Testing

/// Fifteenth trial, finding 19: a Hugo site translated by content directory (`content/en/news/x.md` beside
/// `content/nl/news/x.md`) could be neither imported nor published: `import content`, `import
/// content/en/news` and `publish content/en/news/x.md …` all stopped with exit 2.
@Suite("multilingual sites by content directory and by file name (process)")
struct SiteLayoutCLITests {
    /// The trial's site: two articles, one in three languages and one in two.
    static func site(in scratch: URL) throws -> URL {
        let files = [
            "content/en/news/flood-warning.md": "---\ntitle: \"Flood warning for the Demer\"\nlang: en\n---\n\nThe Flemish Environment Agency has issued an orange flood warning for the Demer basin.\n\nThe city hands out free sandbags at the municipal depot. Bring your identity card.\n",
            "content/nl/news/flood-warning.md": "---\ntitle: \"Overstromingswaarschuwing voor de Demer\"\nlang: nl-BE\n---\n\nDe Vlaamse Milieumaatschappij heeft een oranje overstromingswaarschuwing afgekondigd voor het Demerbekken.\n\nDe stad deelt gratis zandzakjes uit aan de stedelijke werkplaats. Breng je identiteitskaart mee.\n",
            "content/fr/news/flood-warning.md": "---\ntitle: \"Alerte aux inondations pour le Demer\"\nlang: fr-BE\n---\n\nLa Société flamande de l'environnement a émis une alerte orange aux inondations pour le bassin du Demer.\n\nLa ville distribue gratuitement des sacs de sable au dépôt communal. Munissez-vous de votre carte d'identité.\n",
            "content/en/news/cyber-tips-schools.md": "---\ntitle: \"Cybersecurity: ten tips for schools\"\nlang: en\n---\n\nSchools are a favourite target of hackers.\n\nBring your identity card.\n",
            "content/nl/news/cyber-tips-schools.md": "---\ntitle: \"Cyberveiligheid: tien tips voor scholen\"\nlang: nl-BE\n---\n\nScholen zijn een geliefd doelwit van hackers.\n\nBreng je identiteitskaart mee.\n",
        ]
        for (path, text) in files {
            let url = scratch.appendingPathComponent("site/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return scratch.appendingPathComponent("site/content")
    }

    @Test("import takes the site, a folder inside a language folder, or one file; the locales are the files' own")
    func importSite() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let content = try Self.site(in: scratch)
        let memory = scratch.appendingPathComponent("t.tm")
        let whole = try CLI.run(["import", content.path], in: scratch, memory: memory)
        #expect(whole.status == 0, "\(whole.stderr)")
        #expect(whole.stderr.contains("note: site/content: a site translated by content directory (en, fr, nl): 2 articles"), "\(whole.stderr)")
        #expect(whole.stdout.contains("cyber-tips-schools: 3 units read: 3 added"), "\(whole.stdout)")
        #expect(whole.stdout.contains("flood-warning: 4 units read: 4 added"), "\(whole.stdout)")
        // Again, by a folder inside a language folder and by two files of one article: the same article, once, unchanged.
        let part = try CLI.run(["import", "site/content/en/news"], in: scratch, memory: memory)
        #expect(part.status == 0, "\(part.stderr)")
        #expect(part.stdout.contains("flood-warning: 4 units read: 0 added, 0 updated, 4 unchanged"), "\(part.stdout)")
        let files = try CLI.run(["import", "site/content/en/news/flood-warning.md", "site/content/nl/news/flood-warning.md"], in: scratch, memory: memory)
        #expect(files.status == 0, "\(files.stderr)")
        #expect(files.stdout.split(separator: "\n").count == 1, "\(files.stdout)")
        // `lang: nl-BE` in content/nl/… is the variant's locale, not the folder's `nl`.
        let stats = try CLI.run(["tm", "stats"], in: scratch, memory: memory)
        #expect(stats.stdout.contains("variants: en 7, fr-BE 4, nl-BE 7"), "\(stats.stdout)")
    }

    @Test("publish writes each target's article.md where the site expects it, with the site's name for the language")
    func publishSite() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        _ = try Self.site(in: scratch)
        let memory = scratch.appendingPathComponent("t.tm")
        let result = try CLI.run(["publish", "site/content", "--to", "nl-BE,fr-BE", "--out", "out"], in: scratch, memory: memory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("wrote out/cyber-tips-schools/fr-BE: "), "\(result.stdout)")
        #expect(result.stdout.contains("  site: out/site/content/fr/news/cyber-tips-schools.md"), "\(result.stdout)")
        #expect(result.stdout.contains("  site: out/site/content/nl/news/flood-warning.md"), "\(result.stdout)")
        let written = scratch.appendingPathComponent("out/site/content/fr/news/cyber-tips-schools.md")
        let page = try String(contentsOf: written, encoding: .utf8)
        let bundle = try String(contentsOf: scratch.appendingPathComponent("out/cyber-tips-schools/fr-BE/article.md"), encoding: .utf8)
        #expect(page == bundle)
        // The sentence the memory holds in French is pre-translated there.
        #expect(page.contains("Munissez-vous de votre carte d’identité."), "\(page)")
        let json = try CLI.run(["export", "site/content/en/news/flood-warning.md", "--to", "fr-BE", "--out", "out2", "--format", "json"], in: scratch, memory: memory)
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stdout.contains("\"siteFile\""), "\(json.stdout.prefix(600))")
        // A version the site already has keeps its own path, even when Hugo's translationKey paired it under another name.
        let keyed = scratch.appendingPathComponent("site/content/fr/nouvelles/ecoles.md")
        try FileManager.default.createDirectory(at: keyed.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("---\ntitle: \"Cybersécurité : dix conseils pour les écoles\"\nlang: fr-BE\ntranslationKey: tips\n---\n\nLes écoles sont une cible de choix des pirates.\n\nMunissez-vous de votre carte d'identité.\n".utf8).write(to: keyed)
        for locale in ["en", "nl"] {
            let file = scratch.appendingPathComponent("site/content/\(locale)/news/cyber-tips-schools.md")
            let text = try String(contentsOf: file, encoding: .utf8)
            try text.replacingOccurrences(of: "\n---\n\n", with: "\ntranslationKey: tips\n---\n\n").write(to: file, atomically: true, encoding: .utf8)
        }
        let again = try CLI.run(["publish", "site/content", "--to", "fr-BE", "--out", "out"], in: scratch, memory: memory)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("wrote out/tips/fr-BE: "), "\(again.stdout)")
        #expect(again.stdout.contains("  site: out/site/content/fr/nouvelles/ecoles.md"), "\(again.stdout)")
    }

    @Test("a folder of <name>.<locale> files of several pages is imported page by page")
    func fileNameSite() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let news = scratch.appendingPathComponent("news")
        try FileManager.default.createDirectory(at: news, withIntermediateDirectories: true)
        let files = [
            "flood.en.md": "# Flood warning\n\nThe city hands out free sandbags.\n",
            "flood.nl.md": "# Overstromingswaarschuwing\n\nDe stad deelt gratis zandzakjes uit.\n",
            "tips.en.md": "# Tips\n\nSchools are a favourite target of hackers.\n",
            "tips.fr.md": "# Conseils\n\nLes écoles sont une cible de choix des pirates.\n",
        ]
        for (name, text) in files { try Data(text.utf8).write(to: news.appendingPathComponent(name)) }
        let memory = scratch.appendingPathComponent("t.tm")
        let result = try CLI.run(["import", "news"], in: scratch, memory: memory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("flood: 2 units read: 2 added"), "\(result.stdout)")
        #expect(result.stdout.contains("tips: 2 units read: 2 added"), "\(result.stdout)")
        let published = try CLI.run(["publish", "news/tips.en.md", "--to", "nl-BE", "--out", "out"], in: scratch, memory: memory)
        #expect(published.status == 0, "\(published.stderr)")
        #expect(published.stdout.contains("  site: out/site/news/tips.nl.md"), "\(published.stdout)")
    }
}

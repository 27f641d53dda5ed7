import Articles
import Foundation
import TaalgrensCore

extension Workspace {
    /// The paths a command was given, with each multilingual site (``Articles/SiteLayout``) replaced by its
    /// articles: a site folder (`content`, holding `en/`, `nl/`, …), a folder inside one of its language
    /// folders (`content/en/news`), or a folder of `<name>.<locale>` files of several names stands for one
    /// file per article (its `en` version, else its first); a file of a site stands for its article's
    /// representative, so `content/en/news/x.md content/nl/news/x.md` is one article, once. Any other path
    /// stands for itself, in the order given.
    /// - Throws: ``InputError`` from ``Articles/SiteLayout`` (two files of one article in a language folder,
    ///   two versions of one locale, a malformed front matter).
    /// - Complexity: one walk of each site's tree, plus one front-matter read per Markdown file naming
    ///   `translationKey`.
    func expandingSites(_ urls: [URL]) throws -> [URL] {
        var out: [URL] = []
        var seen: Set<String> = []
        for url in urls {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { out.append(url); continue }
            var members: [SiteLayout.Member] = []
            if isDirectory.boolValue {
                if (try? ArticleFolder(url)) == nil, let found = try SiteLayout.members(in: url), !found.isEmpty {
                    members = found
                    let form = found[0].placement.form == .contentDirectory ? "by content directory" : "by file name"
                    let locales = Set(found.flatMap { $0.placement.languageNames.values }).sorted().joined(separator: ", ")
                    logger.notice("note: \(DisplayPath.relative(url.path)): a site translated \(form) (\(locales)): \(counted(found.count, "article"))")
                }
            } else if ArticleFormat(fileExtension: url.pathExtension) != nil, let member = try SiteLayout.member(containing: url) {
                members = [member]
            }
            if members.isEmpty { out.append(url); continue }
            for member in members where seen.insert(member.representative.path).inserted { out.append(member.representative) }
        }
        return out
    }

    /// Writes the target version of a site article where the site expects it: the bundle's `article.md`
    /// copied to `<output>/site/<path>` (``Articles/SitePlacement/path(for:)``: `site/content/fr/news/x.md`),
    /// so that copying `<output>/site/` over the site's folder publishes the translations. Only Markdown
    /// sites: a bundle's `article.html` is a page of its own, not a generator's page.
    /// - Parameters:
    ///   - folder: the article (a site file, ``Articles/ArticleFolder/site``); other articles get nothing.
    ///   - summaries: the bundles just written for it.
    ///   - output: the `--out` folder.
    /// - Returns: `summaries` with ``BundleSummary/siteFile`` set where a copy was written.
    /// - Throws: ``TaalgrensKitError`` when the copy cannot be written.
    func placeInSite(_ folder: URL, _ summaries: [BundleSummary], output: URL) throws -> [BundleSummary] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let site = try ArticleFolder(folder).site,
              ArticleFormat(fileExtension: site.pathExtension) == .markdown else { return summaries }
        return try summaries.map { summary in
            var summary = summary
            let source = URL(fileURLWithPath: summary.path).appendingPathComponent("article.md")
            guard FileManager.default.fileExists(atPath: source.path) else { return summary }
            let target = output.appendingPathComponent("site").appendingPathComponent(site.path(for: summary.targetLocale))
            do {
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                let data = try Data(contentsOf: source)
                try data.write(to: target, options: .atomic)
            } catch {
                throw TaalgrensKitError("cannot write the site's copy of the bundle: \(TaalgrensKitError.systemReason(error))", file: target.path, exitCode: TaalgrensKitError.failure)
            }
            summary.siteFile = target.path
            return summary
        }
    }
}

import Foundation

/// Feeds and exports that hold articles but are no article file (twelfth trial, finding 10): WordPress's
/// "Tools › Export" file (WXR, an RSS 2.0 document with a `wp:` namespace and a `<content:encoded>` per post),
/// an RSS 2.0 feed and an Atom feed. They hold many posts of one language, where an article folder holds one
/// article in several languages, so they are not read; the commands that meet one say what it is and what to
/// do, instead of "expected an article file ending in .md, …" or "a .xml file".
public enum FeedFile {
    /// What the file at `url` is, with its number of posts ("a WordPress export (WXR) with 2 posts and 1 page",
    /// "an RSS feed with 5 items", "an Atom feed with 3 entries"), or `nil` when it is none of those (or
    /// cannot be read). Reads at most ``ArticleReader/maximumFileSize`` bytes.
    /// - Complexity: O(n) in the size of the file.
    public static func describe(_ url: URL) -> String? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: ArticleReader.maximumFileSize) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        let head = text.prefix(4096)
        if head.contains("<rss") {
            if text.contains("xmlns:wp=\"http://wordpress.org/export/") {
                func count(_ type: String) -> Int {
                    text.matches(of: try! Regex("<wp:post_type>(<!\\[CDATA\\[)?\(type)(\\]\\]>)?</wp:post_type>")).count
                }
                let posts = count("post"), pages = count("page")
                var what = "\(posts) post\(posts == 1 ? "" : "s")"
                if pages > 0 { what += " and \(pages) page\(pages == 1 ? "" : "s")" }
                return "a WordPress export (WXR) with \(what)"
            }
            let items = text.matches(of: /<item[\s>]/).count
            return "an RSS feed with \(items) item\(items == 1 ? "" : "s")"
        }
        if head.contains("<feed"), head.contains("http://www.w3.org/2005/Atom") {
            let entries = text.matches(of: /<entry[\s>]/).count
            return "an Atom feed with \(entries) entr\(entries == 1 ? "y" : "ies")"
        }
        return nil
    }

    /// What to do with a feed's posts.
    public static let advice = "an article is read from an article folder holding one file per language: save each post's HTML "
        + "(its <content:encoded>, or an Atom entry's <content type=\"html\">) as en.html, nl-BE.html, fr-BE.html in a folder "
        + "named after the article, and segment, import or publish that folder"
}

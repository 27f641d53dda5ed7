import Foundation
import TaalgrensCore

/// Where one article of a multilingual site lives, and where a translation of it goes: the facts
/// ``SiteLayout`` found, kept on the ``ArticleFolder`` it made.
public struct SitePlacement: Hashable, Sendable {
    /// How the site keeps its languages apart.
    public enum Form: String, Hashable, Sendable {
        /// One folder per language, the same tree below each (`content/en/news/x.md`, `content/nl/news/x.md`:
        /// Hugo's `contentDir` per language, Eleventy's `src/en/…`, Jekyll sites with `en/` and `fr/`).
        case contentDirectory
        /// The language in the file name, beside each other (`x.en.md`, `x.nl.md`: Hugo's translation by
        /// file name).
        case fileName
    }
    /// The form.
    public var form: Form
    /// The folder holding the language folders (`content`), or the folder holding the `<name>.<locale>` files.
    public var root: URL
    /// The name the site gives each language it holds, by the locale that name reads as (`nl` → `"nl"`,
    /// `nl-BE` → `"nl-BE"`): the language folders' names, or the file-name suffixes.
    public var languageNames: [LanguageTag: String]
    /// The source version's path below its language folder (`news/x.md`), or its page name (`x`).
    public var sourcePath: String
    /// The source version's extension (`md`).
    public var pathExtension: String
    /// The path of each version the site has, relative to the site's parent folder (`content/fr/actualites/y.md`):
    /// a translation paired by Hugo's `translationKey` may have a name of its own.
    public var versionPaths: [LanguageTag: String] = [:]

    /// The path, relative to the site's parent folder, at which the site expects the version for `target`:
    /// the path of the version it has for that locale (``versionPaths``), else `content/fr/news/x.md`, or
    /// `news/x.fr.md`, from the source's path. The site's own name for the language is used when it
    /// has one that fits (exactly, else by language: `fr` serves `fr-BE`, ``LanguageTag/bestMatch(in:)``),
    /// else the tag itself (`de`).
    public func path(for target: LanguageTag) -> String {
        if let have = target.bestMatch(in: Array(versionPaths.keys)), let path = versionPaths[have] { return path }
        let name = target.bestMatch(in: Array(languageNames.keys)).flatMap { languageNames[$0] } ?? target.identifier
        switch form {
        case .contentDirectory:
            return [root.lastPathComponent, name, sourcePath].joined(separator: "/")
        case .fileName:
            return root.lastPathComponent + "/" + sourcePath + "." + name + "." + pathExtension
        }
    }
}

/// Multilingual sites as static-site generators lay them out, read as article folders. Two forms (Hugo,
/// "Multilingual mode", "Translation by content directory" and "Translation by file name"):
///
/// - **By content directory**: a folder holds one folder per language whose name is a locale with a
///   two-letter language (`en`, `nl`, `fr-BE`, `nl_BE`; a three-letter language only with a region), each
///   holding the same tree of article files. The versions of one article are the files with the same path
///   below their language folder, extension aside (`en/news/x.md`, `nl/news/x.html`), unless a Markdown
///   file's front matter gives `translationKey` (Hugo): files with the same key are versions of one article,
///   and a file's key replaces its path (Hugo links translations this way).
/// - **By file name**: `<name>.<locale>.<ext>` files side by side (`x.en.md`, `x.nl.md`, `y.en.md`); the
///   versions of one article share the folder and the name.
///
/// A version's locale is the language folder's or suffix's name, unless the file declares a locale of the
/// same language (`lang: nl-BE` in `content/nl/…`): sites name their folders by language and their pages by
/// locale. The article id is the version's front matter `id`, else `translationKey`, else the source file's
/// name (its folder's for `index` and `_index`, Hugo's page bundles and section pages).
///
/// Hidden files and folders, `README*` files and bundle folders (`manifest.json` beside `article.xlf`) are
/// passed over.
public enum SiteLayout {
    /// One article of a site: its versions and where they are.
    public struct Member: Sendable {
        /// The default article id (the front matter's `id` still wins, ``ArticleFolder``).
        public var id: String
        /// The file of each version.
        public var versions: [LanguageTag: URL]
        /// The file that stands for the article on a command line: the `en` version, else the first by locale.
        public var representative: URL
        /// Where the versions are.
        public var placement: SitePlacement
    }

    /// A language folder of a site by content directory.
    struct LanguageRoot {
        var name: String
        var tag: LanguageTag
        var url: URL
    }

    /// The locale a language folder's name gives: a locale name (``ArticleLocale/localeName(_:)``) whose
    /// language has two letters, or which has a region (`fil-PH`); `nil` for other names. The restriction
    /// keeps folders such as `src`, `img` or `api` (three-letter ISO 639-3 codes) out.
    static func rootLocale(_ name: String) -> LanguageTag? {
        guard let tag = ArticleLocale.localeName(name) else { return nil }
        return tag.language.count == 2 || tag.region != nil ? tag : nil
    }

    /// The article files below `folder`, recursively, sorted by path: article-format files that are not
    /// hidden, not `README*`, not inside a hidden folder or a bundle.
    /// - Complexity: O(n) in the entries of the tree.
    static func articleFiles(under folder: URL, first: Bool = false) -> [URL] {
        let fm = FileManager.default
        guard let walker = fm.enumerator(at: folder, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles]) else { return [] }
        var out: [URL] = []
        for case let url as URL in walker {
            let isDirectory = (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) ?? false
            if isDirectory {
                if fm.fileExists(atPath: url.appendingPathComponent("manifest.json").path),
                   fm.fileExists(atPath: url.appendingPathComponent("article.xlf").path) { walker.skipDescendants() }
                continue
            }
            guard ArticleFormat(fileExtension: url.pathExtension) != nil,
                  !url.deletingPathExtension().lastPathComponent.uppercased().hasPrefix("README") else { continue }
            out.append(url.standardizedFileURL)
            if first { break }
        }
        return out.sorted { $0.path < $1.path }
    }

    /// The language folders of `folder`: sub-folders named by a locale (``rootLocale(_:)``) that hold
    /// article files below them and are neither article folders (files named by a locale alone, `en.md`)
    /// nor bundles. Sorted by name.
    static func languageRoots(of folder: URL) -> [LanguageRoot] {
        guard let walks else { return listLanguageRoots(of: folder) }
        return walks.remembered(\.roots, folder.standardizedFileURL.path) { listLanguageRoots(of: folder) }
    }

    /// ``languageRoots(of:)`` without the command's cache.
    static func listLanguageRoots(of folder: URL) -> [LanguageRoot] {
        let fm = FileManager.default
        let names = ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        return names.compactMap { name -> LanguageRoot? in
            guard let tag = rootLocale(name) else { return nil }
            let url = folder.appendingPathComponent(name).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue,
                  !fm.fileExists(atPath: url.appendingPathComponent("article.xlf").path) else { return nil }
            let inside = ((try? fm.contentsOfDirectory(atPath: url.path)) ?? [])
            if inside.contains(where: { ArticleFormat(fileExtension: ($0 as NSString).pathExtension) != nil
                && ArticleFolder.versionName(($0 as NSString).deletingPathExtension)?.name == "" }) { return nil }
            guard !articleFiles(under: url, first: true).isEmpty else { return nil }
            return LanguageRoot(name: name, tag: tag, url: url)
        }
    }

    /// The language folder holding `url` (a file or a folder inside it, or the folder itself) and the site
    /// folder above it, or `nil` when no ancestor is a language folder of its parent.
    static func enclosingRoot(of url: URL) -> (site: URL, root: LanguageRoot)? {
        var current = url.standardizedFileURL
        while current.pathComponents.count > 1 {
            let parent = current.deletingLastPathComponent()
            if rootLocale(current.lastPathComponent) != nil,
               let root = languageRoots(of: parent).first(where: { $0.url.path == current.path }) {
                return (parent, root)
            }
            current = parent
        }
        return nil
    }

    /// The article `file` belongs to, when it is a version in a site (either form); `nil` for a file that is
    /// in no site layout (the caller then says what it expected).
    /// - Throws: ``InputError`` when a language folder holds two files for one article, two versions give one
    ///   locale, or a front matter is malformed.
    public static func member(containing file: URL) throws -> Member? {
        let file = file.standardizedFileURL
        guard ArticleFormat(fileExtension: file.pathExtension) != nil else { return nil }
        if let (site, _) = enclosingRoot(of: file.deletingLastPathComponent()) {
            return try contentDirectoryMembers(site: site) { entries in entries.contains { $0.path == file.path } }.first
        }
        let base = file.deletingPathExtension().lastPathComponent
        guard let (name, _) = ArticleFolder.versionName(base), !name.isEmpty else { return nil }
        return try fileNameMembers(in: file.deletingLastPathComponent()).first { $0.placement.sourcePath == name }
    }

    /// The articles of a site folder, one file each (``Member/representative``), in path order; `nil` when
    /// `folder` is no site: a folder holding language folders (the whole site), a folder inside a language
    /// folder (the articles whose version there lies below it), or a tree whose folders hold
    /// `<name>.<locale>` files of at least two names in one folder.
    /// - Throws: ``InputError`` as ``member(containing:)`` does.
    public static func members(in folder: URL) throws -> [Member]? {
        let folder = folder.standardizedFileURL
        if languageRoots(of: folder).isEmpty == false {
            return try contentDirectoryMembers(site: folder) { _ in true }
        }
        if let (site, _) = enclosingRoot(of: folder) {
            return try contentDirectoryMembers(site: site) { entries in entries.contains { $0.path.hasPrefix(folder.path + "/") } }
        }
        var folders: [URL: Set<String>] = [:]
        for file in articleFiles(under: folder) {
            guard let (name, _) = ArticleFolder.versionName(file.deletingPathExtension().lastPathComponent), !name.isEmpty else { continue }
            folders[file.deletingLastPathComponent(), default: []].insert(name)
        }
        guard folders.values.contains(where: { $0.count >= 2 }) else { return nil }
        return try folders.keys.sorted { $0.path < $1.path }.flatMap { try fileNameMembers(in: $0) }
    }

    /// One article's files in a site by content directory: the key that pairs them (`path:news/x`,
    /// `key:<translationKey>`) and each file with its language folder, in the order of the folders.
    struct Group {
        var key: String
        var entries: [(root: LanguageRoot, file: URL)]
    }

    /// What one walk of a site by content directory found: its language folders and its articles' files.
    struct ContentWalk {
        var roots: [LanguageRoot]
        var groups: [Group]
    }

    /// Walks the language folders of `site` and groups their files by article (path below the folder, or
    /// `translationKey`). Done once per command within ``walkingOnce(_:)``.
    /// - Throws: ``InputError`` when a language folder holds two files of one article or a front matter is
    ///   malformed.
    /// - Complexity: O(n) in the site's entries, plus one read of the first 8 KiB of each Markdown file.
    static func contentWalk(site: URL) throws -> ContentWalk {
        guard let walks else { return try walkContent(site: site) }
        return try walks.remembered(\.content, site.standardizedFileURL.path) { Result { try walkContent(site: site) } }.get()
    }

    /// ``contentWalk(site:)`` without the command's cache.
    static func walkContent(site: URL) throws -> ContentWalk {
        walks?.countWalk()
        let roots = languageRoots(of: site)
        var groups: [String: [(root: LanguageRoot, file: URL)]] = [:]
        var order: [String] = []
        for root in roots {
            let prefix = root.url.path + "/"
            var seen: [String: URL] = [:]
            for file in articleFiles(under: root.url) {
                let relative = String(file.path.dropFirst(prefix.count))
                let key = try translationKey(of: file).map { "key:" + $0 } ?? "path:" + (relative as NSString).deletingPathExtension
                if let other = seen.updateValue(file, forKey: key) {
                    throw InputError(file: file.path, "two files of one article in the language folder \(root.name): \(other.lastPathComponent) and \(file.lastPathComponent) (\(key.hasPrefix("key:") ? "the same translationKey" : "the same path but for the extension")); keep one")
                }
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append((root, file))
            }
        }
        return ContentWalk(roots: roots, groups: order.map { Group(key: $0, entries: groups[$0]!) })
    }

    /// The articles of a site by content directory whose language folders are in `site`, those whose files
    /// `include` accepts. Only their files' locales are read (``ArticleLocale/versionLocale(of:named:)``).
    static func contentDirectoryMembers(site: URL, include: ([URL]) -> Bool) throws -> [Member] {
        let walk = try contentWalk(site: site)
        return try walk.groups.filter { include($0.entries.map(\.file)) }.map { group in
            guard let walks else { return try contentDirectoryMember(group, roots: walk.roots, site: site) }
            return try walks.remembered(\.members, site.standardizedFileURL.path + "\u{0}" + group.key) {
                Result { try contentDirectoryMember(group, roots: walk.roots, site: site) }
            }.get()
        }
    }

    /// The article of one group of files of a site by content directory, with each version's locale.
    /// - Throws: ``InputError`` when two versions give one locale or a front matter is malformed.
    static func contentDirectoryMember(_ group: Group, roots: [LanguageRoot], site: URL) throws -> Member {
        let key = group.key, entries = group.entries
        var versions: [LanguageTag: URL] = [:]
        var names: [LanguageTag: String] = [:]
        for root in roots { names[root.tag] = root.name }
        for entry in entries {
            let locale = try ArticleLocale.versionLocale(of: entry.file, named: entry.root.tag)
            if let other = versions.updateValue(entry.file, forKey: locale) {
                throw InputError(file: entry.file.path, "two versions for locale \(locale): \(other.path) and \(entry.file.path); keep one, or declare each file's own locale (lang:)")
            }
            names[locale] = entry.root.name
        }
        let source = entries.first { $0.root.tag.language == "en" } ?? entries[0]
        let relative = String(source.file.path.dropFirst(source.root.url.path.count + 1))
        var placement = SitePlacement(form: .contentDirectory, root: site, languageNames: names,
                                      sourcePath: relative, pathExtension: source.file.pathExtension)
        let parent = site.deletingLastPathComponent().path + "/"
        placement.versionPaths = versions.mapValues { String($0.path.dropFirst(parent.count)) }
        let id = key.hasPrefix("key:") ? String(key.dropFirst(4)) : pageName(of: source.file, stem: source.file.deletingPathExtension().lastPathComponent, top: source.root.url)
        return Member(id: id, versions: versions, representative: source.file, placement: placement)
    }

    /// The articles of one folder of `<name>.<locale>` files, by name.
    static func fileNameMembers(in folder: URL) throws -> [Member] {
        guard let walks else { return try listFileNameMembers(in: folder) }
        return try walks.remembered(\.fileNames, folder.standardizedFileURL.path) { Result { try listFileNameMembers(in: folder) } }.get()
    }

    /// ``fileNameMembers(in:)`` without the command's cache.
    static func listFileNameMembers(in folder: URL) throws -> [Member] {
        walks?.countWalk()
        let fm = FileManager.default
        let names = ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        var groups: [String: [(tag: LanguageTag, suffix: String, file: URL)]] = [:]
        for name in names {
            let file = folder.appendingPathComponent(name).standardizedFileURL
            guard ArticleFormat(fileExtension: file.pathExtension) != nil else { continue }
            let base = file.deletingPathExtension().lastPathComponent
            guard let (page, tag) = ArticleFolder.versionName(base), !page.isEmpty else { continue }
            groups[page, default: []].append((tag, String(base.dropFirst(page.count + 1)), file))
        }
        // The folder's names for its languages, for the pages that lack one (`tips.en.md` beside `flood.nl.md`).
        var folderNames: [LanguageTag: String] = [:]
        for entry in groups.values.joined() { folderNames[entry.tag] = entry.suffix }
        var members: [Member] = []
        for page in groups.keys.sorted() {
            let entries = groups[page]!
            var versions: [LanguageTag: URL] = [:]
            var languageNames = folderNames
            for entry in entries {
                let locale = try ArticleLocale.versionLocale(of: entry.file, named: entry.tag)
                if let other = versions.updateValue(entry.file, forKey: locale) {
                    throw InputError(file: entry.file.path, "two files for locale \(locale): \(other.lastPathComponent) and \(entry.file.lastPathComponent); keep one")
                }
                languageNames[entry.tag] = entry.suffix
                languageNames[locale] = entry.suffix
            }
            let source = entries.first { $0.tag.language == "en" } ?? entries[0]
            var placement = SitePlacement(form: .fileName, root: folder, languageNames: languageNames,
                                          sourcePath: page, pathExtension: source.file.pathExtension)
            placement.versionPaths = versions.mapValues { folder.lastPathComponent + "/" + $0.lastPathComponent }
            let id = try translationKey(of: source.file) ?? pageName(of: source.file, stem: page, top: nil)
            members.append(Member(id: id, versions: versions, representative: source.file, placement: placement))
        }
        return members
    }

    /// An article's name from its file: `stem`, or the folder's name for `index` and `_index` (a page bundle,
    /// a section page), or, for such a file directly in the language folder `top`, the site's folder name.
    static func pageName(of file: URL, stem: String, top: URL?) -> String {
        guard stem == "index" || stem == "_index" else { return stem }
        let folder = file.deletingLastPathComponent()
        if let top, folder.path == top.path { return top.deletingLastPathComponent().lastPathComponent }
        return folder.lastPathComponent
    }

    /// The Markdown front matter's `translationKey` of `file`, or `nil` (no front matter, no key, not
    /// Markdown). Only files whose first 8 KiB name the key are parsed; results are kept per path, size and
    /// modification date for the process, since every version of a site is read once per article.
    static func translationKey(of file: URL) throws -> String? {
        guard ArticleFormat(fileExtension: file.pathExtension) == .markdown else { return nil }
        let values = try? file.resourceValues(forKeys: [.fileSizeKey, .contentModificationDateKey])
        let stamp = "\(file.path)|\(values?.fileSize ?? -1)|\(values?.contentModificationDate?.timeIntervalSince1970 ?? 0)"
        if let cached = keyCache.value(stamp) { return cached.key }
        var key: String?
        if let handle = FileHandle(forReadingAtPath: file.path) {
            let head = (try? handle.read(upToCount: 8192)) ?? Data()
            try? handle.close()
            if String(decoding: head, as: UTF8.self).contains("translationKey") {
                let text = try InputText.decode(ArticleReader.contents(of: file), file: file.path).text
                key = try MarkdownReader.frontMatter(of: text, file: file.path).metadata["translationKey"]?
                    .trimmingCharacters(in: .whitespaces)
                if key?.isEmpty == true { key = nil }
            }
        }
        keyCache.store(stamp, KeyEntry(key: key))
        return key
    }

    struct KeyEntry: Sendable { var key: String? }

    /// A lock-guarded dictionary, for ``translationKey(of:)``'s cache.
    final class Cache<Value: Sendable>: @unchecked Sendable {
        private var values: [String: Value] = [:]
        private let lock = NSLock()
        func value(_ key: String) -> Value? { lock.lock(); defer { lock.unlock() }; return values[key] }
        func store(_ key: String, _ value: Value) { lock.lock(); values[key] = value; lock.unlock() }
    }

    static let keyCache = Cache<KeyEntry>()
}

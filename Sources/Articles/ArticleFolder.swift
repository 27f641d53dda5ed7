import Foundation
import TaalgrensCore

/// An article folder: one file per language version, named by its BCP 47 tag (`en.md`, `nl-BE.md`,
/// `fr.txt`, `nl.html`), or by one shared name and the tag (`index.en.md`, `index.nl.md`, `index.fr.md`:
/// a Hugo page bundle, "Multilingual mode", translation by file name; also `article.nl-BE.html`).
///
/// Rules (also in `docs/articles.md`):
/// - Files whose extension is not an article format (images, `.json`, …), hidden files and sub-folders
///   are ignored, and so are article-format files whose name starts with `README` (any case).
/// - An article-format file is a version when it is named by a well-formed BCP 47 tag whose language
///   subtag is an ISO 639 code, or `<name>.<locale>` where the part after the last dot is a locale name
///   (``ArticleLocale/localeName(_:)``); all versions of a folder use one of the two forms, and with the
///   second all share one `<name>`. Two files for the same locale (`nl-BE.md` and `nl_BE.html`) are an error.
/// - When no file is named so, the folder is one of titles (seventeenth trial, finding 11): a file whose name
///   ends in a language marker (``ArticleLocale/titleMarker(_:)``: `Persbericht nieuwe wet NL.htm`,
///   `Communiqué (FR).htm`, `press_release_en-GB.md`) is the version of that language, and a file without one
///   that declares its language (``ArticleLocale/declaration(in:)``: `<html lang>`, Word's `<span lang>` on most
///   of the text, front matter `lang:`) is the version of the language it declares.
/// - A version whose name gives a language without a region is stored under the region the file declares
///   for that language (``ArticleLocale/versionLocale(of:named:)``: `NL.htm` saying `<html lang="nl-BE">` is
///   `nl-BE`), unless another version holds that locale.
/// - Another article-format file is a side file (`SOURCE.txt`, `LICENSE.txt`, `NOTES.md`, `draft.md`),
///   passed over and listed in ``ignoredFiles``, unless its name looks like a version's that went wrong
///   (``looksLikeVersionName(_:)``: `zz.html`, `nl-BE.old.md`, `english.txt`), which is an error: a
///   version dropped without a word would be a language missing from every bundle.
/// - The article id is the folder's name, unless a Markdown version's front matter gives `id`; versions
///   that give different ids are an error.
public struct ArticleFolder: Sendable {
    /// The folder.
    public let url: URL
    /// The article id: the folder's name, or the `id` the front matter of the Markdown versions gives.
    public var id: String
    /// The file of each language version.
    public var versions: [LanguageTag: URL]
    /// Article-format files of the folder that are not versions and were passed over (side files such as
    /// `SOURCE.txt` or `NOTES.md`; not `README*`, images or hidden files), sorted by name. A command says
    /// it ignored them.
    public var ignoredFiles: [URL] = []
    /// Where the versions are when the article is part of a multilingual site (``SiteLayout``) and `url` is
    /// one of its files; `nil` for an article folder.
    public var site: SitePlacement?

    /// What an interchange file is, by its extension, for a message to a command that reads article folders:
    /// "an XLIFF file" (`.xlf`, `.xliff`, `.xlf2` and the CAT tools' own: `.sdlxliff`, `.mqxliff`, `.mxliff`,
    /// `.txlf`), "a TMX file", "a Wordfast TXML file"; `nil` for any other file.
    static func interchangeKind(of url: URL) -> String? {
        switch url.pathExtension.lowercased() {
        case "xlf", "xliff", "xlf2", "sdlxliff", "mqxliff", "mxliff", "txlf": "an XLIFF file"
        case "tmx": "a TMX file"
        case "txml": "a Wordfast TXML file"
        default: nil
        }
    }

    /// Lists the language versions of an article folder, or of the site article a file belongs to (`url` one
    /// version of it, ``SiteLayout/member(containing:)``: its translations are where the site keeps them).
    /// - Throws: ``InputError`` when `url` is a file in no site layout, when it is not a folder or cannot be listed, when it holds no language
    ///   file, when a file name is not a BCP 47 tag nor `<name>.<locale>`, when the files mix the two forms
    ///   or two names, when two files are for one locale, and when the
    ///   front matter of a version is malformed or the versions disagree on `id`.
    /// - Complexity: O(f) in the number of files, plus reading the front matter of Markdown versions.
    public init(_ url: URL) throws {
        self.url = url
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(file: path, "no such folder: expected an article folder holding en.md, nl-BE.md, …")
        }
        guard isDirectory.boolValue else {
            // A version of an article in a multilingual site (`content/en/news/x.md`, `x.en.md`): the article
            // is that file and its translations where the site keeps them.
            if let member = try SiteLayout.member(containing: url) {
                self.versions = member.versions
                self.site = member.placement
                self.id = Article.normalizedID(try Self.frontMatterID(of: member.versions) ?? member.id)
                return
            }
            if let kind = Self.interchangeKind(of: url) {
                // Nineteenth trial, finding 5: a WPML job handed to export or analyze was "a file", no more.
                throw InputError(file: path, "expected an article folder holding one file per language (en.md, nl-BE.md, …), found \(kind): "
                    + "the commands that read articles (export, publish, analyze, align) take article folders, and another tool's file "
                    + "(a WPML, Polylang Pro or Drupal TMGMT job, a CAT tool's XLIFF) cannot be filled from the memory yet; translate it in its tool, "
                    + "then store its translations with taalgrens import \(url.lastPathComponent) (check takes it as it is)")
            }
            throw InputError(file: path, "expected an article folder holding one file per language (en.md, nl-BE.md, …), found a file")
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
        } catch {
            throw InputError(file: path, "cannot list the article folder: \(error.localizedDescription)")
        }
        var versions: [LanguageTag: URL] = [:]
        // The shared name of `<name>.<locale>` files ("" for files named by the locale alone), and the first
        // file that gave it.
        var form: (name: String, file: String)?
        var unnamed: [(base: String, file: URL)] = []
        for name in names where !name.hasPrefix(".") {
            let file = url.appendingPathComponent(name)
            var isSubfolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: file.path, isDirectory: &isSubfolder)
            if isSubfolder.boolValue { continue }
            guard ArticleFormat(fileExtension: file.pathExtension) != nil else { continue }
            let base = file.deletingPathExtension().lastPathComponent
            if base.uppercased().hasPrefix("README") { continue }
            guard let (shared, tag) = Self.versionName(base) else {
                unnamed.append((base, file))
                continue
            }
            if let form, form.name != shared {
                let describe = { (n: String, f: String) in n.isEmpty ? "\(f) is named by its locale alone" : "\(f) is page \"\(n)\"" }
                throw InputError(file: file.path, "\(describe(shared, name)) but \(describe(form.name, form.file)): the versions of one article share one name, either the locale alone (en.md, nl-BE.md, …) or one page name and the locale (index.en.md, index.nl-BE.md, …)")
            }
            form = form ?? (shared, name)
            if let other = versions[tag] {
                throw InputError(file: file.path, "two files for locale \(tag): \(other.lastPathComponent) and \(name); keep one")
            }
            versions[tag] = file
        }
        // A folder of titles (seventeenth trial, finding 11): when no file is named by its locale, a file whose
        // name ends in a language marker ("Persbericht nieuwe wet NL.htm"), else one that declares its language
        // (`<html lang="nl-BE">`, front matter `lang: nl-BE`), is the version of that language.
        if versions.isEmpty {
            var found: [(tag: LanguageTag, file: URL)] = []
            for entry in unnamed {
                if let tag = ArticleLocale.titleMarker(entry.base) { found.append((try ArticleLocale.versionLocale(of: entry.file, named: tag), entry.file)) }
            }
            let marked = found.count
            for entry in unnamed where !found.contains(where: { $0.file == entry.file }) {
                guard ArticleFormat(fileExtension: entry.file.pathExtension) != .text,
                      let declared = (try? ArticleLocale.declaration(in: entry.file))?.locale else { continue }
                found.append((declared, entry.file))
            }
            for (index, (tag, file)) in found.enumerated() {
                // A file that only declares its language, beside one named for that language, is a second
                // version of it (`Persbericht NL.htm` and `Persbericht oud.htm` both in Dutch).
                let other = versions[tag] ?? (index >= marked ? versions.first(where: { $0.key.language == tag.language })?.value : nil)
                if let other {
                    throw InputError(file: file.path, "two files for locale \(tag): \(other.lastPathComponent) and \(file.lastPathComponent); keep one")
                }
                versions[tag] = file
            }
            unnamed.removeAll { entry in found.contains { $0.file == entry.file } }
        }
        // A name without a region takes the region the file declares for that language (`NL.htm` declaring
        // `nl-BE` is nl-BE), unless another version already holds that locale.
        for (tag, file) in versions where tag.region == nil {
            let declared = try ArticleLocale.versionLocale(of: file, named: tag)
            guard declared != tag, versions[declared] == nil else { continue }
            versions[tag] = nil
            versions[declared] = file
        }
        // Side files (session 11): a name that is no attempt at a locale is passed over with a note.
        let sideFiles = unnamed.filter { entry in
            !Self.looksLikeVersionName(entry.base) && !(form.map { !$0.name.isEmpty && $0.name == entry.base } ?? false)
        }.map(\.file)
        unnamed.removeAll { sideFiles.contains($0.file) }
        if let first = unnamed.first {
            let ext = first.file.pathExtension
            if let form, !form.name.isEmpty, first.base == form.name {
                throw InputError(file: first.file.path, "expected the locale in the file name, as in \(form.file): rename \(first.file.lastPathComponent) to \(form.name).<locale>.\(ext) (\(form.name).en.\(ext), \(form.name).nl-BE.\(ext), …)")
            }
            throw InputError(file: first.file.path, "expected the file name to be a BCP 47 language tag such as en, nl-BE or fr-BE, or a page name and the tag such as index.nl-BE, found \"\(first.base)\": rename it after its locale (\(Self.example(form, ext)))")
        }
        guard !versions.isEmpty else {
            // A folder of memories or termbases given where an article folder was expected (eleventh trial,
            // finding 15): name what it holds and how to pass it.
            var exchange = names.filter { !$0.hasPrefix(".") && Self.exchangeExtensions.contains(Self.exchangeExtension(of: $0)) }
            if exchange.isEmpty {
                // One level down (twelfth trial, finding 18: an unzipped Trados return package keeps its
                // SDLXLIFF files in a folder per target language, fr-BE/…).
                for sub in names.sorted() where !sub.hasPrefix(".") {
                    var isSub: ObjCBool = false
                    guard FileManager.default.fileExists(atPath: url.appendingPathComponent(sub).path, isDirectory: &isSub), isSub.boolValue,
                          let inner = try? FileManager.default.contentsOfDirectory(atPath: url.appendingPathComponent(sub).path) else { continue }
                    exchange += inner.sorted().filter { !$0.hasPrefix(".") && Self.exchangeExtensions.contains(Self.exchangeExtension(of: $0)) }
                        .map { sub + "/" + $0 }
                }
            }
            if let first = exchange.first {
                let kinds = Set(exchange.map { Self.exchangeExtension(of: $0) }).sorted()
                let listed = exchange.prefix(3).joined(separator: ", ") + (exchange.count > 3 ? ", …" : "")
                let subfolder = (first as NSString).deletingLastPathComponent
                let pattern = (subfolder.isEmpty ? "" : subfolder + "/") + (kinds.count == 1 ? "*.\(kinds[0])" : "*.\(Self.exchangeExtension(of: first))")
                throw InputError(file: path, "holds \(kinds.map { $0.uppercased() }.joined(separator: " and ")) files (\(listed)), not an article: an article folder holds one file per language (en.md, nl-BE.md, …); to import memories or XLIFF files, pass the files themselves (taalgrens import \((path as NSString).lastPathComponent)/\(pattern))")
            }
            // A feed named like a version (`en.xml`, an RSS or WXR file): say what it is (twelfth trial, finding 10).
            for name in names.sorted() where !name.hasPrefix(".") {
                let file = url.appendingPathComponent(name)
                if ArticleLocale.localeName((name as NSString).deletingPathExtension) != nil, let feed = FeedFile.describe(file) {
                    throw InputError(file: path, "the article folder holds no language file: \(name) is \(feed), not an article file; \(FeedFile.advice)")
                }
            }
            // A folder of article folders, or of bundles, or of one folder per locale (fourteenth trial, finding 12):
            // say what is one level down and how to pass it.
            if let message = Self.describeSubfolders(of: url, names: names) { throw InputError(file: path, message) }
            // Word-processor documents named like versions (`en.docx`, `nl-BE.odt`; fourteenth trial, finding 4).
            let documents = names.sorted().filter { name in
                !name.hasPrefix(".") && ArticleLocale.localeName((name as NSString).deletingPathExtension) != nil
                    && DocumentFile.describe(url.appendingPathComponent(name)) != nil
            }
            if let first = documents.first {
                let kinds = Set(documents.map { DocumentFile.describe(url.appendingPathComponent($0))! }).sorted()
                let listed = documents.prefix(4).joined(separator: ", ") + (documents.count > 4 ? ", …" : "")
                let advice = documents.count == 1 ? DocumentFile.advice : "save each " + DocumentFile.advice.dropFirst("save it ".count)
                throw InputError(file: path, "the article folder holds no language file: \(listed) (\(kinds.joined(separator: ", "))) "
                    + "cannot be read as articles; \(advice) (\(first) → \((first as NSString).deletingPathExtension).htm)")
            }
            throw InputError(file: path, "the article folder holds no language file: expected files such as en.md, nl-BE.md or fr-BE.html, titles ending in their language (Persbericht NL.htm, Communiqué (FR).htm), or files that declare their language (<html lang=\"nl-BE\">, front matter lang: nl-BE)")
        }
        self.versions = versions
        self.ignoredFiles = sideFiles
        self.id = Article.normalizedID(try Self.frontMatterID(of: versions) ?? url.standardizedFileURL.lastPathComponent)
    }

    /// The `id` the front matter of the Markdown versions gives, or `nil`.
    /// - Throws: ``InputError`` for a malformed front matter, or when two versions give different ids.
    static func frontMatterID(of versions: [LanguageTag: URL]) throws -> String? {
        var id: (value: String, file: URL)?
        for tag in versions.keys.sorted() {
            let file = versions[tag]!
            guard ArticleFormat(fileExtension: file.pathExtension) == .markdown else { continue }
            let text = try InputText.decode(ArticleReader.contents(of: file), file: file.path).text
            guard let given = try MarkdownReader.frontMatter(of: text, file: file.path).id else { continue }
            if let id, id.value != given {
                throw InputError(file: file.path, "front matter id \"\(given)\" differs from \"\(id.value)\" in \(id.file.lastPathComponent): the versions of one article share one id")
            }
            id = (given, file)
        }
        return id?.value
    }

    /// Extensions of translation exchange files (memories, bilingual files, termbases) that a user may
    /// give as a folder where an article folder is expected.
    /// What the sub-folders of a folder with no language file hold, when they hold articles: article folders
    /// (`articles/terms-test/en.md`), bundles (`bundles/<article>/<locale>/article.xlf`), or one folder per
    /// locale (`en/index.md`, `nl-BE/index.md`, Docusaurus' and Hugo's layout by content directory); the message
    /// names them and the way to pass them, or `nil`.
    static func describeSubfolders(of url: URL, names: [String]) -> String? {
        let fm = FileManager.default
        func isFolder(_ u: URL) -> Bool { var d: ObjCBool = false; return fm.fileExists(atPath: u.path, isDirectory: &d) && d.boolValue }
        func files(_ u: URL) -> [String] { ((try? fm.contentsOfDirectory(atPath: u.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted() }
        func holdsVersions(_ u: URL) -> Bool {
            files(u).contains { ArticleFormat(fileExtension: ($0 as NSString).pathExtension) != nil && versionName(($0 as NSString).deletingPathExtension) != nil }
        }
        let folders = names.filter { !$0.hasPrefix(".") && isFolder(url.appendingPathComponent($0)) }.sorted()
        guard !folders.isEmpty else { return nil }
        let name = url.lastPathComponent
        let localeFolders = folders.filter { ArticleLocale.localeName($0) != nil && !files(url.appendingPathComponent($0)).isEmpty }
        let bundles = folders.filter { folder in
            files(url.appendingPathComponent(folder)).contains { files(url.appendingPathComponent(folder).appendingPathComponent($0)).contains("article.xlf") }
        }
        let articles = folders.filter { holdsVersions(url.appendingPathComponent($0)) }
        func listed(_ list: [String]) -> String { list.prefix(4).joined(separator: ", ") + (list.count > 4 ? ", …" : "") }
        if !bundles.isEmpty {
            return "the article folder holds no language file: \(name) is a folder of bundles (\(bundles.count) article\(bundles.count == 1 ? "" : "s"): \(listed(bundles))); pass them as \(name)/* (each bundle's returned article.xlf files are read)"
        }
        if localeFolders.count >= 2, articles.isEmpty || localeFolders.count == folders.count {
            return "the article folder holds no language file: it holds one folder per locale (\(listed(localeFolders))); an article folder holds one file per language: put \(localeFolders.map { "\($0)/…" }.prefix(2).joined(separator: ", ") + (localeFolders.count > 2 ? ", …" : "")) side by side as \(localeFolders.prefix(2).map { "\($0).md" }.joined(separator: ", ")), … in one folder"
        }
        if !articles.isEmpty {
            return "the article folder holds no language file: \(name) holds \(articles.count) article folder\(articles.count == 1 ? "" : "s") (\(listed(articles))), not language files; pass \(articles.count == 1 ? "it" : "them") as \(name)/\(articles.count == 1 ? articles[0] : "*")"
        }
        return nil
    }

    static let exchangeExtensions: Set<String> = ["tmx", "xlf", "xliff", "sdlxliff", "mqxliff", "tbx"]

    /// The extension of a file name, lower case, looking through a `.gz` (`memory.tmx.gz` is `tmx`).
    static func exchangeExtension(of name: String) -> String {
        var url = URL(fileURLWithPath: name)
        if url.pathExtension.lowercased() == "gz" { url.deletePathExtension() }
        return url.pathExtension.lowercased()
    }

    /// The shared name and the locale a version's file name (without its extension) gives: `("", nl-BE)`
    /// for `nl-BE`, `("index", nl)` for `index.nl`; `nil` for any other name.
    static func versionName(_ base: String) -> (name: String, locale: LanguageTag)? {
        if let tag = LanguageTag(base), isKnownLanguage(tag.language) { return ("", tag) }
        guard let dot = base.lastIndex(of: "."), dot > base.startIndex,
              let tag = ArticleLocale.localeName(String(base[base.index(after: dot)...])) else { return nil }
        return (String(base[..<dot]), tag)
    }

    /// Whether a file name (without its extension) that is not a version's looks like one that went wrong,
    /// rather than a side file: its first part (up to the first `.`, `-` or `_`) is two or three letters,
    /// like a language subtag (`zz`, `nl-BE.old`, `fra_copy`), or is the name of a language in English,
    /// Dutch, French or that language itself, in any case and with or without accents (`english`,
    /// `Nederlands`, `francais`), as Foundation's locale data names it. `SOURCE`, `LICENSE`, `notes` and
    /// `draft` are side files.
    static func looksLikeVersionName(_ base: String) -> Bool {
        let first = base.split(whereSeparator: { $0 == "." || $0 == "-" || $0 == "_" }).first.map(String.init) ?? base
        if (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) { return true }
        return ArticleLocale.languagesByName[ArticleLocale.folded(first)] != nil
    }

    /// How to name a version (extension `ext`) in a folder whose versions are named `form` (none yet: by the locale).
    static func example(_ form: (name: String, file: String)?, _ ext: String) -> String {
        let prefix = form.map { $0.name.isEmpty ? "" : $0.name + "." } ?? ""
        return "\(prefix)en.\(ext), \(prefix)nl-BE.\(ext), …"
    }

    /// The locales of the versions, sorted by tag.
    public var locales: [LanguageTag] { versions.keys.sorted() }

    /// Reads every version, sorted by locale, each with ``id`` as its article id.
    /// - Throws: ``InputError`` from ``ArticleReader/read(_:locale:articleID:)`` for the first bad file.
    public func read() throws -> [Article] {
        try locales.map { try ArticleReader.read(versions[$0]!, locale: $0, articleID: id) }
    }

    /// Whether `code` is an ISO 639 language code known to Foundation's locale data, or in the BCP 47
    /// reserved range `qaa`–`qtz`.
    static func isKnownLanguage(_ code: String) -> Bool {
        if knownLanguages.contains(code) { return true }
        if code.count == 3, code >= "qaa", code <= "qtz" { return true }
        return false
    }

    private static let knownLanguages: Set<String> = {
        var codes = Set(Locale.LanguageCode.isoLanguageCodes.map(\.identifier))
        for identifier in Locale.availableIdentifiers {
            if let code = identifier.split(whereSeparator: { $0 == "_" || $0 == "-" }).first { codes.insert(String(code)) }
        }
        return codes
    }()
}

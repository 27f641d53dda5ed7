import Foundation
import TaalgrensCore

/// An article folder: one file per language version, named by its BCP 47 tag (`en.md`, `nl-BE.md`,
/// `fr.txt`, `nl.html`), or by one shared name and the tag (`index.en.md`, `index.nl.md`, `index.fr.md`:
/// a Hugo page bundle, "Multilingual mode", translation by file name; also `article.nl-BE.html`).
///
/// Rules (also in `docs/articles.md`):
/// - Files whose extension is not an article format (images, `.json`, …), hidden files and sub-folders
///   are ignored, and so are article-format files whose name starts with `README` (any case).
/// - Every other article-format file must be named by a well-formed BCP 47 tag whose language subtag is
///   an ISO 639 code, or `<name>.<locale>` where the part after the last dot is a locale name
///   (``ArticleLocale/localeName(_:)``); all files of a folder use one of the two forms, and with the
///   second all share one `<name>`. Two files for the same locale (`nl-BE.md` and `nl_BE.html`) are an error.
/// - The article id is the folder's name, unless a Markdown version's front matter gives `id`; versions
///   that give different ids are an error.
public struct ArticleFolder: Sendable {
    /// The folder.
    public let url: URL
    /// The article id: the folder's name, or the `id` the front matter of the Markdown versions gives.
    public var id: String
    /// The file of each language version.
    public var versions: [LanguageTag: URL]

    /// Lists the language versions of an article folder.
    /// - Throws: ``InputError`` when `url` is not a folder or cannot be listed, when it holds no language
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
        if let first = unnamed.first {
            let ext = first.file.pathExtension
            if let form, !form.name.isEmpty, first.base == form.name {
                throw InputError(file: first.file.path, "expected the locale in the file name, as in \(form.file): rename \(first.file.lastPathComponent) to \(form.name).<locale>.\(ext) (\(form.name).en.\(ext), \(form.name).nl-BE.\(ext), …)")
            }
            throw InputError(file: first.file.path, "expected the file name to be a BCP 47 language tag such as en, nl-BE or fr-BE, or a page name and the tag such as index.nl-BE, found \"\(first.base)\": rename it after its locale (\(Self.example(form, ext)))")
        }
        guard !versions.isEmpty else {
            throw InputError(file: path, "the article folder holds no language file: expected files such as en.md, nl-BE.md or fr-BE.html")
        }
        self.versions = versions
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
        self.id = id?.value ?? url.standardizedFileURL.lastPathComponent
    }

    /// The shared name and the locale a version's file name (without its extension) gives: `("", nl-BE)`
    /// for `nl-BE`, `("index", nl)` for `index.nl`; `nil` for any other name.
    static func versionName(_ base: String) -> (name: String, locale: LanguageTag)? {
        if let tag = LanguageTag(base), isKnownLanguage(tag.language) { return ("", tag) }
        guard let dot = base.lastIndex(of: "."), dot > base.startIndex,
              let tag = ArticleLocale.localeName(String(base[base.index(after: dot)...])) else { return nil }
        return (String(base[..<dot]), tag)
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

import Foundation
import Articles
import Bundles
import TaalgrensCore

/// What kind of input a path given to `import` or `check` is, decided once for both: an article folder, a
/// TMX file, or an XLIFF file (by extension, ``xliffExtensions``; the content tells XLIFF 1.2 from 2.x).
enum InputPath: Equatable {
    case articleFolder(URL)
    case tmx(URL)
    case xliff(URL)

    /// File name extensions read as XLIFF (1.2 or 2.x, told apart by the content): the standard ones and
    /// those of tools that write XLIFF 1.2 under their own extension (Trados Studio's `.sdlxliff`, memoQ's
    /// `.mqxliff`, Phrase's `.mxliff`, Wordfast Pro's `.txlf`), compared in lower case.
    static let xliffExtensions: Set<String> = ["xlf", "xliff", "xlf2", "sdlxliff", "mqxliff", "mxliff", "txlf", "txml"]

    /// The kind of `url`.
    /// - Parameter verb: what the command does with it, for the message (`import`, `check`).
    /// - Throws: ``InputError`` naming the path when it does not exist or is a file of another kind.
    init(_ url: URL, verb: String) throws {
        // A PostgreSQL memory given as a path (copying the team's memory to a laptop, ninth trial): the way that
        // works, and never the URL's password.
        let given = url.relativePath
        if let scheme = ["postgres:", "postgresql:"].first(where: { given.lowercased().hasPrefix($0) }) {
            let shown = MemoryLocation.display("postgres://" + given.dropFirst(scheme.count).drop(while: { $0 == "/" }))
            let way = verb == "check" ? "check a memory with `taalgrens check --tm URL`"
                : "to merge or move another memory, write it as TMX (`taalgrens tm export --format tmx --tm URL -o memory.tmx`) and \(verb) that"
            throw InputError(file: shown, "cannot \(verb) a PostgreSQL memory as a path: \(way)")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw InputError(file: url.path, "no such file or folder (expected an article folder, a .tmx or an .xlf file)")
        }
        let ext = url.pathExtension.lowercased()
        if isDirectory.boolValue {
            self = .articleFolder(url)
        } else if ArticleFormat(fileExtension: ext) != nil, try SiteLayout.member(containing: url) != nil {
            // A version of a multilingual site's article (`content/en/news/x.md`): the article it belongs to.
            self = .articleFolder(url)
        } else if ext == "tmx" {
            self = .tmx(url)
        } else if Self.xliffExtensions.contains(ext) {
            self = .xliff(url)
        } else if ext == "xml", let root = Self.rootElement(of: url), ["tmx", "xliff", "txml"].contains(root.lowercased()) {
            // An XML file is what its root element says (sixteenth trial, finding 9: a TXML renamed .xml).
            // Wordfast's TXML is read as the XLIFF it stands for (TXMLReader).
            self = root.lowercased() == "tmx" ? .tmx(url) : .xliff(url)
        } else if ext == "tm" {
            // Another memory: the obvious first try to merge one (eighth trial) gets the way that works.
            let name = url.lastPathComponent, tmx = url.deletingPathExtension().lastPathComponent + ".tmx"
            let way = verb == "check" ? "check a memory with `taalgrens check --tm \(name)`"
                : "to merge another memory, write it as TMX (`taalgrens tm export --format tmx --tm \(name) -o \(tmx)`) and \(verb) that"
            throw InputError(file: url.path, "cannot \(verb) a .tm file (a translation memory) as a path: \(way)")
        } else if let package = Self.toolPackages[ext] {
            throw InputError(file: url.path, Self.packageMessage(url, package: package, verb: verb))
        } else if let message = Self.otherToolFileMessage(url, verb: verb) {
            throw InputError(file: url.path, message)
        } else {
            if let feed = FeedFile.describe(url) {
                throw InputError(file: url.path, "cannot \(verb) \(feed): \(FeedFile.advice)")
            }
            // Every XLIFF extension read (twelfth trial, finding 10: .mxliff and .txlf import but were not named).
            let xliff = ["xlf", "xliff", "sdlxliff", "mqxliff", "mxliff", "txlf", "xlf2", "txml"].map { "." + $0 }.joined(separator: ", ")
            throw InputError(file: url.path, "cannot \(verb) a .\(url.pathExtension) file: expected an article folder, a .tmx or an XLIFF file (\(xliff))")
        }
    }

    /// What a translator sends back instead of the XLIFF itself: a CAT tool's package, a zip holding the
    /// project's XLIFF files (twelfth trial, finding 18: refused as an unknown extension). By extension, in
    /// lower case: Trados Studio's return (`.sdlrpx`) and project (`.sdlppx`) packages, memoQ's zipped
    /// MQXLIFF (`.mqxlz`), handoff (`.mqout`) and delivery (`.mqback`) packages.
    static let toolPackages: [String: String] = [
        "sdlrpx": "a Trados Studio return package", "sdlppx": "a Trados Studio project package",
        "mqxlz": "a memoQ zipped MQXLIFF", "mqout": "a memoQ handoff package", "mqback": "a memoQ delivery package",
    ]

    /// The refusal of a package: what it is, the XLIFF files its zip holds (read from its table of contents),
    /// and the commands that import them.
    /// - Parameter package: what the file is (`a Trados Studio return package`), `nil` for a plain zip archive.
    /// - Parameter readable: the extensions (lower case) of the files inside that the command reads: XLIFF for
    ///   a CAT tool's package, TMX and XLIFF for a plain `.zip`.
    static func packageMessage(_ url: URL, package: String?, verb: String, readable: Set<String> = xliffExtensions) -> String {
        let name = url.lastPathComponent, folder = url.deletingPathExtension().lastPathComponent
        let what = package.map { "\($0), a zip archive" } ?? "a zip archive"
        let kinds = readable.contains("tmx") ? "TMX or XLIFF file" : "XLIFF file"
        guard let paths = ZipListing.filePaths(of: url) else {
            return "cannot \(verb) a .\(url.pathExtension) file: it should be \(what), but it cannot be read as one (a damaged or incomplete download?)"
        }
        let xliff = paths.filter { readable.contains(($0 as NSString).pathExtension.lowercased()) }
        guard let first = xliff.first else {
            return "cannot \(verb) a .\(url.pathExtension) file: \(what), and it holds no \(kinds) (\(paths.prefix(3).joined(separator: ", ")))"
        }
        let listed = xliff.prefix(3).joined(separator: ", ") + (xliff.count > 3 ? ", … \(xliff.count - 3) more" : "")
        let pattern = xliff.count == 1 ? first : ((first as NSString).deletingLastPathComponent as NSString)
            .appendingPathComponent("*." + (first as NSString).pathExtension)
        return "cannot \(verb) a .\(url.pathExtension) file directly: it is \(what) holding \(listed); "
            + "unzip it and \(verb) \(xliff.count == 1 ? "that file" : "those files") (unzip \(name) -d \(folder) && taalgrens \(verb) \(folder)/\(pattern))"
    }

    /// Translation memories and termbases of other tools, and archives, that a migrating user gives first
    /// (thirteenth trial, finding 15), by extension in lower case: what the file is and how to get a file
    /// this command reads. Trados Studio's `.sdltm` (an SQLite database; SDL Trados Studio help,
    /// "Exporting translation memories": Export… writes TMX 1.4b), Trados
    /// 2007's `.tmw`, MultiTerm's
    /// `.sdltb`, spreadsheets (`.xlsx`, `.xls`, `.ods`), a `.zip` (the TMX and XLIFF files inside are named,
    /// from its table of contents), a gzip-compressed `.gz`, and a termbase (`.tbx`, `.tbxm`, MultiTerm's
    /// `.mtf`, a glossary `.csv`/`.tsv`), which goes to `--termbase`.
    /// - Returns: the message, or `nil` for an extension none of these has.
    static func otherToolFileMessage(_ url: URL, verb: String) -> String? {
        let ext = url.pathExtension.lowercased(), name = url.lastPathComponent
        let stem = url.deletingPathExtension().lastPathComponent
        switch ext {
        case "sdltm":
            let sqlite = Self.head(of: url, count: 16) == Data("SQLite format 3\u{0}".utf8)
            return "cannot \(verb) a .sdltm file: it is \(sqlite ? "" : "named as ")a Trados Studio translation memory (an SQLite database of Trados\(sqlite ? "" : ", though its first bytes are not SQLite's")); "
                + "in Trados Studio, open Translation Memories, select the memory and choose Export…, which writes a TMX file, then \(verb) that (taalgrens \(verb) \(stem).tmx)"
        case "tmw":
            return "cannot \(verb) a .tmw file: it is a Trados 2007 Translator's Workbench memory; in Translator's Workbench, File › Export writes it as TMX 1.4, then \(verb) that (taalgrens \(verb) \(stem).tmx)"
        case "sdltb":
            return "cannot \(verb) a .sdltb file: it is a MultiTerm termbase, not a translation memory; in MultiTerm, File › Export writes MultiTerm XML (.xml), which Taalgrens reads as a termbase (--termbase \(stem).xml)"
        case "xlsx", "xlsm", "xls", "ods":
            return "cannot \(verb) a .\(url.pathExtension) file: it is a spreadsheet; \(verb) reads TMX and XLIFF files; if it is a glossary, save it as CSV UTF-8 (Excel: File › Save As › CSV UTF-8; LibreOffice: Text CSV, character set UTF-8) with a header row of language tags and give it as --termbase \(stem).csv"
        case "tbx", "tbxm", "mtf":
            // A termbase given where the memory's files go (fourteenth trial, finding 11).
            return "cannot \(verb) a .\(url.pathExtension) file: it is a termbase (\(ext == "mtf" ? "MultiTerm" : "TBX")), and termbases are not stored "
                + "in the memory; give it as --termbase \(name) to check, export, analyze, publish and terms lookup, or put it in the "
                + "data folder's Glossary/ to use it by default"
        case "csv", "tsv":
            return "cannot \(verb) a .\(url.pathExtension) file: \(verb) reads article folders, TMX and XLIFF files; if it is a glossary "
                + "(a termbase export with a header row of languages, as memoQ, Phrase and spreadsheets write it), give it as "
                + "--termbase \(name) to check, export, analyze, publish and terms lookup; termbases are not stored in the memory"
        case "zip":
            return packageMessage(url, package: nil, verb: verb, readable: xliffExtensions.union(["tmx"]))
        case "gz":
            let inner = (stem as NSString).pathExtension.lowercased()
            let readable = inner == "tmx" || xliffExtensions.contains(inner)
            return "cannot \(verb) a .gz file: it is a gzip-compressed file; decompress it (gunzip -k \(name))"
                + (readable ? " and \(verb) \(stem)" : ", then \(verb) the TMX or XLIFF file it holds")
        default:
            return nil
        }
    }

    /// The local name of the root element of the XML file at `url`, from its first 4,096 bytes (UTF-8, or
    /// UTF-16 with a byte-order mark): the first `<name` after the declaration, comments, processing
    /// instructions and a document type; `nil` when there is none there.
    static func rootElement(of url: URL) -> String? {
        guard let data = head(of: url, count: 4096) else { return nil }
        let text: String
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            text = String(data: data.count % 2 == 0 ? data : data.dropLast(), encoding: .utf16) ?? ""
        } else {
            text = String(decoding: data, as: UTF8.self)
        }
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            guard let first = rest.first else { return nil }
            if rest.hasPrefix("!--") {
                guard let end = rest.range(of: "-->") else { return nil }
                rest = rest[end.upperBound...]
                continue
            }
            if first == "?" || first == "!" { continue }  // the declaration, a doctype: the next "<" after them
            let name = rest.prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
            guard !name.isEmpty else { return nil }
            return String(name.split(separator: ":").last ?? name)
        }
        return nil
    }

    /// The first `count` bytes of the file at `url`, or `nil` when it cannot be read.
    private static func head(of url: URL, count: Int) -> Data? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        return try? handle.read(upToCount: count)
    }

    /// Whether `url` names a file an operating system or an office program keeps beside documents: Windows'
    /// `Thumbs.db`, `ehthumbs.db` and `desktop.ini` (any case), macOS's `.DS_Store` and `._` resource forks,
    /// Office's `~$` owner files and LibreOffice's `.~lock.` files. Such files sit in every shared folder of
    /// articles, so a glob (`publish arts/*`) picks them up; they are never an article or a translation file.
    static func isSystemFile(_ url: URL) -> Bool {
        let name = url.lastPathComponent, lower = name.lowercased()
        return ["thumbs.db", "ehthumbs.db", "desktop.ini", ".ds_store"].contains(lower)
            || name.hasPrefix("._") || name.hasPrefix("~$") || name.hasPrefix(".~lock.")
    }

    /// Whether the path is an article folder.
    var isArticleFolder: Bool {
        if case .articleFolder = self { return true }
        return false
    }
}

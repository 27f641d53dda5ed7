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
    static let xliffExtensions: Set<String> = ["xlf", "xliff", "xlf2", "sdlxliff", "mqxliff", "mxliff", "txlf"]

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
        } else if ext == "tmx" {
            self = .tmx(url)
        } else if Self.xliffExtensions.contains(ext) {
            self = .xliff(url)
        } else if ext == "tm" {
            // Another memory: the obvious first try to merge one (eighth trial) gets the way that works.
            let name = url.lastPathComponent, tmx = url.deletingPathExtension().lastPathComponent + ".tmx"
            let way = verb == "check" ? "check a memory with `taalgrens check --tm \(name)`"
                : "to merge another memory, write it as TMX (`taalgrens tm export --format tmx --tm \(name) -o \(tmx)`) and \(verb) that"
            throw InputError(file: url.path, "cannot \(verb) a .tm file (a translation memory) as a path: \(way)")
        } else if let package = Self.toolPackages[ext] {
            throw InputError(file: url.path, Self.packageMessage(url, package: package, verb: verb))
        } else {
            if let feed = FeedFile.describe(url) {
                throw InputError(file: url.path, "cannot \(verb) \(feed): \(FeedFile.advice)")
            }
            // Every XLIFF extension read (twelfth trial, finding 10: .mxliff and .txlf import but were not named).
            let xliff = ["xlf", "xliff", "sdlxliff", "mqxliff", "mxliff", "txlf", "xlf2"].map { "." + $0 }.joined(separator: ", ")
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
    static func packageMessage(_ url: URL, package: String, verb: String) -> String {
        let name = url.lastPathComponent, folder = url.deletingPathExtension().lastPathComponent
        guard let paths = ZipListing.filePaths(of: url) else {
            return "cannot \(verb) a .\(url.pathExtension) file: it should be \(package), a zip archive, but it cannot be read as one (a damaged or incomplete download?)"
        }
        let xliff = paths.filter { xliffExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
        guard let first = xliff.first else {
            return "cannot \(verb) a .\(url.pathExtension) file: \(package), a zip archive, and it holds no XLIFF file (\(paths.prefix(3).joined(separator: ", ")))"
        }
        let listed = xliff.prefix(3).joined(separator: ", ") + (xliff.count > 3 ? ", … \(xliff.count - 3) more" : "")
        let pattern = xliff.count == 1 ? first : ((first as NSString).deletingLastPathComponent as NSString)
            .appendingPathComponent("*." + (first as NSString).pathExtension)
        return "cannot \(verb) a .\(url.pathExtension) file directly: it is \(package), a zip archive holding \(listed); "
            + "unzip it and \(verb) \(xliff.count == 1 ? "that file" : "those files") (unzip \(name) -d \(folder) && taalgrens \(verb) \(folder)/\(pattern))"
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

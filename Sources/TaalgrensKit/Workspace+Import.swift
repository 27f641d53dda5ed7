import Foundation
import Articles
import Bundles
import Terminology
import Alignment
import Interchange
import TaalgrensCore
import TranslationMemory

/// Where a long import stands, for a progress line (``Workspace/importPaths(_:memory:scope:ledger:progress:)``).
public struct ImportProgress: Sendable, Equatable {
    /// What the import is doing.
    public enum Phase: String, Sendable {
        /// Reading the file: ``done`` units so far, ``total`` unknown.
        case reading
        /// Storing the units in the memory's transaction: ``done`` of ``total``.
        case storing
    }

    /// Reading reports every this many units.
    public static let interval = 1000

    /// The file being imported.
    public var path: String
    /// Reading or storing.
    public var phase: Phase
    /// Units read or stored so far.
    public var done: Int
    /// Units to store (`nil` while reading).
    public var total: Int?

    /// A progress report.
    public init(path: String, phase: Phase, done: Int, total: Int?) {
        self.path = path
        self.phase = phase
        self.done = done
        self.total = total
    }
}

/// What kind of path an import read (JSON: the raw value).
public enum ImportKind: String, Codable, Sendable {
    /// An article folder.
    case article
    /// A TMX file.
    case tmx
    /// An XLIFF file (1.2 or 2.x).
    case xliff
}

/// What one imported path gave.
public struct ImportSummary: Codable, Sendable {
    /// `article`, `tmx` or `xliff`.
    public var kind: ImportKind
    /// The imported folder or file.
    public var path: String
    /// The article id (article folders, Taalgrens bundles' XLIFF) or the scope's name: a TMX file's name,
    /// another XLIFF's document (`original`), or the `--scope` name (``ImportScopeOptions/name``).
    public var origin: String
    /// Units read from the path: `added + updated + unchanged + moved + merged + skipped`.
    public var read: Int
    /// Units that were not in the memory.
    public var added: Int
    /// Units whose translations, status or properties changed.
    public var updated: Int
    /// Units found identical.
    public var unchanged: Int
    /// Units with identical translations whose position in the article changed (a sentence was inserted or
    /// removed before them).
    public var moved: Int
    /// Stored units of a re-imported article that the new version no longer has (not among those read).
    public var removed: Int
    /// Duplicates merged into an existing unit.
    public var merged: Int
    /// Units read but not stored, with the reasons (TMX units with one language, XLIFF segments without a target, …).
    public var skipped: Int
    /// Why units were skipped or changed, one line each, naming the unit or the line of the file.
    public var reasons: [String]
    /// How many reasons a reader counted beyond those listed in ``reasons`` (the TMX reader keeps the first
    /// 1,000 lines; its counts stay complete); `nil` (not encoded) when every reason is listed. Eighteenth
    /// trial, finding 9: a 1,300-unit TMX with 1,250 merged units listed 1,000 reasons and said nothing of the rest.
    public var reasonsOmitted: Int?
    /// For articles: beads that need review; for XLIFF: segments stored as needing review (another tool's
    /// drafts, machine-translation suggestions, copies of the source). Stored, but never leveraged as exact.
    public var needsReview: Int?
    /// For articles: ids of units whose `translated` or `reviewed` translation the folder's different text
    /// replaced (counted as updated; `docs/memory.md`, "Importing translations"). Empty otherwise.
    public var replacedReviewed: [String]
    /// For article folders imported by `publish`: ids of units where the memory's `translated` or `reviewed`
    /// translation (a returned bundle) was kept over the folder's different text for the same source
    /// sentence (``Workspace/publish(folders:request:memory:folderWins:)``); `nil` (not encoded) otherwise.
    public var keptReturned: [String]?
    /// For article folders: ids of the units returned in this article's bundles that held the folder's
    /// own translation of a sentence and were merged into the article's unit (its status kept when it was
    /// a person's; ``Workspace/adoptReturnedTranslations(_:article:source:memoryUnits:)``); `nil` (not encoded) when none.
    public var adoptedReturned: [String]?
    /// For article folders: ids of interchange units (a TMX written by another memory's `tm export`) that held
    /// this article's sentences exactly as the folder gives them and were merged into the article's units
    /// (``Workspace/adoptInterchangeCopies(_:article:source:memoryUnits:excluding:)``); `nil` (not encoded) when none.
    public var adoptedCopies: [String]?
    /// Versions of an article folder, or locales of a TMX or XLIFF file, whose text reads as another
    /// language than their locale (stored all the same; ``Workspace/languageWarnings(_:folder:)``,
    /// ``Workspace/interchangeLanguageWarnings(_:)``), and a bundle XLIFF's target locale taken for the
    /// bundle's; `nil` (not encoded) when there are none.
    public var warnings: [String]?
    /// For TMX and XLIFF files: the locales of stored variants that no `Locales/` folder serves (`de-DE`,
    /// `xx-YY`), sorted; `nil` when there are none. Such variants are kept (a memory is a store, and
    /// `tm export` writes them), but commands that take a locale (`query --to`, `check`, `export`) refuse
    /// it until `Locales/<locale>/` exists (`docs/interchange.md`, "Locales in files"). Encoded in JSON
    /// only when there are some.
    public var undescribedLocales: [String]?
    /// For TMX files whose units are a text's sentences in turn (a document prop on the units or the
    /// header, an aligner's file: `docs/interchange.md`, "Context from the order of the units"): how many
    /// units took their context (for 101 % matches) from the order of the file, and the documents they
    /// belong to, sorted; `nil` (not encoded) when the file tells no order.
    public var contextFromOrder: OrderedContext?

    /// What ``contextFromOrder`` reports. JSON: `{"units": 12, "documents": ["storm.docx"]}`.
    public struct OrderedContext: Codable, Sendable, Equatable {
        /// Units whose source variant took its previous and next sentence from the units around it.
        public var units: Int
        /// The documents those units belong to (a document prop's value, or the file's name for an aligner's
        /// file), sorted.
        public var documents: [String]
    }

    init(kind: ImportKind, path: String, origin: String, counts: ImportCounts, skipped: Int = 0, reasons: [String] = [], needsReview: Int? = nil) {
        self.kind = kind
        self.path = path
        self.origin = origin
        added = counts.added
        updated = counts.updated
        unchanged = counts.unchanged
        moved = counts.moved
        removed = counts.removed
        merged = counts.merged
        self.skipped = skipped
        self.reasons = reasons
        self.needsReview = needsReview
        replacedReviewed = counts.replacedReviewed
        read = counts.added + counts.updated + counts.unchanged + counts.moved + counts.merged + skipped
    }

    /// `safer-internet-day-2020: 14 units read: 14 added, 0 updated, 0 unchanged (article, 1 needs review)`.
    /// An article is named by its id; a TMX or XLIFF file by its path (relative to the working directory
    /// when it is inside it), followed by the scope when that is not the file's name
    /// (`ix/okapi.xlf: 5 units read: … (xliff, scope recall.html)`), so two files with the same document are
    /// told apart. Moved, merged and skipped units are listed when there are any, so the counts add up to those read;
    /// removed units (stored before, gone from the new version) follow. Further lines warn of a version
    /// that reads as another language (``warnings``), list skip reasons, warn when the folder's text replaced
    /// translations marked translated or reviewed, naming their units, and (`publish`) name the units whose
    /// returned translations were kept (``keptReturned``).
    public var line: String {
        var parts = ["\(added) added", "\(updated) updated", "\(unchanged) unchanged"]
        if moved > 0 { parts.append("\(moved) moved") }
        if merged > 0 { parts.append("\(merged) merged") }
        if skipped > 0 { parts.append("\(skipped) skipped") }
        if removed > 0 { parts.append("\(removed) removed") }
        var detail = kind.rawValue
        var name = origin
        if kind != .article {
            let directory = FileManager.default.currentDirectoryPath + "/"
            name = path.hasPrefix(directory) ? String(path.dropFirst(directory.count)) : path
            if origin != (path as NSString).lastPathComponent { detail += ", scope \(origin)" }
        }
        if let needsReview, needsReview > 0 { detail += ", \(needsReview) need\(needsReview == 1 ? "s" : "") review" }
        var out = "\(name): \(counted(read, "unit")) read: \(parts.joined(separator: ", ")) (\(detail))"
        for warning in warnings ?? [] { out += "\n  warning: \(warning)" }
        for reason in reasons.prefix(10) { out += "\n  - \(reason)" }
        let more = max(0, reasons.count - 10) + (reasonsOmitted ?? 0)
        if more > 0 { out += "\n  - … \(more) more" }
        if let undescribed = undescribedLocales, !undescribed.isEmpty {
            out += "\n  note: stored variants in \(undescribed.joined(separator: ", ")), which Locales/ does not describe: "
                + "a multilingual tm export writes them; options that name a locale (query --to, tm export --pair, export --to, check) refuse "
                + "\(undescribed.count == 1 ? "it" : "them") until Locales/\(undescribed[0])/ exists"
        }
        if let ordered = contextFromOrder {
            let names = ordered.documents.prefix(5).joined(separator: ", ") + (ordered.documents.count > 5 ? ", … \(ordered.documents.count - 5) more" : "")
            out += "\n  note: \(counted(ordered.units, "unit")) took \(ordered.units == 1 ? "its" : "their") context (for 101 % matches) from the order of the file, "
                + "as the sentences of \(ordered.documents.count == 1 ? "the document" : "\(ordered.documents.count) documents") \(names) in turn"
        }
        if !replacedReviewed.isEmpty {
            let n = replacedReviewed.count
            out += "\n  warning: \(n) translation\(n == 1 ? "" : "s") marked translated or reviewed replaced by the folder's text: "
                + replacedReviewed.joined(separator: ", ")
        }
        if let adopted = adoptedReturned, !adopted.isEmpty {
            out += "\n  note: \(counted(adopted.count, "translation")) returned in this article's bundles \(adopted.count == 1 ? "is" : "are") "
                + "the folder's own: stored once, with the article's units (their translated or reviewed status kept)"
        }
        if let copies = adoptedCopies, !copies.isEmpty {
            let scopes = Set(copies.compactMap { $0.components(separatedBy: UnitScope.separator).first }).sorted()
            out += "\n  note: \(counted(copies.count, "unit")) that \(scopes.joined(separator: ", ")) held for this article "
                + "(another memory's TMX) \(copies.count == 1 ? "is" : "are") the folder's own: merged into the article's units, stored once"
        }
        if let kept = keptReturned, !kept.isEmpty {
            out += "\n  note: kept \(counted(kept.count, "returned translation")) (translated or reviewed) over the folder's older text: "
                + kept.joined(separator: ", ") + " (--folder-wins replaces \(kept.count == 1 ? "it" : "them"))"
        }
        return out
    }
}

/// How `taalgrens import` names the scope of TMX and XLIFF files, and whether it may replace another file's
/// units (`docs/memory.md`, "Unit identity").
public struct ImportScopeOptions: Sendable, Equatable {
    /// The scope to import TMX and XLIFF files under instead of the TMX file's name or the XLIFF document
    /// (`--scope NAME`); `nil` for those. Article folders and Taalgrens bundles keep their article id.
    public var name: String?
    /// Whether an import may replace most of a scope's units by different sentences (`--replace`): without
    /// it such an import is refused (``Workspace/checkReplacement(_:scope:in:file:)``).
    public var replace: Bool

    /// Options; the defaults scope by file name or document and refuse to replace another file's units.
    public init(name: String? = nil, replace: Bool = false) {
        self.name = name
        self.replace = replace
    }
}

extension Workspace {
    /// The largest XLIFF file Taalgrens reads: 64 MiB. XLIFF is read whole into memory (a news article's
    /// XLIFF is well under 1 MiB); TMX, which can be large, is streamed and has no such limit.
    public static let maximumXLIFFSize = 64 << 20

    /// Reads an XLIFF file, refusing one larger than ``maximumXLIFFSize``.
    /// - Throws: ``InputError`` naming the file when it is missing, unreadable or too large.
    static func readXLIFF(_ url: URL) throws -> Data {
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
        if let size, size > maximumXLIFFSize {
            throw InputError(file: url.path, "the file is \(size) bytes; XLIFF files larger than \(maximumXLIFFSize) bytes (64 MiB) are refused")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw InputError(file: url.path, "the file does not exist or cannot be read")
        }
        return data
    }

    /// `taalgrens import`: article folders (segment, align, store), TMX files and translated XLIFF files.
    ///
    /// Each path is one transaction: a path that fails leaves the memory as it was, and the error names
    /// it. Paths before it stay imported. Every path is checked (it exists, and is a folder, a `.tmx` or
    /// an XLIFF file, ``InputPath``) before the memory is opened; when the memory file did not exist and the
    /// first path fails, the file this call created is removed, so a failed import leaves no empty memory
    /// behind. A returned bundle folder (or an article's folder of bundles) is read as its `article.xlf`
    /// files (``bundleXLIFFs(in:)``).
    /// - Throws: ``InputError`` for a missing path, an unknown kind of file, or malformed content.
    /// - Parameter progress: called on the calling thread while a TMX file is read and stored (see
    ///   ``ImportProgress``), for a progress line on a terminal; `nil` for none.
    /// - Parameter scope: the scope name for TMX and XLIFF files, and whether they may replace another
    ///   file's units (``ImportScopeOptions``); a refused replacement throws ``InputError`` and stores nothing
    ///   of that path.
    /// - Parameter ledger: filled as the import goes: the summary of each path once committed, and, when a
    ///   path fails, the paths after it, which were not imported; so a caller can say what the memory holds
    ///   after an error (eleventh trial, finding 4: the paths committed before a failing one were kept but
    ///   never reported).
    public func importPaths(_ urls: [URL], memory: String?, scope: ImportScopeOptions = ImportScopeOptions(),
                            ledger: ImportLedger? = nil,
                            progress: ((ImportProgress) -> Void)? = nil) throws -> [ImportSummary] {
        try job {
            guard !urls.isEmpty else { throw InputError(file: "import", "expected at least one article folder, .tmx or .xlf file") }
            let urls = try expandingSites(droppingSystemFiles(urls)).flatMap(Workspace.bundleXLIFFs(in:))
            guard !urls.isEmpty else { throw InputError(file: "import", "expected at least one article folder, .tmx or .xlf file besides the system files skipped") }
            for url in urls { _ = try InputPath(url, verb: "import") }
            let isNew = MemoryLocation.isNewFile(memory)
            var imported = 0
            do {
                let store = try openMemory(memory, create: true)
                var summaries: [ImportSummary] = []
                for url in urls {
                    if urls.count > 1, let only = Self.sourceOnlySummary(url) {
                        // A new article among others: nothing to import, not bad input (``sourceOnlySummary(_:)``).
                        summaries.append(only)
                        ledger?.committed.append(only)
                        imported += 1
                        continue
                    }
                    do {
                        var summary = try importPath(url, into: store, scope: scope, progress: progress)
                        let toolFiles = url.lastPathComponent == "article.xlf" ? Self.toolFiles(in: url.deletingLastPathComponent()) : []
                        if summary.kind != .article, summary.skipped > 0, summary.read == summary.skipped, urls.contains(where: toolFiles.contains) {
                            // The bundle's own file, untranslated, with the CAT tool's file made from it next in line:
                            // the translations come from that file (mapped onto this one), not a failure.
                            summary.reasons = ["no segment of article.xlf itself is translated: the translations are read from "
                                + toolFiles.map(\.lastPathComponent).joined(separator: ", ") + " beside it"]
                        } else if summary.kind != .article, summary.skipped > 0, summary.read == summary.skipped {
                            // Every segment skipped: a script that checks the exit code alone would take it for
                            // an import (sixteenth trial, finding 15: the untranslated article.xlf of a bundle).
                            summary.warnings = (summary.warnings ?? []) + ["nothing imported: every segment of the file was skipped "
                                + "(an untranslated file, or the translations are in another file: a CAT tool's own, such as article.xlf.sdlxliff?)"]
                        }
                        summaries.append(summary)
                    } catch {
                        ledger?.notImported = Array(urls[(imported + 1)...])
                        throw error
                    }
                    ledger?.committed.append(summaries[summaries.count - 1])
                    imported += 1
                }
                return summaries
            } catch {
                // The store went out of scope with the `do` block (closing the file) before this runs.
                if isNew && imported == 0 { MemoryLocation.removeFile(memory) }
                throw error
            }
        }
    }

    /// The summary of an article folder that holds one language version, when it is one of several paths:
    /// 0 units read, and a reason saying there is nothing to align and how to pre-translate it; `nil` for any
    /// other path. A newsroom's folder of articles always holds a few new, untranslated ones, and
    /// `import articles/*` stopped at the first with exit 2, leaving every later folder out (fifteenth trial,
    /// finding 20); `publish` already goes on past them. Given alone, such a folder is still an error (the
    /// user named it to be imported).
    static func sourceOnlySummary(_ url: URL) -> ImportSummary? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
              isDirectory.boolValue || ArticleFormat(fileExtension: url.pathExtension) != nil,
              let folder = try? ArticleFolder(url), folder.versions.count == 1, let file = folder.versions.values.first else { return nil }
        let reason = "only \(file.lastPathComponent): one language version, so there is nothing to align or store; "
            + "pre-translate it with `taalgrens export \(DisplayPath.relative(url.path)) --to …`"
        return ImportSummary(kind: .article, path: url.path, origin: folder.id, counts: ImportCounts(), reasons: [reason])
    }

    /// What a multi-path import did before it stopped (``importPaths(_:memory:scope:ledger:progress:)``).
    public final class ImportLedger {
        /// The summaries of the paths committed, in order.
        public internal(set) var committed: [ImportSummary] = []
        /// The paths after the one that failed: not imported. Empty when nothing failed.
        public internal(set) var notImported: [URL] = []

        /// An empty ledger.
        public init() {}
    }

    /// A returned bundle given as a folder stands for its `article.xlf`: a translator sends back the whole
    /// bundle folder (`out/<article>/nl-BE`, holding `manifest.json` and `article.xlf`), or the article's
    /// folder of bundles (`out/<article>`, one such folder per locale), or the whole `--out` folder of
    /// `export` and `publish` (`out`, one folder per article; fourteenth trial, finding 12: it was called
    /// "an article folder with no language file"). Any other path stands for itself.
    /// A bundle folder also stands for the CAT tools' files made from its `article.xlf` that came back in it
    /// (``toolFiles(in:)``: Trados Studio's `article.xlf.sdlxliff`, memoQ's `article.xlf.mqxliff`, Phrase's
    /// `article.mxliff`, Wordfast's `article.xlf.txlf`), after `article.xlf` (sixteenth trial, finding 15:
    /// only the untranslated `article.xlf` was read, every segment skipped, the translator's file never named).
    /// - Returns: the bundles' `article.xlf` files, each followed by its tool files, in article- and
    ///   locale-folder order, or `[url]`.
    static func bundleXLIFFs(in url: URL) -> [URL] {
        let files = FileManager.default
        func isBundle(_ folder: URL) -> Bool {
            files.fileExists(atPath: folder.appendingPathComponent("manifest.json").path)
                && files.fileExists(atPath: folder.appendingPathComponent("article.xlf").path)
        }
        func bundleFiles(_ folder: URL) -> [URL] { [folder.appendingPathComponent("article.xlf")] + toolFiles(in: folder) }
        var isDirectory: ObjCBool = false
        guard files.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else { return [url] }
        if isBundle(url) { return bundleFiles(url) }
        let children = ((try? files.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)) ?? [])
            .filter { isBundle($0) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        if !children.isEmpty { return children.flatMap(bundleFiles) }
        // The --out folder: its article folders' bundles, when it holds no bundle of its own.
        let articles = ((try? files.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)) ?? [])
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let nested = articles.flatMap { article -> [URL] in
            ((try? files.contentsOfDirectory(at: article, includingPropertiesForKeys: nil)) ?? [])
                .filter { isBundle($0) }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
                .flatMap(bundleFiles)
        }
        return nested.isEmpty ? [url] : nested
    }

    /// The files in a bundle folder that a CAT tool made from its `article.xlf`: a name starting with
    /// `article.` (any case) other than `article.xlf` itself, ending in an XLIFF dialect's extension
    /// (`.sdlxliff`, `.mqxliff`, `.mxliff`, `.txlf`, `.xliff`, `.xlf`), sorted by name.
    static func toolFiles(in folder: URL) -> [URL] {
        let extensions: Set<String> = ["sdlxliff", "mqxliff", "mxliff", "txlf", "xliff", "xlf"]
        return ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { file in
                let name = file.lastPathComponent.lowercased()
                return name.hasPrefix("article.") && name != "article.xlf" && extensions.contains(file.pathExtension.lowercased())
            }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// Imports one path into an open store (see ``importPaths(_:memory:scope:ledger:progress:)``).
    public func importPath(_ url: URL, into store: any TMStore, scope: ImportScopeOptions = ImportScopeOptions(),
                           progress: ((ImportProgress) -> Void)? = nil) throws -> ImportSummary {
        try job {
            switch try InputPath(url, verb: "import") {
            case .articleFolder(let folder): return try importArticle(folder, into: store, replace: scope.replace)
            case .tmx(let file): return try importTMX(file, into: store, scope: scope, progress: progress)
            case .xliff(let file): return try importXLIFF(file, into: store, scope: scope)
            }
        }
    }

    /// Refuses to import `units` into `scope` when most of the stored units they share ids with would be
    /// replaced by a different sentence (``ScopeReplacement``): the file is then another file with the same
    /// name (two `index.html` documents, two `export.tmx`), not a revision of the stored one.
    ///
    /// At most 256 units, spread over the file, are looked up (``ScopeReplacement/sample(count:limit:)``).
    /// - Parameters:
    ///   - units: the units read from the file, with file-local ids.
    ///   - scope: the scope they are about to be stored under (``UnitScope``).
    ///   - file: the path, for the message.
    /// - Throws: ``InputError`` naming the file and the scope, with one example and the two ways out
    ///   (`--scope NAME`, `--replace`).
    static func checkReplacement(_ units: [TranslationUnit], scope: String, in store: any TMStore, file: String) throws {
        var check = ScopeReplacement()
        for index in ScopeReplacement.sample(count: units.count) {
            let unit = units[index]
            guard let stored = try store.unit(id: UnitScope.id(scope: scope, localID: unit.id)) else { continue }
            check.compare(localID: unit.id, incoming: unit, stored: stored)
        }
        guard check.replacesOtherSentences, let example = check.replacements.first else { return }
        func short(_ text: String) -> String { text.count > 60 ? String(text.prefix(57)) + "…" : text }
        throw InputError(file: file,
            "refused: \(check.replacements.count) of the \(check.compared) units it shares ids with in scope \(scope) would be replaced "
            + "by a different sentence (unit \(example.localID): “\(short(example.stored))” would become “\(short(example.incoming))”), "
            + "so this looks like another file with the same name, not a new version of it; nothing was imported. "
            + "Import it under a scope of its own with --scope NAME, or pass --replace if it does replace the stored file")
    }

    /// Segments and aligns an article folder and stores its units; a revised article updates its units.
    /// - Parameters:
    ///   - keepReturned: keep the memory's returned translations over the folder's older text
    ///     (`publish`, ``keepReturnedTranslations(_:article:source:memoryUnits:)``); `false` lets the folder's text win.
    ///   - replace: store the folder even when the memory's article of the same id shares almost none of its
    ///     sentences (``checkArticleReplacement(_:stored:article:source:folder:)``; `import --replace`).
    /// - Throws: ``InputError`` for a bad folder, or when the folder looks like another article with the same id.
    func importArticle(_ folder: URL, into store: any TMStore, keepReturned: Bool = false, replace: Bool = false) throws -> ImportSummary {
        let result = try align(folder: folder)
        // The sentences' units, then the front-matter fields' (`category`, …), which the export translates too.
        var units = result.units + result.fieldUnits
        logger.debug("\(result.articleID): \(units.count) units from \(result.alignment.beads.count) beads")
        // The memory's units of this article, read once for the comparisons below.
        let memoryUnits = try store.allUnits(filter: UnitFilter(article: result.articleID))
        if !replace {
            try Self.checkArticleReplacement(units, stored: memoryUnits, article: result.articleID, source: result.alignment.source, folder: folder)
        }
        let adopted = try adoptReturnedTranslations(&units, article: result.articleID, source: result.alignment.source, memoryUnits: memoryUnits)
        let copies = adoptInterchangeCopies(&units, article: result.articleID, source: result.alignment.source,
                                            memoryUnits: memoryUnits, excluding: Set(adopted))
        let kept = keepReturned ? keepReturnedTranslations(&units, article: result.articleID, source: result.alignment.source, memoryUnits: memoryUnits) : nil
        let counts = try store.importArticle(id: result.articleID, units: units, source: result.alignment.source)
        // Stored once: the article's units now hold the returned bundles' identical translations and the
        // identical copies another memory's TMX brought in.
        for id in adopted + copies { _ = try store.delete(unitID: id) }
        let additions = Self.additions(result.alignment)
        var summary = ImportSummary(kind: .article, path: folder.path, origin: result.articleID, counts: counts,
                                    skipped: additions.count, reasons: additions,
                                    needsReview: units.filter { $0.status == .needsReview }.count)
        summary.keptReturned = kept
        summary.adoptedReturned = adopted.isEmpty ? nil : adopted
        summary.adoptedCopies = copies.isEmpty ? nil : copies
        let warnings = try languageWarnings(result, folder: folder) + result.runOns
        summary.warnings = warnings.isEmpty ? nil : warnings
        return summary
    }

    /// Refuses an article folder whose source sentences are almost all absent from the memory's article of
    /// the same id: fewer than one in five of them (at most 256, spread over the article) is similar
    /// (``ScopeReplacement/similar(_:_:)``, Dice ≥ ½ on words) to any stored source sentence of that article.
    /// It is then another article whose folder has the same name (`news/flood/` and `weather/flood/`, or
    /// `2025/budget/` and `2026/budget/`), which would silently replace the first article's translations
    /// (fifteenth trial, finding 22), not a revision: a revised article keeps most of its sentences, and an
    /// edited sentence stays similar. The rule files follow (``checkReplacement(_:scope:in:file:)``), measured
    /// on sentences rather than ids, since a revision shifts an article's unit ids.
    /// - Parameters:
    ///   - units: the folder's units; `stored`: the memory's units of the article id (none: nothing to check).
    ///   - source: the source locale, whose variants are compared.
    /// - Complexity: O(s · t) similarity tests for s sampled incoming and t stored units.
    /// - Throws: ``InputError`` naming the folder and the article id, with one example of each side and the
    ///   ways out (another folder name or an `id:` in the front matter; `import --replace`).
    static func checkArticleReplacement(_ units: [TranslationUnit], stored: [TranslationUnit], article: String,
                                        source: LanguageTag, folder: URL) throws {
        func sourceText(_ unit: TranslationUnit) -> String? { unit.variants.first { $0.locale.language == source.language }?.text }
        let storedTexts = stored.compactMap(sourceText)
        let incoming = ScopeReplacement.sample(count: units.count).compactMap { sourceText(units[$0]) }
        guard !storedTexts.isEmpty, !incoming.isEmpty else { return }
        let shared = incoming.filter { text in storedTexts.contains { ScopeReplacement.similar($0, text) } }.count
        guard shared * 5 < incoming.count else { return }
        func short(_ text: String) -> String { text.count > 60 ? String(text.prefix(57)) + "…" : text }
        throw InputError(file: folder.path,
            "refused: the memory already holds an article \(article) (\(stored.count) units, such as “\(short(storedTexts[0]))”), "
            + "and \(shared) of the \(incoming.count) sentences of this folder (such as “\(short(incoming[0]))”) are among its sentences, "
            + "so this looks like another article whose folder has the same name, not a revision of it; nothing was imported. "
            + "Give it an id of its own (rename its folder, or write `id: another-name` in its front matter), "
            + "or pass `taalgrens import --replace` if it does replace the stored article")
    }

    /// The beads of an alignment that hold no source sentence (a sentence a translation added, or whose
    /// partner the aligner lost), one reason each: they are read but not stored, since a translation unit
    /// pairs a source sentence with its translations.
    static func additions(_ alignment: ArticleAlignment) -> [String] {
        alignment.beads.filter { $0.indices(for: alignment.source).isEmpty }.map { bead in
            let sides = alignment.locales.compactMap { locale -> String? in
                let texts = bead.indices(for: locale).compactMap { alignment.segments[locale]?[$0].text }
                guard !texts.isEmpty else { return nil }
                let text = texts.joined(separator: " ")
                let shown = text.count > 60 ? String(text.prefix(57)) + "…" : text
                return "\(locale) “\(shown)”"
            }
            return sides.joined(separator: ", ") + ": no \(alignment.source) sentence to pair with (added in the translation, or its partner was not found): not stored"
        }
    }

    /// Streams a TMX file and stores its units in one transaction, scoped by the file's name
    /// (``UnitScope/tmx(fileName:)``): re-importing the file updates its units, another file's units never
    /// meet them. Units the reader merged as duplicates within the file count as merged.
    /// Refused when it would replace most of the scope's units by other sentences (``checkReplacement(_:scope:in:file:)``),
    /// unless `scope.replace`; `scope.name` replaces the file name in the scope.
    func importTMX(_ url: URL, into store: any TMStore, scope: ImportScopeOptions, progress: ((ImportProgress) -> Void)? = nil) throws -> ImportSummary {
        let reader = try TMXReader(contentsOf: url)
        var units: [TranslationUnit] = []
        while let unit = try reader.next() {
            units.append(unit)
            if let progress, units.count % ImportProgress.interval == 0 {
                progress(ImportProgress(path: url.path, phase: .reading, done: units.count, total: nil))
            }
        }
        let reporter = progress.map { report in
            { (done: Int, total: Int) in report(ImportProgress(path: url.path, phase: .storing, done: done, total: total)) }
        }
        // A unit holding several blocks of HTML (a CMS field exported whole) is stored block by block.
        let split = splittingEmbeddedBlocks(units) { unit in "unit \(unit.id)" }
        units = split.units
        let name = scope.name ?? url.lastPathComponent
        let unitScope = UnitScope.tmx(fileName: name)
        if !scope.replace { try Workspace.checkReplacement(units, scope: unitScope, in: store, file: url.path) }
        var counts = try store.importUnits(units, origin: unitScope, progress: reporter)
        let report = reader.report
        counts.merged += report.merged
        var summary = ImportSummary(kind: .tmx, path: url.path, origin: name, counts: counts,
                                    skipped: report.skipped, reasons: report.entries.map { "line \($0.line): \($0.message)" } + split.notes)
        let counted = report.counts.values.reduce(0, +)
        if counted > report.entries.count { summary.reasonsOmitted = counted - report.entries.count }
        summary.undescribedLocales = undescribedLocales(in: units)
        if !report.contextFromOrder.isEmpty {
            summary.contextFromOrder = ImportSummary.OrderedContext(units: report.contextFromOrder.values.reduce(0, +),
                                                                    documents: report.contextFromOrder.keys.sorted())
        }
        let warnings = try interchangeLanguageWarnings(units)
        summary.warnings = warnings.isEmpty ? nil : warnings
        return summary
    }

    /// The warning for an XLIFF file that reads like one of our bundles without being one: its `<file
    /// original>` is `<article>/<locale>.<md|html|txt>` of an article the memory holds, but the Taalgrens
    /// metadata (`tg:` attributes, `<prop-group>`s) that tie a bundle to its article are gone, as some
    /// converters and CAT tools save a file back (seventh trial, finding 15). Its units are then stored
    /// under the file's scope, not the article's: said in plain words, with what to do. `nil` otherwise.
    /// The article counts as ours when the memory holds it or every unit id has a bundle's form (`b12`,
    /// `b12_b12.s0`).
    /// - Throws: a store error while looking the article up.
    static func strippedBundleNote(original: String, scope: String, unitIDs: [String], in store: any TMStore) throws -> String? {
        let parts = original.split(separator: "/").map(String.init)
        guard parts.count >= 2, let file = parts.last,
              ["md", "markdown", "mdx", "html", "htm", "xhtml", "txt", "text"].contains((file as NSString).pathExtension.lowercased()),
              LanguageTag((file as NSString).deletingPathExtension) != nil else { return nil }
        let article = parts[parts.count - 2]
        let bundleShaped = !unitIDs.isEmpty && unitIDs.allSatisfy { id in
            id.first == "b" && id.dropFirst().prefix { $0.isNumber }.count > 0
        }
        if !bundleShaped {
            guard try !storedLocales(of: article, in: store).isEmpty else { return nil }
        }
        return "the file names the article \(article) (\(original)) but carries none of the bundle's Taalgrens metadata (the tool that saved "
            + "it dropped the tg: attributes): its units are stored under the scope \(scope), beside the article's, not as the article's "
            + "translations; import the bundle's article.xlf as the tool returned it with its metadata, or translate in a tool that keeps them"
    }

    /// The locales of `units`' variants that no `Locales/` folder serves (region fallback both ways, as
    /// ``localeFolder(for:option:)``), sorted; `nil` when every locale is served.
    /// - Complexity: O(variants) plus one listing of `Locales/`.
    func undescribedLocales(in units: [TranslationUnit]) -> [String]? {
        var locales: Set<LanguageTag> = []
        for unit in units { for variant in unit.variants { locales.insert(variant.locale) } }
        let known = knownLocales
        let undescribed = locales.filter { $0.bestMatch(in: known) == nil }.map(\.identifier).sorted()
        return undescribed.isEmpty ? nil : undescribed
    }

    /// Stores a translator's XLIFF (2.x or 1.2) in one transaction (`docs/interchange.md`, "Round trip of
    /// a bundle"): the units ``BundleXLIFF/translationUnits(from:details:fileName:scopeName:)`` reads from
    /// it. A bundle's units update its article's units; another tool's units are stored bilingual, scoped by
    /// the document and target locale (``UnitScope/xliff(document:target:)``), so importing the same file
    /// again updates rather than adds; `scope.name` replaces the document in the scope. Such an import is
    /// refused when it would replace most of the scope's units by other sentences
    /// (``checkReplacement(_:scope:in:file:)``), unless `scope.replace`. Untouched pre-translations count
    /// as unchanged.
    func importXLIFF(_ url: URL, into store: any TMStore, scope: ImportScopeOptions) throws -> ImportSummary {
        let data = try Workspace.readXLIFF(url)
        var details = XLIFFReadDetails()
        var document = try XLIFFReader.read(data, file: url.path, details: &details)
        // A CAT tool's file made from a bundle's article.xlf is read as that article.xlf returned.
        let tool = try bundleOfToolFile(url, document: document, details: details)
        var bundleURL = url
        if let mapping = tool.mapping, let bundle = tool.bundle {
            (document, details, bundleURL) = (mapping.document, mapping.details, bundle)
        }
        let article = BundleXLIFF.article(of: document)
        // A bundle's edits go to the bundle's locale even when the tool wrote `nl` for `nl-BE` (TRIAL6 finding 8).
        var localeWarning: String?
        if let article, let recorded = Workspace.recordedBundleLocale(of: document, article: article, at: bundleURL) {
            (document.targetLocale, localeWarning) = try Workspace.checkReturnedLanguage(
                declared: document.targetLocale, recorded: recorded, article: article, url: url, data: data)
        } else if let article {
            (document.targetLocale, localeWarning) = try Workspace.bundleTargetLocale(
                declared: document.targetLocale, source: document.sourceLocale,
                stored: Workspace.storedLocales(of: article, in: store), known: knownLocales, article: article, file: url.path)
        }
        let targetLocale = document.targetLocale
        let profiles = try LanguageProfiles.load(from: self.data)
        let reading = BundleXLIFF.translationUnits(from: document, details: details, fileName: url.lastPathComponent, scopeName: scope.name) { text in
            profiles.segmentMismatch(text, declared: targetLocale).map { m in
                let name = m.likelyLanguageName
                return "\(name) (\(m.likelyHits) \(name) function word\(m.likelyHits == 1 ? "" : "s"), none of \(targetLocale))"
            }
        }
        var (units, name) = (reading.units, reading.scopeName)
        var blockNotes: [String] = []
        if article == nil {
            // Another tool's unit holding a whole field of HTML (Drupal TMGMT) is stored block by block.
            let split = splittingEmbeddedBlocks(units) { unit in
                let (unitID, segmentID) = (unit.properties["xliff-unit"] ?? unit.id, unit.properties["xliff-segment"] ?? "")
                let line = details.segment(unit: unitID, segment: segmentID)?.line ?? 0
                return (line > 0 ? "line \(line): " : "") + "unit \(unitID) segment \(segmentID)"
            }
            (units, blockNotes) = (split.units, split.notes)
        }
        let unitScope = UnitScope.xliff(document: name, target: targetLocale)
        if article == nil && !scope.replace { try Workspace.checkReplacement(units, scope: unitScope, in: store, file: url.path) }
        var counts = try store.importTranslations(units, article: article, source: document.sourceLocale, target: targetLocale,
                                                  origin: unitScope)
        if article != nil { try retireSegmentIDUnits(units, scope: unitScope, source: document.sourceLocale, in: store) }
        counts.unchanged += reading.untouched
        let mappingReasons = tool.mapping.map { [tool.note].compactMap { $0 } + $0.reasons } ?? []
        var summary = ImportSummary(kind: .xliff, path: url.path, origin: name, counts: counts,
                                    skipped: reading.skipped + (tool.mapping?.skipped ?? 0), reasons: mappingReasons + reading.reasons + blockNotes,
                                    needsReview: units.filter { $0.status == .needsReview }.count)
        summary.undescribedLocales = undescribedLocales(in: units)
        var strippedBundle: [String] = []
        if article == nil, let original = document.original,
           let note = try Workspace.strippedBundleNote(original: original, scope: name, unitIDs: document.units.map(\.id), in: store) {
            strippedBundle = [note]
        }
        let toolWarning = tool.mapping == nil ? tool.note.map { [$0] } ?? [] : []
        let warnings = (localeWarning.map { [$0] } ?? []) + toolWarning + strippedBundle + (try interchangeLanguageWarnings(units))
        summary.warnings = warnings.isEmpty ? nil : warnings
        return summary
    }

    /// What ``bundleOfToolFile(_:document:details:)`` found for an XLIFF file.
    struct ToolFileOfBundle {
        /// The bundle's `article.xlf` the file was made from, when found and mapped.
        var bundle: URL?
        /// The file mapped onto that bundle (``BundleXLIFF/mappingToolFile(_:details:onto:)``).
        var mapping: BundleXLIFF.ToolFileMapping?
        /// With a mapping, a line saying what was mapped; without one, for a file that names a bundle's
        /// `article.xlf`, the warning saying why it is stored under its own scope; `nil` for any other file.
        var note: String?
    }

    /// Finds the bundle a CAT tool's XLIFF was made from and maps the file onto it (unfinished business of the
    /// fourteenth trial's finding 9 and the sixteenth's finding 15: Trados Studio's `article.xlf.sdlxliff`,
    /// memoQ's `article.xlf.mqxliff` and Phrase's `article.xlf.mxliff` were stored under their own scope, as
    /// another tool's file, and never updated the article's units).
    ///
    /// A file is taken for such a file when it is not a bundle's own (``BundleXLIFF/article(of:)`` is `nil`)
    /// and its `original` names an `article.xlf` (``BundleXLIFF/namesBundleFile(_:)``) or its own name starts
    /// with `article.xlf.`. The bundle is the `article.xlf` in the same folder (a bundle folder the agency sent
    /// back with the tool's file in it), else the file `original` names when it exists on this machine
    /// (absolute, or relative to the file's folder); it must be a bundle's (its Taalgrens metadata intact).
    /// - Returns: an empty result for any other file; the bundle and the mapping when found and at least one
    ///   segment maps; else a warning (no bundle beside it, or none of its segments is the bundle's).
    /// - Throws: ``InputError`` when the bundle's `article.xlf` is malformed.
    func bundleOfToolFile(_ url: URL, document: XLIFFDocument, details: XLIFFReadDetails) throws -> ToolFileOfBundle {
        let ownName = url.lastPathComponent.lowercased()
        guard BundleXLIFF.article(of: document) == nil, ownName != "article.xlf",
              BundleXLIFF.namesBundleFile(document.original) || ownName.hasPrefix("article.xlf.") else { return ToolFileOfBundle() }
        let folder = url.deletingLastPathComponent()
        var candidates = [folder.appendingPathComponent("article.xlf")]
        if let original = document.original, !original.contains("\\") {
            candidates.append(original.hasPrefix("/") ? URL(fileURLWithPath: original) : folder.appendingPathComponent(original))
        }
        let files = FileManager.default
        let shown = DisplayPath.relative(url.path)
        for candidate in candidates where candidate.standardizedFileURL != url.standardizedFileURL && files.fileExists(atPath: candidate.path) {
            let data = try Workspace.readXLIFF(candidate)
            var bundleDetails = XLIFFReadDetails()  // not shown: the messages name the tool file's lines
            let bundle = try XLIFFReader.read(data, file: candidate.path, details: &bundleDetails)
            guard let article = BundleXLIFF.article(of: bundle) else { continue }
            guard let mapping = BundleXLIFF.mappingToolFile(document, details: details, onto: bundle) else {
                return ToolFileOfBundle(note: "\(shown) names \(document.original ?? "article.xlf"), but none of its segments' sources is a "
                    + "segment of \(DisplayPath.relative(candidate.path)) (article \(article)): another article's file? Its units are stored "
                    + "under its own scope, not as the article's translations")
            }
            let note = "made from the bundle's \(DisplayPath.relative(candidate.path)) (article \(article)): \(mapping.mapped) of its "
                + "\(counted(mapping.toolSegments, "segment")) mapped onto the bundle's segments by their source text in order, "
                + "and imported as that article.xlf returned"
            return ToolFileOfBundle(bundle: candidate, mapping: mapping, note: note)
        }
        return ToolFileOfBundle(note: "\(shown) was made from a bundle's article.xlf (original \(document.original ?? "article.xlf")), but no "
            + "bundle's article.xlf is beside it: its units are stored under its own scope, not as the article's translations; put it in the "
            + "bundle folder it came from (beside article.xlf and manifest.json) and import that folder")
    }
}

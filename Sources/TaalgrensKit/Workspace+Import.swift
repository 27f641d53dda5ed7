import Foundation
import Bundles
import Alignment
import Interchange
import TaalgrensCore
import TranslationMemory

/// Where a long import stands, for a progress line (``Workspace/importPaths(_:memory:progress:)``).
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

/// What one imported path gave.
public struct ImportSummary: Codable, Sendable {
    /// `article`, `tmx` or `xliff`.
    public var kind: String
    public var path: String
    /// The article id (article folders and XLIFF files) or the file name (TMX).
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
    public var reasons: [String]
    /// For articles: beads that need review (stored, but never leveraged as exact).
    public var needsReview: Int?
    /// For articles: ids of units whose `translated` or `reviewed` translation the folder's different text
    /// replaced (counted as updated; `docs/memory.md`, "Importing translations"). Empty otherwise.
    public var replacedReviewed: [String]
    /// For TMX and XLIFF files: the locales of stored variants that no `Locales/` folder serves (`de-DE`,
    /// `xx-YY`), sorted; `nil` when there are none. Such variants are kept (a memory is a store, and
    /// `tm export` writes them), but commands that take a locale (`query --to`, `check`, `export`) refuse
    /// it until `Locales/<locale>/` exists (`docs/interchange.md`, "Locales in files"). Encoded in JSON
    /// only when there are some.
    public var undescribedLocales: [String]?

    init(kind: String, path: String, origin: String, counts: ImportCounts, skipped: Int = 0, reasons: [String] = [], needsReview: Int? = nil) {
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
    /// Moved, merged and skipped units are listed when there are any, so the counts add up to those read;
    /// removed units (stored before, gone from the new version) follow. A second line warns when the
    /// folder's text replaced translations marked translated or reviewed, naming their units.
    public var line: String {
        var parts = ["\(added) added", "\(updated) updated", "\(unchanged) unchanged"]
        if moved > 0 { parts.append("\(moved) moved") }
        if merged > 0 { parts.append("\(merged) merged") }
        if skipped > 0 { parts.append("\(skipped) skipped") }
        if removed > 0 { parts.append("\(removed) removed") }
        var detail = kind
        if let needsReview, needsReview > 0 { detail += ", \(needsReview) need\(needsReview == 1 ? "s" : "") review" }
        var out = "\(origin): \(counted(read, "unit")) read: \(parts.joined(separator: ", ")) (\(detail))"
        for reason in reasons.prefix(10) { out += "\n  - \(reason)" }
        if reasons.count > 10 { out += "\n  - … \(reasons.count - 10) more" }
        if let undescribed = undescribedLocales, !undescribed.isEmpty {
            out += "\n  note: stored variants in \(undescribed.joined(separator: ", ")), which Locales/ does not describe: "
                + "a multilingual tm export writes them; options that name a locale (query --to, tm export --pair, export --to, check) refuse "
                + "\(undescribed.count == 1 ? "it" : "them") until Locales/\(undescribed[0])/ exists"
        }
        if !replacedReviewed.isEmpty {
            let n = replacedReviewed.count
            out += "\n  warning: \(n) reviewed translation\(n == 1 ? "" : "s") replaced by the folder's text: "
                + replacedReviewed.joined(separator: ", ")
        }
        return out
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
    /// an `.xlf` file) before the memory is opened; when the memory file did not exist and the first path
    /// fails, the file this call created is removed, so a failed import leaves no empty memory behind.
    /// - Throws: ``InputError`` for a missing path, an unknown kind of file, or malformed content.
    /// - Parameter progress: called on the calling thread while a TMX file is read and stored (see
    ///   ``ImportProgress``), for a progress line on a terminal; `nil` for none.
    public func importPaths(_ urls: [URL], memory: String?, progress: ((ImportProgress) -> Void)? = nil) throws -> [ImportSummary] {
        guard !urls.isEmpty else { throw InputError(file: "import", "expected at least one article folder, .tmx or .xlf file") }
        for url in urls { try Workspace.checkImportable(url) }
        let isNew = MemoryLocation.isNewFile(memory)
        var imported = 0
        do {
            let store = try openMemory(memory, create: true)
            var summaries: [ImportSummary] = []
            for url in urls {
                summaries.append(try importPath(url, into: store, progress: progress))
                imported += 1
            }
            return summaries
        } catch {
            // The store went out of scope with the `do` block (closing the file) before this runs.
            if isNew && imported == 0 { MemoryLocation.removeFile(memory) }
            throw error
        }
    }

    /// File name extensions read as XLIFF (1.2 or 2.x, told apart by the content): the standard ones and those
    /// of tools that write XLIFF 1.2 under their own extension (Trados Studio's `.sdlxliff`, memoQ's
    /// `.mqxliff`), compared in lower case.
    static let xliffExtensions: Set<String> = ["xlf", "xliff", "xlf2", "sdlxliff", "mqxliff"]

    /// Checks that a path can be imported: it exists and is a folder, a `.tmx` file or an XLIFF file
    /// (``xliffExtensions``).
    /// - Returns: whether it is a folder.
    /// - Throws: ``InputError`` naming the path otherwise.
    @discardableResult
    static func checkImportable(_ url: URL) throws -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw InputError(file: url.path, "no such file or folder (expected an article folder, a .tmx or an .xlf file)")
        }
        if isDirectory.boolValue { return true }
        let ext = url.pathExtension.lowercased()
        guard ext == "tmx" || xliffExtensions.contains(ext) else {
            throw InputError(file: url.path, "cannot import a .\(url.pathExtension) file: expected an article folder, a .tmx or an XLIFF file (.xlf, .xliff, .sdlxliff, .mqxliff)")
        }
        return false
    }

    /// Imports one path into an open store (see ``importPaths(_:memory:progress:)``).
    public func importPath(_ url: URL, into store: any TMStore, progress: ((ImportProgress) -> Void)? = nil) throws -> ImportSummary {
        if try Workspace.checkImportable(url) { return try importArticle(url, into: store) }
        if url.pathExtension.lowercased() == "tmx" { return try importTMX(url, into: store, progress: progress) }
        return try importXLIFF(url, into: store)
    }

    /// Segments and aligns an article folder and stores its units; a revised article updates its units.
    func importArticle(_ folder: URL, into store: any TMStore) throws -> ImportSummary {
        let result = try align(folder: folder)
        // The sentences' units, then the front-matter fields' (`category`, …), which the export translates too.
        let units = result.units + (try fieldUnits(folder: folder, articleID: result.articleID, source: result.alignment.source))
        logger.debug("\(result.articleID): \(units.count) units from \(result.alignment.beads.count) beads")
        let counts = try store.importArticle(id: result.articleID, units: units, source: result.alignment.source)
        let additions = Self.additions(result.alignment)
        return ImportSummary(kind: "article", path: folder.path, origin: result.articleID, counts: counts,
                             skipped: additions.count, reasons: additions,
                             needsReview: units.filter { $0.status == .needsReview }.count)
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
    func importTMX(_ url: URL, into store: any TMStore, progress: ((ImportProgress) -> Void)? = nil) throws -> ImportSummary {
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
        var counts = try store.importUnits(units, origin: UnitScope.tmx(fileName: url.lastPathComponent), progress: reporter)
        let report = reader.report
        counts.merged += report.merged
        var summary = ImportSummary(kind: "tmx", path: url.path, origin: url.lastPathComponent, counts: counts,
                                    skipped: report.skipped, reasons: report.entries.map { "line \($0.line): \($0.message)" })
        summary.undescribedLocales = undescribedLocales(in: units)
        return summary
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
    /// a bundle").
    ///
    /// - A file from a Taalgrens bundle (``bundleArticle(of:)``) updates the article's units: each segment
    ///   whose target is in state translated, reviewed or final sets that locale's variant of the unit with
    ///   the same source sentence (status `translated`, or `reviewed` for reviewed and final; a target equal
    ///   to the stored one is unchanged). Segments still in state initial (the bundle's fuzzy drafts, or
    ///   targets nobody confirmed) are skipped with a reason: they never replace an article's translation.
    /// - A bundle segment whose target and state are still what the export wrote (``PretranslationStamp``:
    ///   a pre-translation nobody touched) is counted as unchanged and leaves the memory alone, so an older
    ///   bundle never puts its older text back over a newer translation.
    /// - Other segments with a target, and every segment of another tool's XLIFF, become bilingual units
    ///   scoped by the document and target locale (``UnitScope/xliff(document:target:)``): `translated`,
    ///   `reviewed`, or `needsReview` for state initial (never leveraged as exact). Importing the same file
    ///   again updates rather than adds.
    func importXLIFF(_ url: URL, into store: any TMStore) throws -> ImportSummary {
        let data = try Workspace.readXLIFF(url)
        let document = try XLIFFReader.read(data, file: url.path)
        let article = Workspace.bundleArticle(of: document)
        let name = article ?? document.original ?? (document.fileID == "f1" ? url.lastPathComponent : document.fileID)
        let flat = document.units.flatMap { unit in unit.segments.map { (unit, $0) } }
        var units: [TranslationUnit] = []
        var reasons: [String] = []
        var localIDs: Set<String> = []
        var untouched = 0
        for (index, (unit, segment)) in flat.enumerated() {
            guard let target = segment.target, !target.plainText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                reasons.append("unit \(unit.id) segment \(segment.id): no target")
                continue
            }
            let status: UnitStatus
            switch segment.state {
            case .reviewed, .final: status = .reviewed
            case .translated: status = .translated
            case .initial:
                if article != nil {
                    reasons.append("unit \(unit.id) segment \(segment.id): state initial (a draft nobody confirmed): not imported; set it to translated or final to import it")
                    continue
                }
                status = .needsReview
            }
            if article != nil && PretranslationStamp.isUntouched(segment) {
                untouched += 1
                continue
            }
            let previous = index > 0 ? flat[index - 1].1 : nil
            let next = index + 1 < flat.count ? flat[index + 1].1 : nil
            var localID = "\(unit.id):\(segment.id)"
            var n = 2
            while !localIDs.insert(localID).inserted {
                localID = "\(unit.id):\(segment.id)~\(n)"
                n += 1
            }
            let place = article.map { Workspace.bundlePlace(unit: unit, segment: segment, article: $0) } ?? Origin(article: name)
            let tool = document.toolMetadata(unit: unit, segment: segment)  // notes, editor, dates (nil when unknown)
            units.append(TranslationUnit(
                id: localID,
                variants: [
                    Variant(locale: document.sourceLocale, content: segment.source,
                            previous: previous?.source.plainText, next: next?.source.plainText),
                    Variant(locale: document.targetLocale, content: target,
                            previous: previous?.target?.plainText, next: next?.target?.plainText),
                ],
                origin: place,
                status: status,
                properties: tool.properties.merging(["xliff-unit": unit.id, "xliff-segment": segment.id, "xliff-state": segment.state.rawValue]) { $1 },
                notes: tool.notes, created: tool.created, changed: tool.changed))
        }
        var counts = try store.importTranslations(units, article: article, source: document.sourceLocale, target: document.targetLocale,
                                                  origin: UnitScope.xliff(document: name, target: document.targetLocale))
        counts.unchanged += untouched
        var summary = ImportSummary(kind: "xliff", path: url.path, origin: name, counts: counts, skipped: reasons.count, reasons: reasons)
        summary.undescribedLocales = undescribedLocales(in: units)
        return summary
    }

    /// The article a Taalgrens bundle's XLIFF was exported from, or `nil` for another tool's XLIFF.
    ///
    /// Bundles record the article id in the file metadata (`article`); bundles written before that name the
    /// `<file>` after the (path-safe) article id and set `original` to `<article-id>/<source file>`.
    static func bundleArticle(of document: XLIFFDocument) -> String? {
        if let article = document.metadata["article"], !article.isEmpty { return article }
        if document.fileID != "f1", let original = document.original, original.hasPrefix(document.fileID + "/") {
            return document.fileID
        }
        return nil
    }

    /// Where a bundle segment comes from in its article: the block from the unit's `block` metadata (else
    /// its id `b<block>`), the first sentence position from the segment's `sentences` metadata (else its id
    /// `b<block>.s<position>` or `….s<first>-<last>`). Used to prefer the unit at the same place among
    /// units with the same source text.
    static func bundlePlace(unit: XLIFFUnit, segment: XLIFFSegment, article: String) -> Origin {
        func number(after marker: Character, in text: Substring) -> Int? {
            guard let at = text.lastIndex(of: marker) else { return nil }
            return Int(text[text.index(after: at)...].prefix { $0.isNumber })
        }
        let block = unit.metadata["block"].flatMap(Int.init) ?? number(after: "b", in: Substring(unit.id))
        let position = segment.metadata["sentences"]?.split(separator: ",").first.flatMap { Int($0) }
            ?? segment.id.split(separator: ".").last.flatMap { number(after: "s", in: $0) }
        return Origin(article: article, block: block, position: position)
    }
}

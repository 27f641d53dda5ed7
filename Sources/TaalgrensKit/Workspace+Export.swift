import Articles
import Bundles
import Foundation
import Interchange
import TaalgrensCore
import Terminology
import TranslationMemory

/// What one export wrote for one target locale (`taalgrens export --format json`, one object per target;
/// keys documented in `docs/cli.md`). Keys shared with `report.json` mean the same there: `bands`,
/// `totals`, `needsReview`, `untranslated`, `summary`, `images`.
public struct BundleSummary: Codable, Sendable {
    /// The sanitised article id.
    public var article: String
    /// The locale of the source version the bundle was made from.
    public var sourceLocale: LanguageTag
    /// The bundle's locale.
    public var targetLocale: LanguageTag
    /// The bundle folder `DIR/<article-id>/<locale>`, absolute.
    public var path: String
    /// `DIR/<article-id>-<locale>.zip`, absolute, with `--zip`.
    public var zip: String?
    /// Segments and words per leverage band, best first, as in `report.json`.
    public var bands: [LeverageReport.BandCount]
    /// The article's source sentences and words.
    public var totals: LeverageReport.Count
    /// Ids of the segments that need review.
    public var needsReview: [String]
    /// Ids of the segments the rendered article shows in the source language.
    public var untranslated: [String]
    /// Finding counts by severity.
    public var summary: LeverageReport.Summary
    /// The article's images and what the export did with each.
    public var images: [BundleImage]
    /// Where the target version was also written for a multilingual site (`DIR/site/content/fr/news/x.md`,
    /// ``Workspace/placeInSite(_:_:output:)``), absolute; `nil` for an article folder.
    public var siteFile: String?

    init(_ result: BundleResult) {
        article = result.article
        sourceLocale = result.report.sourceLocale
        targetLocale = result.targetLocale
        path = result.folder.path
        zip = result.zip?.path
        bands = result.report.bands
        totals = result.report.totals
        needsReview = result.report.needsReview
        untranslated = result.report.untranslated
        summary = result.report.summary
        images = result.report.images
    }

    /// `bundles/safer-internet-day-2020/nl-BE: 17 segments, 100% of 422 words exact or in context, 1 to review`,
    /// (`7 to review (all shown in the source language)` when the rendered article shows those in the source
    /// language: no match, or a fuzzy draft in the XLIFF only; "untranslated" read as "nothing to start from",
    /// eighth trial), with paths relative to the working directory when they lie inside it (``DisplayPath``).
    public var line: String {
        let done = bands.filter { $0.band <= .exact }.reduce(0) { $0 + $1.words }
        let percent = totals.words > 0 ? Int((Double(done) * 100 / Double(totals.words)).rounded()) : 0
        var out = "\(DisplayPath.relative(path)): \(counted(totals.segments, "segment")), \(percent)% of \(counted(totals.words, "word")) exact or in context"
        // Segments shown in the source language need review too: say how many of those to review they are
        // rather than counting them twice ("7 to review, 7 untranslated" read as 14; TRIAL6).
        let review = Set(needsReview)
        let untranslatedToReview = untranslated.filter { review.contains($0) }.count
        if !needsReview.isEmpty {
            out += ", \(needsReview.count) to review"
            if untranslatedToReview > 0 {
                out += untranslatedToReview == needsReview.count ? " (all shown in the source language)"
                    : " (\(untranslatedToReview) of them shown in the source language)"
            }
        }
        let otherUntranslated = untranslated.count - untranslatedToReview
        if otherUntranslated > 0 { out += ", \(otherUntranslated) shown in the source language" }
        if summary.errors > 0 { out += ", \(counted(summary.errors, "QA error"))" }
        let missing = images.filter { $0.status == .missing }.count
        if missing > 0 { out += ", \(counted(missing, "image")) missing" }
        if let zip { out += "\n  zip: \(DisplayPath.relative(zip))" }
        if let siteFile { out += "\n  site: \(DisplayPath.relative(siteFile))" }
        return out
    }
}

/// The leverage report of one article and target (`taalgrens analyze`). Its JSON is the report itself,
/// key for key the `report.json` an export writes.
public struct AnalyzeReport: Codable, Sendable {
    /// The leverage report: bands, totals, segments to review, findings.
    public var report: LeverageReport
    /// The batch of the report's target locale when `analyze` was given two articles or more for it
    /// (``BatchAnalysis/attached(to:)``): every report of that locale carries the same batch. `nil` for one
    /// article, and never in a bundle's `report.json`.
    public var batch: BatchAnalysis?

    init(_ report: LeverageReport) { self.report = report }

    private enum BatchKey: String, CodingKey { case batch }

    /// Reads the JSON of a `report.json` (the report's own keys, not nested), with `batch` when present.
    /// - Throws: `DecodingError` when the JSON is not a leverage report.
    public init(from decoder: any Decoder) throws {
        report = try LeverageReport(from: decoder)
        batch = try decoder.container(keyedBy: BatchKey.self).decodeIfPresent(BatchAnalysis.self, forKey: .batch)
    }
    /// Writes the report's own keys, so `analyze --format json` of one folder equals the bundle's
    /// `report.json`; with several folders, the key `batch` is added (absent when ``batch`` is `nil`).
    /// - Throws: what the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        try report.encode(to: encoder)
        if let batch {
            var container = encoder.container(keyedBy: BatchKey.self)
            try container.encode(batch, forKey: .batch)
        }
    }

    /// A band table as translators quote it.
    public var text: String {
        var out = "\(report.article) \(report.sourceLocale) → \(report.targetLocale)\n"
        out += "band            segments    words\n"
        for band in report.bands {
            out += band.label.padding(toLength: 16, withPad: " ", startingAt: 0)
                + String(band.segments).leftPadded(8) + String(band.words).leftPadded(9) + "\n"
        }
        out += "total".padding(toLength: 16, withPad: " ", startingAt: 0)
            + String(report.totals.segments).leftPadded(8) + String(report.totals.words).leftPadded(9) + "\n"
        return out
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}

extension Workspace {
    /// How the source of an article folder is chosen when `--source` is not given (``defaultSource(of:targets:)``).
    enum SourceChoice: Equatable {
        /// `en`, or the only version: the callers' default takes it.
        case byDefault
        /// The one version the run's targets do not name.
        case notATarget(LanguageTag)
        /// The first of several versions outside the targets, in alphabetical order.
        case first(LanguageTag)
        /// None: no `en`, and the targets name every version.
        case none
    }

    /// The choice of ``defaultSource(of:targets:)`` for a folder holding `locales`.
    /// - Complexity: O(v·t) for v versions and t targets.
    static func sourceChoice(locales: [LanguageTag], targets: [LanguageTag]) -> SourceChoice {
        let locales = locales.sorted()
        guard locales.count >= 2, LanguageTag("en").bestMatch(in: locales) == nil else { return .byDefault }
        let others = locales.filter { locale in !targets.contains { $0.bestMatch(in: [locale]) != nil } }
        if others.count == 1 { return .notATarget(others[0]) }
        return others.first.map { .first($0) } ?? .none
    }

    /// The source locale of an article folder when `--source` is not given, for a run whose targets are
    /// `targets` (empty for `check`): `nil` when the folder has an `en` version or only one version (the
    /// callers' default takes it); else the one version `targets` does not name (an nl-BE original and its
    /// fr-BE translation exported `--to fr-BE`); else the first version in alphabetical order. Without
    /// `en`, which version is the original cannot be told from the files, so the choice is said in a note
    /// naming `--source` (thirteenth trial, findings 2 and 11: a federal page in nl-BE and fr-BE took fr-BE,
    /// the first, as its source, and `publish --to fr-BE` failed after importing).
    /// - Parameters:
    ///   - folder: the article folder.
    ///   - targets: the run's target locales (`--to`).
    /// - Throws: ``InputError`` when the folder has no `en` and every version is a target (nothing says
    ///   which is the original), or the folder cannot be read.
    func defaultSource(of folder: URL, targets: [LanguageTag]) throws -> LanguageTag? {
        let locales = Array(try ArticleFolder(folder).versions.keys).sorted()
        let names = locales.map(\.identifier).joined(separator: ", ")
        let shown = DisplayPath.relative(folder.path)
        switch Self.sourceChoice(locales: locales, targets: targets) {
        case .byDefault:
            return nil
        case .notATarget(let chosen):
            logger.notice("note: \(shown): no en version, so \(chosen) is the source (the version --to does not name); pass --source to choose another")
            return chosen
        case .first(let chosen):
            logger.notice("note: \(shown): no en version, so \(chosen) is taken as the source (the first of \(names)); pass --source to choose another")
            return chosen
        case .none:
            throw InputError(file: folder.path, "expected a source version: the folder has no en version and --to names every version (\(names)); pass --source with the original's locale")
        }
    }

    /// The source version of an article folder, segmented: `request.source`, else `en`, else the first.
    func sourceVersion(of folder: URL, source: LanguageTag?) throws -> SegmentedArticle {
        let articleFolder = try ArticleFolder(folder)
        let locales = articleFolder.versions.keys.sorted()
        let wanted: LanguageTag = source ?? "en"
        guard let chosen = wanted.bestMatch(in: locales) ?? (source == nil ? locales.first : nil),
              let url = articleFolder.versions[chosen] else {
            throw InputError(file: folder.path, "no \(wanted) version in the article folder (found \(locales.map(\.identifier).joined(separator: ", ")))")
        }
        warnIfCutShort(url)
        let article = try ArticleReader.read(url, locale: chosen, articleID: articleFolder.id)
        return try segmenter(for: chosen).segment(article)
    }

    /// The exporter's options for a request's score threshold, XLIFF version, zip and replace choices, with
    /// the selected termbases (`Glossary/` and ``extraTermbases``, ``selectedTermbase()``) and the
    /// translatable front-matter fields.
    /// - Throws: ``InputError`` for a malformed `Glossary/` or `--termbase`, or a bad `SOURCE_DATE_EPOCH`.
    func bundleOptions(minScore: Double, xliffVersion: XLIFFVersion = .v21, zip: Bool = false, force: Bool = false) throws -> BundleOptions {
        var options = BundleOptions(exportDate: try ExportTimestamp.resolve(), tool: TaalgrensVersion.tool,
                                    minScore: minScore, xliffVersion: xliffVersion, zip: zip, force: force)
        // A malformed Glossary/ is bad input here as in `check` and `import` (it was ignored: bundles without term QA).
        options.termbase = try selectedTermbase()
        options.translatableFields = BundleOptions.defaultTranslatableFields
        return options
    }

    /// `taalgrens export`: the localised bundles of one article, pre-translated from the memory
    /// (``export(folders:request:memory:)`` with one folder).
    /// - Throws: ``InputError`` for a bad folder, locale or memory; ``TaalgrensKitError`` when a bundle
    ///   exists and `force` is off, or the file system refuses.
    public func export(folder: URL, request: ExportRequest, memory: String?) throws -> [BundleSummary] {
        try export(folders: [folder], request: request, memory: memory)
    }

    /// `taalgrens export A B …`: the localised bundles of each article folder, in the order given, each
    /// article's bundles in the order of the targets (one ``BundleSummary`` per article and target, as
    /// `publish` reports them). Every folder is read and segmented before the first bundle is written, so
    /// a folder that cannot be read stops the run with nothing written; two folders of one article id
    /// are refused (their bundles would share a folder). Files the system keeps beside documents
    /// (`Thumbs.db`, …) are skipped with a note (``droppingSystemFiles(_:)``).
    /// - Parameters:
    ///   - folders: article folders, at least one.
    ///   - request: the targets, the output folder and the export's options.
    ///   - memory: the memory (`--tm`); it must exist.
    /// - Throws: ``InputError`` for no folder, a bad folder, a repeated article, an unknown locale or a bad
    ///   memory; ``TaalgrensKitError`` when a bundle exists and `force` is off, or the file system refuses
    ///   (the bundles of the folders before it stay written, each renamed into place when complete).
    public func export(folders: [URL], request: ExportRequest, memory: String?) throws -> [BundleSummary] {
        try job {
            let folders = try articleFolders(folders, command: "export")
            try checkKnown(request.targets, option: "--to")
            let store = try openMemory(memory)
            let options = try exportOptions(request)
            let prepared = try folders.map { try preparedExport(of: $0, request: request, options: options) }
            var seen: [String: URL] = [:]
            for p in prepared {
                if let other = seen.updateValue(p.folder, forKey: p.source.article.id) {
                    throw InputError(file: p.folder.path, "the article id '\(p.source.article.id)' is also the id of \(DisplayPath.relative(other.path)): expected each article once (their bundles would share a folder)")
                }
            }
            return try prepared.flatMap { try export($0, request: request, store: store) }
        }
    }

    /// One folder's export, read and checked but not written: its segmented source and the exporter's options.
    struct PreparedExport {
        var folder: URL
        var source: SegmentedArticle
        var options: BundleOptions
    }

    /// The exporter's options of a request (``bundleOptions(minScore:xliffVersion:zip:force:)``), built once
    /// per run: the termbases are loaded once, and their notes said once, however many folders follow.
    /// - Throws: ``InputError`` for a malformed termbase or a bad `SOURCE_DATE_EPOCH`.
    func exportOptions(_ request: ExportRequest) throws -> BundleOptions {
        try bundleOptions(minScore: request.minScore, xliffVersion: request.xliffVersion, zip: request.zip, force: request.force)
    }

    /// Reads and segments `folder`'s source version and completes the run's export `options` with the front
    /// matter of its targets.
    /// - Throws: ``InputError`` for a bad folder or source.
    func preparedExport(of folder: URL, request: ExportRequest, options: BundleOptions) throws -> PreparedExport {
        let chosen = try request.source ?? defaultSource(of: folder, targets: request.targets)
        let source = try sourceVersion(of: folder, source: chosen)
        var options = options
        options.targetMetadata = try targetMetadata(of: folder, targets: request.targets)
        return PreparedExport(folder: folder, source: source, options: options)
    }

    func export(folder: URL, request: ExportRequest, store: any TMStore, options: BundleOptions) throws -> [BundleSummary] {
        try export(preparedExport(of: folder, request: request, options: options), request: request, store: store)
    }

    /// Writes one prepared folder's bundles.
    /// - Throws: ``TaalgrensKitError`` when a bundle exists and `force` is off, or the file system refuses.
    func export(_ prepared: PreparedExport, request: ExportRequest, store: any TMStore) throws -> [BundleSummary] {
        do {
            let summaries = try BundleExporter(store: store, data: data)
                .export(prepared.source, targets: request.targets, to: request.output, options: prepared.options)
                .map(BundleSummary.init)
            return try placeInSite(prepared.folder, summaries, output: request.output)
        } catch let error as BundleError {
            throw TaalgrensKitError(error)
        }
    }

    /// The article folders a command was given, without the files the system keeps beside documents.
    /// - Parameter command: the command's name, for the message.
    /// - Throws: ``InputError`` when no folder is left.
    func articleFolders(_ folders: [URL], command: String) throws -> [URL] {
        guard !folders.isEmpty else { throw InputError(file: command, "expected at least one article folder") }
        let kept = try expandingSites(droppingSystemFiles(folders))
        guard !kept.isEmpty else { throw InputError(file: command, "expected at least one article folder besides the system files skipped") }
        return kept
    }

    /// The front matter of the folder's own versions in `targets` (region fallback as for the source:
    /// `fr-BE.md` serves `--to fr-BE`), for ``BundleOptions/targetMetadata``; targets the folder lacks are
    /// left out.
    /// - Throws: ``InputError`` when a target version cannot be read.
    func targetMetadata(of folder: URL, targets: [LanguageTag]) throws -> [LanguageTag: [String: String]] {
        let articleFolder = try ArticleFolder(folder)
        let locales = articleFolder.versions.keys.sorted()
        var out: [LanguageTag: [String: String]] = [:]
        for target in targets {
            guard let locale = target.bestMatch(in: locales), let url = articleFolder.versions[locale] else { continue }
            out[target] = try ArticleReader.read(url, locale: locale, articleID: articleFolder.id).metadata
        }
        return out
    }

    /// `taalgrens analyze`: the leverage report per target, without writing anything
    /// (``analyze(folders:targets:source:minScore:memory:)`` with one folder).
    /// - Throws: ``InputError`` for a bad folder, locale or memory.
    public func analyze(folder: URL, targets: [LanguageTag], source: LanguageTag?, minScore: Double, memory: String?) throws -> [AnalyzeReport] {
        try analyze(folders: [folder], targets: targets, source: source, minScore: minScore, memory: memory)
    }

    /// `taalgrens analyze A B …`: the leverage report of each article folder and target, without writing
    /// anything: the folders in the order given, each one's reports in the order of `targets`, each with
    /// the batch of its target locale when two folders or more give it one (``AnalyzeReport/batch``). Every folder
    /// is read before the first report is made, so a bad folder stops the run before any work.
    /// - Parameters:
    ///   - folders: article folders, at least one (system files such as `Thumbs.db` are skipped with a note).
    ///   - targets: the target locales.
    ///   - source: the source version (default: `en` if present).
    ///   - minScore: the fuzzy threshold, 0–101.
    ///   - memory: the memory (`--tm`); it must exist.
    /// - Throws: ``InputError`` for no folder, a bad folder, an unknown locale or a bad memory.
    public func analyze(folders: [URL], targets: [LanguageTag], source: LanguageTag?, minScore: Double, memory: String?) throws -> [AnalyzeReport] {
        try job {
            let folders = try articleFolders(folders, command: "analyze")
            try checkKnown(targets, option: "--to")
            let store = try openMemory(memory)
            let sources = try folders.map { folder in
                try sourceVersion(of: folder, source: source ?? defaultSource(of: folder, targets: targets))
            }
            let options = try bundleOptions(minScore: minScore)
            do {
                let exporter = BundleExporter(store: store, data: data)
                return BatchAnalysis.attached(to: try sources.flatMap {
                    try exporter.analyze($0, targets: targets, options: options).map { AnalyzeReport($0) }
                })
            } catch let error as BundleError {
                throw TaalgrensKitError(error)
            }
        }
    }
}

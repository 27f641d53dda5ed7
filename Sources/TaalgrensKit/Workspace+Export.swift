import Articles
import Bundles
import Foundation
import TaalgrensCore
import Terminology
import TranslationMemory

/// What one export wrote for one target locale (`taalgrens export --format json`).
public struct BundleSummary: Codable, Sendable {
    public var article: String
    public var locale: LanguageTag
    /// The bundle folder `DIR/<article-id>/<locale>`.
    public var path: String
    public var zip: String?
    /// Segments and words per leverage band (`context`, `exact`, `95-99`, …, `none`).
    public var bands: [String: LeverageReport.Count]
    public var totals: LeverageReport.Count
    public var needsReview: Int
    public var untranslated: Int
    public var errors: Int

    init(_ result: BundleResult) {
        article = result.article
        locale = result.targetLocale
        path = result.folder.path
        zip = result.zip?.path
        bands = Dictionary(uniqueKeysWithValues: result.report.bands.map { ($0.band.rawValue, LeverageReport.Count(segments: $0.segments, words: $0.words)) })
        totals = result.report.totals
        needsReview = result.report.needsReview.count
        untranslated = result.report.untranslated.count
        errors = result.report.summary.errors
    }

    /// `bundles/safer-internet-day-2020/nl-BE: 16 segments, 100% of 402 words exact or in context`, with
    /// paths relative to the working directory when they lie inside it (``DisplayPath``).
    public var line: String {
        let done = (bands["context"]?.words ?? 0) + (bands["exact"]?.words ?? 0)
        let percent = totals.words > 0 ? Int((Double(done) * 100 / Double(totals.words)).rounded()) : 0
        var out = "\(DisplayPath.relative(path)): \(counted(totals.segments, "segment")), \(percent)% of \(counted(totals.words, "word")) exact or in context"
        if needsReview > 0 { out += ", \(needsReview) to review" }
        if untranslated > 0 { out += ", \(untranslated) untranslated" }
        if errors > 0 { out += ", \(counted(errors, "QA error"))" }
        if let zip { out += "\n  zip: \(DisplayPath.relative(zip))" }
        return out
    }
}

/// The leverage report of one article and target (`taalgrens analyze`).
public struct AnalyzeReport: Codable, Sendable {
    public var report: LeverageReport

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

/// The result of `taalgrens publish`: the imports, then the bundles.
public struct PublishResult: Codable, Sendable {
    public var imports: [ImportSummary]
    public var bundles: [BundleSummary]

    public var text: String {
        (imports.map { "imported " + $0.line } + bundles.map { "wrote " + $0.line }).joined(separator: "\n") + "\n"
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}

extension Workspace {
    /// The source version of an article folder, segmented: `request.source`, else `en`, else the first.
    func sourceVersion(of folder: URL, source: LanguageTag?) throws -> SegmentedArticle {
        let articleFolder = try ArticleFolder(folder)
        let locales = articleFolder.versions.keys.sorted()
        let wanted: LanguageTag = source ?? "en"
        guard let chosen = wanted.bestMatch(in: locales) ?? (source == nil ? locales.first : nil),
              let url = articleFolder.versions[chosen] else {
            throw InputError(file: folder.path, "no \(wanted) version in the article folder (found \(locales.map(\.identifier).joined(separator: ", ")))")
        }
        let article = try ArticleReader.read(url, locale: chosen, articleID: articleFolder.id)
        return try segmenter(for: chosen).segment(article)
    }

    func bundleOptions(_ request: ExportRequest) throws -> BundleOptions {
        var options = BundleOptions(exportDate: try ExportTimestamp.resolve(), tool: TaalgrensVersion.tool,
                                    minScore: request.minScore, xliffVersion: request.xliff12 ? .v12 : .v21,
                                    zip: request.zip, force: request.force)
        options.termbase = try? termbase()
        return options
    }

    /// `taalgrens export`: the localised bundles of one article, pre-translated from the memory.
    /// - Throws: ``InputError`` for a bad folder, locale or memory; ``TaalgrensKitError`` when a bundle
    ///   exists and `force` is off, or the file system refuses.
    public func export(folder: URL, request: ExportRequest, memory: String?) throws -> [BundleSummary] {
        try checkKnown(request.targets, option: "--to")
        let store = try openMemory(memory)
        return try export(folder: folder, request: request, store: store)
    }

    func export(folder: URL, request: ExportRequest, store: any TMStore) throws -> [BundleSummary] {
        let source = try sourceVersion(of: folder, source: request.source)
        do {
            return try BundleExporter(store: store, data: data)
                .export(source, targets: request.targets, to: request.output, options: try bundleOptions(request))
                .map(BundleSummary.init)
        } catch let error as BundleError {
            throw TaalgrensKitError(error)
        }
    }

    /// `taalgrens analyze`: the leverage report per target, without writing anything.
    public func analyze(folder: URL, targets: [LanguageTag], source: LanguageTag?, minScore: Double, memory: String?) throws -> [AnalyzeReport] {
        try checkKnown(targets, option: "--to")
        let store = try openMemory(memory)
        let sourceArticle = try sourceVersion(of: folder, source: source)
        let request = ExportRequest(targets: targets, source: source, output: URL(fileURLWithPath: "/nonexistent"), minScore: minScore)
        do {
            return try BundleExporter(store: store, data: data)
                .analyze(sourceArticle, targets: targets, options: try bundleOptions(request))
                .map(AnalyzeReport.init)
        } catch let error as BundleError {
            throw TaalgrensKitError(error)
        }
    }

    /// `taalgrens publish`: imports each article folder, then exports its bundles, replacing earlier ones.
    /// Running it twice gives the same bundles (the second import finds every unit unchanged).
    public func publish(folders: [URL], request: ExportRequest, memory: String?) throws -> PublishResult {
        guard !folders.isEmpty else { throw InputError(file: "publish", "expected at least one article folder") }
        try checkKnown(request.targets, option: "--to")
        let store = try openMemory(memory)
        var result = PublishResult(imports: [], bundles: [])
        for folder in folders { result.imports.append(try importPath(folder, into: store)) }
        var forced = request
        forced.force = true
        for folder in folders { result.bundles += try export(folder: folder, request: forced, store: store) }
        return result
    }
}

import Foundation
import Articles
import Interchange
import TaalgrensCore
import Terminology
import TranslationMemory

/// What one export wrote for one target locale.
public struct BundleResult: Sendable {
    /// The sanitised article id.
    public var article: String
    /// The target locale of this bundle.
    public var targetLocale: LanguageTag
    /// `DIR/<article-id>/<locale>`.
    public var folder: URL
    /// `DIR/<article-id>-<locale>.zip`, when asked for.
    public var zip: URL?
    /// The report written as `report.json`.
    public var report: LeverageReport
    /// The manifest written as `manifest.json`.
    public var manifest: BundleManifest
}

/// Exports localised article bundles: for each target locale, an XLIFF pre-translated from the memory, the
/// article rendered in the target locale, a leverage report and a manifest (layout in `cli-json.md`,
/// decisions in `docs/bundles.md`).
///
/// ```swift
/// let exporter = BundleExporter(store: store, data: data)
/// let options = BundleOptions(exportDate: try ExportTimestamp.resolve(), tool: "taalgrens 0.1.0")
/// let results = try exporter.export(segmented, targets: ["nl-BE", "fr-BE"], to: out, options: options)
/// ```
public struct BundleExporter: Sendable {
    /// The memory the targets come from.
    public let store: any TMStore
    /// The data folder: per-locale typography and terminology rules.
    public let data: DataDirectory

    /// An exporter over a memory.
    /// - Parameters:
    ///   - store: the memory to leverage (SQLite, or any other ``TMStore``); only read.
    ///   - data: the data folder holding `Locales/` (typography, terminology rules).
    public init(store: any TMStore, data: DataDirectory) {
        self.store = store
        self.data = data
    }

    /// The leverage report per target locale, without writing anything (`taalgrens analyze`).
    /// - Parameters:
    ///   - source: the source version of the article, segmented.
    ///   - targets: the target locales, in the order wanted.
    /// - Returns: one report per target, in the order of `targets`.
    /// - Throws: ``BundleError/invalidTarget(locale:reason:)`` for a repeated target or one in the source's
    ///   language; `InputError` for an article id that cannot be made safe or malformed locale rules;
    ///   the store's errors.
    /// - Complexity: at most three memory lookups per source sentence and target.
    public func analyze(_ source: SegmentedArticle, targets: [LanguageTag], options: BundleOptions) throws -> [LeverageReport] {
        let articleID = try prepare(source, targets: targets)
        let memory = try store.memoryID().uuidString.lowercased()
        let checker = try makeChecker(options, sourceLocale: source.article.locale)
        let (augmented, fields) = Self.withFields(source, keys: options.translatableFields)
        return try targets.map { target in
            let planned = try plan(augmented, fields: fields, articleID: articleID, target: target, options: options)
            let images = try BundleImages.resolve(planned.imageSources(), articleFile: source.article.source, read: false)
            // The findings of the delivered article: its sentences with the target's typography.
            let polish = try TargetRenderer(data: data).polish(for: target)
            let findings = checker?.check(planned.checkUnits(polish: polish)) ?? []
            return planned.flaggingErrors(findings).report(memory: memory, minScore: options.minScore, findings: findings,
                                                           images: images.map(\.image))
        }
    }

    /// Writes the bundles of `source` for every target locale into `outputFolder`, atomically.
    ///
    /// For each target `L`: `DIR/<article-id>/L/{article.xlf, article.md, article.html, report.json,
    /// report.html, manifest.json}`, and with ``BundleOptions/zip`` also `DIR/<article-id>-L.zip` holding
    /// the same files under `<article-id>/L/`. Everything is written into a staging folder inside
    /// `outputFolder` and moved into place at the end; a failure leaves the output folder as it was.
    /// - Parameters:
    ///   - source: the source version of the article, segmented.
    ///   - targets: the target locales.
    ///   - outputFolder: `DIR`; created when missing.
    /// - Returns: one result per target, in the order of `targets`.
    ///   With ``BundleOptions/force`` and without ``BundleOptions/zip``, an earlier zip of the same article and
    ///   locale is removed, so no stale zip stays beside the new folder.
    /// - Throws: ``BundleError/bundleExists(path:)`` when a bundle exists and ``BundleOptions/force`` is off;
    ///   ``BundleError/fileSystem(operation:path:reason:)``; the errors of ``analyze(_:targets:options:)``.
    public func export(_ source: SegmentedArticle, targets: [LanguageTag], to outputFolder: URL,
                       options: BundleOptions) throws -> [BundleResult] {
        let articleID = try prepare(source, targets: targets)
        let sourceLocale = source.article.locale
        let transaction = try BundleTransaction(outputFolder: outputFolder, force: options.force)
        do {
            for target in targets {
                try transaction.checkFree("\(articleID)/\(target.identifier)")
                if options.zip { try transaction.checkFree("\(articleID)-\(target.identifier).zip") }
            }
            let memory = try store.memoryID().uuidString.lowercased()
            let checker = try makeChecker(options, sourceLocale: sourceLocale)
            let renderer = TargetRenderer(data: data)
            let original = try originalPath(source, articleID: articleID)
            let exportedAt = ExportTimestamp.iso8601(options.exportDate)
            let (augmented, fields) = Self.withFields(source, keys: options.translatableFields)

            var results: [BundleResult] = []
            var items: [String] = []
            for target in targets {
                let planned = try plan(augmented, fields: fields, articleID: articleID, target: target, options: options)
                let images = try BundleImages.resolve(planned.imageSources(), articleFile: source.article.source, read: true)
                let findings = checker?.check(planned.checkUnits(polish: try renderer.polish(for: target))) ?? []
                // A pre-translation with an error finding goes to review (``LocaleBundle/flaggingErrors(_:)``).
                let bundle = planned.flaggingErrors(findings)
                var report = bundle.report(memory: memory, minScore: options.minScore, findings: findings,
                                           images: images.map(\.image))
                var imagePaths: [String: String] = [:]
                for image in images.map(\.image) where image.status == .copied { imagePaths[image.source] = image.path }
                let rendered = try renderer.render(bundle, imagePaths: imagePaths, targetMetadata: options.targetMetadata[target] ?? [:])
                // A page address the target still shares with the source (fifteenth trial, finding 21).
                for (key, value) in rendered.keptAddresses {
                    report.findings.append(BundleFinding(
                        rule: "source-address", severity: "warning", locale: target.identifier,
                        unit: "\(source.article.id):field:\(key)", segment: "\(source.article.id):field:\(key)", text: value,
                        message: "`\(key)` is the \(sourceLocale.identifier) page's address (\(value)), with no language segment to change: "
                            + "published as it is, the \(target.identifier) page takes that address; give the \(target.identifier) version its own \(key)"))
                    report.summary.warnings += 1
                }
                var files: [(path: String, data: Data)] = [
                    ("article.xlf", try XLIFFWriter.write(bundle.xliff(original: original, matchOrigin: "memory:\(memory)"),
                                                      version: options.xliffVersion)),
                    ("article.md", Data(rendered.markdown.utf8)),
                    ("article.html", Data(rendered.html.utf8)),
                    ("report.json", try BundleJSON.encode(report)),
                    ("report.html", Data(report.html().utf8)),
                ]
                for image in images { if let path = image.image.path, let bytes = image.data { files.append((path, bytes)) } }
                // The article id as the memory stores it (the folder name is its path-safe form): what
                // `tm export --article` takes (eighth trial, item 14).
                let manifest = BundleManifest(article: source.article.id, sourceLocale: sourceLocale, targetLocale: target,
                                              tool: options.tool, memory: memory, exportedAt: exportedAt,
                                              files: files.map { BundleManifest.File(path: $0.path, data: $0.data) })
                files.append(("manifest.json", try BundleJSON.encode(manifest)))

                let folder = "\(articleID)/\(target.identifier)"
                for file in files { try transaction.stage(file.data, at: "\(folder)/\(file.path)") }
                items.append(folder)
                var zipURL: URL?
                if options.zip {
                    let zipName = "\(articleID)-\(target.identifier).zip"
                    let zip = try BundleZip.data(files.map { ("\(folder)/\($0.path)", $0.data) }, date: options.exportDate,
                                                 path: transaction.outputFolder.appendingPathComponent(zipName).path)
                    try transaction.stage(zip, at: zipName)
                    items.append(zipName)
                    zipURL = transaction.outputFolder.appendingPathComponent(zipName)
                }
                results.append(BundleResult(article: articleID, targetLocale: target,
                                            folder: transaction.outputFolder.appendingPathComponent(folder, isDirectory: true),
                                            zip: zipURL, report: report, manifest: manifest))
            }
            // With --force and without --zip, an earlier zip of the same bundle would no longer match it.
            let obsolete = options.zip ? [] : targets.map { "\(articleID)-\($0.identifier).zip" }
            try transaction.commit(items, removing: obsolete)
            return results
        } catch {
            transaction.rollback()
            throw error
        }
    }

    // MARK: - Steps

    /// Checks the targets and returns the safe article id.
    private func prepare(_ source: SegmentedArticle, targets: [LanguageTag]) throws -> String {
        guard !targets.isEmpty else { throw BundleError.invalidTarget(locale: "", reason: "no target locale given") }
        var seen = Set<LanguageTag>()
        for target in targets {
            guard seen.insert(target).inserted else {
                throw BundleError.invalidTarget(locale: target.identifier, reason: "asked for twice")
            }
            guard target != source.article.locale else {
                throw BundleError.invalidTarget(locale: target.identifier,
                                                reason: "is the locale of the source version (\(source.article.locale))")
            }
        }
        return try BundleName.articleID(source.article.id, file: source.article.source?.path ?? source.article.id)
    }

    /// The XLIFF `original`: `<article-id>/<source file name>`, both sanitised.
    private func originalPath(_ source: SegmentedArticle, articleID: String) throws -> String {
        let fileName = source.article.source?.lastPathComponent ?? "\(source.article.locale.identifier).md"
        let path = "\(articleID)/\(BundleName.sanitized(fileName) ?? source.article.locale.identifier)"
        precondition(BundleName.isSafeRelativePath(path))
        return path
    }

    private func makeChecker(_ options: BundleOptions, sourceLocale: LanguageTag) throws -> TermChecker? {
        let termbase = options.termbase ?? Termbase()
        return TermChecker(termbase: termbase, sourceLocale: sourceLocale, data: try TerminologyData.load(from: data))
    }

    /// The article with one block appended per translatable front-matter field it has (kind `paragraph`,
    /// one segment: the field's text, trimmed; one per item of a list, key `<key>.<n>`), after its own blocks so that their indices stay those of
    /// the memory; and the appended blocks' indices with their keys. Fields are matched in the memory
    /// without context and are no context for the article's sentences.
    static func withFields(_ source: SegmentedArticle, keys: [String]) -> (SegmentedArticle, [Int: String]) {
        var article = source.article
        var segments = source.segments
        var fields: [Int: String] = [:]
        // Each item of a list (`tags`) is a field of its own, `tags.1`, … (``FrontMatterYAML``).
        for (key, value) in FrontMatterYAML.translatableFields(of: article.metadata, keys: keys) {
            let index = article.blocks.count
            let content = RichText(plain: value)
            article.blocks.append(Block(kind: .paragraph, content: content))
            segments.append([Segment(block: index, position: 0, start: 0, end: value.utf16.count, content: content)])
            fields[index] = key
        }
        return (SegmentedArticle(article: article, segments: segments), fields)
    }

    /// Looks every piece up and decides what to write.
    private func plan(_ source: SegmentedArticle, fields: [Int: String], articleID: String, target: LanguageTag,
                      options: BundleOptions) throws -> LocaleBundle {
        let sourceLocale = source.article.locale
        let store = self.store
        var planner = LeveragePlanner(article: source, sourceLocale: sourceLocale, candidateFloor: options.candidateFloor,
                                      candidateLimit: options.candidateLimit) { request in
            let query = MatchQuery(text: request.text, source: sourceLocale, target: target, previous: request.previous,
                                   next: request.next, minScore: request.minScore, limit: request.limit)
            let matches = request.minScore >= 100 ? try store.exactMatches(query) : try store.search(query)
            return matches.map(FoundMatch.init)
        }
        planner.contextFreeBlocks = Set(fields.keys)
        let decisions = try planner.plan().map { SegmentDecision(piece: $0, minScore: options.minScore) }
        return LocaleBundle(source: source, sourceLocale: sourceLocale, targetLocale: target, articleID: articleID,
                            decisions: decisions, fields: fields)
    }
}

extension FoundMatch {
    /// The penalties of a repaired fuzzy match that leave its adapted target publishable: a placeable's other
    /// value or written form (the adaptation writes the query's) and the unit's trust (not a difference of text).
    static let placeablePenalties: Set<PenaltyReason> = [.number, .date, .url, .email, .time, .hashtag, .handle, .format, .status]

    /// Whether every difference the match's score counts is a placeable's (``placeablePenalties``). Any other
    /// difference (a punctuation mark or an emoji, case, accents, spacing, an inline code) may need an edit
    /// that the adaptation does not make: `22.3%` matched the cell `212` with −2 number and −1 punctuation, and
    /// the adapted `22,3` lost the per-cent sign (sixteenth trial, finding 4). Such a match stays a draft in
    /// the XLIFF; the rendered article shows the source there.
    ///
    /// Another kind of white space where both texts have some (`whitespaceKindOnly`: "15&nbsp;minutes" for a
    /// stored "10 minutes") is no such difference: the reader sees the same text (`docs/matching.md`,
    /// "Spacing only"; seventeenth trial, finding 12).
    static func onlyPlaceablesDiffer(_ breakdown: ScoreBreakdown, whitespaceKindOnly: Bool = false) -> Bool {
        breakdown.penalties.allSatisfy { placeablePenalties.contains($0.reason) || (whitespaceKindOnly && $0.reason == .whitespace) }
    }

    /// A planner match from a memory match.
    init(_ match: Match) {
        let origin = match.unit.origin.map { o in
            [o.article, o.block.map(String.init), o.position.map(String.init)].compactMap { $0 }.joined(separator: ":")
        }
        self.init(score: match.score, kind: Kind(rawValue: match.kind.rawValue) ?? .fuzzy, unit: match.unit.id,
                  source: match.source.content, target: match.translation, storedTarget: match.target.content,
                  origin: origin, adapted: match.adapted,
                  differsOnlyInPlaceables: match.differsOnlyInPlaceables
                      && Self.onlyPlaceablesDiffer(match.breakdown, whitespaceKindOnly: match.whitespaceKindOnly),
                  // As an exact match would be: a unit that needs review is no translation to publish.
                  differsOnlyInSpacing: match.differsOnlyInSpacing && !match.breakdown.penalties.contains { $0.reason == .status },
                  trust: match.unit.status.trustRank,
                  changed: match.unit.changed)
    }
}

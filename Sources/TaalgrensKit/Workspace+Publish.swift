import Foundation
import Articles
import TaalgrensCore
import TranslationMemory

/// The result of `taalgrens publish`: the imports, then the bundles.
public struct PublishResult: Codable, Sendable {
    /// One summary per article folder, in the order given (``ImportSummary/keptReturned`` set).
    public var imports: [ImportSummary]
    /// One summary per article and target locale.
    public var bundles: [BundleSummary]
    /// Article folders that hold only one language version (a new article waiting for its first
    /// translation): nothing to align or import, so they were only exported, pre-translated from the memory.
    public var exportedOnly: [String] = []

    /// `imported <import line>` per folder, `exported only <folder> …` per source-only folder, then
    /// `wrote <bundle line>` per bundle, one per line.
    public var text: String {
        let only = exportedOnly.map { "exported only \(DisplayPath.relative($0)): it holds one language version, so there is nothing to align or import" }
        return (imports.map { "imported " + $0.line } + only + bundles.map { "wrote " + $0.line }).joined(separator: "\n") + "\n"
    }
}

extension Workspace {
    /// `taalgrens publish`: imports each article folder, then exports its bundles, replacing earlier ones.
    /// Running it twice gives the same bundles (the second import finds every unit unchanged). A folder
    /// with only one language version (a new article) has nothing to import and is only exported
    /// (``PublishResult/exportedOnly``); every path is checked before anything is imported.
    ///
    /// A translation a person returned (a bundle's segment imported as `translated` or `reviewed`) is newer
    /// than the folder's text for the same source sentence, which is what the translator worked from: unless
    /// `folderWins`, the import keeps it (``keepReturnedTranslations(_:article:source:memoryUnits:)``), so the new
    /// bundle carries it and the summary lists the units (``ImportSummary/keptReturned``). With
    /// `folderWins` the folder's text replaces it, as `taalgrens import` does, with a warning.
    /// - Parameters:
    ///   - folders: article folders, imported and exported in this order.
    ///   - request: the export; `force` is set (earlier bundles are replaced).
    ///   - memory: the memory (`--tm`), created when missing.
    ///   - folderWins: let the folders' text replace returned translations (`--folder-wins`).
    /// - Throws: ``InputError`` for no folder, an unknown locale, a bad folder or memory;
    ///   ``TaalgrensKitError`` when a bundle cannot be written.
    public func publish(folders: [URL], request: ExportRequest, memory: String?, folderWins: Bool = false) throws -> PublishResult {
        try job {
            guard !folders.isEmpty else { throw InputError(file: "publish", "expected at least one article folder") }
            let folders = try expandingSites(droppingSystemFiles(folders))
            guard !folders.isEmpty else { throw InputError(file: "publish", "expected at least one article folder besides the system files skipped") }
            try checkKnown(request.targets, option: "--to")
            // Every path is checked before the memory is touched, so a wrong path stops the run before any import.
            let kinds = try folders.map { folder -> (isArticle: Bool, sourceOnly: Bool) in
                guard try InputPath(folder, verb: "import").isArticleFolder else { return (false, false) }
                let versions = Array(try ArticleFolder(folder).versions.keys)
                // A folder without en whose every version is a target stops the run here, before any import.
                if request.source == nil, Self.sourceChoice(locales: versions, targets: request.targets) == .none {
                    _ = try defaultSource(of: folder, targets: request.targets)
                }
                return (true, versions.count < 2)
            }
            let store = try openMemory(memory, create: true)
            var result = PublishResult(imports: [], bundles: [])
            do {
                for (folder, kind) in zip(folders, kinds) {
                    if kind.sourceOnly {
                        result.exportedOnly.append(folder.path)
                    } else if kind.isArticle {
                        var summary = try importArticle(folder, into: store, keepReturned: !folderWins)
                        if summary.keptReturned == nil { summary.keptReturned = [] }
                        result.imports.append(summary)
                    } else {
                        result.imports.append(try importPath(folder, into: store))
                    }
                }
            } catch {
                // Each folder is its own transaction: those imported before the failure stay in the memory.
                // Say so, or the user believes nothing happened (eighth trial, finding 2).
                if !result.imports.isEmpty {
                    let done = result.imports.map { DisplayPath.relative($0.path) }.joined(separator: ", ")
                    logger.notice("note: publish stopped: \(done) \(result.imports.count == 1 ? "was imported before the failure and stays" : "were imported before the failure and stay") in the memory; no bundle was written")
                }
                throw error
            }
            var forced = request
            forced.force = true
            let options = try exportOptions(forced)
            for folder in folders { result.bundles += try export(folder: folder, request: forced, store: store, options: options) }
            return result
        }
    }

    /// Puts back into `units` (an article folder's units, about to be imported) the translations a person
    /// returned for the same source sentence: where the stored unit of the article with the same `source`
    /// text (matched as the import matches, ``ArticleMatcher``) has a variant in status `translated` or
    /// `reviewed` and the folder has another text for that locale (from the aligner, no status of a person),
    /// the stored variant replaces the folder's, status included. The import then finds it the same and
    /// keeps it. A changed source sentence keeps nothing: the translation was made for the old one.
    /// - Parameters:
    ///   - units: the folder's units, changed in place.
    ///   - article: the article id whose stored units are compared (units of interchange scopes are not).
    ///   - source: the source locale of the alignment.
    ///   - memoryUnits: every stored unit whose origin is the article (`store.allUnits(filter:)`), read once by
    ///     the caller for this and ``adoptReturnedTranslations(_:article:source:memoryUnits:)``.
    /// - Returns: the ids of the units that kept a returned translation, in document order.
    /// - Complexity: O(n + m) plus O(variants) per matched pair.
    func keepReturnedTranslations(_ units: inout [TranslationUnit], article: String, source: LanguageTag,
                                  memoryUnits: [TranslationUnit]) -> [String] {
        // The article's own units: scoped interchange units (`tmx:…#…`, `xliff:…#…`) may name the article as
        // their origin but are not the folder's.
        let stored = memoryUnits.filter { !$0.id.contains(UnitScope.separator) }
        guard !stored.isEmpty else { return [] }
        let pairs = ArticleMatcher.match(incoming: units, stored: stored, source: source)
        var kept: [String] = []
        for (i, match) in pairs.enumerated() {
            guard let k = match else { continue }
            let old = stored[k]
            guard let oldSource = old.variant(for: source), let newSource = units[i].variant(for: source),
                  oldSource.content == newSource.content else { continue }
            var changed = false
            for variant in old.variants where variant.locale != source {
                let status = VariantStatus.stored(variant, of: old)
                guard VariantStatus.isHuman(status),
                      let j = units[i].variants.firstIndex(where: { $0.locale == variant.locale }),
                      units[i].variants[j].content != variant.content,
                      !VariantStatus.isHuman(VariantStatus.stored(units[i].variants[j], of: units[i])) else { continue }
                var returned = variant
                returned.status = status
                units[i].variants[j] = returned
                changed = true
            }
            if changed { kept.append(units[i].id) }
        }
        return kept
    }
}

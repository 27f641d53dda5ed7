import Foundation
import Interchange
import TaalgrensCore
import TranslationMemory

/// The result of `taalgrens tm stats`.
public struct MemoryReport: Codable, Sendable {
    /// The memory: an absolute file path, or a PostgreSQL URL without its password (``MemoryLocation/display(_:)``).
    public var path: String
    /// The memory's UUID (``TMStore/memoryID()``), which bundles record to name the memory they came from.
    public var memory: String
    /// Translation units in the memory.
    public var units: Int
    /// Articles in the memory (article folders and the articles of returned bundles).
    public var articles: Int
    /// Units that belong to an article.
    public var articleUnits: Int
    /// Returned bundles whose units are not (yet) the article's: the `article.xlf` of a bundle of an
    /// article the memory had no units of (a new article sent out before its first translation), by scope
    /// (`xliff:<target>:<article>`). Once the article is imported with its published versions, those units
    /// become the article's (`docs/memory.md`).
    public var returnedBundles: Int
    /// Units of ``returnedBundles``.
    public var returnedBundleUnits: Int
    /// Interchange files the other units came from: their scopes (a TMX file by name, an XLIFF document
    /// per target locale; `docs/memory.md`, "Unit identity"), returned bundles not included.
    public var interchangeFiles: Int
    /// Units imported from TMX or XLIFF files (not an article's, not a returned bundle's).
    public var interchangeUnits: Int
    /// Variants per locale (BCP 47 tag → count).
    public var variantsPerLocale: [String: Int]
    /// Keys are `en|nl-BE`.
    public var unitsPerPair: [String: Int]
    /// Units per unit status (`aligned`, `needsReview`, `translated`, `reviewed`, …; `docs/memory.md`).
    public var unitsPerStatus: [String: Int]
    /// Per locale, its variants per status (a locale's own sign-off, else the unit's status).
    public var variantsPerStatus: [String: [String: Int]]
    /// Per locale, its variants with a status of their own (one that differs from their unit's, such as a
    /// translator's sign-off); locales without any are absent.
    public var variantsWithOwnStatus: [String: Int]

    /// A short table. Its second line says where the units came from: `60 units from 4 articles`, or with
    /// returned bundles and interchange files `75 units: 60 from 4 articles, 12 from 1 returned bundle, 3 from
    /// 1 interchange file (TMX, XLIFF)` (each part only when it has units; `12 units from 1 returned bundle`
    /// when it is the only one). The `variants:`, `pairs:` and `status:` lines of an empty memory say `none`.
    public var text: String {
        var parts: [(units: Int, from: String)] = []
        if articleUnits > 0 || articles > 0 || units == 0 { parts.append((articleUnits, "from \(counted(articles, "article"))")) }
        if returnedBundleUnits > 0 { parts.append((returnedBundleUnits, "from \(counted(returnedBundles, "returned bundle"))")) }
        if interchangeUnits > 0 { parts.append((interchangeUnits, "from \(counted(interchangeFiles, "interchange file")) (TMX, XLIFF)")) }
        let origin = parts.count == 1 ? "\(counted(units, "unit")) \(parts[0].from)"
            : "\(counted(units, "unit")): " + parts.map { "\($0.units) \($0.from)" }.joined(separator: ", ")
        var out = "memory \(memory) at \(DisplayPath.relative(path))\n\(origin)\n"
        // An empty memory says "none" rather than leaving a label without a value (TRIAL7 finding 17).
        func list(_ counts: [String: Int], _ name: (String) -> String = { $0 }) -> String {
            counts.isEmpty ? "none" : counts.sorted { $0.key < $1.key }.map { "\(name($0.key)) \($0.value)" }.joined(separator: ", ")
        }
        out += "variants: " + list(variantsPerLocale) + "\n"
        out += "pairs: " + list(unitsPerPair) { $0.replacingOccurrences(of: "|", with: "–") } + "\n"
        out += "status: " + list(unitsPerStatus) + "\n"
        // A line per locale where some variant has a status of its own (a sign-off of that locale).
        for (locale, counts) in variantsPerStatus.sorted(by: { $0.key < $1.key }) where variantsWithOwnStatus[locale] != nil {
            out += "status \(locale): " + counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
        }
        return out
    }
}

/// What `taalgrens tm export` wrote.
public struct MemoryExportCount: Sendable, Equatable {
    /// Units written as `<tu>` elements.
    public var units: Int
    /// Units a bilingual export left out because they lack a language of the pair (or have it in another
    /// region only, counted in ``otherRegion`` too).
    public var skipped: Int
    /// A bilingual export's variants written under a pair tag other than their own (``TMXWriter/relabelled``).
    public var relabelled: [TMXWriter.Relabelling: Int]
    /// A bilingual export's units left out because a pair language is there in another region only
    /// (``TMXWriter/otherRegion``).
    public var otherRegion: [TMXWriter.Relabelling: Int]

    /// A count.
    public init(units: Int, skipped: Int, relabelled: [TMXWriter.Relabelling: Int] = [:], otherRegion: [TMXWriter.Relabelling: Int] = [:]) {
        self.units = units
        self.skipped = skipped
        self.relabelled = relabelled
        self.otherRegion = otherRegion
    }

    /// What a bilingual export says about its choice of variants (`tm export --pair`), one line each, in a
    /// stable order: variants written under the pair's tag, units left out for another region.
    public var notes: [String] {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let written = relabelled.sorted { ($0.key.pair, $0.key.stored) < ($1.key.pair, $1.key.stored) }.map { key, n in
            "\(plural(n, "unit")) had no \(key.pair) variant: \(key.stored) written as \(key.pair)"
                + (TMXWriter.legacyRegion(key.stored) == key.pair ? " (UK is no region code: the United Kingdom is GB)"
                                                                  : " (it has no region)")
        }
        let left = otherRegion.sorted { ($0.key.pair, $0.key.stored) < ($1.key.pair, $1.key.stored) }.map { key, n in
            "\(plural(n, "unit")) left out: \(key.stored) only, not \(key.pair) (another region; export them with --pair naming \(key.stored))"
        }
        return written + left
    }
}

/// Which units `taalgrens tm export` writes.
public struct MemoryFilter: Sendable {
    /// Two locales: write a bilingual TMX of this pair (source first). `nil` writes every locale.
    public var pair: [LanguageTag]?
    /// Only units of this article id.
    public var article: String?
    /// Only units changed at or after this instant (the CLI gives the start of a UTC day).
    public var since: Date?
    /// Only units with this status: with a pair, the status of the pair's target variant (the second
    /// locale); without, of any variant (`docs/memory.md`, "Review status").
    public var status: UnitStatus?

    /// A filter of `taalgrens tm export`; each `nil` keeps every unit.
    /// - Parameters:
    ///   - pair: two locales for a bilingual TMX (source first), or `nil` for every locale.
    ///   - article: only this article's units.
    ///   - since: only units changed at or after this instant.
    ///   - status: only units (or, with a pair, target variants) with this status.
    public init(pair: [LanguageTag]?, article: String?, since: Date?, status: UnitStatus?) {
        self.pair = pair
        self.article = article
        self.since = since
        self.status = status
    }
}

extension Workspace {
    /// `taalgrens tm stats`.
    public func memoryStatistics(memory: String?) throws -> MemoryReport {
        try job {
            let store = try openMemory(memory)
            let s = try store.statistics()
            return MemoryReport(
                path: MemoryLocation.display(memory), memory: try store.memoryID().uuidString.lowercased(),
                units: s.units, articles: s.articles, articleUnits: s.articleUnits,
                returnedBundles: s.returnedBundleScopes, returnedBundleUnits: s.returnedBundleUnits,
                interchangeFiles: s.interchangeScopes - s.returnedBundleScopes, interchangeUnits: s.interchangeUnits - s.returnedBundleUnits,
                variantsPerLocale: Dictionary(uniqueKeysWithValues: s.variantsPerLocale.map { ($0.key.identifier, $0.value) }),
                unitsPerPair: Dictionary(uniqueKeysWithValues: s.unitsPerPair.map { ("\($0.key.first)|\($0.key.second)", $0.value) }),
                unitsPerStatus: Dictionary(uniqueKeysWithValues: s.unitsPerStatus.map { ($0.key.rawValue, $0.value) }),
                variantsPerStatus: Dictionary(uniqueKeysWithValues: s.variantsPerStatus.map { locale, counts in
                    (locale.identifier, Dictionary(uniqueKeysWithValues: counts.map { ($0.key.rawValue, $0.value) }))
                }),
                variantsWithOwnStatus: Dictionary(uniqueKeysWithValues: s.variantsWithOwnStatus.map { ($0.key.identifier, $0.value) }))
        }
    }

    /// `taalgrens tm export`: the memory as TMX 1.4b, multilingual, or bilingual with a pair, streamed to
    /// `output` unit by unit (``TMXWriter/init(options:output:)``): the units are read one at a time
    /// (``TMStore/forEachUnit(filter:_:)``) and written in chunks of about 256, so memory stays constant
    /// however large the memory is.
    ///
    /// Every check of the request runs before the first byte goes out, so bad input writes nothing.
    /// - Parameters:
    ///   - filter: which units to write.
    ///   - memory: the `--tm` value (``MemoryLocation``).
    ///   - output: receives the document's UTF-8 bytes in order (for example standard output).
    /// - Returns: how many units were written and how many a bilingual export skipped (a language of the
    ///   pair missing).
    /// - Throws: ``InputError`` for a pair of other than two different locales or an unknown locale
    ///   (`--pair`), an article id the memory has no unit of (`--article`; the message lists the known
    ///   ids), or an unusable memory; whatever `output` throws.
    /// - Complexity: O(units in the memory) time, O(1) memory in their number.
    @discardableResult
    public func exportMemory(filter: MemoryFilter, memory: String?, output: (Data) throws -> Void) throws -> MemoryExportCount {
        try job {
            var (unitFilter, options) = try exportSettings(filter)
            let store = try openMemory(memory)
            if let article = filter.article {
                unitFilter.article = try storedArticle(article, in: store)
                try checkArticleKnown(unitFilter.article!, in: store)
            }
            return try withoutActuallyEscaping(output) { output in
                let writer = TMXWriter(options: options, output: output)
                try store.forEachUnit(filter: unitFilter) { try writer.write($0) }
                try writer.finish()
                return MemoryExportCount(units: writer.written, skipped: writer.skipped, relabelled: writer.relabelled,
                                         otherRegion: writer.otherRegion)
            }
        }
    }

    /// `taalgrens tm export --out FILE`: ``exportMemory(filter:memory:output:)`` into a temporary file
    /// beside `file`, renamed over `file` once the document is complete, so a failed export leaves an
    /// earlier file at that path as it was and never a truncated one. A device or pipe (`/dev/stdout`) is
    /// written directly.
    /// - Parameters:
    ///   - filter: which units to write.
    ///   - memory: the `--tm` value (``MemoryLocation``).
    ///   - file: the TMX file to create or replace.
    /// - Returns: the units written and skipped.
    /// - Throws: ``InputError`` as ``exportMemory(filter:memory:output:)``, and when the folder of `file`
    ///   does not exist or `file` is a folder; ``TaalgrensKitError`` (exit code 3) when the file cannot be
    ///   written (no permission, disk full), naming `file` and the system's reason.
    /// - Complexity: O(units in the memory) time, O(1) memory in their number.
    @discardableResult
    public func exportMemory(filter: MemoryFilter, memory: String?, to file: URL) throws -> MemoryExportCount {
        let output = try OutputFile(file, kind: "TMX file")
        do {
            let count = try exportMemory(filter: filter, memory: memory, output: output.write)
            try output.commit()
            return count
        } catch {
            output.discard()
            throw error
        }
    }

    /// ``exportMemory(filter:memory:output:)`` into one `Data`: for a small memory and for tests; a large
    /// one belongs in a file or a stream.
    /// - Throws: as ``exportMemory(filter:memory:output:)``.
    /// - Complexity: O(units) time and memory (about 0.5 KB of TMX per unit).
    public func exportMemory(filter: MemoryFilter, memory: String?) throws -> Data {
        var data = Data()
        try exportMemory(filter: filter, memory: memory) { data.append($0) }
        return data
    }

    /// The store filter and the writer options for `filter`, after checking its pair.
    private func exportSettings(_ filter: MemoryFilter) throws -> (UnitFilter, TMXWriter.Options) {
        var unitFilter = UnitFilter()
        if let pair = filter.pair {
            guard pair.count == 2, pair[0] != pair[1] else {
                throw InputError(file: "--pair", "expected two different locales, e.g. en,nl-BE")
            }
            try checkKnown(pair, option: "--pair")
            unitFilter.locales = pair
        }
        unitFilter.article = filter.article
        unitFilter.since = filter.since
        if let status = filter.status {
            unitFilter.statuses = [status]
            unitFilter.statusLocale = filter.pair?[1]
        }
        var options = TMXWriter.Options(toolVersion: TaalgrensVersion.current)
        if let pair = filter.pair { options.pair = (pair[0], pair[1]); options.sourceLanguage = pair[0] }
        return (unitFilter, options)
    }

    /// `taalgrens tm remove --article ID`: removes one article or imported file from the memory (its units, as
    /// ``MemoryFilter/article`` selects them for `tm export`) in one transaction (``TMStore/release(article:dryRun:)``):
    /// a file imported by mistake (the wrong client's TMX, a machine-translated file) or an article stored
    /// under another's id comes out again without rebuilding the memory (fifteenth trial, finding 23). A unit
    /// that another imported file also holds (its duplicate was merged into it) stays for that file
    /// (eighteenth trial, finding 12).
    /// - Parameters:
    ///   - article: the article id or scope.
    ///   - memory: the `--tm` value (``MemoryLocation``); a memory that does not exist is an error, never created.
    ///   - dryRun: count the units only.
    /// - Returns: what was (or would be) removed.
    /// - Throws: ``InputError`` for an id the memory has no unit of (the message lists the known ids), or an
    ///   unusable or read-only memory (nothing removed).
    /// - Complexity: O(units of the article) reads and deletions.
    public func removeUnits(article: String, memory: String?, dryRun: Bool) throws -> MemoryRemoval {
        try job {
            let store = try openMemory(memory)
            let article = try storedArticle(article, in: store)
            let release = try store.release(article: article, dryRun: dryRun)
            // None: the error that lists the known ids (nothing was written: there was nothing to remove).
            if release.held == 0 { try checkArticleKnown(article, in: store) }
            return MemoryRemoval(article: article, units: release.held, kept: release.kept, dryRun: dryRun)
        }
    }

    /// The spelling of an `--article` argument that the memory stores: its NFC form
    /// (``Article/normalizedID(_:)``, the form of every id stored since 1 December 2026), or the argument as
    /// given when only that has units (an id a memory stored decomposed before, typed or pasted as shown).
    /// A macOS terminal passes a name typed or completed from the file system decomposed.
    /// - Complexity: one or two reads of the article's units.
    private func storedArticle(_ given: String, in store: any TMStore) throws -> String {
        let normalized = Article.normalizedID(given)
        // By scalars: Swift's `==` holds canonically equivalent strings equal, SQL compares their bytes.
        guard !normalized.unicodeScalars.elementsEqual(given.unicodeScalars) else { return given }
        var only = UnitFilter()
        only.article = normalized
        if try !store.allUnits(filter: only).isEmpty { return normalized }
        only.article = given
        return try store.allUnits(filter: only).isEmpty ? normalized : given
    }

    /// Throws unless the memory holds at least one unit of `article` (whatever the other filters), before
    /// the export writes anything. Reads the article's units, and the whole memory only when the article
    /// has none, to list the known ids: O(units).
    private func checkArticleKnown(_ article: String, in store: any TMStore) throws {
        var only = UnitFilter()
        only.article = article
        guard try store.allUnits(filter: only).isEmpty else { return }
        var known: Set<String> = []
        try store.forEachUnit(filter: UnitFilter()) { unit in
            if let id = unit.origin?.article, !id.isEmpty { known.insert(id) }
        }
        let sorted = known.sorted()
        let listed = sorted.prefix(20).joined(separator: ", ") + (sorted.count > 20 ? ", … \(sorted.count - 20) more" : "")
        let hint = sorted.isEmpty ? "the memory holds no article units (import an article folder first)"
            : "known article ids: \(listed)"
        throw InputError(file: "--article", "no article '\(article)' in the memory; \(hint)")
    }
}

/// What `taalgrens tm remove` did (``Workspace/removeUnits(article:memory:dryRun:)``). JSON:
/// `{"article": "export.tmx", "units": 3, "kept": 1, "dryRun": false}`.
public struct MemoryRemoval: Hashable, Sendable, Codable {
    /// The article id or imported file's scope.
    public var article: String
    /// How many units the article or file held, now removed from it (or would be with ``dryRun``).
    public var units: Int
    /// Of ``units``, how many stay in the memory because another imported file also holds them.
    public var kept: Int
    /// Whether nothing was removed (`--dry-run`).
    public var dryRun: Bool

    /// A removal of `units` units of `article`, `kept` of them staying for other files.
    public init(article: String, units: Int, kept: Int = 0, dryRun: Bool) {
        (self.article, self.units, self.kept, self.dryRun) = (article, units, kept, dryRun)
    }

    /// `removed 3 units of export.tmx`, or `would remove 3 units of export.tmx (dry run: nothing removed)`;
    /// with units another file holds, `removed 3 units of export.tmx (1 of them stay in the memory: another
    /// imported file holds it too)`.
    public var line: String {
        var counted = "\(units) unit\(units == 1 ? "" : "s") of \(article)"
        if kept > 0 {
            counted += " (\(kept) of them stay in the memory: another imported file holds \(kept == 1 ? "it" : "them") too)"
        }
        return dryRun ? "would remove \(counted) (dry run: nothing removed)" : "removed \(counted)"
    }
}

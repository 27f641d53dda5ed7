import Foundation
import Interchange
import TaalgrensCore
import TranslationMemory

/// The result of `taalgrens tm stats`.
public struct MemoryReport: Codable, Sendable {
    public var path: String
    public var memory: String
    public var units: Int
    /// Articles in the memory (article folders and the articles of returned bundles).
    public var articles: Int
    /// Units that belong to an article.
    public var articleUnits: Int
    /// Interchange files the other units came from: their scopes (a TMX file by name, an XLIFF document
    /// per target locale; `docs/memory.md`, "Unit identity").
    public var interchangeFiles: Int
    /// Units imported from TMX or XLIFF files (not an article's).
    public var interchangeUnits: Int
    public var variantsPerLocale: [String: Int]
    /// Keys are `en|nl-BE`.
    public var unitsPerPair: [String: Int]
    public var unitsPerStatus: [String: Int]
    /// Per locale, its variants per status (a locale's own sign-off, else the unit's status).
    public var variantsPerStatus: [String: [String: Int]]
    /// Per locale, its variants with a status of their own (one that differs from their unit's, such as a
    /// translator's sign-off); locales without any are absent.
    public var variantsWithOwnStatus: [String: Int]

    /// A short table. Its second line says where the units came from: `60 units from 4 articles`, or with
    /// interchange files `63 units: 60 from 4 articles, 3 from 1 interchange file (TMX, XLIFF)`.
    public var text: String {
        let fromArticles = "from \(counted(articles, "article"))"
        let fromFiles = "from \(counted(interchangeFiles, "interchange file")) (TMX, XLIFF)"
        let origin: String
        switch (articleUnits > 0 || articles > 0, interchangeUnits > 0) {
        case (_, false): origin = "\(counted(units, "unit")) \(fromArticles)"
        case (false, true): origin = "\(counted(units, "unit")) \(fromFiles)"
        case (true, true): origin = "\(counted(units, "unit")): \(articleUnits) \(fromArticles), \(interchangeUnits) \(fromFiles)"
        }
        var out = "memory \(memory) at \(DisplayPath.relative(path))\n\(origin)\n"
        out += "variants: " + variantsPerLocale.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
        out += "pairs: " + unitsPerPair.sorted { $0.key < $1.key }.map { "\($0.key.replacingOccurrences(of: "|", with: "–")) \($0.value)" }.joined(separator: ", ") + "\n"
        out += "status: " + unitsPerStatus.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
        // A line per locale where some variant has a status of its own (a sign-off of that locale).
        for (locale, counts) in variantsPerStatus.sorted(by: { $0.key < $1.key }) where variantsWithOwnStatus[locale] != nil {
            out += "status \(locale): " + counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
        }
        return out
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
        let store = try openMemory(memory)
        let s = try store.statistics()
        return MemoryReport(
            path: MemoryLocation.display(memory), memory: try store.memoryID().uuidString.lowercased(),
            units: s.units, articles: s.articles, articleUnits: s.articleUnits,
            interchangeFiles: s.interchangeScopes, interchangeUnits: s.interchangeUnits,
            variantsPerLocale: Dictionary(uniqueKeysWithValues: s.variantsPerLocale.map { ($0.key.identifier, $0.value) }),
            unitsPerPair: Dictionary(uniqueKeysWithValues: s.unitsPerPair.map { ("\($0.key.first)|\($0.key.second)", $0.value) }),
            unitsPerStatus: Dictionary(uniqueKeysWithValues: s.unitsPerStatus.map { ($0.key.rawValue, $0.value) }),
            variantsPerStatus: Dictionary(uniqueKeysWithValues: s.variantsPerStatus.map { locale, counts in
                (locale.identifier, Dictionary(uniqueKeysWithValues: counts.map { ($0.key.rawValue, $0.value) }))
            }),
            variantsWithOwnStatus: Dictionary(uniqueKeysWithValues: s.variantsWithOwnStatus.map { ($0.key.identifier, $0.value) }))
    }

    /// `taalgrens tm export`: the memory as TMX 1.4b, multilingual, or bilingual with a pair.
    /// - Throws: ``InputError`` for a pair of other than two different locales or an unknown locale
    ///   (`--pair`), an article id the memory has no unit of (`--article`; the message lists the known
    ///   ids), or an unusable memory.
    public func exportMemory(filter: MemoryFilter, memory: String?) throws -> Data {
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
        let store = try openMemory(memory)
        let units = try store.allUnits(filter: unitFilter)
        if units.isEmpty, let article = filter.article { try checkArticleKnown(article, in: store) }
        var options = TMXWriter.Options(toolVersion: TaalgrensVersion.current)
        if let pair = filter.pair { options.pair = (pair[0], pair[1]); options.sourceLanguage = pair[0] }
        return TMXWriter.data(for: units, options: options)
    }

    /// Throws unless the memory holds at least one unit of `article` (whatever the other filters).
    /// Reads the article's units (when the other filters left none), and the whole memory only when the
    /// article has none, to list the known ids: O(units).
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

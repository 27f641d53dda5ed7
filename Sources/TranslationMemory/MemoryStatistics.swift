import Foundation
import TaalgrensCore

/// What a memory holds.
public struct MemoryStatistics: Hashable, Sendable {
    /// Two locales that occur together in units.
    public struct LocalePair: Hashable, Sendable, Comparable {
        /// The smaller tag first.
        public var first: LanguageTag
        /// The larger tag.
        public var second: LanguageTag
        /// The pair of `a` and `b`, in either order.
        public init(_ a: LanguageTag, _ b: LanguageTag) {
            (first, second) = a < b ? (a, b) : (b, a)
        }
        public static func < (a: LocalePair, b: LocalePair) -> Bool { (a.first, a.second) < (b.first, b.second) }
    }

    /// Translation units in the memory.
    public var units: Int
    /// Articles imported with ``TMStore/importArticle(id:units:source:)``.
    public var articles: Int
    /// Units that belong to an article (``units`` less ``interchangeUnits``).
    public var articleUnits: Int
    /// Interchange scopes (``UnitScope``): one per TMX file name, one per XLIFF document and target
    /// locale; units stored before scopes existed share one.
    public var interchangeScopes: Int
    /// Units that belong to an interchange scope (imported from TMX or XLIFF files).
    public var interchangeUnits: Int
    /// Variants per locale.
    public var variantsPerLocale: [LanguageTag: Int]
    /// Units per locale pair (a unit with en, nl-BE and fr-BE counts for three pairs).
    public var unitsPerPair: [LocalePair: Int]
    /// Units per status.
    public var unitsPerStatus: [UnitStatus: Int]

    /// Statistics as a store counted them. Without the scope counts, every unit counts as an article's.
    public init(units: Int, articles: Int, variantsPerLocale: [LanguageTag: Int], unitsPerPair: [LocalePair: Int],
                unitsPerStatus: [UnitStatus: Int], articleUnits: Int? = nil, interchangeScopes: Int = 0, interchangeUnits: Int = 0) {
        self.units = units
        self.articles = articles
        self.articleUnits = articleUnits ?? units
        self.interchangeScopes = interchangeScopes
        self.interchangeUnits = interchangeUnits
        self.variantsPerLocale = variantsPerLocale
        self.unitsPerPair = unitsPerPair
        self.unitsPerStatus = unitsPerStatus
    }
}

/// Which units ``TMStore/forEachUnit(filter:_:)`` returns (for `taalgrens tm export`).
public struct UnitFilter: Hashable, Sendable {
    /// Locales a unit must all have (matched by language with region fallback); empty for any.
    public var locales: [LanguageTag]
    /// Only units of this article.
    public var article: String?
    /// Only units created or changed at or after this moment.
    public var since: Date?
    /// Only units with one of these statuses; empty for any.
    public var statuses: Set<UnitStatus>

    /// A filter; every criterion left out lets every unit through.
    public init(locales: [LanguageTag] = [], article: String? = nil, since: Date? = nil, statuses: Set<UnitStatus> = []) {
        self.locales = locales
        self.article = article
        self.since = since
        self.statuses = statuses
    }
}

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
        /// Orders pairs by their smaller tag, then by their larger one.
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
    /// Of the ``interchangeScopes``, those of returned bundles: the scope `xliff:<target>:<article>` of a
    /// bundle's `article.xlf` whose units name that article and a block of it as their origin (the translations of an
    /// article the memory has no units of yet, or that differ from its units; `docs/memory.md`).
    public var returnedBundleScopes: Int
    /// Of the ``interchangeUnits``, those in ``returnedBundleScopes``.
    public var returnedBundleUnits: Int
    /// Variants per locale.
    public var variantsPerLocale: [LanguageTag: Int]
    /// Units per locale pair (a unit with en, nl-BE and fr-BE counts for three pairs).
    public var unitsPerPair: [LocalePair: Int]
    /// Units per unit status (``TranslationUnit/status``: the aligner's verdict or the status an import gave
    /// the whole unit).
    public var unitsPerStatus: [UnitStatus: Int]
    /// Per locale, its variants per status that holds for them (``TranslationUnit/status(for:)``): how many
    /// nl-BE variants a person reviewed, how many are as the aligner left them.
    public var variantsPerStatus: [LanguageTag: [UnitStatus: Int]]
    /// Per locale, its variants with a status of their own (``Variant/status``: one that differs from their
    /// unit's, such as a translator's sign-off of that locale); locales without any are absent.
    public var variantsWithOwnStatus: [LanguageTag: Int]

    /// Statistics as a store counted them. Without the scope counts, every unit counts as an article's.
    public init(units: Int, articles: Int, variantsPerLocale: [LanguageTag: Int], unitsPerPair: [LocalePair: Int],
                unitsPerStatus: [UnitStatus: Int], articleUnits: Int? = nil, interchangeScopes: Int = 0, interchangeUnits: Int = 0,
                returnedBundleScopes: Int = 0, returnedBundleUnits: Int = 0,
                variantsPerStatus: [LanguageTag: [UnitStatus: Int]] = [:], variantsWithOwnStatus: [LanguageTag: Int] = [:]) {
        self.units = units
        self.articles = articles
        self.articleUnits = articleUnits ?? units
        self.interchangeScopes = interchangeScopes
        self.interchangeUnits = interchangeUnits
        self.returnedBundleScopes = returnedBundleScopes
        self.returnedBundleUnits = returnedBundleUnits
        self.variantsPerLocale = variantsPerLocale
        self.unitsPerPair = unitsPerPair
        self.unitsPerStatus = unitsPerStatus
        self.variantsPerStatus = variantsPerStatus
        self.variantsWithOwnStatus = variantsWithOwnStatus
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
    /// Only units with a variant whose status (its own, else the unit's: ``TranslationUnit/status(for:)``)
    /// is one of these; empty for any.
    public var statuses: Set<UnitStatus>
    /// The locale whose variant ``statuses`` tests (by language, like ``locales``): for a bilingual export,
    /// its target (`tm export --pair en,fr-BE --status reviewed` keeps the units whose fr-BE variant is
    /// reviewed). `nil` tests every variant: a unit passes when any of them has one of the statuses.
    public var statusLocale: LanguageTag?

    /// A filter; every criterion left out lets every unit through.
    public init(locales: [LanguageTag] = [], article: String? = nil, since: Date? = nil, statuses: Set<UnitStatus> = [],
                statusLocale: LanguageTag? = nil) {
        self.locales = locales
        self.article = article
        self.since = since
        self.statuses = statuses
        self.statusLocale = statusLocale
    }
}

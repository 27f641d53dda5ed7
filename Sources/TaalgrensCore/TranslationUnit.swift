import Foundation

/// How far a unit can be trusted, from the point of view of leverage.
///
/// Only `reviewed` and `aligned` units can be exact (100) or context (101) matches; `needsReview` and
/// `untrusted` units always carry a penalty (see `docs/matching.md`). Ties between equal scores go to
/// `reviewed` before `aligned` (``trustRank``).
public enum UnitStatus: String, Hashable, Codable, Sendable, CaseIterable {
    /// Confirmed by a person (an XLIFF target in state `reviewed` or `final`, a TMX unit marked so).
    case reviewed
    /// Produced by the aligner with a confidence at or above the review threshold, or imported from TMX.
    case aligned
    /// Translated by a person (XLIFF state `translated`) but not yet reviewed.
    case translated
    /// Aligned with low confidence, or flagged by a person: never leveraged as exact.
    case needsReview
    /// From an origin the user marked as untrusted: never leveraged as exact.
    case untrusted

    /// Higher is more trusted; used to break score ties.
    public var trustRank: Int {
        switch self {
        case .reviewed: 4
        case .translated: 3
        case .aligned: 2
        case .needsReview: 1
        case .untrusted: 0
        }
    }

    /// Whether a unit of this status may score 100 or 101.
    public var canBeExact: Bool { self == .reviewed || self == .aligned || self == .translated }
}

/// Where a unit came from: an article's block and position, or an imported file.
public struct Origin: Hashable, Codable, Sendable {
    /// The article id (for imported files: the file name).
    public var article: String
    /// The block index in the source-language version, when known.
    public var block: Int?
    /// The segment position within the block (of the first segment of a multi-segment variant).
    public var position: Int?

    /// Creates an origin; `block` and `position` are 0-based indices in the source-language version.
    public init(article: String, block: Int? = nil, position: Int? = nil) {
        self.article = article
        self.block = block
        self.position = position
    }
}

/// One language's side of a translation unit (TMX `<tuv>`).
public struct Variant: Hashable, Codable, Sendable {
    /// The variant's locale (BCP 47); a unit holds at most one variant per locale.
    public var locale: LanguageTag
    /// The text with its inline codes. When the variant is made of several sentences (a 2-1 bead), the
    /// text keeps their original spacing and ``sentenceStarts`` records where each sentence begins.
    public var content: RichText
    /// UTF-16 offsets into ``content``'s plain text where each sentence after the first starts.
    /// Empty for a one-sentence variant.
    public var sentenceStarts: [Int]
    /// The plain text of the segment before and after this variant in its document (same locale), used
    /// for context (101) matches. `nil` at the start or end of a document or when unknown.
    public var previous: String?
    /// The plain text of the segment after this variant in its document (see ``previous``).
    public var next: String?
    /// This locale's own review status: set when the variant was signed off (or flagged) on its own, such
    /// as the target of a translator's XLIFF (`translated`, or `reviewed` for state reviewed or final).
    /// `nil` means the unit's status (``TranslationUnit/status``); read the status that holds for a
    /// locale with ``TranslationUnit/status(for:)``. Stores return `nil` where the variant's status equals
    /// its unit's (`docs/memory.md`, "Review status").
    public var status: UnitStatus?

    /// A variant; `sentenceStarts` in UTF-16 offsets of the content's plain text; `status` `nil` for the
    /// unit's status.
    public init(locale: LanguageTag, content: RichText, sentenceStarts: [Int] = [], previous: String? = nil, next: String? = nil,
                status: UnitStatus? = nil) {
        self.locale = locale
        self.content = content
        self.sentenceStarts = sentenceStarts
        self.previous = previous
        self.next = next
        self.status = status
    }

    /// The plain text (inline codes removed, a line break counting as a space; ``RichText/plainText``).
    public var text: String { content.plainText }
}

/// A translation unit (TMX `<tu>`): equivalent segments, one variant per locale.
public struct TranslationUnit: Hashable, Codable, Sendable, Identifiable {
    /// A stable id. For aligned units it derives from the origin (article, block, position), so importing a
    /// revised article updates the unit in place; for TMX units it is the `tuid` when given.
    public var id: String
    /// One variant per locale, ordered by locale tag.
    public var variants: [Variant]
    /// Where an aligned unit came from (article, block, position); `nil` for units from TMX or XLIFF.
    public var origin: Origin?
    /// The unit's own status: the aligner's verdict on the bead (`aligned`, or `needsReview` below the
    /// confidence threshold), the status a TMX `<tu>` or an interchange file gave the whole unit. It is the
    /// status of every variant without one of its own (``Variant/status``); a person's sign-off of one
    /// locale (a returned bundle) sets that variant's status and leaves this one alone. Consumers that
    /// serve one target locale read ``status(for:)``.
    public var status: UnitStatus
    /// The aligner's confidence in [0, 1], when the unit came from alignment.
    public var confidence: Double?
    /// TMX `<prop>` values and other key/value metadata, kept through import and export.
    public var properties: [String: String]
    /// TMX `<note>` texts.
    public var notes: [String]
    /// When the unit was first created (TMX `creationdate`), when known.
    public var created: Date?
    /// When the unit last changed (TMX `changedate`), when known.
    public var changed: Date?

    /// Creates a unit; `variants` are sorted by locale tag, every other parameter sets the property of the same name.
    public init(id: String, variants: [Variant], origin: Origin? = nil, status: UnitStatus = .aligned,
                confidence: Double? = nil, properties: [String: String] = [:], notes: [String] = [],
                created: Date? = nil, changed: Date? = nil) {
        self.id = id
        self.variants = variants.sorted { $0.locale < $1.locale }
        self.origin = origin
        self.status = status
        self.confidence = confidence
        self.properties = properties
        self.notes = notes
        self.created = created
        self.changed = changed
    }

    /// The variant that best matches `locale` by language with region fallback (`cli-json.md`).
    public func variant(for locale: LanguageTag) -> Variant? {
        guard let best = locale.bestMatch(in: variants.map(\.locale)) else { return nil }
        return variants.first { $0.locale == best }
    }

    /// The locales this unit has variants for.
    public var locales: [LanguageTag] { variants.map(\.locale) }

    /// The status that holds for `locale`: the own status of the variant that best matches it (by language
    /// with region fallback, as ``variant(for:)``), else the unit's ``status`` (also when the unit has no
    /// such variant). Fuzzy ranking, the review penalty, export filters and statistics read a target
    /// locale's status this way (`docs/memory.md`, "Review status").
    /// - Complexity: O(v) in the number of variants.
    public func status(for locale: LanguageTag) -> UnitStatus {
        variant(for: locale)?.status ?? status
    }
}

extension TranslationUnit {
    /// The property that says the source variant's context has one side only: value `previous` when the
    /// tool the unit came from records the segment before it and never the one after (Trados Studio's TMX
    /// in its default context mode, `PrecedingSourceAndTarget`). Such a unit's missing ``Variant/next`` is
    /// unknown, not "the end of its document", so context matching compares the previous side alone
    /// (`docs/matching.md`, "100 and 101"). The TMX reader sets it from the file; no TMX export writes it
    /// (the tool's own props, written back, give it again when read).
    public static let contextSidesProperty = "x-taalgrens-context-sides"

    /// Whether ``contextSidesProperty`` says the unit's context records the previous segment only.
    public var contextHasPreviousOnly: Bool { properties[Self.contextSidesProperty] == "previous" }
}

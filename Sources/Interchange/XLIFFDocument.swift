import Foundation
import TaalgrensCore

/// The XLIFF version a document is written in.
public enum XLIFFVersion: String, Hashable, Sendable, CaseIterable {
    /// OASIS XLIFF Version 2.1 (2018), core plus the Translation Candidates (`mtc`) and Metadata (`mda`)
    /// modules. The core namespace stays `urn:oasis:names:tc:xliff:document:2.0`; `version="2.1"`.
    case v21 = "2.1"
    /// OASIS XLIFF Version 2.0 (2014): the same document as ``v21`` with `version="2.0"`, for the tools and
    /// platforms that read 2.0 and check the attribute (Crowdin, Smartling, Phrase Strings and Localazy
    /// document 2.0 only; Symfony's loader and OpenXLIFF's validator refuse 2.1). What Taalgrens writes
    /// uses the core and the Translation Candidates and Metadata modules, all three of XLIFF 2.0: nothing
    /// 2.1 added (the ITS module, Advanced Validation) is written in either version.
    case v20 = "2.0"
    /// OASIS XLIFF Version 1.2 (2008), for older CAT tools: `<alt-trans>` candidates, `<g>`/`<x/>`/`<bx/>`/`<ex/>`
    /// inline codes, `state` on `<target>`. Validates against the 1.2 transitional schema.
    case v12 = "1.2"
}

/// The translation state of a segment, as XLIFF 2.1 section 4.3.1.40 (`state`) defines it.
///
/// XLIFF 1.2 has a longer list (`new`, `needs-translation`, `translated`, `signed-off`, `final`, …); the
/// mapping between the two is in `docs/interchange.md`.
public enum XLIFFState: String, Hashable, Codable, Sendable, CaseIterable, Comparable {
    /// Not translated yet, or pre-filled by a fuzzy match that a translator still has to check.
    case initial
    /// Translated (by a person, or pre-translated from an exact or context match).
    case translated
    /// Checked by a reviewer.
    case reviewed
    /// Signed off; no further changes expected.
    case final

    private var rank: Int {
        switch self {
        case .initial: 0
        case .translated: 1
        case .reviewed: 2
        case .final: 3
        }
    }

    /// Orders states along the workflow: initial < translated < reviewed < final.
    public static func < (a: XLIFFState, b: XLIFFState) -> Bool { a.rank < b.rank }
}

/// An XLIFF document with one `<file>`: the content of one article for one target locale.
///
/// This is the format-neutral model that ``XLIFFWriter`` writes as XLIFF 2.1 or 1.2 and ``XLIFFReader``
/// reads back from either version. Keys of every metadata dictionary are written sorted, so the same
/// document always gives the same bytes.
public struct XLIFFDocument: Hashable, Sendable {
    /// The source language (`srcLang` in 2.x, `source-language` in 1.2).
    public var sourceLocale: LanguageTag
    /// The target language (`trgLang` in 2.x, `target-language` in 1.2).
    public var targetLocale: LanguageTag
    /// The `<file>` id (2.x). 1.2 has no file id; the writer keeps it in the `tg:id` extension attribute.
    public var fileID: String
    /// The `original` attribute: the article's path or name. `nil` writes no attribute in 2.x and an
    /// empty `original=""` in 1.2, where the attribute is required (and reads back as `nil`).
    public var original: String?
    /// The units in document order: one per block of the article.
    public var units: [XLIFFUnit]
    /// Free key/value metadata of the whole file: a `<mda:metaGroup category="file">` at the start of the
    /// `<file>` (2.x, Metadata module section 5.5) or a `<prop-group name="file">` in the `<header>` (1.2).
    /// Taalgrens bundles record where the document comes from here (`article`: the article id exactly as
    /// the memory stores it; see `docs/interchange.md`, "Round trip of a bundle").
    public var metadata: [String: String]
    /// The texts of the notes that apply to the whole document, as read from another tool's file: XLIFF
    /// 2.x `<notes>` of a `<file>`, XLIFF 1.2 `<note>`s of a `<file>`'s `<header>`. Reading only: the
    /// writers do not write them (a bundle's XLIFF has none).
    public var notes: [String]

    /// A document for one source and one target language.
    public init(sourceLocale: LanguageTag, targetLocale: LanguageTag, fileID: String = "f1",
                original: String? = nil, units: [XLIFFUnit] = [], metadata: [String: String] = [:], notes: [String] = []) {
        self.sourceLocale = sourceLocale
        self.targetLocale = targetLocale
        self.fileID = fileID
        self.original = original
        self.units = units
        self.metadata = metadata
        self.notes = notes
    }

    /// The unit with this id, or `nil`.
    /// - Complexity: O(n) in the number of units.
    public func unit(id: String) -> XLIFFUnit? { units.first { $0.id == id } }
}

/// One XLIFF `<unit>` (2.x) or `<group>` of `<trans-unit>`s (1.2): a block of the article.
public struct XLIFFUnit: Hashable, Sendable {
    /// The unit id, unique in the file (an XML NMTOKEN in 2.x: letters, digits, `.`, `-`, `_`, `:`).
    public var id: String
    /// A human-readable name (`name` in 2.x, `resname` in 1.2).
    public var name: String?
    /// The block kind (`paragraph`, `heading`, …), written in the Metadata module (2.x) or as
    /// `restype="x-<kind>"` (1.2).
    public var kind: String?
    /// The segments in order: one per source sentence (or run of sentences leveraged together).
    public var segments: [XLIFFSegment]
    /// Free key/value metadata of the unit (Metadata module in 2.x, `<prop-group>` in 1.2).
    public var metadata: [String: String]
    /// The texts of the notes on the unit, as read from another tool's file: XLIFF 2.x `<notes>` of the
    /// `<unit>` and of the `<group>`s around it (outermost first), XLIFF 1.2 `<note>`s of the
    /// `<trans-unit>`s. Reading only: the writers do not write them.
    public var notes: [String]
    /// In a document of several `<file>`s (Xcode writes one per `.strings`/storyboard, Okapi one per
    /// input document), the `original` of the unit's own `<file>` (its `id` when it has no `original`);
    /// `nil` in a document of one `<file>`, whose ``XLIFFDocument/original`` says it. Reading only.
    public var file: String?

    /// A unit; see the properties.
    public init(id: String, name: String? = nil, kind: String? = nil, segments: [XLIFFSegment] = [],
                metadata: [String: String] = [:], notes: [String] = [], file: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.segments = segments
        self.metadata = metadata
        self.notes = notes
        self.file = file
    }

    /// The segment with this id, or `nil`.
    public func segment(id: String) -> XLIFFSegment? { segments.first { $0.id == id } }
}

/// One `<segment>` (2.x) or `<trans-unit>` (1.2): a source sentence and its translation.
public struct XLIFFSegment: Hashable, Sendable {
    /// The segment id, unique in the unit. In 2.x it shares its id space with the unit's inline codes
    /// (XLIFF 2.1 section 4.3.1.20 and constraint on `id` uniqueness): the writer renames a colliding
    /// code, never the segment.
    public var id: String
    /// The source sentence with its inline codes.
    public var source: RichText
    /// The translation, or `nil` when there is none yet.
    public var target: RichText?
    /// The translation state (``XLIFFState``); `initial` is written for a segment without target.
    public var state: XLIFFState
    /// Translation candidates (fuzzy, exact or context matches) for this segment.
    public var matches: [XLIFFCandidate]
    /// Free key/value metadata of the segment, for example `match-kind` and `match-score`.
    public var metadata: [String: String]
    /// The language the target element itself declares (XLIFF 1.2 `<target xml:lang>`) when it is another
    /// language than the document's target language (`de-DE` in a `fr-BE` file; `fr` under `fr-BE` is the
    /// same language and leaves this `nil`). Importers store such a target as needing review (thirteenth
    /// trial, finding 14). `nil` when the target declares nothing, or the same language.
    public var foreignTargetLanguage: LanguageTag?
    /// Whether the target needs no further review: a pre-translation the exporter trusts as it stands (an
    /// exact or context match), or a target a file marks approved. XLIFF 1.2 has the trans-unit's
    /// `approved="yes"` for it (XLIFF 1.2, section 2.4, `approved`: "a translation is final or has passed its
    /// final review"), which tools such as Translate Toolkit, Weblate and Virtaal need to show a target as
    /// done rather than fuzzy (fifteenth trial, finding 14); the 1.2 writer writes it for a confirmed segment
    /// with a target, and the 1.2 reader sets it where that attribute is all that makes the target
    /// reviewed (its `state` is `translated` or absent). XLIFF 2.x has no such flag (its
    /// `state` says it all) and neither writes nor reads it. `false` by default.
    public var confirmed = false
    /// Whether the segment is for translation. `false` for a segment with nothing a translator could
    /// change (the bundle's segments made only of symbols, hashtags, handles and inline codes, filled with
    /// a copy of the source): the 2.x writer writes `translate="no"` on its `<unit>` when every segment of
    /// the unit is so, else a `<mrk translate="no">` around its source and target content (XLIFF 2.1
    /// sections 4.3.1.47 and 4.7.2.2); the 1.2 writer `translate="no"` on its `<trans-unit>` (section
    /// 2.3.3). CAT tools show such content locked. The readers leave such segments out of the document
    /// they read (with a note), so this is `true` for every segment read. `true` by default.
    public var translatable = true

    /// A segment; see the properties.
    public init(id: String, source: RichText, target: RichText? = nil, state: XLIFFState = .initial,
                matches: [XLIFFCandidate] = [], metadata: [String: String] = [:]) {
        self.id = id
        self.source = source
        self.target = target
        self.state = state
        self.matches = matches
        self.metadata = metadata
    }
}

/// A translation candidate: an `<mtc:match>` (XLIFF 2.x Translation Candidates module, section 5.2.1)
/// or an `<alt-trans>` (XLIFF 1.2).
public struct XLIFFCandidate: Hashable, Sendable {
    /// How similar the candidate's source is to the segment's source, in per cent, 0…100. The module's
    /// schema caps it at 100: a context match (101) is written as 100 with `type="icm"` (in-context
    /// match) and its real score in ``metadata``. The writer clamps values outside 0…100.
    public var similarity: Double
    /// The quality of the candidate's target, 0…100 (`matchQuality`), when known.
    public var matchQuality: Double?
    /// Where the candidate comes from (`origin`), for example the memory's name or an article id.
    public var origin: String?
    /// The module's match type: `tm` (translation memory), `icm` (in-context match), `idm` (identical
    /// document match), `mt`, `am`, `tb` or `other`. An unknown value is written as `other` with the
    /// value in ``metadata`` under `type`.
    public var type: String?
    /// The stored source the candidate matched.
    public var source: RichText
    /// The stored translation: what the candidate proposes.
    public var target: RichText
    /// An identifier of the stored translation unit the candidate came from (for example the TM unit
    /// id). Written in the candidate's metadata under `reference`, because the module's own `ref` must
    /// point at the segment.
    public var reference: String?
    /// Free key/value metadata of the candidate, for example `match-kind`, `match-score`.
    public var metadata: [String: String]

    /// A candidate; `type` defaults to `tm` (translation memory).
    public init(similarity: Double, matchQuality: Double? = nil, origin: String? = nil, type: String? = "tm",
                source: RichText, target: RichText, reference: String? = nil, metadata: [String: String] = [:]) {
        self.similarity = similarity
        self.matchQuality = matchQuality
        self.origin = origin
        self.type = type
        self.source = source
        self.target = target
        self.reference = reference
        self.metadata = metadata
    }
}

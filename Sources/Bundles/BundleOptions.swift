import Foundation
import Interchange
import TaalgrensCore
import Terminology

/// How ``BundleExporter`` exports and analyses.
public struct BundleOptions: Sendable {
    /// Fuzzy matches whose score (rounded to one decimal) is at or above this fill the target with state
    /// `initial`, marked for review; below it the target stays empty and the matches are only listed as
    /// candidates. Default 75: the lowest band a translator usually pays as a fuzzy match, and the lower
    /// bound of the report's `75–84` band (see `docs/bundles.md`).
    public var minScore: Double = 75
    /// Matches below this are not shown at all, not even as candidates. Default 50, the lowest band of the
    /// report.
    public var candidateFloor: Double = 50
    /// Candidates listed per segment (`<mtc:match>` or `<alt-trans>`), best first. Default 3.
    public var candidateLimit: Int = 3
    /// XLIFF 2.1 (default), 2.0 (the same document, `version="2.0"`) or 1.2.
    public var xliffVersion: XLIFFVersion = .v21
    /// Also write `DIR/<article-id>-<locale>.zip`.
    public var zip: Bool = false
    /// Replace an existing bundle folder or zip of the same article and locale.
    public var force: Bool = false
    /// The termbase whose term rules run over the pre-translated targets; `nil` runs the number and QA
    /// rules only.
    public var termbase: Termbase?
    /// The moment recorded in the manifest and on zip entries. Use ``ExportTimestamp/resolve(environment:now:)``
    /// to honour `SOURCE_DATE_EPOCH`.
    public var exportDate: Date
    /// The tool name and version written into the manifest, for example `taalgrens 0.1.0`.
    public var tool: String
    /// The front-matter (or `<meta>`) fields whose text is meant for readers and is translated like a
    /// sentence: each one the article has becomes an XLIFF unit of its own (kind `paragraph`, metadata
    /// `field`) after the article's blocks, is looked up in the memory without context, and its translation
    /// (an exact match) replaces it in the rendered article's front matter and byline. Empty by default (a
    /// library caller's reports count the article's sentences only); `taalgrens export`, `analyze` and
    /// `publish` use ``defaultTranslatableFields``, and `taalgrens import` stores those fields' units
    /// (``FrontMatterFields``). The title is a block already; names (`author`), dates and ids are never
    /// translated.
    public var translatableFields: [String] = []

    /// The front matter (or `<meta>` fields) of the article folder's own version in each target locale, as
    /// read (`author: Rédaction`). In the rendered article a key the target version has takes that value
    /// instead of the source's (a byline or role such as "Staff reporter" is the target newsroom's own), except
    /// the language keys (always the target locale) and the ``translatableFields`` (the memory's
    /// translation). Empty by default: the source's values stay.
    public var targetMetadata: [LanguageTag: [String: String]] = [:]

    /// `subtitle`, `summary`, `description`, `excerpt`, `category`, and the items of the lists `categories`
    /// and `tags` (each item a field of its own, ``Articles/FrontMatterYAML/translatableFields(of:keys:)``):
    /// the fields the command line translates.
    public static let defaultTranslatableFields = ["subtitle", "summary", "description", "excerpt", "category", "categories", "tags"]

    /// Options with the documented defaults.
    /// - Parameters:
    ///   - exportDate: the export moment (see ``exportDate``).
    ///   - tool: the tool name and version (see ``tool``).
    public init(exportDate: Date, tool: String, minScore: Double = 75, xliffVersion: XLIFFVersion = .v21,
                zip: Bool = false, force: Bool = false, termbase: Termbase? = nil) {
        self.exportDate = exportDate
        self.tool = tool
        self.minScore = minScore
        self.xliffVersion = xliffVersion
        self.zip = zip
        self.force = force
        self.termbase = termbase
    }
}

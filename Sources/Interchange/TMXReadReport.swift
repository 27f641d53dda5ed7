import Foundation

/// What ``TMXReader`` did with each `<tu>` of a file: counts, and the first entries with reasons.
///
/// Every `<tu>` is counted once: `read == imported + merged + skipped`.
public struct TMXReadReport: Hashable, Sendable {
    /// Why a `<tu>` or one of its `<tuv>`s was not taken as it stood.
    public enum Reason: String, Hashable, Sendable, CaseIterable, Codable {
        /// The `<tu>` has the same variants (languages, text and inline codes) as an earlier one: counted as
        /// merged, not returned again.
        case duplicate
        /// The `<tu>` repeats an earlier `tuid` with different content: returned with that id (a store that
        /// keys on the id keeps one of them); a warning.
        case repeatedID
        /// A `<tuv>` has neither `xml:lang` nor `lang`: the variant is dropped.
        case missingLanguage
        /// No longer recorded: a `<tuv>` language that is not a well-formed BCP 47 tag now fails the file
        /// (``TMXReader/next()`` throws). Kept so code that switches over the reasons still compiles.
        case unknownLanguage
        /// A second `<tuv>` for a language already seen in the `<tu>`: the later one is dropped.
        case repeatedLanguage
        /// A `<tuv>` without `<seg>` or with an empty one: the variant is dropped.
        case emptySegment
        /// Fewer than two usable variants remain: the `<tu>` is skipped.
        case fewerThanTwoLanguages
        /// A `creationdate` or `changedate` is not `YYYYMMDDThhmmssZ`: the date is ignored; a warning.
        case malformedDate
        /// An element TMX 1.4b does not allow inside `<seg>`: its text is kept, the element dropped; a warning.
        case unknownInlineElement
        /// `srclang` names a language the `<tu>` has no variant for; a warning.
        case sourceLanguageMissing
        /// A `<tuv>` language carries a tool's marker that is no BCP 47 subtag (Okapi's `FR-FR-mt`): the
        /// marker is kept as private use (`fr-FR-x-mt`, ``ToolLanguageTag``); a warning, once per spelling.
        case toolLanguageSuffix
        /// A `<tuv>` language with the region `UK` (`EN-UK`), which BCP 47 does not register (the United
        /// Kingdom is `GB`): stored as written; `tm export --pair en-GB,…` takes it as `en-GB`
        /// (``TMXWriter/pairVariant(in:for:)``). A warning, once per spelling.
        case legacyRegion
        /// A `<tuv>` language written as an ISO 639-2 or 639-3 code of a language that has a two-letter
        /// code (`dut`, `nld`, `fre`, `fra-BE`): read as the two-letter code (``ToolLanguageTag``). A
        /// warning, once per spelling.
        case threeLetterLanguage
    }

    /// One reported `<tu>`.
    public struct Entry: Hashable, Sendable {
        /// Why the `<tu>` is reported.
        public var reason: Reason
        /// 1-based line of the `<tu>` (or of the element at fault).
        public var line: Int
        /// The `tuid`, when the `<tu>` has one.
        public var unit: String?
        /// What happened, with the details (languages, earlier line).
        public var message: String
    }

    /// The file as named to the reader.
    public var file: String
    /// `<tu>` elements read.
    public var read = 0
    /// Units returned to the caller.
    public var imported = 0
    /// `<tu>`s identical to an earlier one (``Reason/duplicate``).
    public var merged = 0
    /// `<tu>`s that gave no unit (``Reason/fewerThanTwoLanguages``).
    public var skipped = 0
    /// The documents whose units took their context from the order of the file (``TMXReader``: a document
    /// prop or an aligner's header says the units are a text's sentences in turn), each with the number of
    /// units that did; empty when the file tells no order. A document is named by its prop's value, or by
    /// the file's name when an aligner's file is one text.
    public var contextFromOrder: [String: Int] = [:]
    /// How often each reason occurred (complete, unlike ``entries``).
    public var counts: [Reason: Int] = [:]
    /// The first ``maximumEntries`` reports, in line order (notes on one line in the order given).
    public var entries: [Entry] = []
    /// How many entries are kept (counts are always complete).
    public var maximumEntries: Int

    /// An empty report for `file`, keeping at most `maximumEntries` entries.
    public init(file: String, maximumEntries: Int = 1000) {
        self.file = file
        self.maximumEntries = maximumEntries
    }

    /// Counts a reason and keeps its entry (while fewer than ``maximumEntries`` are kept) in line order: a
    /// `<tu>`'s own verdict, given at its end with the `<tu>`'s line, goes before the notes on its `<tuv>`s.
    /// - Complexity: O(1), or O(entries of the same `<tu>`) for an entry about an earlier line.
    mutating func record(_ reason: Reason, line: Int, unit: String?, _ message: String) {
        counts[reason, default: 0] += 1
        guard entries.count < maximumEntries else { return }
        var at = entries.endIndex
        while at > entries.startIndex, entries[at - 1].line > line { at -= 1 }
        entries.insert(Entry(reason: reason, line: line, unit: unit, message: message), at: at)
    }
}

import TaalgrensCore

/// How serious a finding is. `taalgrens check` exits with code 1 when any finding is an error.
public enum Severity: String, Hashable, Codable, Sendable, CaseIterable, Comparable {
    /// Must be fixed before delivery.
    case error
    /// Should be looked at; may be intended.
    case warning
    /// For information.
    case info

    /// Orders severities from the most to the least serious: error, warning, info.
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
}

/// One problem a check found, as `cli-json.md` lists it under `findings`.
public struct Finding: Hashable, Codable, Sendable {
    /// The rule's stable id (`missing-term`, `forbidden-term`, …; see ``CheckRule/all``).
    public var rule: String
    /// Error, warning or info.
    public var severity: Severity
    /// The locale of the variant to fix (usually a target; the source for a warning about the source).
    public var locale: LanguageTag
    /// The unit id: TMX `tuid`, XLIFF unit id, or `article:block:position`.
    public var unit: String
    /// The TBX concept id, for term rules.
    public var termId: String?
    /// The text the finding points at.
    public var text: String
    /// UTF-16 offsets of ``text`` in the plain text (inline codes removed) of the variant in
    /// ``textLocale`` (or in ``locale`` when that is `nil`), end exclusive.
    public var start: Int
    /// End of ``text`` (exclusive), UTF-16 offset; see ``start``.
    public var end: Int
    /// What is wrong, written for a translator.
    public var message: String
    /// What to write instead, when the rule knows.
    public var suggestion: String?
    /// Set when ``text``/``start``/``end`` point into another variant than ``locale``'s: a term the
    /// source holds and the target lacks has nothing to point at in the target, so it points at the
    /// source (an addition to `cli-json.md`'s keys; absent from the JSON when `nil`).
    public var textLocale: LanguageTag?
    /// The file (or article folder) the unit was read from, when the units came from files
    /// (``CheckUnit/file``): bundles of different articles number their segments alike (`b7:b7.s0`), so the
    /// unit id alone is ambiguous across files. For an article folder, the version's own file (`fr-BE.md`)
    /// of the variant the finding points at (``CheckUnit/variantLocations``). An addition to
    /// `cli-json.md`'s keys; absent when `nil`.
    public var file: String?
    /// The 1-based line in ``file`` of the element the unit was read from, when the reader knows it (a TMX
    /// `<tu>`, ``CheckUnit/line``): a unit without `tuid` has an id that appears nowhere in the file. An
    /// addition to `cli-json.md`'s keys; absent when `nil`.
    public var line: Int?

    /// A finding from its fields (rules make them; tools may make their own).
    public init(rule: String, severity: Severity, locale: LanguageTag, unit: String, termId: String? = nil, text: String,
                start: Int, end: Int, message: String, suggestion: String? = nil, textLocale: LanguageTag? = nil) {
        self.rule = rule
        self.severity = severity
        self.locale = locale
        self.unit = unit
        self.termId = termId
        self.text = text
        self.start = start
        self.end = end
        self.message = message
        self.suggestion = suggestion
        self.textLocale = textLocale
    }
}

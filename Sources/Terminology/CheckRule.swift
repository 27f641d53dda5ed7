/// The catalogue of checks: each rule's stable id, its severity and what it finds.
/// `docs/terminology.md` gives an example of each.
public struct CheckRule: Hashable, Sendable {
    /// The stable id findings carry in `rule`.
    public let id: String
    /// The severity of its findings (``forbiddenTerm`` is an error in a target and a warning in the source).
    public let severity: Severity
    /// One line on what the rule finds.
    public let summary: String

    /// A source term occurs, and none of its approved target terms occurs in the target.
    public static let missingTerm = CheckRule(id: "missing-term", severity: .error,
        summary: "A source term occurs and none of its approved target terms occurs in the translation.")
    /// A deprecated or superseded term: an error in a target, a warning in the source.
    public static let forbiddenTerm = CheckRule(id: "forbidden-term", severity: .error,
        summary: "A deprecated or superseded term is used (error in a translation, warning in the source).")
    /// A do-not-translate name that was changed or dropped in a target.
    public static let dntChanged = CheckRule(id: "dnt-changed", severity: .error,
        summary: "A name that must stay as it is was changed or left out in the translation.")
    /// One source with different translations across the units, or one translation of different sources.
    public static let inconsistentTranslation = CheckRule(id: "inconsistent-translation", severity: .warning,
        summary: "The same source is translated differently (sentence or term), or one translation stands for different sources.")
    /// In a unit with two or more targets, a term rendered in one target and missing in another.
    public static let crossTarget = CheckRule(id: "cross-target", severity: .warning,
        summary: "A term appears in one translation of the unit and is missing from another translation.")
    /// A number, percentage or date whose value differs between source and target.
    public static let numberMismatch = CheckRule(id: "number-mismatch", severity: .error,
        summary: "A number, percentage or date of the source is missing from the translation, or the translation adds one.")
    /// Inline codes (links, emphasis) of the source and the target differ: an error for a code the target
    /// lost or changed, a warning for a code only the target has (it may be intended: French `1<sup>er</sup>`).
    public static let inlineCodeMismatch = CheckRule(id: "inline-code-mismatch", severity: .error,
        summary: "The translation lacks an inline code (link, emphasis, …) of the source (error), or has one the source does not (warning).")
    /// A URL or e-mail address of the source is missing or changed in the target.
    public static let urlChanged = CheckRule(id: "url-changed", severity: .error,
        summary: "A URL or e-mail address of the source is missing or changed in the translation.")
    /// The target is empty, or identical to the source although the source has words to translate.
    public static let untranslated = CheckRule(id: "untranslated", severity: .warning,
        summary: "The translation is empty or the same as the source.")
    /// French typography: a no-break space before ; : ! ? and inside « ».
    public static let frenchSpacing = CheckRule(id: "french-spacing", severity: .warning,
        summary: "A no-break space is missing before ; : ! ? or inside « » (French typography).")
    /// Two or more spaces in a row.
    public static let doubledSpace = CheckRule(id: "doubled-space", severity: .warning,
        summary: "Two or more spaces in a row.")

    /// A segment of at least ``runOnLength`` Characters: a paste error or a text without sentence punctuation.
    public static let runOnSegment = CheckRule(id: "run-on-segment", severity: .warning,
        summary: "A segment of 2,000 Characters or more: a paste error, or text without sentence punctuation.")
    /// The length, in Characters, from which ``runOnSegment`` reports a segment: the aligner's
    /// `Aligner.runOnLength` (2,000; the longest real sentences of our sets are about 600).
    public static let runOnLength = 2_000.0

    /// A version whose text reads as another language than its locale (French text saved as `nl-BE.md`),
    /// judged over all its segments by function words (``LanguageProfiles``).
    public static let wrongLanguage = CheckRule(id: "wrong-language", severity: .warning,
        summary: "A language version reads as another language than its locale (judged over the whole version).")

    /// Every rule, in the order ``TermChecker/check(_:)`` runs them.
    public static let all: [CheckRule] = [missingTerm, forbiddenTerm, dntChanged, inconsistentTranslation, crossTarget,
                                          numberMismatch, inlineCodeMismatch, urlChanged, untranslated, frenchSpacing, doubledSpace,
                                          runOnSegment, wrongLanguage]
}

import TaalgrensCore

/// One variant of a unit with what the rules need, computed once.
struct VariantAnalysis {
    let locale: LanguageTag
    let content: RichText
    let text: String
    /// Terms of the locale found in the text.
    let terms: [TermOccurrence]
    /// Do-not-translate names found as written (any locale's spelling of the name).
    let names: [TermOccurrence]
}

/// A unit split into its source and its targets.
struct UnitAnalysis {
    let id: String
    let source: VariantAnalysis?
    /// Targets in locale order.
    let targets: [VariantAnalysis]
}

/// What the rules share during one ``TermChecker/check(_:)`` call.
struct CheckContext {
    let termbase: Termbase
    let sourceLocale: LanguageTag
    let data: TerminologyData
    let recognizers: [LanguageTag: TermRecognizer]
    let nameRecognizers: [LanguageTag: TermRecognizer]

    func rules(for locale: LanguageTag) -> LocaleTerminology { data.rules(for: locale) }
    func entry(_ occurrence: TermOccurrence) -> TermEntry { termbase.entries[occurrence.entryIndex] }
    func properties(_ occurrence: TermOccurrence) -> ResolvedTermProperties {
        entry(occurrence).effectiveProperties(of: occurrence.term)
    }

    /// A locale's name for messages ("nl-BE").
    func name(_ locale: LanguageTag) -> String { locale.identifier }
}

/// A rule that looks at one unit at a time.
protocol UnitRule: Sendable {
    var rule: CheckRule { get }
    func check(_ unit: UnitAnalysis, _ context: CheckContext) -> [Finding]
}

/// A rule that compares units with each other.
protocol SetRule: Sendable {
    var rule: CheckRule { get }
    func check(_ units: [UnitAnalysis], _ context: CheckContext) -> [Finding]
}

extension CheckRule {
    /// A finding of this rule with its default severity.
    func finding(_ locale: LanguageTag, _ unit: String, termId: String? = nil, text: String, start: Int, end: Int,
                 message: String, suggestion: String? = nil, textLocale: LanguageTag? = nil, severity: Severity? = nil) -> Finding {
        Finding(rule: id, severity: severity ?? self.severity, locale: locale, unit: unit, termId: termId, text: text,
                start: start, end: end, message: message, suggestion: suggestion, textLocale: textLocale)
    }
}

/// Quotes a term for a message: “réseau social”.
func quoted(_ s: String) -> String { "“\(s)”" }

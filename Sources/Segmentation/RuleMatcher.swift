import Foundation
import TaalgrensCore

/// SRX rules compiled for matching, in order, in two forms:
/// - each rule as one ICU regular expression `(?:beforebreak)(?=afterbreak)` (`NSRegularExpression`),
///   used by the reference evaluation, which scans the whole text with it ("leftmost, non-overlapping",
///   as OmegaT and Okapi do), and for rules that have no native form;
/// - all rules together as a ``RuleProgram``, which answers "does rule r match at this position?"
///   directly on the UTF-16 text, for every rule whose patterns fit its subset.
///
/// `NSRegularExpression` is immutable and documented as safe to share between threads, hence the
/// unchecked `Sendable`; everything else is immutable.
struct RuleMatcher: @unchecked Sendable {
    struct CompiledRule {
        let rule: SRXDocument.Rule
        let regex: NSRegularExpression
    }

    let rules: [CompiledRule]
    let program: RuleProgram

    /// Compiles `rules`, in order.
    /// - Throws: ``InputError`` naming `file` and the rule's line when a rule's parts cannot be combined
    ///   into one valid ICU regular expression (for example a back-reference across the two parts).
    init(rules: [SRXDocument.Rule], file: String) throws {
        self.rules = try rules.map { rule in
            var pattern = "(?:\(rule.beforeBreak))"
            if !rule.afterBreak.isEmpty { pattern += "(?=\(rule.afterBreak))" }
            do {
                return CompiledRule(rule: rule, regex: try NSRegularExpression(pattern: pattern))
            } catch {
                throw InputError(file: file, line: rule.line,
                                 "the rule's beforebreak and afterbreak do not combine into a valid ICU regular expression: \(pattern)")
            }
        }
        program = RuleProgram(rules: rules)
    }

    /// The sorted UTF-16 offsets in `text` where rule `index` matches when its combined ICU expression
    /// scans the text leftmost and non-overlapping (the end of each match).
    /// - Complexity: one regular-expression scan of the text.
    func scannedPositions(of index: Int, in text: String, length: Int) -> [Int] {
        var found: [Int] = []
        rules[index].regex.enumerateMatches(in: text, options: [.withTransparentBounds],
                                            range: NSRange(location: 0, length: length)) { match, _, _ in
            if let match { found.append(match.range.location + match.range.length) }
        }
        return found
    }
}

import Foundation
import TaalgrensCore

/// SRX rules compiled for matching: each rule becomes one ICU regular expression
/// `(?:beforebreak)(?=afterbreak)` whose match ends exactly at a candidate break position.
///
/// Positions are found by one leftmost, non-overlapping scan per rule over the whole text, the way
/// common SRX engines scan (OmegaT, Okapi). Rules should therefore consume only the token just before the
/// break and put wider context in look-behind, so that neighbouring matches do not hide each other; and
/// they run faster when the consumed part comes first (ICU then skips quickly to the characters that can
/// start a match) and the look-behind after it (`docs/segmentation.md`, "Writing rules").
///
/// `NSRegularExpression` is immutable and documented as safe to share between threads, hence the
/// unchecked `Sendable`.
struct RuleMatcher: @unchecked Sendable {
    struct CompiledRule {
        let isBreak: Bool
        let regex: NSRegularExpression
        let line: Int
    }

    let rules: [CompiledRule]

    /// Compiles `rules`, in order.
    /// - Throws: ``InputError`` naming `file` and the rule's line when a rule's parts cannot be combined
    ///   into one valid ICU regular expression (for example a back-reference across the two parts).
    init(rules: [SRXDocument.Rule], file: String) throws {
        self.rules = try rules.map { rule in
            var pattern = "(?:\(rule.beforeBreak))"
            if !rule.afterBreak.isEmpty { pattern += "(?=\(rule.afterBreak))" }
            do {
                return CompiledRule(isBreak: rule.isBreak, regex: try NSRegularExpression(pattern: pattern), line: rule.line)
            } catch {
                throw InputError(file: file, line: rule.line,
                                 "the rule's beforebreak and afterbreak do not combine into a valid ICU regular expression: \(pattern)")
            }
        }
    }

    /// For each rule, the sorted UTF-16 offsets in `text` where it matches (the end of its beforebreak
    /// match, with its afterbreak matching from there).
    /// - Complexity: O(r · n) regular-expression work for r rules over n UTF-16 code units.
    func positions(in text: String) -> [[Int]] {
        let range = NSRange(location: 0, length: text.utf16.count)
        return rules.map { rule in
            var found: [Int] = []
            rule.regex.enumerateMatches(in: text, options: [.withTransparentBounds], range: range) { match, _, _ in
                if let match { found.append(match.range.location + match.range.length) }
            }
            return found
        }
    }
}

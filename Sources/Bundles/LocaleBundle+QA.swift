import Interchange
import TaalgrensCore
import Terminology

extension LocaleBundle {
    /// The bundle with every pre-translated segment that carries an error finding of its target locale sent
    /// to review: state `initial` (XLIFF 1.2 `needs-review-translation`), `needs-review` metadata, and a note
    /// naming the rules. The rendered article keeps the memory's translation (the best there is), but a
    /// translator filtering on unconfirmed segments, as every CAT tool lets them, now meets it.
    ///
    /// Eighth trial, finding 4: a context match whose translation used a deprecated term went out as
    /// `translated`, while the same bundle's report had the `forbidden-term` error on that segment.
    /// Warnings do not change a segment's state (they are often a matter of style, such as `cross-target`).
    /// - Parameter findings: the checker's findings on ``checkUnits(polish:)``, ids as segment ids.
    /// - Complexity: O(decisions + findings).
    func flaggingErrors(_ findings: [Finding]) -> LocaleBundle {
        var rules: [String: [String]] = [:]
        for f in findings where f.severity == .error && f.locale == targetLocale {
            if !(rules[f.unit]?.contains(f.rule) ?? false) { rules[f.unit, default: []].append(f.rule) }
        }
        guard !rules.isEmpty else { return self }
        var out = self
        for i in out.decisions.indices where out.decisions[i].state == .translated {
            guard let broken = rules[out.decisions[i].segmentID] else { continue }
            out.decisions[i].state = .initial
            out.decisions[i].needsReview = true
            out.decisions[i].notes.append("the memory's translation has \(broken.count == 1 ? "an error" : "errors") "
                                          + "(\(broken.joined(separator: ", "))): sent to review; confirm or fix it")
        }
        return out
    }
}

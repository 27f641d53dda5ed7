extension Segmenter {
    /// How a segmenter finds where SRX rules match. Both give the same segments on the shipped rules,
    /// the development set, the example articles, every listed abbreviation and a large generated text
    /// (`RuleEvaluationTests`); `docs/segmentation.md` ("How rules are evaluated") has the details and
    /// the figures.
    public enum RuleEvaluation: Sendable, Hashable {
        /// The fast path (the default). Rules are asked only at candidate positions: the gaps around
        /// ICU's proposals, and positions where a break rule passes a one-code-point quick reject
        /// (most rules end in a terminator, most positions are inside words). There each rule's
        /// beforebreak is matched backwards from the position and its afterbreak forwards, natively on
        /// the UTF-16 text, compiled once per segmenter; long alternations such as the generated
        /// abbreviation lists are indexed by their last two code points, so an abbreviation is one
        /// look-up. A rule matches at a position when *some* beforebreak match ends there.
        ///
        /// Rules whose syntax the native matcher does not cover (``Segmenter/scannedRules``) are
        /// scanned as in ``scan``.
        case candidates
        /// The reference: each rule is one ICU regular expression `(?:beforebreak)(?=afterbreak)`
        /// (`NSRegularExpression`) that scans the whole text, leftmost and non-overlapping, as OmegaT
        /// and Okapi evaluate SRX. It differs from ``candidates`` only when two matches of one rule
        /// overlap: a scan reports the first and skips the other. About 10–50 times slower; kept to
        /// check the fast path against.
        case scan
    }
}

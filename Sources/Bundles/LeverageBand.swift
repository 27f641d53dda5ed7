/// The leverage bands of a report, from best to worst. A segment falls in exactly one band, decided by the
/// score of the match used for it, rounded to one decimal (`cli-json.md`):
///
/// | band | score |
/// |---|---|
/// | `context` | 101: exact, and the previous and next source segments match too |
/// | `exact` | 100 |
/// | `fuzzy95` | 95 ≤ score < 100 |
/// | `fuzzy85` | 85 ≤ score < 95 |
/// | `fuzzy75` | 75 ≤ score < 85 |
/// | `fuzzy50` | 50 ≤ score < 75 |
/// | `noMatch` | below 50, or no match |
public enum LeverageBand: String, Hashable, Codable, Sendable, CaseIterable, Comparable {
    case context, exact, fuzzy95, fuzzy85, fuzzy75, fuzzy50, noMatch

    /// The band for a match score (0–101), or ``noMatch`` for `nil`.
    public init(score: Double?) {
        guard let score else { self = .noMatch; return }
        let s = roundedToTenth(score)
        switch s {
        case 101...: self = .context
        case 100..<101: self = .exact
        case 95..<100: self = .fuzzy95
        case 85..<95: self = .fuzzy85
        case 75..<85: self = .fuzzy75
        case 50..<75: self = .fuzzy50
        default: self = .noMatch
        }
    }

    /// The label a person reads: "101", "100", "95–99", "85–94", "75–84", "50–74", "no match".
    public var label: String {
        switch self {
        case .context: "101"
        case .exact: "100"
        case .fuzzy95: "95–99"
        case .fuzzy85: "85–94"
        case .fuzzy75: "75–84"
        case .fuzzy50: "50–74"
        case .noMatch: "no match"
        }
    }

    /// Lower score bound of the band (inclusive); 0 for ``noMatch``.
    public var minimumScore: Double {
        switch self {
        case .context: 101
        case .exact: 100
        case .fuzzy95: 95
        case .fuzzy85: 85
        case .fuzzy75: 75
        case .fuzzy50: 50
        case .noMatch: 0
        }
    }

    /// Orders bands as ``allCases`` lists them: the best leverage first.
    public static func < (a: LeverageBand, b: LeverageBand) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

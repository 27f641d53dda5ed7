/// The usage status of a term, after the TBX data category `administrativeStatus`
/// (ISO 30042:2019, TBX-Basic dialect: `preferredTerm-admn-sts`, `admittedTerm-admn-sts`,
/// `deprecatedTerm-admn-sts`, `supersededTerm-admn-sts`).
///
/// "Forbidden" (a word translators and some tools use) means ``deprecated``.
public enum TermStatus: String, Hashable, Codable, Sendable, CaseIterable, Comparable {
    /// The term to use.
    case preferred
    /// An acceptable synonym of the preferred term.
    case admitted
    /// A term that must not be used (also read from "forbidden").
    case deprecated
    /// A term that was once approved and is now replaced by another.
    case superseded

    /// Whether a translator may use the term (preferred or admitted).
    public var isApproved: Bool { self == .preferred || self == .admitted }

    /// The TBX picklist value (`preferredTerm-admn-sts`, …).
    public var tbxValue: String { "\(rawValue)Term-admn-sts" }

    /// Reads a status written as a TBX picklist value (`deprecatedTerm-admn-sts`), a bare word
    /// (`deprecated`, `deprecatedTerm`), or one of the synonyms tools write (`forbidden` and
    /// `forbiddenTerm` mean deprecated, as does TBX-Min's `notRecommended`; `legal`, `regulated` and `standardized` mean preferred;
    /// `normativelyAuthorized` as well). Case is ignored.
    /// - Returns: `nil` for an unknown value.
    public init?(tbx text: String) {
        var word = text.trimmingCharacters(in: .whitespaces).lowercased()
        for suffix in ["-admn-sts", "-tn-sts", "term"] where word.hasSuffix(suffix) {
            word.removeLast(suffix.count)
        }
        switch word {
        case "preferred", "legal", "regulated", "standardized", "normativelyauthorized", "normatively authorized", "approved": self = .preferred
        case "admitted", "admissible", "accepted": self = .admitted
        case "deprecated", "forbidden", "rejected", "notrecommended": self = .deprecated
        // IATE's "Obsolete": a term no longer in use, replaced by another (eighteenth trial, finding 4).
        case "superseded", "obsolete": self = .superseded
        default: return nil
        }
    }

    /// Orders by how strongly a translator should choose the term: preferred first.
    public static func < (a: TermStatus, b: TermStatus) -> Bool { a.rank < b.rank }
    private var rank: Int {
        switch self {
        case .preferred: 0
        case .admitted: 1
        case .superseded: 2
        case .deprecated: 3
        }
    }
}

import TaalgrensCore

/// One concept of the termbase with its terms in every language (TBX `conceptEntry`, or `termEntry`
/// in TBX 2008).
public struct TermEntry: Hashable, Codable, Sendable, Identifiable {
    /// The concept id (TBX `id` attribute); findings carry it as `termId`.
    public var id: String
    /// TBX `subjectField`, when given.
    public var subjectField: String?
    /// A concept-level definition (TBX `definition` on the `conceptEntry`), when given.
    public var definition: String?
    /// Language-level definitions (TBX `definition` inside a `langSec`), by the section's language.
    public var definitions: [LanguageTag: String]
    /// Ordinary notes on the entry (convention notes are parsed into ``properties``).
    public var notes: [String]
    /// Entry-level Taalgrens properties (do not translate, case, match mode, compound head).
    public var properties: TermProperties
    /// The terms, in the order of the file. Their language comes from their section's `xml:lang`.
    public var terms: [Term]
    /// The file this entry was read from, when it came from one.
    public var file: String?

    /// An entry from its fields; `terms` in file order.
    public init(id: String, subjectField: String? = nil, definition: String? = nil, definitions: [LanguageTag: String] = [:],
                notes: [String] = [], properties: TermProperties = TermProperties(), terms: [Term], file: String? = nil) {
        self.id = id
        self.subjectField = subjectField
        self.definition = definition
        self.definitions = definitions
        self.notes = notes
        self.properties = properties
        self.terms = terms
        self.file = file
    }

    /// The locales that have at least one term, in file order, without repeats.
    public var locales: [LanguageTag] {
        var seen: Set<LanguageTag> = []
        return terms.map(\.locale).filter { seen.insert($0).inserted }
    }

    /// The terms for `locale`, matched by language with region fallback (`nl-BE` finds `nl-BE` terms,
    /// else `nl` ones, else other `nl-*` ones), best status first.
    /// - Complexity: O(t log t) in the entry's number of terms.
    public func terms(for locale: LanguageTag) -> [Term] {
        guard let best = locale.bestMatch(in: locales) else { return [] }
        let closeness = locale.closeness(to: best)
        return terms.filter { locale.closeness(to: $0.locale) == closeness }.sorted { $0.status < $1.status }
    }

    /// The approved (preferred or admitted) terms for `locale`, preferred first.
    public func approvedTerms(for locale: LanguageTag) -> [Term] { terms(for: locale).filter(\.status.isApproved) }

    /// The term a translator should use in `locale`: the first preferred, else the first admitted one.
    public func preferredTerm(for locale: LanguageTag) -> Term? { approvedTerms(for: locale).first }

    /// The term to use in `locale` instead of `term` (a deprecated or superseded one): the first approved term
    /// of the same TBX `termType` (an abbreviation for an abbreviation: IATE's deprecated "GDPR" in Dutch is
    /// replaced by the admitted "AVG", not by the five-word full form; eighteenth trial, finding 8), else
    /// ``preferredTerm(for:)``. Types compare without case; `acronym`, `abbreviation`, `initialism` and
    /// `shortForm` are one family (TBX-Basic's short forms), so are `fullForm` and `term`.
    /// - Complexity: O(t log t) in the entry's number of terms.
    public func replacement(for term: Term, in locale: LanguageTag) -> Term? {
        func family(_ type: String?) -> String? {
            guard let type = type?.lowercased() else { return nil }
            switch type {
            case "acronym", "abbreviation", "initialism", "shortform", "short form", "abbreviated form": return "short"
            case "fullform", "full form", "term", "main entry term": return "full"
            default: return type
            }
        }
        let approved = approvedTerms(for: locale)
        if let wanted = family(term.termType), let same = approved.first(where: { family($0.termType) == wanted }) { return same }
        return approved.first
    }

    /// The properties that apply to `term`: the term's own, then the entry's, then the defaults
    /// (translate, match mode inflected, no compound heads, and case-sensitive only for names kept as is
    /// and for acronyms: terms with two or more capitals in one word, such as "B-BICO" or "eID" with its
    /// inner capital).
    public func effectiveProperties(of term: Term) -> ResolvedTermProperties {
        let p = term.properties.resolved(over: properties)
        let dnt = p.doNotTranslate ?? false
        return ResolvedTermProperties(doNotTranslate: dnt,
                                      caseSensitive: p.caseSensitive ?? (dnt || Self.looksLikeAcronym(term.text)),
                                      matchMode: p.matchMode ?? .inflected,
                                      compoundHead: p.compoundHead ?? false)
    }

    /// Whether some word of `text` has a capital after its first letter ("SIC", "B-BICO", "eID").
    static func looksLikeAcronym(_ text: String) -> Bool {
        text.split(whereSeparator: { $0 == " " || $0 == "-" }).contains { word in
            word.dropFirst().contains { $0.isUppercase }
        }
    }
}

/// A term's properties with every default applied (see ``TermEntry/effectiveProperties(of:)``).
public struct ResolvedTermProperties: Hashable, Sendable {
    /// The term stays as it is in every language.
    public var doNotTranslate: Bool
    /// Letter case matters when recognising the term.
    public var caseSensitive: Bool
    /// How the term's words are compared with the text's.
    public var matchMode: MatchMode
    /// The term may end a closed compound.
    public var compoundHead: Bool
}

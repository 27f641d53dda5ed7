import TaalgrensCore

/// One term of a term entry: a word or phrase that names the entry's concept in one language
/// (TBX `termSec`, or `tig`/`ntig` in TBX 2008).
public struct Term: Hashable, Codable, Sendable {
    /// The term as written in the termbase ("réseau social", "Safer Internet Day").
    public var text: String
    /// The language of the section the term came from (its `xml:lang`), as written there.
    public var locale: LanguageTag
    /// Usage status; a term without one counts as ``TermStatus/preferred`` (as `docs/glossary.md` says).
    public var status: TermStatus
    /// TBX `partOfSpeech` ("noun", "verb", "properNoun", …), when given.
    public var partOfSpeech: String?
    /// TBX `termType` ("fullForm", "abbreviation", "acronym", "shortForm", …; TBX-Basic, as IATE and MultiTerm
    /// write it), when given: kept through lookups and exports, and a deprecated abbreviation's fix is an
    /// approved term of the same type (``TermEntry/replacement(for:in:)``).
    public var termType: String?
    /// Ordinary notes on this term (convention notes are parsed into ``properties`` instead).
    public var notes: [String]
    /// Term-level Taalgrens properties; `nil` fields inherit from the entry.
    public var properties: TermProperties

    /// Whether the termbase gives the term's part of speech as a noun (TBX `noun`, `commonNoun`; case ignored).
    public var isNoun: Bool { ["noun", "commonnoun"].contains(partOfSpeech?.lowercased() ?? "") }
    /// Whether the termbase gives the term's part of speech as a verb (TBX `verb`; case ignored).
    public var isVerb: Bool { partOfSpeech?.lowercased() == "verb" }
    /// Whether the termbase gives the term's part of speech as an adjective (TBX `adjective`; case ignored).
    public var isAdjective: Bool { partOfSpeech?.lowercased() == "adjective" }

    /// A term; without a status it is preferred.
    public init(text: String, locale: LanguageTag, status: TermStatus = .preferred, partOfSpeech: String? = nil,
                notes: [String] = [], properties: TermProperties = TermProperties(), termType: String? = nil) {
        self.termType = termType
        self.text = text
        self.locale = locale
        self.status = status
        self.partOfSpeech = partOfSpeech
        self.notes = notes
        self.properties = properties
    }
}

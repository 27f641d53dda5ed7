/// How a term is recognised in running text (the `taalgrens:match=` note convention).
public enum MatchMode: String, Hashable, Codable, Sendable, CaseIterable {
    /// The words must occur as written (case still follows the term's case rule).
    case exact
    /// Each word of the term may be inflected: words are compared by their Snowball stem, corrected by
    /// the locale's stemmer exceptions (`Locales/<locale>/terminology.json`). The default.
    case inflected
    /// Each word of the term matches any word that begins with it ("sext" matches "sexting", "sexten").
    case prefix
}

/// Taalgrens's own properties of a term entry or a single term. They are not TBX-Basic data categories,
/// so they travel in TBX `<note>` elements written by convention (see `docs/terminology.md`):
///
/// | note text | property |
/// |---|---|
/// | `taalgrens:dnt` | ``doNotTranslate`` = true (a name kept as is in every language) |
/// | `taalgrens:case=sensitive` / `taalgrens:case=insensitive` | ``caseSensitive`` |
/// | `taalgrens:match=exact` / `inflected` / `prefix` | ``matchMode`` |
/// | `taalgrens:compound-head` | ``compoundHead`` = true (the term may be the head of a Dutch compound) |
///
/// A property left `nil` is inherited: a term's from its entry, an entry's from the defaults in
/// ``resolved(over:)``.
public struct TermProperties: Hashable, Codable, Sendable {
    /// Do not translate: the term must appear unchanged in every target.
    public var doNotTranslate: Bool?
    /// Whether letter case matters when recognising the term.
    public var caseSensitive: Bool?
    /// How the term's words are compared with the text's words.
    public var matchMode: MatchMode?
    /// Whether the term also matches as the head (last part) of a closed compound ("veiligheid" in
    /// "internetveiligheid").
    public var compoundHead: Bool?

    /// Properties; `nil` means inherited.
    public init(doNotTranslate: Bool? = nil, caseSensitive: Bool? = nil, matchMode: MatchMode? = nil, compoundHead: Bool? = nil) {
        self.doNotTranslate = doNotTranslate
        self.caseSensitive = caseSensitive
        self.matchMode = matchMode
        self.compoundHead = compoundHead
    }

    /// Whether no property is set.
    public var isEmpty: Bool { doNotTranslate == nil && caseSensitive == nil && matchMode == nil && compoundHead == nil }

    /// These properties with every `nil` taken from `parent`.
    public func resolved(over parent: TermProperties) -> TermProperties {
        TermProperties(doNotTranslate: doNotTranslate ?? parent.doNotTranslate,
                       caseSensitive: caseSensitive ?? parent.caseSensitive,
                       matchMode: matchMode ?? parent.matchMode,
                       compoundHead: compoundHead ?? parent.compoundHead)
    }

    /// The prefix every convention note starts with.
    public static let notePrefix = "taalgrens:"

    /// Reads one `<note>` text. Returns `true` when the note is a Taalgrens convention (and applies it),
    /// `false` when it is an ordinary note to keep as text.
    /// - Throws: a message (for an ``InputError``) when the note starts with `taalgrens:` but is not one
    ///   of the documented conventions, so a typo in the glossary never passes silently.
    mutating func apply(note text: String) throws(NoteError) -> Bool {
        let note = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard note.lowercased().hasPrefix(Self.notePrefix) else { return false }
        let body = note.dropFirst(Self.notePrefix.count).lowercased()
        switch body {
        case "dnt", "do-not-translate": doNotTranslate = true
        case "case=sensitive": caseSensitive = true
        case "case=insensitive": caseSensitive = false
        case "compound-head": compoundHead = true
        case let b where b.hasPrefix("match="):
            guard let mode = MatchMode(rawValue: String(b.dropFirst(6))) else {
                throw NoteError(message: "expected taalgrens:match=exact, taalgrens:match=inflected or taalgrens:match=prefix, found '\(note)'")
            }
            matchMode = mode
        default:
            throw NoteError(message: "unknown Taalgrens note '\(note)': expected taalgrens:dnt, taalgrens:case=sensitive, taalgrens:case=insensitive, taalgrens:match=exact|inflected|prefix or taalgrens:compound-head")
        }
        return true
    }

    /// The convention notes that write these properties, in a fixed order.
    public var notes: [String] {
        var out: [String] = []
        if doNotTranslate == true { out.append("taalgrens:dnt") }
        if let caseSensitive { out.append(caseSensitive ? "taalgrens:case=sensitive" : "taalgrens:case=insensitive") }
        if let matchMode { out.append("taalgrens:match=\(matchMode.rawValue)") }
        if compoundHead == true { out.append("taalgrens:compound-head") }
        return out
    }
}

/// A malformed convention note; readers turn it into an `InputError` with the file and line.
struct NoteError: Error {
    var message: String
}

import TaalgrensCore

/// One place where a term of the termbase was recognised in a text.
public struct TermOccurrence: Hashable, Sendable {
    /// The concept id of the entry whose term matched.
    public var entryID: String
    /// The position of that entry in ``Termbase/entries``.
    public var entryIndex: Int
    /// The term that matched (its status says whether it is approved, deprecated, …).
    public var term: Term
    /// The matched text as written ("réseaux sociaux", "internetveiligheid").
    public var text: String
    /// UTF-16 offsets into the text that was searched, end exclusive.
    public var start: Int
    /// End of the match, UTF-16 offset, exclusive.
    public var end: Int

    /// An occurrence from its fields.
    public init(entryID: String, entryIndex: Int, term: Term, text: String, start: Int, end: Int) {
        self.entryID = entryID
        self.entryIndex = entryIndex
        self.term = term
        self.text = text
        self.start = start
        self.end = end
    }
}

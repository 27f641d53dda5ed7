/// What an import did, unit by unit.
public struct ImportCounts: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Units that were not in the memory.
    public var added = 0
    /// Units whose translations, status, confidence, properties or notes changed.
    public var updated = 0
    /// Units found identical. A unit whose only change is its context (the previous or next segment,
    /// because a neighbour was edited) counts here; its new context is stored.
    public var unchanged = 0
    /// Units with identical translations whose position in the article changed (new id and origin, after
    /// a sentence was inserted or removed before them). Not counted as updated.
    public var moved = 0
    /// Stored units of a re-imported article that the new version no longer has.
    public var removed = 0
    /// Duplicates merged into an existing unit (interchange imports).
    public var merged = 0
    /// Ids of units (as imported) whose `translated` or `reviewed` translation an article import replaced
    /// with the folder's different text; a folder with the same text keeps the status instead. Empty for
    /// other imports.
    public var replacedReviewed: [String] = []

    /// Counts, zero unless given.
    public init(added: Int = 0, updated: Int = 0, unchanged: Int = 0, moved: Int = 0, removed: Int = 0, merged: Int = 0) {
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
        self.moved = moved
        self.removed = removed
        self.merged = merged
    }

    /// "added 3, updated 1, unchanged 40, moved 0, removed 0, merged 0".
    public var description: String {
        "added \(added), updated \(updated), unchanged \(unchanged), moved \(moved), removed \(removed), merged \(merged)"
    }
}

import Foundation
import TaalgrensCore

/// What importing one article does to its stored units, decided without a database: the matching, the
/// comparison, the dates and the counts of `docs/memory.md`, "Importing articles". Every store loads the
/// article's stored units inside its transaction, builds this plan and carries it out in the order given
/// (removals, then renames, then one action per incoming unit), so both stores import alike.
package struct ArticleImportPlan: Sendable {
    /// What happens to one incoming unit.
    package enum Action: Equatable, Sendable {
        /// A new unit: insert the incoming unit as it is.
        case insert
        /// Identical to the stored unit at this index: nothing is written.
        case keep(stored: Int)
        /// Replace the stored unit at this index (its row, id and variants) with `unit`, whose dates are
        /// already set (`created` kept, `changed` now for an update).
        case rewrite(stored: Int, unit: TranslationUnit)
    }

    /// Indices of the stored units that the new version no longer has (to delete), in stored order.
    package let removals: [Int]
    /// Indices of the stored units that take another id: free their ids (``temporaryID(pk:)``) before any
    /// action runs, so that renumbering never collides with the unique key.
    package let renames: [Int]
    /// One action per incoming unit, in document order.
    package let actions: [Action]
    /// Added, updated, unchanged, moved and removed units.
    package let counts: ImportCounts

    /// Plans the import.
    /// - Parameters:
    ///   - incoming: the article's units, in document order.
    ///   - stored: the article's stored units, in document order (block, position, then storage order).
    ///   - source: the source locale that matches units by text (``ArticleMatcher``).
    ///   - now: the import's time, for `changed` of updated units without their own date.
    ///
    /// A stored unit a person gave the status `translated` or `reviewed` keeps it when the incoming unit
    /// (from the aligner, `aligned` or `needsReview`) has the same variants; when its variants differ, the
    /// incoming unit replaces it (updated) and its id is listed in ``ImportCounts/replacedReviewed``.
    /// - Complexity: O(n + m) dictionary work plus one ``UnitComparison`` per matched pair.
    package init(incoming: [TranslationUnit], stored: [TranslationUnit], source: LanguageTag?, now: Date) {
        let pairs = ArticleMatcher.match(incoming: incoming, stored: stored, source: source)
        var counts = ImportCounts()
        let matched = Set(pairs.compactMap { $0 })
        removals = stored.indices.filter { !matched.contains($0) }
        counts.removed = removals.count
        renames = pairs.enumerated().compactMap { i, k in k.flatMap { stored[$0].id != incoming[i].id ? $0 : nil } }
        var actions: [Action] = []
        actions.reserveCapacity(incoming.count)
        for (i, match) in pairs.enumerated() {
            let new = incoming[i]
            guard let k = match else {
                actions.append(.insert)
                counts.added += 1
                continue
            }
            let old = stored[k]
            var u = new
            // A status a person gave (translated, reviewed) outlives a re-import of the same text: the
            // aligner's status says nothing new about it. Where the text differs, the folder wins, and the
            // replaced human translation is named.
            let human = old.status == .reviewed || old.status == .translated
            let fromAligner = new.status != .reviewed && new.status != .translated
            if human && fromAligner {
                if UnitComparison.sameVariants(old, new) {
                    u.status = old.status
                } else {
                    counts.replacedReviewed.append(new.id)
                }
            }
            switch UnitComparison.compare(old, u) {
            case .identical:
                actions.append(.keep(stored: k))
                counts.unchanged += 1
                continue
            case .contextOnly:
                u.created = old.created
                u.changed = old.changed
                counts.unchanged += 1
            case .moved:
                u.created = old.created
                u.changed = old.changed
                counts.moved += 1
            case .changed:
                u.created = old.created ?? new.created
                u.changed = new.changed ?? now
                counts.updated += 1
            }
            actions.append(.rewrite(stored: k, unit: u))
        }
        self.actions = actions
        self.counts = counts
    }

    /// The id a stored unit holds while its own id is freed for another unit of the same article: a
    /// control character no real id starts with, and the row's key.
    package static func temporaryID(pk: Int64) -> String { "\u{1}renaming-\(pk)" }
}

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
    /// A status a person gave a stored unit or one of its variants (`translated`, `reviewed`) is kept where
    /// the incoming unit (from the aligner, `aligned` or `needsReview`) has the same text
    /// (``keepHumanStatuses(_:into:source:)``); where the text differs, the incoming unit replaces it
    /// (updated) and its id is listed in ``ImportCounts/replacedReviewed``.
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
            if ArticleImportPlan.keepHumanStatuses(old, into: &u, source: source) { counts.replacedReviewed.append(new.id) }
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

    /// Keeps in `incoming` the statuses a person gave `stored` (translated, reviewed), unit by unit and
    /// locale by locale: the aligner's status says nothing new about a text a person signed off.
    ///
    /// - The unit's own status is kept when every variant is the same (as before statuses per locale).
    /// - A variant's status is kept when that variant and the source variant are the same (its sign-off
    ///   still holds for the same pair of texts) and the incoming variant's status comes from the aligner.
    /// - Returns: whether a person's status was lost because the folder's text differs (the unit's
    ///   variants, or a signed-off variant or its source): the folder wins, and the caller names the unit.
    static func keepHumanStatuses(_ stored: TranslationUnit, into incoming: inout TranslationUnit, source: LanguageTag?) -> Bool {
        var replaced = false
        let unitFromAligner = !VariantStatus.isHuman(incoming.status)
        if VariantStatus.isHuman(stored.status) && unitFromAligner {
            if UnitComparison.sameVariants(stored, incoming) { incoming.status = stored.status } else { replaced = true }
        }
        let sourceText = { (u: TranslationUnit) in source.flatMap { u.variant(for: $0)?.content } }
        let sameSource = sourceText(stored) == sourceText(incoming)
        for old in stored.variants where VariantStatus.isHuman(VariantStatus.stored(old, of: stored)) {
            guard let i = incoming.variants.firstIndex(where: { $0.locale == old.locale }) else {
                replaced = true
                continue
            }
            guard !VariantStatus.isHuman(VariantStatus.stored(incoming.variants[i], of: incoming)) else { continue }
            if sameSource && incoming.variants[i].content == old.content {
                incoming.variants[i].status = VariantStatus.stored(old, of: stored)
            } else {
                replaced = true
            }
        }
        incoming.variants = VariantStatus.own(incoming.variants, unit: incoming.status)
        return replaced
    }

    /// The id a stored unit holds while its own id is freed for another unit of the same article: a
    /// control character no real id starts with, and the row's key.
    package static func temporaryID(pk: Int64) -> String { "\u{1}renaming-\(pk)" }
}

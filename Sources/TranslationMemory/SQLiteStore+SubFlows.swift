import Foundation
import GRDB
import TaalgrensCore
import Tokenization

extension SQLiteStore {
    /// The body of migration `v14-sub-flow-concordance` (``SubFlowRederivation``): recomputes `folded` for the
    /// variants whose content JSON holds a code with TMX inner markup, where it differs.
    /// - Complexity: one scan of the variants (a substring test of each content), one decoding per candidate.
    /// - Throws: ``TMError/database(_:)`` for a content that cannot be decoded; GRDB's errors.
    static func rederiveSubFlowConcordance(_ db: Database) throws {
        try rederiveConcordance(db, candidates: "instr(content, ?) > 0", arguments: [SubFlowRederivation.contentMarker])
    }

    /// The body of migration `v16-quote-concordance` (``SubFlowRederivation/quoteMarks``): recomputes `folded`
    /// for the variants whose stored concordance text holds a typographic quotation mark, which
    /// ``Tokenization/TextKey/concordanceFold(_:)`` now folds to `"` or `'` (`docs/memory.md`, "Quotation
    /// marks in older memories").
    /// - Complexity: one scan of the variants (a substring test per mark of each folded text), one decoding
    ///   per candidate.
    /// - Throws: ``TMError/database(_:)`` for a content that cannot be decoded; GRDB's errors.
    static func rederiveQuoteConcordance(_ db: Database) throws {
        try rederiveConcordance(db, foldedHoldingAnyOf: SubFlowRederivation.quoteMarks)
    }

    /// The body of migration `v20-ranges-and-spacing`, its concordance part
    /// (``SubFlowRederivation/spacingMarks``): recomputes `folded` for the variants whose stored concordance
    /// text holds a space before ? ! : ; or next to a folded quotation mark, since the fold now drops the
    /// spaces after « ‹ and before » › ? ! : ; (`docs/memory.md`, "French spacing in older memories").
    /// - Complexity: one scan of the variants (a substring test per mark of each folded text), one decoding
    ///   per candidate.
    /// - Throws: ``TMError/database(_:)`` for a content that cannot be decoded; GRDB's errors.
    static func rederiveSpacingConcordance(_ db: Database) throws {
        try rederiveConcordance(db, foldedHoldingAnyOf: SubFlowRederivation.spacingMarks)
    }

    /// ``rederiveConcordance(_:candidates:arguments:)`` for the variants whose stored `folded` text holds one
    /// of `marks`.
    private static func rederiveConcordance(_ db: Database, foldedHoldingAnyOf marks: [String]) throws {
        try rederiveConcordance(db, candidates: "(" + marks.map { _ in "instr(folded, ?) > 0" }.joined(separator: " OR ") + ")",
                                arguments: StatementArguments(marks))
    }

    /// Recomputes `folded` from the stored content for the variants that meet the SQL condition
    /// `candidates` (with its `arguments`), where it differs, a page at a time in id order. The FTS5 row
    /// follows through the trigger `variant_folded_update` for variants the index holds; variants above
    /// its high-water mark are indexed from the new column later. Nothing the fuzzy index reads changes, so
    /// the memory's generation stays.
    /// - Throws: ``TMError/database(_:)`` for a content that cannot be decoded; GRDB's errors.
    private static func rederiveConcordance(_ db: Database, candidates: String, arguments: StatementArguments) throws {
        var last: Int64 = 0
        while true {
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, content, folded FROM variant WHERE id > ? AND \(candidates) ORDER BY id LIMIT ?
                """, arguments: [last] + arguments + [lineBreakPage])
            guard let final = rows.last else { break }
            last = final["id"]
            for row in rows {
                let folded: String?
                do {
                    folded = try SubFlowRederivation.folded(contentJSON: row["content"], storedFolded: row["folded"])
                } catch {
                    throw TMError.database("re-deriving the concordance text of variant \(row["id"] as Int64): its content cannot be read (\(error))")
                }
                if let folded {
                    try db.execute(sql: "UPDATE variant SET folded = ? WHERE id = ?", arguments: [folded, row["id"] as Int64])
                }
            }
        }
    }
}

import Foundation
import GRDB
import TaalgrensCore

extension SQLiteStore {
    /// The body of migration `v14-sub-flow-concordance` (``SubFlowRederivation``): recomputes `folded` for the
    /// variants whose content JSON holds a code with TMX inner markup, where it differs. The FTS5 row follows
    /// through the trigger `variant_folded_update` for variants the index holds; variants above its
    /// high-water mark are indexed from the new column later. Nothing the fuzzy index reads changes, so the
    /// memory's generation stays.
    /// - Complexity: one scan of the variants (a substring test of each content), one decoding per candidate.
    /// - Throws: ``TMError/database(_:)`` for a content that cannot be decoded; GRDB's errors.
    static func rederiveSubFlowConcordance(_ db: Database) throws {
        var last: Int64 = 0
        while true {
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, content, folded FROM variant WHERE id > ? AND instr(content, ?) > 0 ORDER BY id LIMIT ?
                """, arguments: [last, SubFlowRederivation.contentMarker, lineBreakPage])
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

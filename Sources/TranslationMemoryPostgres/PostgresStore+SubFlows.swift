import Foundation
import PostgresNIO
import TaalgrensCore
import TranslationMemory

extension PostgresStore {
    /// The body of migration `9-sub-flow-concordance` (SQLite's `v14-sub-flow-concordance`,
    /// ``SubFlowRederivation``): recomputes `folded` (the trigram index follows) for the variants whose
    /// content JSON holds a code with TMX inner markup, where it differs. Runs inside the migration's
    /// transaction.
    /// - Complexity: one scan of the variants (a substring test of each content), one decoding per candidate.
    /// - Throws: ``TMError/database(_:)`` for a content that cannot be decoded; the session's errors.
    static func rederiveSubFlowConcordance(_ session: PostgresSession) throws {
        var last: Int64 = 0
        while true {
            let rows = try session.query("""
                SELECT id, content, folded FROM variant WHERE id > $1 AND strpos(content, $2) > 0 ORDER BY id LIMIT $3
                """, [.int(last), .text(SubFlowRederivation.contentMarker), .int(lineBreakPage)])
            guard !rows.isEmpty else { break }
            for row in rows {
                let (id, content, stored) = try row.decode((Int64, String, String).self)
                last = id
                let folded: String?
                do {
                    folded = try SubFlowRederivation.folded(contentJSON: content, storedFolded: stored)
                } catch {
                    throw TMError.database("re-deriving the concordance text of variant \(id): its content cannot be read (\(error))")
                }
                if let folded { try session.execute("UPDATE variant SET folded = $1 WHERE id = $2", [.text(folded), .int(id)]) }
            }
        }
    }
}

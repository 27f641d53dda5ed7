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
        try rederiveConcordance(session, candidates: "strpos(content, $2) > 0", arguments: [.text(SubFlowRederivation.contentMarker)])
    }

    /// The body of migration `10-quote-concordance` (SQLite's `v16-quote-concordance`,
    /// ``SubFlowRederivation/quoteMarks``): recomputes `folded` for the variants whose stored concordance
    /// text holds a typographic quotation mark, which the concordance fold now writes as `"` or `'`. Runs
    /// inside the migration's transaction.
    /// - Complexity: one scan of the variants (a substring test per mark of each folded text), one decoding
    ///   per candidate.
    /// - Throws: ``TMError/database(_:)`` for a content that cannot be decoded; the session's errors.
    static func rederiveQuoteConcordance(_ session: PostgresSession) throws {
        try rederiveConcordance(session, foldedHoldingAnyOf: SubFlowRederivation.quoteMarks)
    }

    /// The body of migration `15-ranges-and-spacing`, its concordance part (SQLite's `v20-ranges-and-spacing`,
    /// ``SubFlowRederivation/spacingMarks``): recomputes `folded` for the variants whose stored concordance
    /// text holds a space before ? ! : ; or next to a folded quotation mark. Runs inside the migration's
    /// transaction.
    /// - Throws: ``TMError/database(_:)`` for a content that cannot be decoded; the session's errors.
    static func rederiveSpacingConcordance(_ session: PostgresSession) throws {
        try rederiveConcordance(session, foldedHoldingAnyOf: SubFlowRederivation.spacingMarks)
    }

    /// ``rederiveConcordance(_:candidates:arguments:)`` for the variants whose stored `folded` text holds one
    /// of `marks`.
    private static func rederiveConcordance(_ session: PostgresSession, foldedHoldingAnyOf marks: [String]) throws {
        let test = marks.indices.map { "strpos(folded, $\($0 + 2)) > 0" }.joined(separator: " OR ")
        try rederiveConcordance(session, candidates: "(" + test + ")", arguments: marks.map { .text($0) })
    }

    /// Recomputes `folded` from the stored content for the variants that meet the SQL condition
    /// `candidates`, where it differs, a page at a time in id order. `candidates` numbers its parameters
    /// from `$2` (`$1` is the last id read); the page size follows `arguments`.
    /// - Throws: ``TMError/database(_:)`` for a content that cannot be decoded; the session's errors.
    private static func rederiveConcordance(_ session: PostgresSession, candidates: String, arguments: [SQLValue]) throws {
        var last: Int64 = 0
        while true {
            let rows = try session.query("""
                SELECT id, content, folded FROM variant WHERE id > $1 AND \(candidates) ORDER BY id LIMIT $\(arguments.count + 2)
                """, [.int(last)] + arguments + [.int(lineBreakPage)])
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

import Foundation
import TaalgrensCore
import TranslationMemory

extension PostgresStore {
    /// Removes an article's or an imported file's hold on its units, as ``SQLiteStore/release(article:dryRun:)``
    /// does (``TMStore/release(article:dryRun:)``), in one transaction.
    ///
    /// The interchange lock is taken first (as by ``importUnits(_:origin:)``), so no import claims a unit
    /// while it is being deleted, and the owned rows are locked (`FOR UPDATE`). Set-based: a few statements
    /// for the plan, one for the hand-overs, and the deletions in batches of ``deleteBatch``.
    /// - Throws: ``TMError`` for a server failure, with nothing changed.
    public func release(article: String, dryRun: Bool) throws -> ArticleRelease {
        let tmx = UnitScope.tmx(fileName: article)
        func plan(lock: Bool) throws -> ReleasePlan {
            let owned = try session.query("SELECT pk FROM unit WHERE article = $1 OR origin_article = $1 OR scope = $1 OR scope = $2 ORDER BY pk"
                                            + (lock ? " FOR UPDATE" : ""), [.text(article), .text(tmx)]).map { try $0.decode(Int64.self) }
            let claimed = Set(try session.query("SELECT unit FROM unit_scope WHERE article = $1 OR scope = $1 OR scope = $2",
                                                [.text(article), .text(tmx)]).map { try $0.decode(Int64.self) })
            // The owned units another article or file claims too.
            let others = Set(try session.query("""
                SELECT DISTINCT unit FROM unit_scope WHERE unit = ANY($1::bigint[]) AND article <> $2 AND scope <> $2 AND scope <> $3
                """, [.ints(owned), .text(article), .text(tmx)]).map { try $0.decode(Int64.self) })
            return ReleasePlan(owned: owned, claimed: claimed) { others.contains($0) }
        }
        if dryRun { return try read("counting the units of \(article)") { try plan(lock: false).release } }
        return try write("removing the units of \(article)") {
            try session.execute("SELECT pg_advisory_xact_lock($1::int, $2::int)",
                                [.int(Int64(PostgresStore.migrationLockClass)), .int(PostgresStore.interchangeLock)])
            let plan = try plan(lock: true)
            try session.execute("DELETE FROM unit_scope WHERE article = $1 OR scope = $1 OR scope = $2", [.text(article), .text(tmx)])
            // With the article's own claims gone, each unit to hand over still has another's claim: the first by id takes it.
            _ = try PostgresStore.handOver(session, pks: plan.handovers)
            var writer = PostgresUnitWriter(session: session)
            var start = 0
            while start < plan.deletions.count {
                let batch = Array(plan.deletions[start..<min(plan.deletions.count, start + PostgresStore.deleteBatch)])
                start += batch.count
                try writer.remove(pks: batch)
            }
            try writer.finish()
            // The article itself goes once none of its units is left (its row would cascade to them).
            try session.execute("DELETE FROM article WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM unit WHERE article = $1)", [.text(article)])
            return plan.release
        }
    }

    /// Hands each unit of `pks` that a file claims over to its first claim (by claim id), as
    /// ``SQLiteStore``'s store does one unit at a time: the claim's row goes, the unit takes the claim's id,
    /// scope and origin article, leaving its article, and loses the former owner's origin block and position.
    /// Three statements, whatever the number of units.
    /// - Returns: the keys of the units handed over (the others are unchanged).
    /// - Throws: the server's errors.
    static func handOver(_ session: PostgresSession, pks: [Int64]) throws -> Set<Int64> {
        guard !pks.isEmpty else { return [] }
        var handovers: [(pk: Int64, claim: UnitClaim)] = []
        for row in try session.query("""
            SELECT DISTINCT ON (unit) unit, id, scope, article FROM unit_scope WHERE unit = ANY($1::bigint[]) ORDER BY unit, id
            """, [.ints(pks)]) {
            let (pk, id, scope, name) = try row.decode((Int64, String, String, String).self)
            handovers.append((pk, UnitClaim(id: id, scope: scope, article: name)))
        }
        guard !handovers.isEmpty else { return [] }
        let claims = handovers.map(\.claim)
        try session.execute("DELETE FROM unit_scope WHERE id = ANY($1::text[])", [.texts(claims.map(\.id))])
        try session.execute("""
            UPDATE unit SET id = d.id, article = NULL, scope = d.scope, origin_article = d.article, origin_block = NULL, origin_position = NULL
            FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[]) AS d(pk, id, scope, article)
            WHERE unit.pk = d.pk
            """, [.ints(handovers.map(\.pk)), .texts(claims.map(\.id)), .texts(claims.map(\.scope)), .texts(claims.map(\.article))])
        return Set(handovers.map(\.pk))
    }
}

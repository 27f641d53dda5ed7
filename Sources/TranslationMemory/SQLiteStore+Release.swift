import Foundation
import GRDB

extension SQLiteStore {
    /// See ``TMStore/release(article:dryRun:)``. One SQLite transaction (a read one for a dry run).
    public func release(article: String, dryRun: Bool) throws -> ArticleRelease {
        func plan(_ db: Database) throws -> ReleasePlan {
            let tmx = UnitScope.tmx(fileName: article)
            let owned = try Int64.fetchAll(db, sql: """
                SELECT pk FROM unit WHERE article = ? OR origin_article = ? OR scope = ? OR scope = ? ORDER BY pk
                """, arguments: [article, article, article, tmx])
            let claimed = Set(try Int64.fetchAll(db, sql: "SELECT unit FROM unit_scope WHERE article = ? OR scope = ? OR scope = ?",
                                                 arguments: [article, article, tmx]))
            let other = try db.cachedStatement(sql: """
                SELECT EXISTS (SELECT 1 FROM unit_scope WHERE unit = ? AND article <> ? AND scope <> ? AND scope <> ?)
                """)
            return try ReleasePlan(owned: owned, claimed: claimed) { pk in
                try Bool.fetchOne(other, arguments: [pk, article, article, tmx]) ?? false
            }
        }
        if dryRun { return try read("counting the units of \(article)") { db in try plan(db).release } }
        return try write("removing the units of \(article)") { db in
            let plan = try plan(db)
            try db.execute(sql: "DELETE FROM unit_scope WHERE article = ? OR scope = ? OR scope = ?",
                           arguments: [article, article, UnitScope.tmx(fileName: article)])
            // With the article's own claims gone, each unit to hand over still has another's claim: the first by id takes it.
            for pk in plan.handovers { _ = try SQLiteStore.handOver(db, pk: pk) }
            let delete = try db.cachedStatement(sql: "DELETE FROM unit WHERE pk = ?")
            for pk in plan.deletions { try delete.execute(arguments: [pk]) }
            // The article itself goes once none of its units is left (its row would cascade to them): `tm stats`
            // no longer counts it (nineteenth trial, finding 3).
            try db.execute(sql: "DELETE FROM article WHERE id = ? AND NOT EXISTS (SELECT 1 FROM unit WHERE article = ?)",
                           arguments: [article, article])
            return plan.release
        }
    }

    /// Hands the unit at `pk` over to the first file that claims it (by claim id): the claim's row goes, and the
    /// unit takes the claim's id, scope and origin article, leaving its article; the former owner's origin block
    /// and position are cleared. Other claims stay on the unit (`docs/memory.md`, "Units held by several files").
    /// - Returns: whether a claim existed (else nothing changed).
    /// - Throws: SQLite's errors.
    static func handOver(_ db: Database, pk: Int64) throws -> Bool {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, scope, article FROM unit_scope WHERE unit = ? ORDER BY id LIMIT 1"),
                                         arguments: [pk]) else { return false }
        let claim = UnitClaim(id: row["id"], scope: row["scope"], article: row["article"])
        try db.cachedStatement(sql: "DELETE FROM unit_scope WHERE id = ?").execute(arguments: [claim.id])
        try db.cachedStatement(sql: """
            UPDATE unit SET id = ?, article = NULL, scope = ?, origin_article = ?, origin_block = NULL, origin_position = NULL WHERE pk = ?
            """).execute(arguments: [claim.id, claim.scope, claim.article, pk])
        return true
    }

    /// Takes the unit at `pk` from its owner (an article revision that drops the sentence, a deletion): handed
    /// over to a file that claims it (``handOver(_:pk:)``), else deleted with its variants and index rows.
    /// - Throws: SQLite's errors.
    static func removeOwned(_ db: Database, pk: Int64) throws {
        if try !handOver(db, pk: pk) { try db.cachedStatement(sql: "DELETE FROM unit WHERE pk = ?").execute(arguments: [pk]) }
    }

    /// Before its owner rewrites the unit at `pk` with variants whose content hash is `newHash`: when files claim
    /// the unit and the variants change, the stored row is handed over to them (``handOver(_:pk:)``), so that
    /// they keep the sentence pair they brought, and the caller stores the owner's new version as a new unit.
    /// One indexed probe when nothing claims the unit.
    /// - Returns: whether the row was handed over.
    /// - Throws: SQLite's errors.
    static func handOverBeforeChange(_ db: Database, pk: Int64, newHash: Int64) throws -> Bool {
        guard let old = try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT content_hash FROM unit WHERE pk = ? AND EXISTS (SELECT 1 FROM unit_scope WHERE unit = ?)
            """), arguments: [pk, pk]), old != newHash else { return false }
        return try handOver(db, pk: pk)
    }
}

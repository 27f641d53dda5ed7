import Foundation
import GRDB
import Testing
import TaalgrensCore
import TranslationMemory

/// Migration `v12-status-checks` rewrites the status rule of `unit` and `variant` from an `IN` list into a
/// chain of comparisons (cheaper per inserted row in SQLite 3.40): the rule must still hold, for every
/// status value and against any other, and the file must stay sound.
@Suite("Store: the status rule after v12-status-checks")
struct StatusCheckMigrationTests {
    @Test("both tables accept the five statuses and refuse any other; the file passes integrity_check")
    func ruleStillHolds() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-status-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("memory.tm").path
        let store = try SQLiteStore(path: path)
        #expect(store.migrationsAppliedAtOpen.contains("v12-status-checks"))
        for status in UnitStatus.allCases {
            _ = try store.importUnits([pairUnit("u-\(status.rawValue)", RichText(plain: "A \(status.rawValue) sentence."),
                                                RichText(plain: "Een zin."), status: status)], origin: "file.tmx")
        }
        #expect(try store.allUnits().map(\.status).sorted { $0.rawValue < $1.rawValue }
                == UnitStatus.allCases.sorted { $0.rawValue < $1.rawValue })
        let db = try DatabaseQueue(path: path)
        try db.write { db in
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
            let sql = try String.fetchAll(db, sql: "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name IN ('unit', 'variant')")
            #expect(sql.count == 2 && sql.allSatisfy { !$0.contains("status IN (") })
            #expect(throws: DatabaseError.self) { try db.execute(sql: "UPDATE unit SET status = 'approved'") }
            #expect(throws: DatabaseError.self) { try db.execute(sql: "UPDATE variant SET status = 'Reviewed'") }
            #expect(throws: DatabaseError.self) { try db.execute(sql: "UPDATE variant SET status = ''") }
            try db.execute(sql: "UPDATE variant SET status = 'needsReview'")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM variant WHERE status = 'needsReview'") == 2 * UnitStatus.allCases.count)
        }
    }
}

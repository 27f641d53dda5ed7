import Foundation
import GRDB
import GRDBSQLite

/// A cached GRDB statement bound and stepped through SQLite's C interface, for the statements an import
/// runs once or more per unit: GRDB's `StatementArguments` box every value into a `DatabaseValue` and
/// validate the count on every execution, which a profile of the import showed as a visible cost.
///
/// Bind the parameters in order (1-based, as SQLite numbers them), then ``run()`` or ``step()``. Errors are
/// GRDB `DatabaseError`s with SQLite's message, so the store's error boundary wraps them as before.
struct RawStatement {
    let statement: Statement
    let db: Database
    private var raw: SQLiteStatement { statement.sqliteStatement }

    /// The statement, reset and with its bindings cleared.
    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.cachedStatement(sql: sql)
        sqlite3_reset(statement.sqliteStatement)
        sqlite3_clear_bindings(statement.sqliteStatement)
    }

    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    func bind(_ i: Int32, _ value: Int64?) {
        if let value { sqlite3_bind_int64(raw, i, value) } else { sqlite3_bind_null(raw, i) }
    }

    func bind(_ i: Int32, _ value: Int?) { bind(i, value.map(Int64.init)) }

    func bind(_ i: Int32, _ value: Double?) {
        if let value { sqlite3_bind_double(raw, i, value) } else { sqlite3_bind_null(raw, i) }
    }

    func bind(_ i: Int32, _ value: String?) {
        guard var value else { sqlite3_bind_null(raw, i); return }
        // The bind's result code is not checked here: a bad bind shows up as the step's error.
        _ = value.withUTF8 { bytes in
            // An empty buffer may have no address; SQLite reads a null pointer as NULL, so bind "" explicitly.
            if let base = bytes.baseAddress {
                base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { sqlite3_bind_text(raw, i, $0, Int32(bytes.count), RawStatement.transient) }
            } else {
                sqlite3_bind_text(raw, i, "", 0, RawStatement.transient)
            }
        }
    }

    func bind(_ i: Int32, _ value: Data) {
        _ = value.withUnsafeBytes { bytes in
            if let base = bytes.baseAddress, bytes.count > 0 {
                sqlite3_bind_blob(raw, i, base, Int32(bytes.count), RawStatement.transient)
            } else {
                sqlite3_bind_zeroblob(raw, i, 0)
            }
        }
    }

    /// Binds 64-bit integers as a blob of little-endian bytes, as ``IndexedVariant/encodeIDs(_:)`` writes
    /// them; on a little-endian machine straight from the array's storage, without building a `Data`.
    func bind(_ i: Int32, littleEndian values: [Int64]) {
        #if _endian(little)
        _ = values.withUnsafeBytes { bytes in
            if let base = bytes.baseAddress, bytes.count > 0 {
                sqlite3_bind_blob(raw, i, base, Int32(bytes.count), RawStatement.transient)
            } else {
                sqlite3_bind_zeroblob(raw, i, 0)
            }
        }
        #else
        bind(i, IndexedVariant.encodeIDs(values))
        #endif
    }

    /// Steps once: `true` when a row is available (read it with ``int64(_:)``), `false` when done.
    /// - Throws: `DatabaseError` with SQLite's message.
    func step() throws -> Bool {
        let rc = sqlite3_step(raw)
        if rc == SQLITE_ROW { return true }
        if rc == SQLITE_DONE { return false }
        let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
        sqlite3_reset(raw)
        throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: message, sql: statement.sql)
    }

    /// Runs a statement that returns no rows, then resets it.
    func run() throws {
        defer { sqlite3_reset(raw) }
        while try step() {}
    }

    /// Column `i` (0-based) of the current row.
    func int64(_ i: Int32) -> Int64 { sqlite3_column_int64(raw, i) }
    /// The number of columns of the statement's result.
    var columnCount: Int32 { sqlite3_column_count(raw) }
    func isNull(_ i: Int32) -> Bool { sqlite3_column_type(raw, i) == SQLITE_NULL }
    /// Column `i` as text (`nil` for NULL). Reads the byte count, so a text holding U+0000 stays whole.
    func text(_ i: Int32) -> String? {
        guard let bytes = sqlite3_column_text(raw, i) else { return nil }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(raw, i))), as: UTF8.self)
    }
    /// Column `i` as a real number (`nil` for NULL).
    func double(_ i: Int32) -> Double? { isNull(i) ? nil : sqlite3_column_double(raw, i) }

    /// Resets the statement after reading rows.
    func reset() { sqlite3_reset(raw) }
}

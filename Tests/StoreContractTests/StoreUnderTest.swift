import Foundation
import TaalgrensCore
import TaalgrensTestSupport
import Testing
import TranslationMemory
import TranslationMemoryPostgres

/// The stores every contract test runs against.
enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqliteMemory = "SQLite in memory"
    case sqliteFile = "SQLite on disk"
    case postgres = "PostgreSQL"

    var testDescription: String { rawValue }

    /// Stores that several connections (threads or processes) can share.
    static let shared: [StoreKind] = [.sqliteFile, .postgres]
}

/// The PostgreSQL server of the contract suite: `TAALGRENS_TEST_POSTGRES_URL` (scripts/start-postgres.sh
/// prints it). Without it the PostgreSQL run does not happen and ``recordSkip(sourceLocation:)`` says so
/// (``TestEnvironment/prerequisiteMissing(_:sourceLocation:)``: a failure under `CI=true`, where an
/// unreachable server fails the suite too, else a warning).
enum PostgresTestServer {
    static let url: String? = {
        let value = ProcessInfo.processInfo.environment["TAALGRENS_TEST_POSTGRES_URL"] ?? ""
        return value.isEmpty ? nil : value
    }()
    static let missing = "TAALGRENS_TEST_POSTGRES_URL is not set, so the PostgreSQL store was not tested (scripts/start-postgres.sh starts a local server and prints it; CI must run the store contract suite on PostgreSQL)"

    /// Records that the PostgreSQL run did not happen.
    static func recordSkip(sourceLocation: SourceLocation = #_sourceLocation) {
        TestEnvironment.prerequisiteMissing(missing, sourceLocation: sourceLocation)
    }

    /// `url` with `schema=NAME` added (a fresh schema is a fresh memory in the same database).
    static func url(schema: String) -> String? {
        guard let url else { return nil }
        return url + (url.contains("?") ? "&" : "?") + "schema=" + schema
    }

    /// A schema name no other test uses.
    static func freshSchema(_ tag: String) -> String {
        "contract_\(tag)_" + UUID().uuidString.prefix(8).lowercased()
    }
}

/// A store opened for one test, removed afterwards (temporary folder, or PostgreSQL schema).
final class StoreUnderTest: Sendable {
    let kind: StoreKind
    let store: any TMStore
    /// Where a second connection opens the same memory: a file path or a `postgres://` URL.
    let location: String?
    private let folder: URL?

    private init(kind: StoreKind, store: any TMStore, location: String?, folder: URL?) {
        self.kind = kind
        self.store = store
        self.location = location
        self.folder = folder
    }

    /// Opens a fresh, empty store of `kind`; `nil` when PostgreSQL is not configured outside CI (a warning
    /// is recorded) — under CI that is an error.
    static func make(_ kind: StoreKind, tag: String = "t") throws -> StoreUnderTest? {
        switch kind {
        case .sqliteMemory:
            return StoreUnderTest(kind: kind, store: try SQLiteStore.inMemory(), location: nil, folder: nil)
        case .sqliteFile:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-contract-" + UUID().uuidString)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let path = folder.appendingPathComponent("memory.sqlite").path
            return StoreUnderTest(kind: kind, store: try SQLiteStore(path: path), location: path, folder: folder)
        case .postgres:
            guard let url = PostgresTestServer.url(schema: PostgresTestServer.freshSchema(tag)) else {
                PostgresTestServer.recordSkip()
                return nil
            }
            return StoreUnderTest(kind: kind, store: try PostgresStore.open(url: url), location: url, folder: nil)
        }
    }

    /// Another connection to the same memory (a new SQLite pool or PostgreSQL session).
    func reopen() throws -> any TMStore {
        switch kind {
        case .sqliteMemory: return store
        case .sqliteFile: return try SQLiteStore(path: location!)
        case .postgres: return try PostgresStore.open(url: location!)
        }
    }

    deinit {
        if let pg = store as? PostgresStore { try? pg.dropMemory() }
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }
}

/// A unit without its timestamps, for comparing content between stores and runs.
struct UnitContent: Hashable, CustomStringConvertible {
    let unit: TranslationUnit
    init(_ u: TranslationUnit) {
        var x = u
        x.created = nil
        x.changed = nil
        unit = x
    }
    var description: String { "\(unit.id): \(unit.variants.map { "\($0.locale)=\($0.text)" }.joined(separator: " | "))" }
}

/// A match reduced to what the contract compares: unit, score, kind, breakdown, target and adaptation.
struct MatchSummary: Hashable, CustomStringConvertible {
    let unitID: String
    let score: Double
    let kind: MatchKind
    let breakdown: ScoreBreakdown
    let target: String
    let adapted: String?
    let units: Int

    init(_ m: Match) {
        unitID = m.unit.id
        score = m.score
        kind = m.kind
        breakdown = m.breakdown
        target = m.target.text
        adapted = m.adaptedTarget?.plainText
        units = m.units
    }

    var description: String { "\(unitID)@\(score)/\(kind.rawValue)" + (units > 1 ? "×\(units)" : "") }
}

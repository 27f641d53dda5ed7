import Foundation
import GRDB

/// The memory files under `Tests/Fixtures/memories/`, each written by an older build to test a migration.
enum FixtureMemory {
    /// Copies the fixture memory `name` (`v15-hours.tm`) into a fresh temporary folder, so that a test can
    /// migrate the copy and leave the fixture as it is.
    /// - Returns: the folder, which the caller removes, and the copy's path (`<folder>/old.tm`).
    /// - Throws: the file system's errors (a fixture that is missing).
    static func copy(_ name: String) throws -> (folder: URL, path: String) {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/memories/" + name)
        let folder = try MemoryIndexFreshnessTests.temporaryFolder()
        let path = folder.appendingPathComponent("old.tm").path
        try FileManager.default.copyItem(atPath: fixture.path, toPath: path)
        return (folder, path)
    }

    /// The stored keys of every variant of the memory at `path`, read with GRDB beside the store: each
    /// variant's plain text mapped to its `key_ids` in hex, so that a test can see which variants a migration
    /// re-keyed.
    /// - Throws: GRDB's errors (no memory at `path`, a schema without `variant.key_ids`).
    static func variantKeys(path: String) throws -> [String: String] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT plain, hex(key_ids) AS keys FROM variant")
                .map { ($0["plain"], $0["keys"]) })
        }
    }
}

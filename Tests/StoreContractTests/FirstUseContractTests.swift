import Foundation
import Testing
import TaalgrensCore
import TranslationMemory

@Suite("Store contract: concurrent first use")
struct FirstUseContractTests {
    /// Several connections (each its own SQLite pool, as separate processes have) opening a memory file
    /// that does not exist yet create it once: every one of them opens, all see the same memory id, and
    /// the schema has each migration once. Twenty rounds of four openers, so that the window between
    /// reading the applied migrations and applying the first one is hit.
    @Test func concurrentFirstUseOfAFileCreatesItOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-firstuse-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for round in 0..<20 {
            let path = folder.appendingPathComponent("memory-\(round).tm").path
            let outcomes: [Result<(UUID, [String]), TMError>] = onThreads(4) { _ in
                do {
                    let store = try SQLiteStore(path: path)
                    return .success((try store.memoryID(), store.migrationsAppliedAtOpen))
                } catch let e as TMError {
                    return .failure(e)
                } catch {
                    return .failure(.database("\(error)"))
                }
            }
            let opened = try outcomes.map { try $0.get() }
            #expect(Set(opened.map(\.0)).count == 1, "round \(round): \(opened.map(\.0))")
            let store = try SQLiteStore(path: path)
            let all = try store.appliedMigrations()
            #expect(store.migrationsAppliedAtOpen.isEmpty)
            #expect(all.starts(with: ["v1-units", "v2-fuzzy-index", "v3-concordance", "v4-key-ids"]) && Set(all).count == all.count, "\(all)")
            // Each migration was applied by exactly one opener.
            #expect(opened.flatMap(\.1).sorted() == all.sorted(), "round \(round): \(opened.map(\.1))")
        }
    }
}

import Foundation
import TaalgrensCore
import TaalgrensTestSupport
import Testing
import TranslationMemory
#if canImport(Glibc)
import Glibc
#endif

/// A memory on a file or in a folder that cannot be written still answers phrase searches while variants
/// wait for the concordance index: the search scans them, as it does when another process holds the
/// write lock, instead of failing on the index update it cannot write.
@Suite("Store: a read-only memory")
struct ReadOnlyMemoryTests {
    /// Makes `url` unwritable for this process: `chmod a-w`, and for root (whom permissions do not stop)
    /// also the immutable attribute (`chattr +i`). Returns how to undo it, or `nil` (after saying why)
    /// when it cannot be done here.
    static func makeReadOnly(_ url: URL) throws -> (() -> Void)? {
        let files = FileManager.default
        let mode = (try files.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue ?? 0o644
        try files.setAttributes([.posixPermissions: mode & ~0o222], ofItemAtPath: url.path)
        let restoreMode = { _ = try? files.setAttributes([.posixPermissions: mode], ofItemAtPath: url.path) }
        guard geteuid() == 0 else { return restoreMode }
        func chattr(_ flag: String) -> Bool {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
            p.arguments = [flag, url.path]
            p.standardError = FileHandle.nullDevice
            guard (try? p.run()) != nil else { return false }
            p.waitUntilExit()
            return p.terminationStatus == 0
        }
        guard chattr("+i") else {
            restoreMode()
            TestEnvironment.prerequisiteMissing("ReadOnlyMemoryTests: running as root, and /usr/bin/chattr +i failed on \(url.path): cannot make a file read-only for root here; the read-only check did not run")
            return nil
        }
        return { _ = chattr("-i"); restoreMode() }
    }

    /// Imports the example sentences into a new memory in a fresh folder and closes it: every variant waits
    /// for the concordance index.
    static func pendingMemory() throws -> (folder: URL, path: String, units: [TranslationUnit]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-readonly-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("memory.tm").path
        let units = exampleSentences.enumerated().map { i, e in pairUnit("u\(i)", RichText(plain: e.en), RichText(plain: e.nl)) }
        do {
            let store = try SQLiteStore(path: path)
            #expect(try store.importUnits(units, origin: "file.tmx").added == units.count)
        }
        return (folder, path, units)
    }

    /// Phrase searches answer from the pending rows, and writing really is refused.
    static func searchReadOnly(_ path: String) throws {
        let store = try SQLiteStore(path: path)
        try DeferredConcordanceTests.checkHits(store, ["safer internet", "EVENEMENTS", "helpline answered", "nowhere at all"], locale: "en")
        try DeferredConcordanceTests.checkHits(store, ["beter internet", "hulplijn"], locale: "nl-BE")
        #expect(throws: TMError.self) {
            try store.importUnits([pairUnit("x", RichText(plain: "One more sentence."), RichText(plain: "Nog een zin."))], origin: "more.tmx")
        }
    }

    @Test("a phrase search on a read-only memory file scans the variants its index does not hold yet")
    func readOnlyFile() throws {
        let (folder, path, _) = try Self.pendingMemory()
        defer { try? FileManager.default.removeItem(at: folder) }
        guard let undo = try Self.makeReadOnly(URL(fileURLWithPath: path)) else { return }
        defer { undo() }
        try Self.searchReadOnly(path)
    }

    @Test("a phrase search on a memory in a read-only folder scans the variants its index does not hold yet")
    func readOnlyFolder() throws {
        let (folder, path, _) = try Self.pendingMemory()
        defer { try? FileManager.default.removeItem(at: folder) }
        guard let undo = try Self.makeReadOnly(folder) else { return }
        defer { undo() }
        try Self.searchReadOnly(path)
        // The folder holds the memory file alone: nothing was written beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["memory.tm"])
    }
}

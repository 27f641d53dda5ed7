import Foundation
import TaalgrensCore
import TaalgrensKit
import TaalgrensTestSupport
import Testing
import TranslationMemory

/// A second writer of one SQLite memory waits for the first instead of failing with "database is
/// locked" (eighth trial, finding 2: `publish` during a 40,000-unit TMX import failed after 60 s), and
/// readers never wait for a writer.
@Suite("A second writer waits for the first")
struct MemoryLockWaitTests {
    /// A value shared between the test and a writer thread.
    final class Shared<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var value: Value
        init(_ value: Value) { self.value = value }
        var current: Value { lock.withLock { value } }
        func set(_ newValue: Value) { lock.withLock { value = newValue } }
    }

    /// `count` two-variant units whose ids and text start with `prefix`.
    static func units(_ prefix: String, _ count: Int) -> [TranslationUnit] {
        (0..<count).map { i in
            TranslationUnit(id: "\(prefix)\(i)", variants: [
                Variant(locale: "en", content: RichText(plain: "The \(prefix) committee met on day \(i) of the session.")),
                Variant(locale: "nl-BE", content: RichText(plain: "Het \(prefix)-comité vergaderde op dag \(i) van de zitting.")),
            ], status: .aligned)
        }
    }

    /// A scratch folder and the path of a memory in it.
    static func scratch() throws -> (folder: URL, memory: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-lockwait-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return (folder, folder.appendingPathComponent("shared.tm").path)
    }

    /// Starts an import of `units` by `store` on its own thread that holds the memory's write transaction
    /// (blocked in its first progress report) until `release` is signalled; returns once the transaction
    /// is open, with the semaphore signalled when the import has ended and its result.
    static func holdWriteLock(_ store: SQLiteStore, _ units: [TranslationUnit], release: DispatchSemaphore)
        -> (done: DispatchSemaphore, result: Shared<ImportCounts?>) {
        let holding = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        let result = Shared<ImportCounts?>(nil)
        Thread.detachNewThread {
            let counts = try? store.importUnits(units, origin: "nightly.tmx") { processed, _ in
                if processed == 0 { holding.signal(); release.wait() }
            }
            result.set(counts)
            done.signal()
        }
        holding.wait()
        return (done, result)
    }

    @Test("two store handles import at once: the second waits, says so once, and both imports are complete; a reader meanwhile does not wait")
    func secondWriterWaits() throws {
        let (folder, path) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try SQLiteStore(path: path)
        let noticed = DispatchSemaphore(value: 0)
        let notices = Shared(0)
        let second = try SQLiteStore(path: path, lockWait: SQLiteStore.LockWait(limit: 300, noticeAfter: 0.05) { _ in
            notices.set(notices.current + 1)
            noticed.signal()
        })
        let readerWaited = Shared(false)
        let reader = try SQLiteStore(path: path, lockWait: SQLiteStore.LockWait(limit: 300, noticeAfter: 0) { _ in readerWaited.set(true) })

        let release = DispatchSemaphore(value: 0)
        let (firstDone, firstResult) = Self.holdWriteLock(first, Self.units("night", 40), release: release)
        let secondDone = DispatchSemaphore(value: 0)
        let secondResult = Shared<String?>(nil)
        Thread.detachNewThread {
            do {
                let counts = try second.importArticle(id: "publish-article", units: Self.units("day", 12), source: "en")
                secondResult.set("added \(counts.added)")
            } catch {
                secondResult.set("failed: \(error)")
            }
            secondDone.signal()
        }
        // The second writer is waiting for the first's transaction.
        #expect(noticed.wait(timeout: .now() + 120) == .success, "the second writer never reported waiting")
        // A reader reads the last committed state at once (no unit yet), without waiting for the writer.
        #expect(try reader.statistics().units == 0)
        #expect(try reader.allUnits().isEmpty)
        #expect(!readerWaited.current, "the reader waited for the writer")

        release.signal()
        firstDone.wait()
        secondDone.wait()
        #expect(firstResult.current?.added == 40)
        #expect(secondResult.current == "added 12")
        #expect(notices.current == 1, "one note per wait, got \(notices.current)")
        let stats = try reader.statistics()
        #expect(stats.units == 52)
        #expect(stats.articleUnits == 12)
        #expect(stats.interchangeUnits == 40)
    }

    @Test("a writer that waits past its limit fails naming the memory and the limit, and stores nothing")
    func writerGivesUpAtTheLimit() throws {
        let (folder, path) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try SQLiteStore(path: path)
        let second = try SQLiteStore(path: path, lockWait: SQLiteStore.LockWait(limit: 0.3, noticeAfter: 0.1))
        let release = DispatchSemaphore(value: 0)
        let (firstDone, firstResult) = Self.holdWriteLock(first, Self.units("night", 30), release: release)

        var failure: TMError?
        do {
            _ = try second.importUnits(Self.units("day", 5), origin: "day.tmx")
        } catch let error as TMError {
            failure = error
        }
        release.signal()
        firstDone.wait()
        guard case .database(let message) = failure else {
            Issue.record("expected TMError.database, got \(String(describing: failure))")
            return
        }
        #expect(message.contains(path), "\(message)")
        #expect(message.contains("locked for more than 0.3 s (the wait limit)"), "\(message)")
        #expect(!message.contains("database is locked"), "\(message)")
        #expect(firstResult.current?.added == 30)
        // Never a half import: the second import stored nothing.
        #expect(try first.statistics().units == 30)
    }

    /// A memory in a new scratch folder whose write lock another handle holds (``holdWriteLock(_:_:release:)``
    /// with `units` units), and the `taalgrens` executable; `nil` (after an issue) when it is not built.
    static func heldMemory(units: Int) throws -> (folder: URL, memory: String, holder: SQLiteStore, release: DispatchSemaphore,
                                                   done: DispatchSemaphore, result: Shared<ImportCounts?>, executable: URL)? {
        guard let executable = TestEnvironment.builtExecutable("taalgrens") else {
            Issue.record("the taalgrens executable was not found beside the test bundle (build with swift build --build-tests)")
            return nil
        }
        let (folder, path) = try scratch()
        let holder = try SQLiteStore(path: path)
        let release = DispatchSemaphore(value: 0)
        let (done, result) = holdWriteLock(holder, Self.units("night", units), release: release)
        return (folder, path, holder, release, done, result, executable)
    }

    static let article = TestEnvironment.repository.appendingPathComponent("Examples/articles/safer-internet-day-2020").path

    @Test("taalgrens import while another process writes: a 'waiting for' line on stderr, then the import completes")
    func importProcessWaits() throws {
        guard let held = try Self.heldMemory(units: 20) else { return }
        defer { try? FileManager.default.removeItem(at: held.folder) }
        let run = try BackgroundProcess(held.executable, ["import", Self.article, "--tm", held.memory], folder: held.folder, name: "import")

        // Wait (at most two minutes on a loaded machine) for the note, then let the holder commit.
        for _ in 0..<1200 where run.process.isRunning && !run.errorText.contains("waiting for") {
            Thread.sleep(forTimeInterval: 0.1)
        }
        held.release.signal()
        held.done.wait()
        let outcome = try run.finish()
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("waiting for another process that is writing the memory \(held.memory) (up to 600 s; $TAALGRENS_WAIT sets the limit)"), "\(outcome.stderr)")
        #expect(outcome.stderr.components(separatedBy: "waiting for").count == 2, "one note: \(outcome.stderr)")
        #expect(outcome.stdout.contains("safer-internet-day-2020: 19 units read: 19 added"), "\(outcome.stdout)")
        #expect(held.result.current?.added == 20)
        #expect(try held.holder.statistics().units == 39)
    }

    @Test("taalgrens import behind a writer that outlasts $TAALGRENS_WAIT: exit 3, the memory named; a bad $TAALGRENS_WAIT: exit 2")
    func importProcessGivesUp() throws {
        guard let held = try Self.heldMemory(units: 10) else { return }
        defer { try? FileManager.default.removeItem(at: held.folder) }
        let outcome = try BackgroundProcess(held.executable, ["import", Self.article, "--tm", held.memory], folder: held.folder, name: "import",
                                            environment: ["TAALGRENS_WAIT": "0.5"]).finish()
        held.release.signal()
        held.done.wait()
        #expect(outcome.status == 3, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("another process kept the memory \(held.memory) locked for more than 0.5 s (the wait limit); try again when it has finished"), "\(outcome.stderr)")
        #expect(try held.holder.statistics().units == 10)

        let bad = try BackgroundProcess(held.executable, ["import", Self.article, "--tm", held.memory], folder: held.folder, name: "bad",
                                        environment: ["TAALGRENS_WAIT": "ten"]).finish()
        #expect(bad.status == 2, "\(bad.stderr)")
        #expect(bad.stderr.contains("$TAALGRENS_WAIT: expected a number of seconds (0 or more), found 'ten'"), "\(bad.stderr)")
    }
}

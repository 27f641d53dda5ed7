import Foundation
import Synchronization
import TaalgrensCore
import Testing
import TranslationMemory
import TranslationMemoryPostgres

/// One import job of a concurrent writer.
enum ImportJob: Sendable {
    case article(String, [TranslationUnit])
    case file([TranslationUnit], String)

    func run(_ store: any TMStore) throws -> ImportCounts {
        switch self {
        case .article(let id, let units): try store.importArticle(id: id, units: units)
        case .file(let units, let origin): try store.importUnits(units, origin: origin)
        }
    }
}

func + (a: ImportCounts, b: ImportCounts) -> ImportCounts {
    ImportCounts(added: a.added + b.added, updated: a.updated + b.updated, unchanged: a.unchanged + b.unchanged,
                 moved: a.moved + b.moved, removed: a.removed + b.removed, merged: a.merged + b.merged)
}

/// The results of threads, filled under a lock.
final class ThreadResults<T: Sendable>: Sendable {
    private let results: Mutex<[T?]>
    init(_ n: Int) { results = Mutex(Array(repeating: nil, count: n)) }
    func set(_ i: Int, _ value: T) {
        results.withLock { $0[i] = value }
    }
    var all: [T] {
        results.withLock { $0.map { $0! } }
    }
}

/// Runs `body(i)` for `i` in `0..<count` on `count` threads at once (not a bounded pool: every writer
/// must really run at the same time) and returns the results in order.
func onThreads<T: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) -> T) -> [T] {
    let box = ThreadResults<T>(count)
    let group = DispatchGroup()
    for i in 0..<count {
        group.enter()
        let thread = Thread {
            box.set(i, body(i))
            group.leave()
        }
        thread.stackSize = 4 << 20
        thread.start()
    }
    group.wait()
    return box.all
}

@Suite("Store contract: concurrent writers")
struct ConcurrencyContractTests {
    /// Three writers, each with its own connection (its own PostgreSQL session, its own SQLite pool),
    /// import overlapping articles and overlapping interchange files at once. The memory ends exactly as
    /// after the same imports run one after the other: the same summed counts, the same units with the
    /// same content, the same statistics; and every article is there whole.
    @Test(arguments: StoreKind.shared)
    func concurrentImportsEndAsASequentialImport(_ kind: StoreKind) throws {
        let memory = GeneratedMemory(units: 600, queries: 0, seed: 0xC0C0_2026)
        // Short transactions, as real imports are: one article of 20 units, or a file of 60.
        let articles = memory.articles.prefix(8).map { (id: $0.id, units: Array($0.units.prefix(20))) }
        // Which of two units with the same content survives a merge depends on the order of the imports,
        // so the files hold no such pair; units shared by two files have the same id and origin name.
        var contents = Set<[RichText]>()
        let fileUnits = memory.fileUnits.filter { contents.insert($0.variants.map(\.content)).inserted }
        let files = stride(from: 0, to: min(240, fileUnits.count), by: 40).map { Array(fileUnits[$0..<min($0 + 60, fileUnits.count)]) }
        // Overlapping work: every article is imported by two or three writers, every file by two.
        var jobs: [[ImportJob]] = [[], [], []]
        for (k, a) in articles.enumerated() {
            jobs[k % 3].append(.article(a.id, a.units))
            jobs[(k + 1) % 3].append(.article(a.id, a.units))
            if k % 2 == 0 { jobs[(k + 2) % 3].append(.article(a.id, a.units)) }
        }
        for (k, f) in files.enumerated() {
            jobs[k % 3].append(.file(f, "generated.tmx"))
            jobs[(k + 1) % 3].insert(.file(f, "generated.tmx"), at: 0)
        }

        let plan = jobs
        let sequential = try SQLiteStore.inMemory()
        var expected = ImportCounts()
        for worker in plan { for job in worker { expected = expected + (try job.run(sequential)) } }

        guard let sut = try StoreUnderTest.make(kind, tag: "concurrent") else { return }
        let stores = try (0..<3).map { _ in try sut.reopen() }
        let outcomes: [Result<ImportCounts, TMError>] = onThreads(3) { i in
            do {
                var sum = ImportCounts()
                for job in plan[i] { sum = sum + (try job.run(stores[i])) }
                return .success(sum)
            } catch let e as TMError {
                return .failure(e)
            } catch {
                return .failure(.database("\(error)"))
            }
        }
        var total = ImportCounts()
        for outcome in outcomes { total = total + (try outcome.get()) }
        #expect(total == expected)
        #expect(try sut.store.statistics() == sequential.statistics())
        let got = try sut.store.allUnits().map(UnitContent.init).sorted { $0.unit.id < $1.unit.id }
        let want = try sequential.allUnits().map(UnitContent.init).sorted { $0.unit.id < $1.unit.id }
        #expect(got.count == want.count)
        #expect(got == want)
        // The index agrees too: a few queries give the same matches as in the sequential memory.
        for a in articles.prefix(3) {
            for u in a.units.prefix(3) {
                let q = MatchQuery(text: u.variants[0].content, source: u.variants[0].locale, target: "nl-BE", minScore: 60, limit: 10)
                #expect(try sut.store.search(q).map(MatchSummary.init) == sequential.search(q).map(MatchSummary.init))
            }
        }
    }

    /// While an article is being re-imported by writers, a reader sees it whole: each snapshot holds
    /// either all of its units in one version or the other, never a mix.
    @Test(arguments: StoreKind.shared)
    func readersNeverSeeHalfAnArticle(_ kind: StoreKind) throws {
        guard let sut = try StoreUnderTest.make(kind, tag: "readers") else { return }
        let v1 = exampleUnits()
        let v2 = exampleUnits("sid-2020", exampleArticle.map { ($0.0 + " Updated.", $0.1, $0.2) })
        _ = try sut.store.importArticle(id: "sid-2020", units: v1)
        let writer = try sut.reopen(), reader = try sut.reopen()
        let outcomes: [Result<Set<Int>, TMError>] = onThreads(2) { i in
            do {
                if i == 0 {
                    for round in 0..<12 { _ = try writer.importArticle(id: "sid-2020", units: round % 2 == 0 ? v2 : v1) }
                    return .success([])
                }
                var seen = Set<Int>()
                for _ in 0..<60 {
                    let units = try reader.allUnits(filter: UnitFilter(article: "sid-2020"))
                    let updated = units.filter { $0.variants[0].text.hasSuffix(" Updated.") }.count
                    seen.insert(units.count * 10 + updated)
                }
                return .success(seen)
            } catch let e as TMError {
                return .failure(e)
            } catch {
                return .failure(.database("\(error)"))
            }
        }
        _ = try outcomes[0].get()
        let seen = try outcomes[1].get()
        #expect(seen.isSubset(of: [40, 44]), "a reader saw \(seen.sorted()) (units × 10 + updated units)")
    }
}

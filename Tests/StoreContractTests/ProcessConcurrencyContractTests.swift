import Foundation
import TaalgrensCore
import TaalgrensTestSupport
import Testing
import TranslationMemory
import TranslationMemoryPostgres

/// The built `taalgrens` executable, run as separate OS processes.
enum TaalgrensProcess {
    /// The repository root (``TestEnvironment/repository``).
    static let repository = TestEnvironment.repository

    /// The `taalgrens` executable built beside the test bundle (the test build builds it: CLITests
    /// depends on it), or `nil`.
    static var executable: URL? { TestEnvironment.builtExecutable("taalgrens") }

    /// A started process whose standard output and error go to files in `folder` (TestSupport's
    /// ``BackgroundProcess``), its output read back as the bytes the JSON parsing here wants.
    final class Running {
        let background: BackgroundProcess
        var process: Process { background.process }

        /// Starts `executable` with `arguments`; `environment` sets (or, with `nil`, removes) variables of
        /// this process's environment.
        init(_ executable: URL, _ arguments: [String], folder: URL, name: String, environment extra: [String: String?] = [:]) throws {
            background = try BackgroundProcess(executable, arguments, folder: folder, name: name, environment: extra)
        }

        /// Waits for the exit. - Returns: the exit status, standard output and standard error.
        func finish() throws -> (status: Int32, stdout: Data, stderr: String) {
            let outcome = try background.finish()
            return (outcome.status, Data(outcome.stdout.utf8), outcome.stderr)
        }
    }
}

/// A memory that separate processes open by its location, created by the first of them.
struct SharedLocation {
    let kind: StoreKind
    /// The `--tm` value: a file path, or a `postgres://` URL with a fresh schema.
    let location: String

    /// A location no memory exists at yet; `nil` when PostgreSQL is not configured outside CI (noted).
    static func fresh(_ kind: StoreKind, folder: URL, tag: String) -> SharedLocation? {
        switch kind {
        case .sqliteMemory:
            return nil
        case .sqliteFile:
            return SharedLocation(kind: kind, location: folder.appendingPathComponent(tag + ".tm").path)
        case .postgres:
            guard let url = PostgresTestServer.url(schema: PostgresTestServer.freshSchema(tag)) else {
                PostgresTestServer.recordSkip()
                return nil
            }
            return SharedLocation(kind: kind, location: url)
        }
    }

    func open() throws -> any TMStore {
        kind == .postgres ? try PostgresStore.open(url: location) : try SQLiteStore(path: location)
    }

    /// Drops a PostgreSQL memory (a file goes with its folder).
    func remove() {
        guard kind == .postgres, let store = try? PostgresStore.open(url: location) else { return }
        try? store.dropMemory()
    }
}

/// The counts one `taalgrens import --format json` result reports for one path.
struct ProcessImportCounts: Equatable, CustomStringConvertible {
    var added = 0, updated = 0, unchanged = 0, removed = 0, merged = 0, skipped = 0

    static func + (a: Self, b: Self) -> Self {
        Self(added: a.added + b.added, updated: a.updated + b.updated, unchanged: a.unchanged + b.unchanged,
             removed: a.removed + b.removed, merged: a.merged + b.merged, skipped: a.skipped + b.skipped)
    }

    var description: String { "+\(added) ~\(updated) =\(unchanged) -\(removed) merged \(merged) skipped \(skipped)" }

    /// The counts per origin (article id) of one process's JSON output, summed over its paths.
    static func perOrigin(_ json: Data) throws -> [String: ProcessImportCounts] {
        guard let results = try JSONSerialization.jsonObject(with: json) as? [[String: Any]] else {
            Issue.record("import --format json did not print an array: \(String(decoding: json.prefix(300), as: UTF8.self))")
            return [:]
        }
        var out: [String: ProcessImportCounts] = [:]
        for r in results {
            func n(_ key: String) -> Int { r[key] as? Int ?? -1 }
            let c = ProcessImportCounts(added: n("added"), updated: n("updated"), unchanged: n("unchanged"),
                                        removed: n("removed"), merged: n("merged"), skipped: n("skipped"))
            out[r["origin"] as? String ?? "?", default: ProcessImportCounts()] = out[r["origin"] as? String ?? "?", default: ProcessImportCounts()] + c
        }
        return out
    }
}

@Suite("Store contract: concurrent taalgrens processes")
struct ProcessConcurrencyContractTests {
    /// Two article folders shipped in Examples/ and revised copies of them (the second half of the
    /// paragraphs dropped in every language, another folder name and so another article id), in `folder`.
    static func articleFolders(in folder: URL) throws -> [URL] {
        let examples = try FileManager.default.contentsOfDirectory(
            at: TaalgrensProcess.repository.appendingPathComponent("Examples/articles"), includingPropertiesForKeys: nil)
            .filter { $0.hasDirectoryPath }.sorted { $0.lastPathComponent < $1.lastPathComponent }.prefix(2)
        var out = Array(examples)
        for example in examples {
            let copy = folder.appendingPathComponent(example.lastPathComponent + "-revised")
            try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
            // The language versions only (an article folder may also hold images/).
            for file in try FileManager.default.contentsOfDirectory(at: example, includingPropertiesForKeys: nil)
            where ["md", "html", "htm", "txt"].contains(file.pathExtension) {
                var paragraphs = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n\n")
                while paragraphs.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { paragraphs.removeLast() }
                paragraphs.removeLast(paragraphs.count / 2)
                try (paragraphs.joined(separator: "\n\n") + "\n").write(to: copy.appendingPathComponent(file.lastPathComponent),
                                                                      atomically: true, encoding: .utf8)
            }
            out.append(copy)
        }
        return out
    }

    /// Three `taalgrens import` processes, started together on a memory that does not exist yet, import
    /// overlapping article folders (every folder by two or three of them, in different orders). They end with
    /// exactly the memory one process gets by importing the same folders one after the other: the same
    /// counts per article (summed over the processes), the same statistics and the same units (content,
    /// ids, origins, status; only timestamps differ between the two runs), and the same fuzzy matches.
    /// Meanwhile a reader in this process reads the memory again and again: every snapshot holds each
    /// article whole (all of its final units) or not at all.
    @Test(arguments: StoreKind.shared)
    func importProcessesEndAsASequentialImport(_ kind: StoreKind) throws {
        guard let executable = TaalgrensProcess.executable else {
            Issue.record("the taalgrens executable was not found beside the test bundle (build with swift build --build-tests)")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-processes-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        guard let concurrent = SharedLocation.fresh(kind, folder: folder, tag: "procs"),
              let sequential = SharedLocation.fresh(kind, folder: folder, tag: "seq") else { return }
        defer { concurrent.remove(); sequential.remove() }

        let f = try Self.articleFolders(in: folder).map(\.path)
        try #require(f.count == 4)
        // Every folder by two or three processes, in different orders.
        let plan = [[f[0], f[1], f[2]], [f[2], f[3], f[0]], [f[3], f[1], f[2]]]

        // The reference: one process, the same imports one after the other.
        let reference = try TaalgrensProcess.Running(executable, ["import", "--format", "json", "--tm", sequential.location] + plan.flatMap { $0 },
                                                     folder: folder, name: "sequential").finish()
        try #require(reference.status == 0, "sequential import failed: \(reference.stderr)")
        let expected = try ProcessImportCounts.perOrigin(reference.stdout)

        // The three processes at once, and a reader beside them.
        let running = try plan.enumerated().map { i, paths in
            try TaalgrensProcess.Running(executable, ["import", "--format", "json", "--tm", concurrent.location] + paths,
                                         folder: folder, name: "import-\(i)")
        }
        var snapshots: [[String: Set<String>]] = []
        var reader: (any TMStore)?
        var readerErrors: [String] = []
        while running.contains(where: { $0.process.isRunning }) {
            do {
                // Opening may race with the processes' first use of the memory; that is part of the test.
                if reader == nil { reader = try concurrent.open() }
                var byArticle: [String: Set<String>] = [:]
                for u in try reader!.allUnits() { byArticle[u.origin?.article ?? "", default: []].insert(u.id) }
                snapshots.append(byArticle)
            } catch {
                readerErrors.append("\(error)")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(readerErrors.isEmpty, "the reader failed: \(readerErrors.prefix(3))")

        var got: [String: ProcessImportCounts] = [:]
        for (i, process) in running.enumerated() {
            let outcome = try process.finish()
            #expect(outcome.status == 0, "import process \(i) exited with \(outcome.status): \(outcome.stderr)")
            guard outcome.status == 0 else { continue }
            for (origin, counts) in try ProcessImportCounts.perOrigin(outcome.stdout) { got[origin, default: ProcessImportCounts()] = got[origin, default: ProcessImportCounts()] + counts }
        }
        #expect(got == expected, "counts per article: processes \(got), sequential \(expected)")
        #expect(got.values.reduce(ProcessImportCounts(), +) == expected.values.reduce(ProcessImportCounts(), +))

        let a = try concurrent.open(), b = try sequential.open()
        #expect(try a.statistics() == b.statistics())
        let unitsA = try a.allUnits().map(UnitContent.init).sorted { $0.unit.id < $1.unit.id }
        let unitsB = try b.allUnits().map(UnitContent.init).sorted { $0.unit.id < $1.unit.id }
        #expect(unitsA.count == unitsB.count && unitsA.count > 30, "\(unitsA.count) units after the processes, \(unitsB.count) sequentially")
        #expect(unitsA == unitsB, "first difference: \(zip(unitsA, unitsB).first { $0 != $1 }.map { "\($0) ≠ \($1)" } ?? "in the count")")
        // The index agrees: the same fuzzy matches for a few sentences of each article.
        for u in unitsB.map(\.unit).filter({ $0.id.hasSuffix(":0") }).prefix(8) {
            guard let en = u.variant(for: "en") else { continue }
            let q = MatchQuery(text: en.content, source: en.locale, target: "nl-BE", minScore: 50, limit: 100)
            // Equal matches are ordered newer first, and the two memories' timestamps differ: compare
            // them in (score, unit id) order. For the same reason an identical pair held by several units
            // (`docs/matching.md`, "Identical pairs") may be shown as another of its units: compare its
            // target and count, not its unit id.
            func summary(_ store: any TMStore) throws -> [String] {
                try store.search(q).map(MatchSummary.init)
                    .map { m in "\(m.score) \(m.kind) \(m.units > 1 ? "×\(m.units) " + m.target : m.unitID) \(m.adapted ?? "")" }
                    .sorted()
            }
            #expect(try summary(a) == summary(b), "matches for \(u.id)")
        }

        // Every snapshot the reader took holds each article whole or not at all.
        var final: [String: Set<String>] = [:]
        for u in unitsA { final[u.unit.origin?.article ?? "", default: []].insert(u.unit.id) }
        #expect(!snapshots.isEmpty, "the reader took no snapshot while the imports ran")
        for (n, snapshot) in snapshots.enumerated() {
            for (article, ids) in snapshot where ids != final[article] {
                Issue.record("snapshot \(n) held \(ids.count) of the \(final[article]?.count ?? 0) units of article \(article)")
            }
        }
        let states = Set(snapshots.map { $0.keys.sorted() })
        FileHandle.standardError.write(Data("note: \(kind.rawValue): \(snapshots.count) reader snapshots during 3 import processes, \(states.count) distinct sets of whole articles\n".utf8))
    }
}

@Suite("taalgrens tm migrate")
struct MigrateProcessTests {
    /// `taalgrens tm migrate` creates a new memory with every migration, reports them as applied, and on
    /// the second run finds it current (applies nothing, same memory id); the library sees the same
    /// migrations. A file that is not a memory is refused with exit code 2.
    @Test(arguments: StoreKind.shared)
    func migrateCreatesThenFindsCurrent(_ kind: StoreKind) throws {
        guard let executable = TaalgrensProcess.executable else {
            Issue.record("the taalgrens executable was not found beside the test bundle (build with swift build --build-tests)")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-migrate-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        guard let memory = SharedLocation.fresh(kind, folder: folder, tag: "migrate") else { return }
        defer { memory.remove() }

        func migrate() throws -> [String: Any] {
            let outcome = try TaalgrensProcess.Running(executable, ["tm", "migrate", "--format", "json", "--tm", memory.location],
                                                       folder: folder, name: "migrate").finish()
            try #require(outcome.status == 0, "tm migrate failed: \(outcome.stderr)")
            return try #require(try JSONSerialization.jsonObject(with: outcome.stdout) as? [String: Any])
        }
        let first = try migrate(), second = try migrate()
        let all = try #require(first["migrations"] as? [String])
        let expectedPrefix = kind == .postgres ? ["1-units", "2-fuzzy-index", "3-concordance"]
                                               : ["v1-units", "v2-fuzzy-index", "v3-concordance", "v4-key-ids"]
        #expect(all.starts(with: expectedPrefix), "\(all)")
        #expect(first["applied"] as? [String] == all)
        #expect(second["applied"] as? [String] == [])
        #expect(second["migrations"] as? [String] == all)
        #expect(first["store"] as? String == (kind == .postgres ? "postgresql" : "sqlite"))
        let id = try #require(first["memory"] as? String)
        #expect(second["memory"] as? String == id)
        let store = try memory.open()
        #expect(try store.memoryID().uuidString.lowercased() == id)
        if let pg = store as? PostgresStore {
            #expect(try pg.appliedMigrationNames() == all)
            #expect(!(first["path"] as? String ?? "").contains("password"))
        } else if let sqlite = store as? SQLiteStore {
            #expect(try sqlite.appliedMigrations() == all)
            // A file that is not a memory is refused and left as it was.
            let other = folder.appendingPathComponent("notes.txt")
            try "not a database\n".write(to: other, atomically: true, encoding: .utf8)
            let refused = try TaalgrensProcess.Running(executable, ["tm", "migrate", "--tm", other.path],
                                                       folder: folder, name: "refused").finish()
            #expect(refused.status == 2, "\(refused.stderr)")
            #expect(refused.stderr.contains(other.path), "\(refused.stderr)")
            #expect(try String(contentsOf: other, encoding: .utf8) == "not a database\n")
        }
    }
}

@Suite("PostgreSQL memory: the password never leaves a taalgrens process")
struct PasswordProcessTests {
    static let secret = "Wr0ng-Pa55word_not-this"

    /// `taalgrens tm stats --verbose` with a wrong password from the URL, from `PGPASSWORD` and from
    /// `~/.pgpass` (HOME a temporary folder): it fails with exit code 2, says why, and neither its
    /// standard output nor its standard error holds the password. Without a server, a closed port is
    /// used (the connection fails before authentication); with one, the server refuses the password.
    @Test func wrongPasswordsNeverAppearInOutput() throws {
        guard let executable = TaalgrensProcess.executable else {
            Issue.record("the taalgrens executable was not found beside the test bundle (build with swift build --build-tests)")
            return
        }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-home-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let pgpass = home.appendingPathComponent(".pgpass")
        try "*:*:*:*:\(Self.secret)\n".write(to: pgpass, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: pgpass.path)

        // user, host, port, database of the test server, else a closed local port.
        var server: (user: String, host: String, port: Int, database: String)?
        if let url = PostgresTestServer.url, let l = try? PostgresLocation(url: url) {
            server = (l.user, l.host ?? "127.0.0.1", l.port, l.database)
        } else {
            PostgresTestServer.recordSkip()
        }
        let (user, host, port, database) = server ?? ("editor", "127.0.0.1", 1, "memory")
        let base = "postgres://\(user)@\(host):\(port)/\(database)?sslmode=disable&connect_timeout=5&schema=pwcheck"
        let withPassword = "postgres://\(user):\(Self.secret)@\(host):\(port)/\(database)?sslmode=disable&connect_timeout=5&schema=pwcheck"
        let clean: [String: String?] = ["PGPASSWORD": nil, "PGPASSFILE": nil, "HOME": home.path]
        let cases: [(String, String, [String: String?])] = [
            ("URL", withPassword, clean),
            ("PGPASSWORD", base, clean.merging(["PGPASSWORD": Self.secret]) { $1 }),
            ("~/.pgpass", base, clean),
        ]
        for (source, url, environment) in cases {
            let outcome = try TaalgrensProcess.Running(executable, ["tm", "stats", "--verbose", "--tm", url], folder: home,
                                                       name: "stats", environment: environment).finish()
            let output = String(decoding: outcome.stdout, as: UTF8.self) + outcome.stderr
            // A refused login or an unreachable server is an environment failure: exit code 3 (TRIAL7 finding 14).
            #expect(outcome.status == 3, "password from \(source): exit \(outcome.status): \(output)")
            #expect(!output.contains(Self.secret), "password from \(source) printed: \(output)")
            #expect(output.contains("\(user)@\(host):\(port)/\(database)"), "the memory is not named: \(output)")
            if server != nil {
                #expect(output.contains("password authentication failed"), "password from \(source): \(output)")
            }
        }
    }
}

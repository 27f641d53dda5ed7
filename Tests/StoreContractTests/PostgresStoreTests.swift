import Foundation
import Testing
import TaalgrensCore
import TranslationMemory
import TranslationMemoryPostgres

@Suite("PostgreSQL store: location, password, migrations")
struct PostgresStoreTests {
    static let env = PostgresLocation.Environment(variables: [:], home: "/nonexistent", osUser: "editor")

    /// Without `TAALGRENS_TEST_POSTGRES_URL` the PostgreSQL run of the suite is skipped, and said so; under
    /// `CI=true` that is a failure, and so is a server that does not answer.
    @Test func postgresRunIsConfiguredAndReachable() throws {
        guard let url = PostgresTestServer.url else {
            PostgresTestServer.recordSkip()
            return
        }
        let store = try PostgresStore.open(url: url)
        defer { store.close() }
        #expect(try store.appliedMigrations() == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15])
    }

    @Test func parsesURLsWithLibpqDefaults() throws {
        let full = try PostgresLocation(url: "postgres://trans%40lator:p%3Ass@db.example.be:6432/memory?schema=team&sslmode=require", environment: Self.env)
        #expect(full.user == "trans@lator")
        #expect(full.host == "db.example.be")
        #expect(full.port == 6432)
        #expect(full.database == "memory")
        #expect(full.schema == "team")
        #expect(full.sslMode == "require")
        #expect(full.redacted == "postgres://trans@lator@db.example.be:6432/memory?schema=team")

        let bare = try PostgresLocation(url: "postgresql://", environment: Self.env)
        #expect(bare.user == "editor")
        #expect(bare.host == "localhost")
        #expect(bare.port == 5432)
        #expect(bare.database == "editor")
        #expect(bare.schema == "taalgrens")
        #expect(bare.sslMode == "prefer")

        let fromEnv = try PostgresLocation(url: "postgres:///?host=/run/postgresql",
                                           environment: .init(variables: ["PGUSER": "u", "PGPORT": "5433", "PGDATABASE": "tm"], home: "/x", osUser: "o"))
        #expect(fromEnv.socketFolder == "/run/postgresql")
        #expect(fromEnv.host == nil)
        #expect((fromEnv.user, fromEnv.port, fromEnv.database) == ("u", 5433, "tm"))

        for bad in ["sqlite:///tmp/x", "postgres://h:99999/db", "postgres://h/db?sslmode=maybe", "postgres://h/db?colour=red", "postgres://h/db?connect_timeout=-1"] {
            #expect(throws: TMError.self) { try PostgresLocation(url: bad, environment: Self.env) }
        }
        #expect(PostgresStore.handles("postgres://x") && PostgresStore.handles("PostgreSQL://x") && !PostgresStore.handles("/tmp/memory.sqlite"))
    }

    /// The password comes from the URL, else `PGPASSWORD`, else the password file, and is never shown.
    @Test func passwordSourcesAndRedaction() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-pgpass-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pgpass = folder.appendingPathComponent(".pgpass")
        try """
            # host:port:database:user:password
            other.example.be:5432:*:editor:wrong
            db.example.be:*:memory:editor:from\\:file\\\\x
            *:*:*:*:fallback
            """.write(to: pgpass, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: pgpass.path)
        let home = PostgresLocation.Environment(variables: [:], home: folder.path, osUser: "editor")

        let fromFile = try PostgresLocation(url: "postgres://editor@db.example.be:5439/memory", environment: home)
        #expect(fromFile.scrub("x from:file\\x y") == "x *** y", "the file's escapes are decoded")
        let fallback = try PostgresLocation(url: "postgres://someone@elsewhere/memory", environment: home)
        #expect(fallback.scrub("fallback") == "***")
        let fromVariable = try PostgresLocation(url: "postgres://editor@db.example.be/memory",
                                                environment: .init(variables: ["PGPASSWORD": "fromvariable"], home: folder.path, osUser: "editor"))
        #expect(fromVariable.scrub("fromvariable") == "***")
        let fromURL = try PostgresLocation(url: "postgres://editor:fromurl@db.example.be/memory",
                                           environment: .init(variables: ["PGPASSWORD": "fromvariable"], home: folder.path, osUser: "editor"))
        #expect(fromURL.scrub("fromurl fromvariable") == "*** fromvariable")
        #expect(!fromURL.redacted.contains("fromurl"))
        #expect(!"\(fromURL)".contains("fromurl"))

        // A password file others may read is ignored, as libpq does.
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: pgpass.path)
        let ignored = try PostgresLocation(url: "postgres://editor@db.example.be/memory", environment: home)
        #expect(ignored.scrub("fallback") == "fallback")
    }

    /// Errors name the URL without its password, whether the URL is malformed, the server unreachable or
    /// the password wrong.
    @Test func errorMessagesNeverContainThePassword() throws {
        let secret = "Sup3r-Secret_pw"
        for url in ["postgres://editor:\(secret)@127.0.0.1:1/memory?connect_timeout=5",
                    "postgres://editor:\(secret)@127.0.0.1:notaport/memory",
                    "postgres://editor:\(secret)@127.0.0.1/memory?sslmode=sometimes"] {
            do {
                _ = try PostgresStore.open(url: url)
                Issue.record("\(url) opened")
            } catch {
                let message = "\(error) \(String(reflecting: error)) \(error.localizedDescription)"
                #expect(!message.contains(secret), "\(message)")
                #expect(message.contains("editor@127.0.0.1") || message.contains("editor@"), "\(message)")
            }
        }
        guard let base = PostgresTestServer.url else {
            PostgresTestServer.recordSkip()  // the wrong-password half did not run
            return
        }
        let server = try PostgresLocation(url: base)
        let wrong = "postgres://\(server.user):\(secret)@\(server.host ?? "localhost"):\(server.port)/\(server.database)?sslmode=disable"
        do {
            _ = try PostgresStore.open(url: wrong)
            Issue.record("the server accepted a wrong password: it must ask for one (scripts/start-postgres.sh sets scram-sha-256)")
        } catch {
            let message = "\(error) \(String(reflecting: error))"
            #expect(!message.contains(secret), "\(message)")
            #expect(message.contains("password authentication failed"), "\(message)")
        }
    }

    /// Several processes opening a new memory at once create it once: the advisory lock makes the others
    /// wait, then find the schema current and the same uuid.
    @Test func concurrentFirstUseMigratesOnce() throws {
        guard let url = PostgresTestServer.url(schema: PostgresTestServer.freshSchema("migrate")) else {
            PostgresTestServer.recordSkip()
            return
        }
        let outcomes: [Result<UUID, TMError>] = onThreads(4) { _ in
            do {
                let store = try PostgresStore.open(url: url)
                defer { store.close() }
                return .success(try store.memoryID())
            } catch let e as TMError {
                return .failure(e)
            } catch {
                return .failure(.database("\(error)"))
            }
        }
        let ids = try outcomes.map { try $0.get() }
        #expect(Set(ids).count == 1)
        let store = try PostgresStore.open(url: url)
        defer { try? store.dropMemory() }
        try store.migrate()
        #expect(try store.appliedMigrations() == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15])
        #expect(try store.memoryID() == ids[0])
    }
}

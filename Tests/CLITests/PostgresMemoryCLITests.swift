import Foundation
import TaalgrensTestSupport
import Testing

/// `--tm postgres://…` from the command line: which commands may create a memory, and what a user sees
/// when the server cannot be reached or refuses them (TRIAL7 findings 4 and 14). The tests that need a
/// server use `TAALGRENS_TEST_POSTGRES_URL` (scripts/start-postgres.sh); without it they record that they
/// did not run (a failure under `CI=true`).
@Suite("taalgrens on a PostgreSQL memory: opening and errors")
struct PostgresMemoryCLITests {
    /// The test server's URL with `schema=NAME`, or `nil` after recording that the check did not run.
    static func url(schema: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        let base = ProcessInfo.processInfo.environment["TAALGRENS_TEST_POSTGRES_URL"] ?? ""
        guard !base.isEmpty else {
            TestEnvironment.prerequisiteMissing("TAALGRENS_TEST_POSTGRES_URL is not set (scripts/start-postgres.sh prints it): "
                                                + "the PostgreSQL command-line checks did not run", sourceLocation: sourceLocation)
            return nil
        }
        return base + (base.contains("?") ? "&" : "?") + "schema=" + schema
    }

    /// A schema name no other test uses.
    static func freshSchema(_ tag: String) -> String { "cli_\(tag)_" + UUID().uuidString.prefix(8).lowercased() }

    @Test("a read command on a ?schema= without a memory says so, exits 2 and creates nothing; import creates it (TRIAL7 finding 4)")
    func readCommandsDoNotCreateAMemory() throws {
        let real = Self.freshSchema("sport")
        guard let sport = Self.url(schema: real) else { return }
        let typo = Self.freshSchema("sprot")
        let sprot = Self.url(schema: typo)!
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let article = CLI.example("youth-pledge-2020").path
        let imported = try CLI.run(["import", article, "--tm", sport])
        try #require(imported.status == 0, "\(imported.stderr)")
        let exact = try CLI.run(["query", "The pledge in brief", "--from", "en", "--to", "nl-BE", "--tm", sport])
        #expect(exact.status == 0 && exact.stdout.contains("100% exact"), "\(exact.stdout)\(exact.stderr)")

        let commands: [[String]] = [
            ["query", "The pledge in brief", "--from", "en", "--to", "nl-BE"],
            ["concordance", "pledge", "--locale", "en"],
            ["tm", "stats"],
            ["tm", "export", "--format", "tmx"],
            ["analyze", article, "--to", "nl-BE"],
            ["export", article, "--to", "nl-BE", "--out", scratch.appendingPathComponent("out").path],
            ["check"],
        ]
        for arguments in commands {
            let result = try CLI.run(arguments + ["--tm", sprot])
            #expect(result.status == 2, "\(arguments): exit \(result.status): \(result.stdout.prefix(200)) \(result.stderr)")
            #expect(result.stderr.contains("no translation memory in schema \(typo)"), "\(arguments): \(result.stderr)")
            // The schema that does hold a memory is named, so the typo is seen at once.
            #expect(result.stderr.contains("?schema=\(real)"), "\(arguments): \(result.stderr)")
            #expect(!result.stdout.contains("no match") && !result.stdout.contains("0 units"), "\(arguments): \(result.stdout)")
        }
        // Nothing was created: the same read still finds no memory, and tm migrate (which may create one) reports
        // every migration as applied now, which it would not if a read command had created the schema.
        let migrated = try CLI.run(["tm", "migrate", "--format", "json", "--tm", sprot])
        #expect(migrated.status == 0, "\(migrated.stderr)")
        let report = try migrated.json()
        #expect((report["applied"] as? [String])?.first == "1-units", "\(report)")
        let empty = try CLI.run(["tm", "stats", "--tm", sprot])
        #expect(empty.status == 0 && empty.stdout.contains("0 units"), "\(empty.stdout)\(empty.stderr)")
    }

    @Test("a refused connection exits 3 with a plain sentence, without driver internals or the password (TRIAL7 finding 14)")
    func refusedConnection() throws {
        let secret = "Pl3dge-secret"
        // Port 1 on the loopback address: nothing listens there, the kernel refuses at once.
        let result = try CLI.run(["tm", "stats", "--tm", "postgres://editor:\(secret)@127.0.0.1:1/newsroom"])
        #expect(result.status == 3, "exit \(result.status): \(result.stderr)")
        #expect(result.stderr == "error: postgres://editor@127.0.0.1:1/newsroom: cannot connect to 127.0.0.1:1: connection refused — is the server running?\n",
                "\(result.stderr)")
        #expect(!result.stderr.contains(secret))
    }

    @Test("a wrong password and a missing database exit 3 with what to check (TRIAL7 finding 14)")
    func refusedLogin() throws {
        guard let url = Self.url(schema: Self.freshSchema("login")) else { return }
        let secret = "Wr0ng-password"
        let parts = try #require(URLComponents(string: url))
        let host = parts.host ?? "localhost", port = parts.port ?? 5432, user = parts.user ?? ""
        let wrong = "postgres://\(user):\(secret)@\(host):\(port)\(parts.path)?sslmode=disable"
        let login = try CLI.run(["query", "The pledge in brief", "--from", "en", "--to", "nl-BE", "--tm", wrong])
        #expect(login.status == 3, "exit \(login.status): \(login.stderr)")
        #expect(login.stderr.contains("cannot log in to \(host):\(port) as \(user): password authentication failed"), "\(login.stderr)")
        #expect(login.stderr.contains("PGPASSWORD or ~/.pgpass"), "\(login.stderr)")
        #expect(!login.stderr.contains(secret) && !login.stderr.contains("SQLSTATE"), "\(login.stderr)")

        var missing = parts
        missing.path = "/no_such_database_\(UUID().uuidString.prefix(6).lowercased())"
        let database = try CLI.run(["tm", "stats", "--tm", try #require(missing.string)])
        #expect(database.status == 3, "exit \(database.status): \(database.stderr)")
        #expect(database.stderr.contains("cannot connect to \(host):\(port): the database \(missing.path.dropFirst()) does not exist"),
                "\(database.stderr)")
    }

    @Test("import with a role that may not write says the memory is read-only here, exit 3 (TRIAL7 finding 14)")
    func roleWithoutWriteRights() throws {
        let schema = Self.freshSchema("readonly")
        guard let url = Self.url(schema: schema) else { return }
        let imported = try CLI.run(["import", CLI.example("youth-pledge-2020").path, "--tm", url])
        try #require(imported.status == 0, "\(imported.stderr)")
        // The test role owns the tables; an owner may revoke its own rights, which stands in for a role with
        // SELECT only (the test server has no second role). psql connects with the URL without ?schema=.
        guard let psql = ["/usr/bin/psql", "/usr/lib/postgresql/15/bin/psql"].first(where: FileManager.default.isExecutableFile(atPath:)) else {
            TestEnvironment.prerequisiteMissing("psql is not installed: the read-only role check did not run")
            return
        }
        let base = ProcessInfo.processInfo.environment["TAALGRENS_TEST_POSTGRES_URL"]!
        let revoke = Process()
        revoke.executableURL = URL(fileURLWithPath: psql)
        revoke.arguments = [base, "-v", "ON_ERROR_STOP=1", "-q", "-c",
                            "REVOKE INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA \"\(schema)\" FROM CURRENT_USER"]
        try revoke.run()
        revoke.waitUntilExit()
        try #require(revoke.terminationStatus == 0, "psql could not revoke the write rights")

        let stats = try CLI.run(["tm", "stats", "--tm", url])
        #expect(stats.status == 0 && stats.stdout.contains("15 units"), "\(stats.stdout)\(stats.stderr)")
        let again = try CLI.run(["import", CLI.example("safer-internet-day-2020").path, "--tm", url])
        #expect(again.status == 3, "exit \(again.status): \(again.stderr)")
        #expect(again.stderr.contains("the memory is read-only here"), "\(again.stderr)")
        #expect(again.stderr.contains("run this with a role that may write"), "\(again.stderr)")
    }
}

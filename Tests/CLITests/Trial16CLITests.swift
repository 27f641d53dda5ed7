import Foundation
import Testing

/// The sixteenth fresh-user trial's command-line findings that are interop16's (`/work/wt/TRIAL16.md`).
@Suite struct Trial16CLITests {
    /// Finding 10: `tm stats` and `tm migrate --format json` gave a relative `--tm`/`$TAALGRENS_TM` as typed
    /// (`"taalgrens.tm"`), though `docs/cli.md` promises absolute paths in JSON.
    @Test("tm migrate and tm stats give the memory's absolute path in JSON for a relative --tm and $TAALGRENS_TM; text stays short")
    func absoluteMemoryPath() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let expected = dir.appendingPathComponent("m.tm").standardizedFileURL.path
        let migrate = try CLI.run(["tm", "migrate", "--tm", "m.tm", "--format", "json"], in: dir)
        #expect(migrate.status == 0, "\(migrate.stderr)")
        #expect(try migrate.json()["path"] as? String == expected, "\(migrate.stdout)")
        let stats = try CLI.run(["tm", "stats", "--tm", "./m.tm", "--format", "json"], in: dir)
        #expect(try stats.json()["path"] as? String == expected, "\(stats.stdout)")
        let fromEnvironment = try CLI.run(["tm", "stats", "--format", "json"], in: dir, environment: ["TAALGRENS_TM": "m.tm"])
        #expect(try fromEnvironment.json()["path"] as? String == expected, "\(fromEnvironment.stdout)")
        let text = try CLI.run(["tm", "migrate", "--tm", "m.tm"], in: dir)
        #expect(text.stdout.contains(" at m.tm (sqlite)"), "\(text.stdout)")
    }
}

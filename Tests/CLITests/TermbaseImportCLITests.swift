import Foundation
import Testing

/// Fourteenth trial, finding 11: `import phrase-sic.tbx` and `import memoq-sic.csv` were refused as unknown
/// extensions, without saying that a termbase is not stored in the memory and goes to `--termbase`.
@Suite("import of a termbase: refused with where termbases go (process)")
struct TermbaseImportCLITests {
    @Test("a TBX and a memoQ termbase CSV: exit 2, the file named, --termbase and Glossary/ suggested", arguments: [
        ("phrase-sic.tbx", "it is a termbase (TBX)"), ("memoq-sic.csv", "if it is a glossary"),
    ])
    func refused(file: String, what: String) throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let path = CLI.repository.appendingPathComponent("Tests/Fixtures/interop/trial14/finding11").appendingPathComponent(file).path
        let run = try CLI.run(["import", path], in: scratch, memory: scratch.appendingPathComponent("t.tm"))
        #expect(run.status == 2, "\(run.stdout)\(run.stderr)")
        #expect(run.stderr.contains(file), "\(run.stderr)")
        #expect(run.stderr.contains(what), "\(run.stderr)")
        #expect(run.stderr.contains("--termbase \(file)"), "\(run.stderr)")
        // The advice works: the same file as --termbase is read.
        let lookup = try CLI.run(["terms", "lookup", "phishing", "--locale", "en", "--termbase", path, "--no-default-termbase"], in: scratch)
        #expect(lookup.status == 0, "\(lookup.stdout)\(lookup.stderr)")
    }
}

import Foundation
import Testing

/// Thirteenth trial, findings 2 and 11: a federal page in nl-BE (the original) and fr-BE, with no `en`. The
/// first version in alphabetical order (fr-BE) was taken as the source everywhere: `publish --to fr-BE`
/// imported the folder and then failed with "is the locale of the source version", and `check` (which had
/// no `--source`) reported the French "1<sup>er</sup>" as an error against the Dutch original.
@Suite("article folders without en: the source version (process)")
struct SourceWithoutEnglishCLITests {
    static func folder(in scratch: URL) throws {
        let folder = scratch.appendingPathComponent("passport")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try """
        # Een paspoort aanvragen

        Vanaf 1 januari 2027 kost een paspoort 75 euro.

        Je vraagt het aan bij je gemeente.
        """.write(to: folder.appendingPathComponent("nl-BE.md"), atomically: true, encoding: .utf8)
        try """
        # Demander un passeport

        À partir du 1<sup>er</sup> janvier 2027, un passeport coûte 75 euros.

        Vous le demandez auprès de votre commune.
        """.write(to: folder.appendingPathComponent("fr-BE.md"), atomically: true, encoding: .utf8)
    }

    @Test("publish --to fr-BE takes nl-BE, the version --to does not name, and says so")
    func publishTakesTheOtherVersion() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        try Self.folder(in: scratch)
        let run = try CLI.run(["publish", "passport", "--to", "fr-BE", "--out", "b", "--tm", "t.tm"], in: scratch)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("passport: no en version, so nl-BE is the source (the version --to does not name); pass --source"), "\(run.stderr)")
        #expect(run.stdout.contains("imported passport: 3 units read"), "\(run.stdout)")
        #expect(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("b/passport/fr-BE/article.xlf").path))
    }

    @Test("publish --to naming every version stops before the memory is touched and names --source")
    func everyVersionATarget() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        try Self.folder(in: scratch)
        let run = try CLI.run(["publish", "passport", "--to", "nl-BE,fr-BE", "--out", "b", "--tm", "t.tm"], in: scratch)
        #expect(run.status == 2)
        #expect(run.stderr.contains("expected a source version: the folder has no en version and --to names every version (fr-BE, nl-BE); pass --source"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("t.tm").path))
    }

    @Test("check takes --source; without it the note names the version taken")
    func checkSource() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        try Self.folder(in: scratch)
        let guessed = try CLI.run(["check", "passport", "--no-default-termbase"], in: scratch)
        #expect(guessed.stderr.contains("no en version, so fr-BE is taken as the source (the first of fr-BE, nl-BE); pass --source"), "\(guessed.stderr)")
        #expect(guessed.status == 1, "\(guessed.stdout)")
        #expect(guessed.stdout.contains("error inline-code-mismatch nl-BE"), "\(guessed.stdout)")
        let told = try CLI.run(["check", "passport", "--no-default-termbase", "--source", "nl-BE"], in: scratch)
        #expect(told.status == 0, "\(told.stdout)\(told.stderr)")
        #expect(told.stdout.contains("passport/fr-BE.md:3: warning inline-code-mismatch fr-BE passport:1:0"), "\(told.stdout)")
        #expect(!told.stderr.contains("no en version"), "\(told.stderr)")
    }
}

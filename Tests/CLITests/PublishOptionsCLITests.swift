import Foundation
import Testing

/// Ninth trial, finding 10: `publish` ("import, then export --force") had none of export's file options, so a
/// team whose translators work in Trados Studio or memoQ (XLIFF 1.2) could not use it, and `publish --force`
/// was answered with "Did you mean '--source'?".
@Suite("publish takes export's --xliff, --zip and --force (process)")
struct PublishOptionsCLITests {
    @Test("publish --xliff 1.2 --zip --force writes XLIFF 1.2 bundles and their zips")
    func publishXLIFF12Zip() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = try MovedMemoryCLITests.article(in: scratch, id: "lock-screen")
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let out = scratch.appendingPathComponent("out")
        for _ in 0..<2 {
            let result = try CLI.run(["publish", folder.path, "--to", "nl-BE", "--out", out.path, "--xliff", "1.2", "--zip", "--force"],
                                     memory: memory)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("zip: "), "\(result.stdout)")
        }
        let xliff = try String(contentsOf: out.appendingPathComponent("lock-screen/nl-BE/article.xlf"), encoding: .utf8)
        #expect(xliff.contains("version=\"1.2\"") && xliff.contains("<trans-unit"), "\(xliff.prefix(300))")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("lock-screen-nl-BE.zip").path))
    }

    @Test("without the options publish writes XLIFF 2.1 and no zip, as before")
    func publishDefaults() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = try MovedMemoryCLITests.article(in: scratch, id: "lock-screen")
        let out = scratch.appendingPathComponent("out")
        let result = try CLI.run(["publish", folder.path, "--to", "nl-BE", "--out", out.path], memory: scratch.appendingPathComponent("tm.sqlite"))
        #expect(result.status == 0, "\(result.stderr)")
        let xliff = try String(contentsOf: out.appendingPathComponent("lock-screen/nl-BE/article.xlf"), encoding: .utf8)
        #expect(xliff.contains("version=\"2.1\""), "\(xliff.prefix(300))")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("lock-screen-nl-BE.zip").path))
    }
}

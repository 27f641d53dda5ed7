import Foundation
import Testing

/// WordPress WPML's XLIFF 1.2 job (session 19: `original` the post id and a hash, `resname` the field names,
/// HTML with Gutenberg block comments in CDATA, a Yoast field with an emoji and a hashtag) is stored block by
/// block and sentence by sentence; handed to `export` or `analyze` (nineteenth trial, finding 5) it is named
/// as what it is, with what to do, instead of "found a file".
@Suite("WPML's XLIFF 1.2 job: imported sentence by sentence; export and analyze say what to do with it (process)")
struct WPMLJobCLITests {
    static let job = CLI.repository.appendingPathComponent("Tests/Fixtures/interop/wpml19/job-88-fr.xliff")

    @Test("the job's fields and the body's sentences are units; its sentences are exact matches")
    func imported() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("m.tm")
        let run = try CLI.run(["import", Self.job.path], in: scratch, memory: memory)
        #expect(run.status == 0, "\(run.stderr)")
        // Title, the body's two paragraphs of two sentences each, the Yoast description.
        #expect(run.stdout.contains("6 units read: 6 added"), "\(run.stdout)")
        #expect(run.stdout.contains("scope 88-3b9d1c7e5a2f4e60b8c1d2e3f4a5b6c7"), "\(run.stdout)")
        for (source, target) in [("Do not pay.", "Ne payez pas."), ("A text says your parcel is waiting.", "Un SMS dit que votre colis vous attend."),
                                 ("Fake parcel texts are back", "Les faux SMS de colis sont de retour")] {
            let query = try CLI.run(["query", source, "--from", "en", "--to", "fr", "--format", "json"], in: scratch, memory: memory)
            let best = (try query.json()["matches"] as? [[String: Any]])?.first
            #expect(best?["score"] as? Double == 100 && best?["target"] as? String == target, "\(source): \(query.stdout)")
        }
    }

    @Test("export and analyze name the XLIFF file and say what to do, exit 2", arguments: [
        ["export", "JOB", "--to", "fr-BE", "--out", "out"], ["analyze", "JOB", "--to", "fr-BE"],
    ])
    func refusedWithAdvice(arguments: [String]) throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("m.tm")
        #expect(try CLI.run(["import", Self.job.path], in: scratch, memory: memory).status == 0)
        let run = try CLI.run(arguments.map { $0 == "JOB" ? Self.job.path : $0 }, in: scratch, memory: memory)
        #expect(run.status == 2, "\(run.stdout)\(run.stderr)")
        #expect(run.stderr.contains("found an XLIFF file: the commands that read articles"), "\(run.stderr)")
        #expect(run.stderr.contains("taalgrens import job-88-fr.xliff"), "\(run.stderr)")
    }
}

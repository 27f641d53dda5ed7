import Foundation
import Testing

/// Eighth trial, items 7 and 19: `--out` naming a file was an "environment failure" (exit 3, and a Foundation
/// error number for a path under a file), and each export interrupted by Ctrl-C left one more hidden staging
/// folder in the output folder.
@Suite("export --out: a file is refused, abandoned staging folders are cleared (process)")
struct OutputFolderCLITests {
    @Test("--out that is a file, or lies under one: exit 2, the file named, nothing written")
    func outputIsAFile() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let file = scratch.appendingPathComponent("notes.txt")
        try "not a folder".write(to: file, atomically: true, encoding: .utf8)
        for out in [file, file.appendingPathComponent("bundles")] {
            let result = try CLI.run(["publish", CLI.example("youth-pledge-2020").path, "--to", "nl-BE", "--out", out.path], memory: memory)
            #expect(result.status == 2, "\(result.stderr)")
            #expect(result.stderr.contains("\(file.path): expected a folder for the bundles (or a path where one can be made), found a file"),
                    "\(result.stderr)")
            #expect(!result.stderr.contains("NSCocoaErrorDomain"))
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == "not a folder")
    }

    @Test("a staging folder of a process that is gone is removed by the next export; a running one's stays")
    func abandonedStagingIsRemoved() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let out = scratch.appendingPathComponent("out")
        // A process id that ran and ended: what a Ctrl-C'd export leaves behind.
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let abandoned = out.appendingPathComponent(".taalgrens-export-\(ended.processIdentifier)-0b5e1e7e")
        let running = out.appendingPathComponent(".taalgrens-export-\(getpid())-5a1f2b3c")
        for folder in [abandoned, running] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("youth-pledge-2020/nl-BE"), withIntermediateDirectories: true)
        }
        let result = try CLI.run(["publish", CLI.example("youth-pledge-2020").path, "--to", "nl-BE", "--out", out.path], memory: memory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: abandoned.path))
        #expect(FileManager.default.fileExists(atPath: running.path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("youth-pledge-2020/nl-BE/article.xlf").path))
    }
}

import Foundation
import Testing

/// Twelfth trial, finding 18: a Trados Studio return package (`.sdlrpx`) or a memoQ `.mqxlz` was refused as
/// an unknown extension, and the unzipped package folder as "an article folder with no language file",
/// though it holds an SDLXLIFF one level down; `--help` did not list exit code 3.
@Suite("import of a CAT tool's package: what it is and how to import its XLIFF (process)")
struct ToolPackageCLITests {
    static let folder = CLI.repository.appendingPathComponent("Tests/Fixtures/interop/trial12/packages")

    @Test("a package names its kind, the XLIFF files inside and the commands; the unzipped folder points one level down")
    func packages() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("m.tm")
        let trados = try CLI.run(["import", Self.folder.appendingPathComponent("SIC-2025-fr-BE.sdlrpx").path], in: scratch, memory: memory)
        #expect(trados.status == 2)
        #expect(trados.stderr.contains("it is a Trados Studio return package, a zip archive holding fr-BE/school-campaign-2025.docx.sdlxliff; unzip it and import that file (unzip SIC-2025-fr-BE.sdlrpx -d SIC-2025-fr-BE && taalgrens import SIC-2025-fr-BE/fr-BE/school-campaign-2025.docx.sdlxliff)"), "\(trados.stderr)")
        let memoQ = try CLI.run(["import", Self.folder.appendingPathComponent("school-campaign.mqxlz").path], in: scratch, memory: memory)
        #expect(memoQ.status == 2)
        #expect(memoQ.stderr.contains("it is a memoQ zipped MQXLIFF, a zip archive holding document.mqxliff"), "\(memoQ.stderr)")
        let unzipped = try CLI.run(["import", Self.folder.appendingPathComponent("unzipped-return-package").path], in: scratch, memory: memory)
        #expect(unzipped.status == 2)
        #expect(unzipped.stderr.contains("holds SDLXLIFF files (fr-BE/school-campaign-2025.docx.sdlxliff), not an article"), "\(unzipped.stderr)")
        #expect(unzipped.stderr.contains("taalgrens import unzipped-return-package/fr-BE/*.sdlxliff"), "\(unzipped.stderr)")
        // What the message says works.
        let file = Self.folder.appendingPathComponent("unzipped-return-package/fr-BE/school-campaign-2025.docx.sdlxliff")
        #expect(try CLI.run(["import", file.path], in: scratch, memory: memory).status == 0)

        let help = try CLI.run(["--help"], in: scratch)
        // The help text is wrapped to the terminal's width: compare it with its lines joined.
        let joined = help.stdout.split(whereSeparator: \.isNewline).joined(separator: " ")
        #expect(joined.contains("2 bad input, 3 an internal or environment failure (database, file system), 64 usage error"), "\(help.stdout)")
    }
}

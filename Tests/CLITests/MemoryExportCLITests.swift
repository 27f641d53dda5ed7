import Foundation
import Interchange
import Testing

/// `taalgrens tm export` streams the memory: the same bytes on standard output and in `--out`, every unit
/// across several write chunks, and a failed export never leaves a truncated or half-written file.
@Suite("taalgrens tm export: streamed TMX")
struct MemoryExportCLITests {
    /// A TMX file of `count` bilingual units with distinct sentences (more than the writer's 256-unit chunk).
    static func tmx(count: Int) -> String {
        var out = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        out += #"<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>"# + "\n"
        for i in 0..<count {
            out += #"<tu tuid="u\#(i)"><tuv xml:lang="en"><seg>Sentence number \#(i) is about A &amp; B.</seg></tuv>"#
            out += #"<tuv xml:lang="nl-BE"><seg>Zin nummer \#(i) gaat over A &amp; B.</seg></tuv></tu>"# + "\n"
        }
        return out + "</body></tmx>\n"
    }

    /// A scratch folder with a memory holding `count` units from one TMX file.
    static func memory(count: Int) throws -> (scratch: URL, memory: URL) {
        let scratch = try CLI.scratch()
        let file = scratch.appendingPathComponent("units.tmx")
        try Data(tmx(count: count).utf8).write(to: file)
        let memory = scratch.appendingPathComponent("m.tm")
        let imported = try CLI.run(["import", file.path, "-q"], memory: memory)
        guard imported.status == 0 else { throw CLI.CLIError("import failed: \(imported.stderr)") }
        return (scratch, memory)
    }

    @Test("standard output and --out hold the same complete document: 600 units over three chunks")
    func sameBytes() throws {
        let (scratch, memory) = try Self.memory(count: 600)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let streamed = try CLI.run(["tm", "export", "--format", "tmx"], memory: memory)
        #expect(streamed.status == 0, "\(streamed.stderr)")
        let file = scratch.appendingPathComponent("out.tmx")
        let written = try CLI.run(["tm", "export", "-o", file.path], memory: memory)
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.isEmpty)
        let bytes = try Data(contentsOf: file)
        #expect(bytes == Data(streamed.stdout.utf8))
        #expect(streamed.stdout.hasPrefix("<?xml"))
        #expect(streamed.stdout.hasSuffix("</tmx>\n"))
        let units = try TMXReader.read(data: bytes, file: file.path).units
        #expect(units.count == 600)
        #expect(Set(units.map(\.id)).count == 600)
        #expect(units.contains { $0.variants.contains { $0.content.plainText == "Zin nummer 599 gaat over A & B." } })
        // Only the memory, the TMX files and nothing temporary are left in the folder.
        let left = try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter { !$0.hasPrefix("m.tm") }.sorted()
        #expect(left == ["out.tmx", "units.tmx"])
    }

    @Test("a bilingual export streams only the pair: a unit without the target language is left out")
    func bilingual() throws {
        let (scratch, memory) = try Self.memory(count: 300)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let article = try CLI.run(["import", CLI.example("safer-internet-day-2020").path, "-q"], memory: memory)
        #expect(article.status == 0, "\(article.stderr)")
        let result = try CLI.run(["tm", "export", "--pair", "en,fr-BE"], memory: memory)
        #expect(result.status == 0, "\(result.stderr)")
        let units = try TMXReader.read(data: Data(result.stdout.utf8), file: "<stdout>").units
        // The TMX file's 300 units have no fr-BE; the article's units with a French sentence are written.
        #expect(!units.isEmpty)
        #expect(units.allSatisfy { unit in Set(unit.variants.map(\.locale.identifier)) == ["en", "fr-BE"] })
        #expect(!units.contains { $0.id.hasPrefix("u") && Int($0.id.dropFirst()) != nil })
    }

    @Test("a refused export leaves the earlier --out file as it was and no temporary file; a good one replaces it")
    func failedExportKeepsFile() throws {
        let (scratch, memory) = try Self.memory(count: 10)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = scratch.appendingPathComponent("old.tmx")
        try Data("earlier export\n".utf8).write(to: file)
        let refused = try CLI.run(["tm", "export", "--article", "nosuch", "-o", file.path], memory: memory)
        #expect(refused.status == 2)
        #expect(try String(contentsOf: file, encoding: .utf8) == "earlier export\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter { $0.hasSuffix(".partial") }.isEmpty)
        let replaced = try CLI.run(["tm", "export", "-o", file.path], memory: memory)
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(try TMXReader.read(data: Data(contentsOf: file), file: file.path).units.count == 10)
    }

    @Test("--out naming a folder, or a file in a folder that does not exist: bad input, exit 2, nothing written")
    func badOut() throws {
        let (scratch, memory) = try Self.memory(count: 3)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = try CLI.run(["tm", "export", "-o", scratch.path], memory: memory)
        #expect(folder.status == 2)
        #expect(folder.stderr == "error: \(scratch.path): this is a folder (expected the path of a TMX file to write)\n")
        let missing = scratch.appendingPathComponent("no/such.tmx")
        let absent = try CLI.run(["tm", "export", "-o", missing.path], memory: memory)
        #expect(absent.status == 2)
        #expect(absent.stderr == "error: \(missing.path): the folder for the TMX file does not exist (expected an existing folder: \(missing.deletingLastPathComponent().path))\n")
        #expect(!FileManager.default.fileExists(atPath: missing.deletingLastPathComponent().path))
    }
}

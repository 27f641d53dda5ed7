import Foundation
import Interchange
import TaalgrensCore
import Testing

@Suite("XLIFF round trip through the memory (process)")
struct RoundTripCLITests {
    @Test("a translator's filled-in XLIFF imports into the memory and the next export is complete")
    func roundTrip() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        try CLI.createMemory(memory)  // only import, publish and tm migrate create one
        let article = scratch.appendingPathComponent("youth-pledge-2020")
        try FileManager.default.createDirectory(at: article, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLI.example("youth-pledge-2020").appendingPathComponent("en.md"),
                                         to: article.appendingPathComponent("en.md"))

        // 1. An empty memory: nothing is pre-translated.
        let first = try CLI.run(["export", article.path, "--to", "nl-BE", "--out", scratch.appendingPathComponent("out1").path], memory: memory)
        #expect(first.status == 0, "\(first.stderr)")
        let exported = scratch.appendingPathComponent("out1/youth-pledge-2020/nl-BE/article.xlf")
        var document = try XLIFFReader.read(Data(contentsOf: exported), file: exported.path)
        #expect(document.units.allSatisfy { $0.segments.allSatisfy { $0.target == nil || $0.state == .initial } })

        // 2. The translator fills every target (keeping the inline codes) and marks it reviewed.
        var filled = 0
        for u in document.units.indices {
            for s in document.units[u].segments.indices {
                let source = document.units[u].segments[s].source
                document.units[u].segments[s].target = RichText([.text("NL ")] + source.elements)
                document.units[u].segments[s].state = .reviewed
                filled += 1
            }
        }
        let returned = scratch.appendingPathComponent("returned.xlf")
        try XLIFFWriter.write(document, version: .v21).write(to: returned)
        let imported = try CLI.run(["import", returned.path, "--format", "json"], memory: memory)
        #expect(imported.status == 0, "\(imported.stderr)")
        let counts = try #require((try JSONSerialization.jsonObject(with: Data(imported.stdout.utf8)) as? [[String: Any]])?.first)
        #expect(counts["added"] as? Int == filled)
        #expect(counts["origin"] as? String == "youth-pledge-2020")

        // 3. The next export is complete: every segment exact or in context, the article rendered in Dutch.
        let out2 = scratch.appendingPathComponent("out2")
        let second = try CLI.run(["export", article.path, "--to", "nl-BE", "--out", out2.path], memory: memory)
        #expect(second.status == 0, "\(second.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: out2.appendingPathComponent("youth-pledge-2020/nl-BE/report.json"))) as? [String: Any]
        for segment in report?["segments"] as? [[String: Any]] ?? [] {
            let band = segment["band"] as? String ?? ""
            #expect(band == "context" || band == "exact", "\(segment["source"] ?? "") is \(band)")
        }
        let markdown = try String(contentsOf: out2.appendingPathComponent("youth-pledge-2020/nl-BE/article.md"), encoding: .utf8)
        #expect(markdown.contains("NL "))

        // 4. Importing the same file again changes nothing.
        let again = try CLI.run(["import", returned.path, "--format", "json"], memory: memory)
        let againCounts = try #require((try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [[String: Any]])?.first)
        #expect(againCounts["added"] as? Int == 0)
        #expect(againCounts["unchanged"] as? Int == filled)
    }
}

@Suite("input size limits (process)")
struct SizeLimitCLITests {
    @Test("an XLIFF file over 64 MiB is refused with a message naming it, exit code 2")
    func oversizedXLIFF() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let big = scratch.appendingPathComponent("huge.xlf")
        #expect(FileManager.default.createFile(atPath: big.path, contents: Data("<xliff>".utf8)))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: UInt64(64 << 20) + 1)   // sparse: no 64 MiB actually written
        try handle.close()
        let result = try CLI.run(["import", big.path], memory: scratch.appendingPathComponent("tm.sqlite"))
        #expect(result.status == 2)
        #expect(result.stderr.contains("huge.xlf"))
        #expect(result.stderr.contains("64 MiB"))
    }
}

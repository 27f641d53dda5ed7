import Foundation
import Interchange
import TaalgrensCore
import Testing

/// A fresh-user trial (docs/known-issues.md, fixed): a bundle writes its exact and context matches with
/// state `translated`, so importing an OLDER bundle's `article.xlf` after a newer translation was stored put
/// the older text back for segments nobody touched. The bundle now records what the memory gave
/// (`pretranslation-state`, `pretranslation-hash`), and the import skips what is still that.
@Suite("importing an older bundle keeps newer translations (process)")
struct UntouchedPretranslationCLITests {
    static let article = "youth-pledge-2020"

    func summary(_ result: CLI.Result) throws -> [String: Any] {
        #expect(result.status == 0, "\(result.stderr)")
        return try #require((try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])?.first, "\(result.stdout)")
    }

    /// The memory's nl-BE translation of an English sentence: the target of the best match, which must be exact.
    func stored(_ source: String, memory: URL) throws -> String? {
        let query = try CLI.run(["query", source, "--from", "en", "--to", "nl-BE", "--format", "json"], memory: memory).json()
        let best = (query["matches"] as? [[String: Any]])?.first
        #expect(best?["score"] as? Double ?? 0 >= 100, "\(query)")
        return best?["target"] as? String
    }

    /// The `translated` segments of a bundle's XLIFF, as (unit index, segment index).
    func translated(_ document: XLIFFDocument) -> [(Int, Int)] {
        document.units.indices.flatMap { u in
            document.units[u].segments.indices.compactMap { s in document.units[u].segments[s].state == .translated ? (u, s) : nil }
        }
    }

    @Test("an older bundle's untouched segments leave a newer translation alone; its edited segment updates", arguments: ["2.1", "1.2"])
    func olderBundle(version: String) throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let folder = CLI.example(Self.article)
        #expect(try CLI.run(["import", folder.path], memory: memory).status == 0)

        // The older bundle, sent to a translator who is slow to return it.
        let older = scratch.appendingPathComponent("older")
        #expect(try CLI.run(["export", folder.path, "--to", "nl-BE", "--out", older.path, "--xliff", version], memory: memory).status == 0)
        let olderXLIFF = older.appendingPathComponent("\(Self.article)/nl-BE/article.xlf")
        try ExportCLITests.validate(olderXLIFF, schema: version == "2.1" ? "xliff2/xliff_with_modules.xsd" : "xliff12/xliff-core-1.2-transitional.xsd")
        let untouched = try String(contentsOf: olderXLIFF, encoding: .utf8)
        #expect(untouched.contains("pretranslation-hash") && untouched.contains("pretranslation-state"))
        var document = try XLIFFReader.read(Data(contentsOf: olderXLIFF), file: olderXLIFF.path)
        // XLIFF 1.2 writes an exact or context match as state="translated" approved="yes", which reads as
        // reviewed and confirmed (another tool's approval is a review): the state the export wrote is translated.
        for u in document.units.indices {
            for s in document.units[u].segments.indices where document.units[u].segments[s].confirmed {
                #expect(version == "1.2" && document.units[u].segments[s].state == .reviewed)
                document.units[u].segments[s].state = .translated
            }
        }
        let filled = translated(document)
        try #require(filled.count >= 3)
        let (ua, sa) = filled[1], (ub, sb) = filled[2]
        let sentenceA = document.units[ua].segments[sa].source.plainText
        let sentenceB = document.units[ub].segments[sb].source.plainText
        let olderA = try #require(document.units[ua].segments[sa].target?.plainText)

        // Meanwhile a newer translation of sentence A is stored (another bundle, edited and returned).
        var newer = document
        newer.units[ua].segments[sa].target = RichText(plain: "Nieuwere vertaling: " + olderA)
        let newerXLIFF = scratch.appendingPathComponent("newer.xlf")
        try XLIFFWriter.write(newer, version: .v21).write(to: newerXLIFF)
        let newerImport = try summary(try CLI.run(["import", newerXLIFF.path, "--format", "json"], memory: memory))
        #expect(newerImport["updated"] as? Int == 1)
        #expect(try stored(sentenceA, memory: memory) == "Nieuwere vertaling: " + olderA)

        // The older bundle comes back untouched: nothing changes, every filled segment is unchanged.
        let back = try summary(try CLI.run(["import", olderXLIFF.path, "--format", "json"], memory: memory))
        #expect(back["updated"] as? Int == 0, "\(back)")
        #expect(back["added"] as? Int == 0, "\(back)")
        #expect((back["unchanged"] as? Int ?? 0) >= filled.count, "\(back)")
        #expect(try stored(sentenceA, memory: memory) == "Nieuwere vertaling: " + olderA, "the older text came back")

        // The translator edits one segment of the older file: that one updates, the newer A stays.
        var edited = document
        let olderB = try #require(edited.units[ub].segments[sb].target)
        edited.units[ub].segments[sb].target = RichText([.text("Bijgewerkt: ")] + olderB.elements)
        try XLIFFWriter.write(edited, version: version == "2.1" ? .v21 : .v12).write(to: olderXLIFF)
        let editedImport = try summary(try CLI.run(["import", olderXLIFF.path, "--format", "json"], memory: memory))
        #expect(editedImport["updated"] as? Int == 1, "\(editedImport)")
        #expect(try stored(sentenceB, memory: memory) == "Bijgewerkt: " + olderB.plainText)
        #expect(try stored(sentenceA, memory: memory) == "Nieuwere vertaling: " + olderA)

        // A state raised without an edit is translator work too: marking the untouched A final imports it
        // (its older text, reviewed), as the translator decided.
        var confirmed = document
        confirmed.units[ua].segments[sa].state = .final
        try XLIFFWriter.write(confirmed, version: version == "2.1" ? .v21 : .v12).write(to: olderXLIFF)
        let confirmedImport = try summary(try CLI.run(["import", olderXLIFF.path, "--format", "json"], memory: memory))
        #expect(confirmedImport["updated"] as? Int == 1, "\(confirmedImport)")
        #expect(try stored(sentenceA, memory: memory) == olderA)
        // B is the older, untouched pre-translation again in this file: the edit stored before stays.
        #expect(try stored(sentenceB, memory: memory) == "Bijgewerkt: " + olderB.plainText)
    }
}

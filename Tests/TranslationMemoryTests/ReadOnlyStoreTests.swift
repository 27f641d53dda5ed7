import Foundation
import Testing
import TaalgrensCore
import TranslationMemory

/// A memory opened read-only (a team's reference memory on a read-only share, or a file owned by another
/// account; TRIAL6 finding 2): every read works, nothing is written, and a write says why it failed.
@Suite("Store: read-only memory files")
struct ReadOnlyStoreTests {
    /// A memory file with the example article, its concordance rows still pending (as after any import).
    func memory() throws -> (path: String, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-ro-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("team.tm").path
        let store = try SQLiteStore(path: path)
        let units = exampleSentences.enumerated().map { i, s in articleUnit("sid", block: 1, position: i, en: s.en, nl: s.nl, fr: s.fr) }
        _ = try store.importArticle(id: "sid", units: units)
        return (path, folder)
    }

    @Test("searches, exact look-ups, statistics and a phrase search over pending variants answer; nothing is written")
    func readsWork() throws {
        let (path, folder) = try memory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        let store = try SQLiteStore(path: path, readOnly: true)
        #expect(store.isReadOnly)
        let fuzzy = try store.search(query(RichText(plain: "The helpline answered 4,000 calls during the campaign week.")))
        #expect(fuzzy.first?.unit.id == "sid:1:3")
        #expect(try store.exactMatches(query(RichText(plain: exampleSentences[0].en))).map(\.unit.id) == ["sid:1:0"])
        #expect(try store.statistics().units == exampleSentences.count)
        // The import left every variant pending for the concordance index; a read-only store cannot add
        // them, so the search scans them: the same hits as a writable store gives after indexing.
        let hits = try store.concordance("hulplijn", locale: "nl-BE", limit: 10)
        #expect(hits.map(\.unit.id) == ["sid:1:3"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "a read-only store changed the file")
        let writable = try SQLiteStore(path: path)
        #expect(try writable.concordance("hulplijn", locale: "nl-BE", limit: 10).map(\.unit.id) == hits.map(\.unit.id))
    }

    @Test("a write fails and says the memory file is read-only; the file is unchanged")
    func writesFailInPlainWords() throws {
        let (path, folder) = try memory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteStore(path: path, readOnly: true)
        let unit = pairUnit("x1", RichText(plain: "A new sentence."), RichText(plain: "Een nieuwe zin."))
        let error = try #require(throws: TMError.self) { try store.importUnits([unit], origin: "new.tmx") }
        #expect("\(error)".contains("read-only"), "\(error)")
        #expect(try store.unit(id: "x1") == nil)
        #expect(try SQLiteStore(path: path).statistics().units == exampleSentences.count)
    }

    @Test("a read-only open never creates a file")
    func missingFileIsNotCreated() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-ro-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("none.tm").path
        let error = try #require(throws: TMError.self) { try SQLiteStore(path: path, readOnly: true) }
        #expect("\(error)".contains("does not exist"), "\(error)")
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}

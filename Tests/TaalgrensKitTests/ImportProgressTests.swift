import Foundation
import TaalgrensCore
import TaalgrensKit
import Testing
import TranslationMemory

/// The progress a long TMX import reports (the CLI draws it on a terminal's standard error).
@Suite struct ImportProgressTests {
    @Test("a TMX import reports reading every 1,000 units, then storing up to done == total")
    func tmxImportReportsProgress() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-progress-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let count = 2_500
        let tmx = try BundleTestSupport.numberedTMX(count, in: folder)

        let workspace = Workspace(data: BundleTestSupport.data)
        var reports: [ImportProgress] = []
        let results = try workspace.importPaths([tmx], memory: folder.appendingPathComponent("memory.tm").path) { reports.append($0) }
        #expect(results.first?.added == count)

        let reading = reports.filter { $0.phase == .reading }
        #expect(reading.map(\.done) == [1_000, 2_000])
        #expect(reading.allSatisfy { $0.total == nil && $0.path == tmx.path })
        let storing = reports.filter { $0.phase == .storing }
        #expect(storing.map(\.done) == [0, 1_000, 2_000, 2_500])
        #expect(storing.allSatisfy { $0.total == count })
        // Reading comes first, and the last report says the work is done.
        #expect(reports.firstIndex { $0.phase == .storing }! > reports.lastIndex { $0.phase == .reading }!)
        #expect(reports.last == ImportProgress(path: tmx.path, phase: .storing, done: count, total: count))
    }
}

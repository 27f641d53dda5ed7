import Foundation
import TaalgrensCore
import TaalgrensKit
import Terminology
import Testing

/// The progress a long `check` reports (eighth trial, item 20: a 40,000-unit TMX printed nothing for minutes).
@Suite struct CheckProgressTests {
    @Test("a TMX check reports reading every 1,000 units, then checking every 500 up to done == total, with the same findings")
    func tmxCheckReportsProgress() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-checkprogress-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let count = 2_300
        // Every 100th unit loses its number in the translation: a finding the check must still report.
        let tmx = try BundleTestSupport.numberedTMX(count, in: folder) { i in
            i % 100 == 0 ? "Zin van het bestand." : "Zin nummer \(i) van het bestand."
        }

        let workspace = Workspace(data: BundleTestSupport.data)
        var reports: [CheckProgress] = []
        let report = try workspace.check(paths: [tmx], memory: nil) { reports.append($0) }
        let reading = reports.filter { $0.phase == .reading }
        #expect(reading.map(\.done) == [1_000, 2_000])
        #expect(reading.allSatisfy { $0.path == tmx.path && $0.total == nil })
        let checking = reports.filter { $0.phase == .checking }
        #expect(checking.map(\.done) == [0, 500, 1_000, 1_500, 2_000, count])
        #expect(checking.allSatisfy { $0.total == count && $0.path == nil })
        #expect(reports.last == CheckProgress(path: nil, phase: .checking, done: count, total: count))

        // Progress changes nothing in the result.
        let quiet = try workspace.check(paths: [tmx], memory: nil)
        #expect(report.findings == quiet.findings)
        #expect(report.findings.filter { $0.rule == "number-mismatch" }.count == count / 100)
    }
}

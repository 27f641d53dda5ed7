import Foundation
import TaalgrensCore
import TaalgrensKit
import Terminology
import Testing

/// Tenth trial, finding 3: `check` of a returned XLIFF whose translator wrote two sentences into the first
/// segment's target and left the second empty reported every number of the second sentence as "not in the
/// source" and the second segment as untranslated (six errors) and never named the one real change, a
/// digit of the telephone number. `import` reads such a join as one unit of two sentences; `check` now does.
@Suite struct CheckJoinedSegmentsTests {
    static let xliff = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:tg="urn:taalgrens:xliff-extensions:1.0">
        <file original="phishing/en.md" source-language="en" target-language="nl-BE" datatype="plaintext"><body>
        <group id="b1">
        <trans-unit id="b1_b1.s0" tg:segment="b1.s0"><source>Never call back a number from a text message.</source>
        <target state="translated">Bel nooit een nummer uit een sms terug, maar bel de helpdesk van Safeonweb op +32 2 555 01 98 tussen 9 en 17 uur.</target></trans-unit>
        <trans-unit id="b1_b1.s1" tg:segment="b1.s1"><source>Call the Safeonweb helpdesk at +32 2 555 01 99 between 9 a.m. and 5 p.m.</source>
        <target state="translated"></target></trans-unit>
        </group>
        </body></file></xliff>
        """

    /// The shape a bundle's XLIFF 1.2 has (one `<trans-unit>` per sentence, `tg:segment`, in a `<group>` per
    /// paragraph), as the trial's file had it.
    @Test("a joined target is checked against both sources: one finding for the changed digit")
    func joinedTargetIsCheckedAgainstBothSources() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-checkjoin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("article.xlf")
        try Data(Self.xliff.utf8).write(to: file)

        let report = try Workspace(data: BundleTestSupport.data).check(paths: [file], includeDefaultTermbase: false, memory: nil)
        let numbers = report.findings.filter { $0.rule == "number-mismatch" }
        #expect(numbers.count == 1, "\(report.findings.map { "\($0.rule) \($0.text ?? "") \($0.message)" })")
        #expect(numbers.first?.text == "+32 2 555 01 98")
        #expect(numbers.first?.suggestion == "+32 2 555 01 99")
        #expect(!report.findings.contains { $0.rule == "untranslated" }, "\(report.findings)")
    }
}

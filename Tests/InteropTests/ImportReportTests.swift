import Foundation
import Interchange
import TaalgrensCore
import TaalgrensKit
import TaalgrensTestSupport
import Testing

/// TRIAL5 items 14, 15, 16 and 21 through `taalgrens import` (Workspace, SQLite memory): what the summary
/// says of a translated XLIFF 1.2 bundle, in the file's own words, with lines, in line order.
@Suite struct ImportReportTests {
    private static let workspace = Workspace(data: DataDirectory(root: TestEnvironment.repository))

    /// Eleventh trial, finding 9: another tool's drafts were stored as needing review while the summary said
    /// only "added".
    @Test("another tool's draft is counted as needing review and named on its line")
    func otherToolsDraftIsSaid() throws {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let file = tmp.appendingPathComponent("phrase.xlf")
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="nl-BE">
        <file id="f1" original="energy.docx"><unit id="u1"><segment id="s1" state="final">
        <source>The bonus is 250 euro.</source><target>De premie bedraagt 250 euro.</target></segment>
        <segment id="s2" state="initial"><source>Apply before 31 March.</source><target>Vraag aan voor 31 maart.</target></segment>
        </unit></file></xliff>
        """.write(to: file, atomically: true, encoding: .utf8)
        let summary = try #require(try Self.workspace.importPaths([file], memory: tmp.appendingPathComponent("m.tm").path).first)
        #expect(summary.added == 2)
        #expect(summary.needsReview == 1)
        #expect(summary.reasons == ["line 5: unit u1 segment s2: state=\"initial\" (a draft): stored as needing review, never offered as a 100 % match"],
                "\(summary.reasons)")
        #expect(summary.line.hasPrefix("phrase.xlf: 2 units read: 2 added, 0 updated, 0 unchanged (xliff, scope energy.docx, 1 needs review)")
                || summary.line.contains("(xliff, scope energy.docx, 1 needs review)"), "\(summary.line)")
    }

    /// Eleventh trial, finding 8: a draft that drops a code got "imported as it is, check its formatting"
    /// and "not imported" at once, the second hidden by the text output's "… 1 more".
    @Test("a draft that is not imported and drops a code gets its skip reason only")
    func draftDroppingCodeHasOneVerdict() throws {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let fixture = TestEnvironment.repository.appendingPathComponent("Tests/Fixtures/interop/trial5/bundle-1.2-draft.xlf")
        let text = try String(contentsOf: fixture, encoding: .utf8)
            .replacingOccurrences(of: #"<target xml:lang="nl-BE" state="translated">Blijf vannacht binnen.</target>"#,
                                  with: #"<target xml:lang="nl-BE" state="needs-review-translation">Blijf vannacht binnen.</target>"#)
        let file = tmp.appendingPathComponent("article.xlf")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let summary = try #require(try Self.workspace.importPaths([file], memory: tmp.appendingPathComponent("m.tm").path).first)
        let about = summary.reasons.filter { $0.contains("b1.s1") }
        #expect(about == ["line 20: unit b1 segment b1.s1: state=\"needs-review-translation\" (a draft nobody confirmed): not imported; "
                          + "set state=\"translated\" or \"final\" (or approved=\"yes\") to import it"], "\(summary.reasons)")
    }

    @Test("an XLIFF 1.2 bundle: the draft is named by its 1.2 state, translate=\"no\" is skipped, a lost bold pair is a warning")
    func bundle12() throws {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let file = TestEnvironment.repository.appendingPathComponent("Tests/Fixtures/interop/trial5/bundle-1.2-draft.xlf")
        let summary = try #require(try Self.workspace.importPaths([file], memory: tmp.appendingPathComponent("m.tm").path).first)
        #expect(summary.origin == "storm-warning")
        #expect(summary.added == 2)
        #expect(summary.skipped == 2)
        #expect(summary.read == 4)
        #expect(summary.reasons == [
            "line 16: unit b1 segment b1.s0: state=\"needs-review-translation\" (a draft nobody confirmed): not imported; "
                + "set state=\"translated\" or \"final\" (or approved=\"yes\") to import it",
            "line 20: warning: unit b1, segment b1.s1: the target has 0 of the source's 1 paired inline code: strong (id 1) dropped; "
                + "imported as it is, check its formatting",
            "line 25: unit b2: translate=\"no\": not for translation, not imported",
        ])
        // The line names the file passed (relative to the working directory when inside it), then the article it updates.
        let first = String(summary.line.prefix { $0 != "\n" })
        let counts = ": 4 units read: 2 added, 0 updated, 0 unchanged, 2 skipped (xliff, scope storm-warning)"
        let directory = FileManager.default.currentDirectoryPath + "/"
        let shown = file.path.hasPrefix(directory) ? String(file.path.dropFirst(directory.count)) : file.path
        #expect(first == shown + counts, "\(summary.line)")
    }
}

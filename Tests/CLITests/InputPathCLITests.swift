import Foundation
import Testing

/// `import` and `check` decide the kind of a path the same way, with one message, and name an XLIFF
/// segment by one id: a finding of `check file.xlf` points at the unit id the memory stores after
/// `import file.xlf`.
@Suite("import and check: one decision per path, one id per XLIFF segment (process)")
struct InputPathCLITests {
    /// An XLIFF 2.1 file whose units hold one segment each; the second target drops a number of its source.
    static let xliff = """
    <?xml version="1.0" encoding="UTF-8"?>
    <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="nl-BE">
      <file id="f1" original="notice.html">
        <unit id="u1"><segment id="s1" state="translated"><source>The office opens at nine.</source><target>Het kantoor opent om negen uur.</target></segment></unit>
        <unit id="u2"><segment id="s1" state="translated"><source>We welcomed 1250 visitors.</source><target>We verwelkomden bezoekers.</target></segment></unit>
      </file>
    </xliff>

    """

    @Test("a finding of check file.xlf names the segment u2:s1, the local id import stores it under")
    func sameID() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = scratch.appendingPathComponent("notice.xlf")
        try Data(Self.xliff.utf8).write(to: file)
        let check = try CLI.run(["check", file.path, "--format", "json"])
        let findings = try check.json()["findings"] as? [[String: Any]] ?? []
        let units = Set(findings.compactMap { $0["unit"] as? String })
        #expect(units == ["u2:s1"], "\(check.stdout)")
        let memory = scratch.appendingPathComponent("m.tm")
        #expect(try CLI.run(["import", file.path, "-q"], memory: memory).status == 0)
        let tmx = try CLI.run(["tm", "export"], memory: memory).stdout
        #expect(tmx.contains("tuid=\"xliff:nl-BE:notice.html#u2:s1\""), "\(tmx)")
    }

    @Test("a file of another kind: the same message from import and check, naming the verb", arguments: ["import", "check"])
    func otherKind(verb: String) throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = scratch.appendingPathComponent("notes.docx")
        try Data("x".utf8).write(to: file)
        let result = try CLI.run([verb, file.path], in: scratch, memory: scratch.appendingPathComponent("m.tm"))
        #expect(result.status == 2)
        #expect(result.stderr == "error: notes.docx: cannot \(verb) a .docx file: expected an article folder, a .tmx or an XLIFF file (.xlf, .xliff, .sdlxliff, .mqxliff, .mxliff, .txlf, .xlf2, .txml)\n")
        let missing = try CLI.run([verb, "absent.tmx"], in: scratch, memory: scratch.appendingPathComponent("m.tm"))
        #expect(missing.status == 2)
        #expect(missing.stderr == "error: absent.tmx: no such file or folder (expected an article folder, a .tmx or an .xlf file)\n")
    }
}

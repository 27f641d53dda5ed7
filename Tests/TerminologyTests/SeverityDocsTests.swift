import Foundation
import TaalgrensCore
import TaalgrensTestSupport
import Terminology
import Testing

/// The severity table of `docs/terminology.md` (repeated in `docs/cli.md`) is what the rules emit.
@Suite struct SeverityDocsTests {
    static let repository = TestEnvironment.repository

    /// The rows `| `id` | severity | … |` of the first table whose header starts with `| id | severity`.
    static func severityTable(_ file: String) throws -> [(id: String, severity: String)] {
        let text = try String(contentsOf: repository.appendingPathComponent(file), encoding: .utf8)
        var rows: [(String, String)] = []
        var inTable = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("| id | severity") { inTable = true; continue }
            guard inTable else { continue }
            guard line.hasPrefix("|") else { if !rows.isEmpty { break } else { continue } }
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 2, cells[0].hasPrefix("`") else { continue }
            rows.append((cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`")), cells[1]))
        }
        return rows
    }

    @Test func terminologyTableMatchesTheRules() throws {
        let rows = try Self.severityTable("docs/terminology.md")
        #expect(rows.map(\.id) == CheckRule.all.map(\.id))
        for rule in CheckRule.all {
            let cell = rows.first { $0.id == rule.id }?.severity ?? ""
            #expect(cell.split(separator: " ").first.map(String.init) == rule.severity.rawValue, "\(rule.id): docs say \"\(cell)\"")
        }
    }

    @Test func cliTableIsTheSame() throws {
        let terminology = try Self.severityTable("docs/terminology.md")
        let cli = try Self.severityTable("docs/cli.md")
        #expect(cli.map { "\($0.id) \($0.severity)" } == terminology.map { "\($0.id) \($0.severity)" })
    }

    /// The situations where a rule departs from its default severity, as documented: a superseded term and
    /// a deprecated term in the source are warnings; an empty translation is an error.
    @Test func documentedExceptions() throws {
        let tb = try tbx(tbx3(concept("c1", [
            ("en", "cyberbullying", "preferred"), ("en", "online bullying", "deprecated"),
            ("nl", "cyberpesten", "preferred"), ("nl", "cyberbullying", "deprecated"), ("nl", "digitaal pesten", "superseded"),
        ])))
        let findings = try checker(tb).check([
            unit("deprecated", en: "Stop cyberbullying now.", nl: "Stop cyberbullying nu."),
            unit("superseded", en: "Stop cyberbullying now.", nl: "Stop digitaal pesten nu."),
            unit("source", en: "Stop online bullying now.", nl: "Stop cyberpesten nu."),
            CheckUnit(id: "empty", variants: ["en": "Stop cyberbullying now.", "nl-BE": ""]),
            unit("copied", en: "Stop cyberbullying now please.", nl: "Stop cyberbullying now please."),
        ])
        func severity(_ unit: String, _ rule: CheckRule) -> Severity? { findings.first { $0.unit == unit && $0.rule == rule.id }?.severity }
        #expect(severity("deprecated", .forbiddenTerm) == .error)
        #expect(severity("superseded", .forbiddenTerm) == .warning)
        #expect(severity("source", .forbiddenTerm) == .warning)
        #expect(severity("empty", .untranslated) == .error)
        #expect(severity("copied", .untranslated) == .warning)
    }
}

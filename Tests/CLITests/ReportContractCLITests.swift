import Foundation
import Testing

/// `report.json`, `analyze --format json` and `export --format json` against the shapes documented in
/// `docs/cli.md`, and one finding per problem.
@Suite("report.json contract (process)")
struct ReportContractCLITests {
    /// The first fenced JSON block after `heading` in `docs/cli.md`, parsed, and the keys listed on the
    /// line starting "Optional keys" after it.
    static func documented(after heading: String) throws -> (shape: Any, optional: Set<String>) {
        let text = try String(contentsOf: CLI.repository.appendingPathComponent("docs/cli.md"), encoding: .utf8)
        guard let start = text.range(of: heading) else { throw CLI.CLIError("docs/cli.md has no \(heading)") }
        let rest = text[start.upperBound...]
        guard let open = rest.range(of: "```json\n"), let close = rest[open.upperBound...].range(of: "\n```") else {
            throw CLI.CLIError("no JSON example after \(heading) in docs/cli.md")
        }
        let json = String(rest[open.upperBound..<close.lowerBound])
        let shape = try JSONSerialization.jsonObject(with: Data(json.utf8))
        var optional = Set<String>()
        if let line = rest[close.upperBound...].split(separator: "\n").first(where: { $0.hasPrefix("Optional keys") }) {
            let parts = line.split(separator: "`")
            optional = Set(stride(from: 1, to: parts.count, by: 2).map { String(parts[$0]) })
        }
        return (shape, optional)
    }

    /// Problems where `actual` departs from `documented`: a key not documented, a documented key missing
    /// (unless optional), a value of another JSON type. Array elements are each held to the documented
    /// array's first element.
    static func departures(_ actual: Any, _ documented: Any, optional: Set<String>, path: String = "$") -> [String] {
        switch (actual, documented) {
        case (let a as [String: Any], let d as [String: Any]):
            var out: [String] = []
            for key in Set(a.keys).subtracting(d.keys).sorted() { out.append("\(path).\(key) is not documented") }
            for key in Set(d.keys).subtracting(a.keys).subtracting(optional).sorted() { out.append("\(path).\(key) is missing") }
            for key in Set(a.keys).intersection(d.keys).sorted() where !(a[key] is NSNull) {
                out += departures(a[key]!, d[key]!, optional: optional, path: "\(path).\(key)")
            }
            return out
        case (let a as [Any], let d as [Any]):
            guard let model = d.first else { return a.isEmpty ? [] : ["\(path) is documented empty"] }
            return a.enumerated().flatMap { departures($1, model, optional: optional, path: "\(path)[\($0)]") }
        case (is String, is String), (is NSNumber, is NSNumber):
            return []
        default:
            return ["\(path): \(type(of: actual)) where the docs show \(type(of: documented))"]
        }
    }

    @Test("report.json, analyze and export JSON have exactly the documented keys; one finding per problem")
    func reportShape() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let (out, result) = try BundleContentCLITests.exportRevised(scratch, epoch: "1585555200")
        #expect(result.status == 0, "\(result.stderr)")
        let report = try Self.documented(after: "### `report.json`")
        var findingsSeen = 0
        for locale in ["nl-BE", "fr-BE"] {
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("helplines/\(locale)/report.json")))
            #expect(Self.departures(json, report.shape, optional: report.optional) == [], "\(locale)")
            let object = try #require(json as? [String: Any])
            let findings = object["findings"] as? [[String: Any]] ?? []
            findingsSeen += findings.count
            for f in findings { #expect(f["locale"] as? String == locale, "a finding's locale is the variant to fix: \(f)") }
            let bands = object["bands"] as? [[String: Any]] ?? []
            #expect(bands.map { $0["band"] as? String ?? "" } == ["context", "exact", "fuzzy95", "fuzzy85", "fuzzy75", "fuzzy50", "noMatch"])
        }
        #expect(findingsSeen > 0, "the fixture must give findings, or their shape goes unchecked")

        // export --format json: the documented summary, one per target.
        let exportDoc = try Self.documented(after: "## `taalgrens export")
        let summaries = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        #expect(Self.departures(summaries, exportDoc.shape, optional: exportDoc.optional.union(["zip"])) == [])
        #expect((summaries as? [[String: Any]])?.map { $0["targetLocale"] as? String ?? "" } == ["nl-BE", "fr-BE"])

        // analyze --format json: the same report objects.
        let analyze = try CLI.run(["analyze", scratch.appendingPathComponent("revised/helplines").path, "--to", "nl-BE,fr-BE", "--format", "json"],
                                  memory: scratch.appendingPathComponent("tm.sqlite"))
        #expect(analyze.status == 0, "\(analyze.stderr)")
        let analyzed = try JSONSerialization.jsonObject(with: Data(analyze.stdout.utf8))
        let array = try #require(analyzed as? [[String: Any]])
        #expect(array.count == 2)
        for element in array { #expect(Self.departures(element, report.shape, optional: report.optional) == []) }
        let written = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("helplines/fr-BE/report.json"))) as? NSDictionary)
        #expect(NSDictionary(dictionary: array[1]) == written, "analyze prints what export writes")
    }

    @Test("the French fault is reported once each; the Dutch 9-to-19 is not a number mismatch")
    func oneFindingPerProblem() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let (out, result) = try BundleContentCLITests.exportRevised(scratch, epoch: "1585555200")
        #expect(result.status == 0, "\(result.stderr)")
        func findings(_ locale: String) throws -> [[String: Any]] {
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("helplines/\(locale)/report.json"))) as? [String: Any]
            return object?["findings"] as? [[String: Any]] ?? []
        }
        let nl = try findings("nl-BE")
        #expect(nl.filter { $0["rule"] as? String == "number-mismatch" }.isEmpty, "\(nl)")
        let fr = try findings("fr-BE")
        let numbers = fr.filter { $0["rule"] as? String == "number-mismatch" }
        #expect(numbers.map { "\($0["text"] ?? "") \($0["severity"] ?? "")" } == ["17 h error"])
        let codes = fr.filter { $0["rule"] as? String == "inline-code-mismatch" }
        #expect(codes.count == 1, "one owner for inline-code-mismatch: \(codes)")
        #expect(codes.first?["severity"] as? String == "error")
        #expect(codes.first?["textLocale"] as? String == "en")
        #expect(codes.first?["text"] as? String == "the annual report")
        let summary = try #require((try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("helplines/fr-BE/report.json"))) as? [String: Any])?["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == fr.filter { $0["severity"] as? String == "error" }.count)
        #expect(summary["warnings"] as? Int == fr.filter { $0["severity"] as? String == "warning" }.count)
        #expect(summary["info"] as? Int == fr.filter { $0["severity"] as? String == "info" }.count)
        #expect(summary["infos"] == nil)
    }
}

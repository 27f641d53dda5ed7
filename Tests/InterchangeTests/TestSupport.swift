import Foundation
import Testing

/// Paths and tools the Interchange tests use.
enum TestSupport {
    /// The repository root, from this file's path (`<repo>/Tests/InterchangeTests/TestSupport.swift`).
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Fixtures/interchange/<name>`.
    static func fixture(_ name: String) -> URL {
        repository.appendingPathComponent("Tests/Fixtures/interchange").appendingPathComponent(name)
    }

    static func fixtureData(_ name: String) throws -> Data { try Data(contentsOf: fixture(name)) }

    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// The shared folder (`<repo>/../shared`; a git worktree one level deeper finds `<repo>/../../shared`).
    static var shared: URL? {
        var base = repository.deletingLastPathComponent()
        for _ in 0..<2 {
            let candidate = base.appendingPathComponent("shared")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("data/schemas").path) { return candidate }
            base = base.deletingLastPathComponent()
        }
        return nil
    }

    /// A schema file under `shared/data/schemas`, or `nil` after failing (CI) or recording an issue (locally).
    static func schema(_ relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) -> URL? {
        guard let shared else {
            unavailable("the shared folder (../shared/data/schemas) is missing next to the repository", sourceLocation)
            return nil
        }
        return shared.appendingPathComponent("data/schemas").appendingPathComponent(relativePath)
    }

    /// The path of `xmllint`, or `nil` after failing (CI) or recording an issue (locally).
    static func xmllint(sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/xmllint"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        unavailable("xmllint is not installed (Debian package libxml2-utils); schema validation did not run", sourceLocation)
        return nil
    }

    private static func unavailable(_ message: String, _ sourceLocation: SourceLocation) {
        // In CI a missing prerequisite fails the test; locally it is recorded as a warning (shown in the test
        // output, never skipped silently), because a user's clone has no shared/ and may lack the test tools.
        Issue.record(Comment(rawValue: (isCI ? "CI: " : "not checked locally: ") + message), severity: isCI ? .error : .warning,
                     sourceLocation: sourceLocation)
    }

    /// Validates `data` with xmllint against a W3C XML Schema (`schema`) or a DTD (`dtd`).
    /// - Returns: xmllint's messages, or `nil` when the document is valid.
    static func validate(_ data: Data, xmllint: String, schema: URL? = nil, dtd: URL? = nil) throws -> String? {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("interchange-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("doc.xml")
        try data.write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: xmllint)
        var arguments = ["--noout", "--nonet"]
        if let schema { arguments += ["--schema", schema.path] }
        if let dtd { arguments += ["--dtdvalid", dtd.path] }
        process.arguments = arguments + [file.path]
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? nil : String(decoding: output, as: UTF8.self)
    }
}

import Interchange

/// The differences between two XLIFF documents, unit by segment by field, for readable test failures.
func differences(_ a: XLIFFDocument, _ b: XLIFFDocument) -> [String] {
    var out: [String] = []
    if a.sourceLocale != b.sourceLocale || a.targetLocale != b.targetLocale { out.append("locales \(a.sourceLocale)/\(a.targetLocale) vs \(b.sourceLocale)/\(b.targetLocale)") }
    if a.fileID != b.fileID || a.original != b.original { out.append("file \(a.fileID) \(a.original ?? "-") vs \(b.fileID) \(b.original ?? "-")") }
    if a.units.count != b.units.count { out.append("unit count \(a.units.count) vs \(b.units.count)") }
    for (u, v) in zip(a.units, b.units) {
        if u.id != v.id || u.name != v.name || u.kind != v.kind || u.metadata != v.metadata {
            out.append("unit \(u.id): id/name/kind/metadata \([u.id, u.name ?? "-", u.kind ?? "-"]) \(u.metadata) vs \([v.id, v.name ?? "-", v.kind ?? "-"]) \(v.metadata)")
        }
        if u.segments.count != v.segments.count { out.append("unit \(u.id): segment count \(u.segments.count) vs \(v.segments.count)") }
        for (s, t) in zip(u.segments, v.segments) {
            if s.id != t.id { out.append("unit \(u.id): segment id \(s.id) vs \(t.id)") }
            if s.source != t.source { out.append("\(u.id)/\(s.id) source:\n  \(s.source.elements)\n  \(t.source.elements)") }
            if s.target != t.target { out.append("\(u.id)/\(s.id) target:\n  \(String(describing: s.target?.elements))\n  \(String(describing: t.target?.elements))") }
            if s.state != t.state { out.append("\(u.id)/\(s.id) state \(s.state) vs \(t.state)") }
            if s.metadata != t.metadata { out.append("\(u.id)/\(s.id) metadata \(s.metadata) vs \(t.metadata)") }
            if s.matches != t.matches { out.append("\(u.id)/\(s.id) matches:\n  \(s.matches)\n  \(t.matches)") }
        }
    }
    return out
}

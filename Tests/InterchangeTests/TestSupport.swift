import Foundation
import Testing
import TaalgrensTestSupport

/// Paths and tools the Interchange tests use.
enum TestSupport {
    /// The repository root, from this file's path (`<repo>/Tests/InterchangeTests/TestSupport.swift`).
    static let repository = TestEnvironment.repository

    /// `Tests/Fixtures/interchange/<name>`.
    static func fixture(_ name: String) -> URL {
        repository.appendingPathComponent("Tests/Fixtures/interchange").appendingPathComponent(name)
    }

    static func fixtureData(_ name: String) throws -> Data { try Data(contentsOf: fixture(name)) }

    /// `Tests/Fixtures/interop/<name>`: files shaped as other tools write them.
    static func interop(_ name: String) -> URL {
        repository.appendingPathComponent("Tests/Fixtures/interop").appendingPathComponent(name)
    }

    static var isCI: Bool { TestEnvironment.isCI }

    /// The shared folder beside the repository (``TestEnvironment/shared``).
    static var shared: URL? { TestEnvironment.shared }

    /// A schema file under `shared/data/schemas`, or `nil` after failing (CI) or recording a warning.
    static func schema(_ relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) -> URL? {
        TestEnvironment.schema(relativePath, sourceLocation: sourceLocation)
    }

    /// The path of `xmllint`, or `nil` after failing (CI) or recording a warning.
    static func xmllint(sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        TestEnvironment.xmllint(sourceLocation: sourceLocation)
    }

    /// Validates `data` with xmllint against a W3C XML Schema (`schema`) or a DTD (`dtd`).
    /// - Returns: xmllint's messages, or `nil` when the document is valid.
    static func validate(_ data: Data, xmllint: String, schema: URL? = nil, dtd: URL? = nil) throws -> String? {
        try TestEnvironment.validate(data, xmllint: xmllint, schema: schema, dtd: dtd)
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

import Foundation
import Testing

/// What the test targets share about where they run: the repository, the team's `shared/` folder beside
/// it, and the tools that `scripts/install-test-tools.sh` installs.
///
/// A prerequisite that is missing never makes a test skip silently: in CI (`CI=true`) it is a failure;
/// elsewhere it is recorded as a warning naming what did not run and why, because a user's clone has no
/// `shared/` and may lack the test tools, and `swift test` must pass there.
public enum TestEnvironment {
    /// The repository root, from this file's path (`<repo>/Tests/TestSupport/TestEnvironment.swift`).
    public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The executable `name` (a product of this package, such as `taalgrens`) built beside the running test
    /// bundle: the first one found in the bundle's folder or a folder above it; `nil` when there is none.
    public static func builtExecutable(_ name: String) -> URL? {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    /// Whether the tests run in CI (`CI=true`), where every prerequisite must be present.
    public static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// The shared folder: `<repo>/../shared`, or `<repo>/../../shared` for a git worktree kept one level
    /// deeper (`<main>/../wt/<name>`). `nil` when neither holds a `data` folder.
    public static let shared: URL? = {
        var base = repository.deletingLastPathComponent()
        for _ in 0..<2 {
            let candidate = base.appendingPathComponent("shared", isDirectory: true)
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("data").path) { return candidate }
            base = base.deletingLastPathComponent()
        }
        return nil
    }()

    /// Records that `message`'s prerequisite is missing: an error in CI; elsewhere a warning, and a note on
    /// standard error naming the check that did not run.
    public static func prerequisiteMissing(_ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = (isCI ? "missing in CI: " : "not checked outside CI: ") + message
        if !isCI { FileHandle.standardError.write(Data(("note: " + text + "\n").utf8)) }
        Issue.record(Comment(rawValue: text), severity: isCI ? .error : .warning, sourceLocation: sourceLocation)
    }

    /// A file below `shared/`, or `nil` after ``prerequisiteMissing(_:sourceLocation:)`` when the shared
    /// folder or the file is absent.
    /// - Parameter relativePath: the path below `shared/`, for example `data/schemas/tmx/tmx14.dtd`.
    public static func sharedFile(_ relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) -> URL? {
        guard let shared else {
            prerequisiteMissing("the shared folder (../shared) is missing next to the repository, so \(relativePath) is not available",
                                sourceLocation: sourceLocation)
            return nil
        }
        let url = shared.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else {
            prerequisiteMissing("\(url.path) does not exist", sourceLocation: sourceLocation)
            return nil
        }
        return url
    }

    /// A schema under `shared/data/schemas`, or `nil` after recording that it is missing.
    public static func schema(_ relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) -> URL? {
        sharedFile("data/schemas/" + relativePath, sourceLocation: sourceLocation)
    }

    /// The path of `xmllint` on `PATH`, or `nil` after recording that it is missing.
    public static func xmllint(sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/xmllint"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        prerequisiteMissing("xmllint is not installed (Debian package libxml2-utils, installed by scripts/install-test-tools.sh); validation did not run",
                            sourceLocation: sourceLocation)
        return nil
    }

    /// Validates the file at `file` with xmllint (`--noout --nonet`: no network, so no external entity is
    /// fetched) against a W3C XML Schema, a DTD, or both.
    /// - Returns: xmllint's messages, or `nil` when the document is valid.
    /// - Throws: when xmllint cannot be started.
    public static func validate(_ file: URL, xmllint: String, schema: URL? = nil, dtd: URL? = nil) throws -> String? {
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

    /// ``validate(_:xmllint:schema:dtd:)`` for bytes in memory (written to a temporary file first).
    public static func validate(_ data: Data, xmllint: String, schema: URL? = nil, dtd: URL? = nil) throws -> String? {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-validate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("document.xml")
        try data.write(to: file)
        return try validate(file, xmllint: xmllint, schema: schema, dtd: dtd)
    }
}

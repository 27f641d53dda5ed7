import Foundation
import TaalgrensCore
import TaalgrensTestSupport
import Testing

/// Runs `scripts/interop/ttk_dump.py` (Translate Toolkit, a third-party reader) and decodes what it saw.
enum TranslateToolkit {
    static let script = TestEnvironment.repository.appendingPathComponent("scripts/interop/ttk_dump.py")

    /// The script's exit code when Translate Toolkit is not importable.
    static let missingToolkit: Int32 = 3
    /// `env`'s exit code when `python3` is not on the PATH.
    static let missingCommand: Int32 = 127

    /// What Translate Toolkit saw in one file.
    struct File: Decodable {
        var translateToolkit: String
        /// The store class, for example `translate.storage.xliff2.Xliff2File`.
        var store: String
        /// `xliff2`, `xliff1` or `tmx`.
        var format: String
        var sourceLanguage: String?
        var targetLanguage: String?
        var units: [Unit]
    }

    /// One unit as Translate Toolkit reports it. For XLIFF 2 a unit is one `<segment>`.
    struct Unit: Decodable {
        var id: String
        var source: String?
        var target: String?
        var isfuzzy: Bool
        var istranslated: Bool
        var isapproved: Bool?
        var stateN: Int
        var stateAttribute: String?
        var sourceCodes: [Code]?
        var targetCodes: [Code]?
        /// TMX only: every variant by `xml:lang`.
        var variants: [String: Variant]?
        /// XLIFF 1.2 only: the `<alt-trans>` candidates.
        var alternatives: [Alternative]?
    }

    /// An XLIFF 1.2 `<alt-trans>` as Translate Toolkit reads it (plain text).
    struct Alternative: Decodable {
        var source: String?
        var target: String?
    }

    /// An inline code in Translate Toolkit's rich text model.
    struct Code: Decodable {
        var className: String
        var tag: String
        var id: String?
        enum CodingKeys: String, CodingKey { case className = "class", tag, id }
    }

    /// A TMX variant: the text as Translate Toolkit reads it (native code text included), the text with
    /// its XML tag placeables removed, and those tags.
    struct Variant: Decodable {
        var text: String?
        var plain: String
        var tags: [String]
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Reads `files` with Translate Toolkit, in one `python3` process.
    /// - Returns: one ``File`` per input, in order; `nil` when `python3` or Translate Toolkit is missing,
    ///   after failing the test (in CI) or recording an issue (locally) that says to run
    ///   `scripts/install-test-tools.sh`.
    /// - Throws: ``Failure`` when Translate Toolkit cannot read a file, or its output does not decode.
    static func read(_ files: [URL], sourceLocation: SourceLocation = #_sourceLocation) throws -> [File]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path] + files.map(\.path)
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("ttk-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errors) }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let message = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        switch process.terminationStatus {
        case 0: break
        case missingToolkit, missingCommand:
            let what = process.terminationStatus == missingCommand ? "python3 is not on the PATH" : message.trimmingCharacters(in: .whitespacesAndNewlines)
            var text = "Translate Toolkit did not run: \(what)"
            if !text.contains("install-test-tools.sh") { text += ". Run scripts/install-test-tools.sh (as root) to install translate-toolkit." }
            TestEnvironment.prerequisiteMissing(text, sourceLocation: sourceLocation)
            return nil
        default:
            throw Failure(description: "ttk_dump.py exited with \(process.terminationStatus): \(message)")
        }
        let lines = data.split(separator: UInt8(ascii: "\n"))
        let objects: [Data] = files.count == 1 ? [data] : lines.map { Data($0) }
        guard objects.count == files.count else {
            throw Failure(description: "ttk_dump.py printed \(objects.count) objects for \(files.count) files")
        }
        return try objects.map { try JSONDecoder().decode(File.self, from: $0) }
    }
}

import Foundation
import Testing
import Segmentation
import TaalgrensCore

/// Paths and shared segmenters for the segmentation tests.
enum TestSupport {
    /// The repository root, found from this file's path.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The repository's data folder (holding `Locales/`).
    static let data = DataDirectory(root: repository)

    /// The team's shared material: `<repo>/../shared`, or one level higher for a worktree kept under
    /// `<main>/../wt/<name>`. `nil` when absent.
    static let shared: URL? = {
        for candidate in ["../shared", "../../shared"] {
            let url = repository.appendingPathComponent(candidate).standardizedFileURL
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("data").path) { return url }
        }
        return nil
    }()

    /// Reports a missing input: a failure in CI (`CI=true`); elsewhere (a user's clone has no shared/) a
    /// note on standard error that the check did not run and why, and the test passes (TEAM.md).
    static func missing(_ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            Issue.record("missing in CI: \(message)", sourceLocation: sourceLocation)
        } else {
            FileHandle.standardError.write(Data("note: check not run at \(sourceLocation.fileName):\(sourceLocation.line), input not found (outside CI): \(message)\n".utf8))
        }
    }

    static let english = try! Segmenter(locale: "en", data: data)
    static let dutch = try! Segmenter(locale: "nl-BE", data: data)
    static let french = try! Segmenter(locale: "fr-BE", data: data)

    /// The shipped segmenter for a locale's language.
    static func segmenter(for locale: LanguageTag) -> Segmenter {
        switch locale.language {
        case "en": english
        case "nl": dutch
        case "fr": french
        default: try! Segmenter(locale: locale, data: data)
        }
    }

    /// The sentences of `text` as strings.
    static func sentences(_ text: String, _ segmenter: Segmenter) -> [String] {
        let units = Array(text.utf16)
        return segmenter.sentenceRanges(in: text).map { String(decoding: units[$0], as: UTF16.self) }
    }
}

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

    /// Reports a missing input: a failure in CI (`CI=true`), else a recorded warning with the message (shown
    /// in the test output, never skipped silently; a user's clone has no shared/ and may lack the test tools).
    static func missing(_ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            Issue.record("missing in CI: \(message)", sourceLocation: sourceLocation)
        } else {
            Issue.record("not found (outside CI): \(message)", severity: .warning, sourceLocation: sourceLocation)
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

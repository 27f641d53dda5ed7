import Foundation
import Testing
import Segmentation
import TaalgrensCore
import TaalgrensTestSupport

/// Paths and shared segmenters for the segmentation tests.
enum TestSupport {
    /// The repository root, found from this file's path.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The repository's data folder (holding `Locales/`).
    static let data = DataDirectory(root: repository)

    /// The team's shared material beside the repository (``TestEnvironment/shared``); `nil` when absent.
    static var shared: URL? { TestEnvironment.shared }

    /// Reports a missing input: a failure in CI (`CI=true`), else a recorded warning with the message (shown
    /// in the test output, never skipped silently).
    static func missing(_ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        TestEnvironment.prerequisiteMissing(message, sourceLocation: sourceLocation)
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

import Foundation
import Testing
import Segmentation
import TaalgrensCore

/// The shared development set: `shared/data/segmentation/dev.jsonl`, 80 paragraphs in en, nl-BE and
/// fr-BE with their gold sentences. Every case must pass; the score is printed so a regression shows.
@Suite struct DevSetTests {
    struct Case: Decodable {
        let id: String
        let locale: String
        let text: String
        let segments: [String]
    }

    static func cases() throws -> [Case]? {
        guard let shared = TestSupport.shared else { return nil }
        let file = shared.appendingPathComponent("data/segmentation/dev.jsonl")
        let text = try String(contentsOf: file, encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Case.self, from: Data($0.utf8)) }
    }

    @Test func everyDevCasePasses() throws {
        guard let cases = try DevSetTests.cases() else {
            TestSupport.missing("shared/data/segmentation/dev.jsonl (expected beside the repository)")
            return
        }
        #expect(cases.count == 80)
        var passed = 0
        for devCase in cases {
            let locale = try #require(LanguageTag(devCase.locale))
            // The set reads a single line break inside a paragraph as a space; offsets keep the original.
            let got = TestSupport.sentences(devCase.text, TestSupport.segmenter(for: locale))
                .map { $0.replacingOccurrences(of: "\n", with: " ") }
            if got == devCase.segments { passed += 1 }
            #expect(got == devCase.segments, "\(devCase.id): \(devCase.text)")
        }
        print("dev set: \(passed)/\(cases.count)")
    }
}

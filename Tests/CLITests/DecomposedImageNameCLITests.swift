import Foundation
import Testing

/// Seventeenth trial, finding 17: an image saved on a Mac (its file name decomposed, NFD: "e" + U+0301) was
/// "missing" from every bundle, whether the article wrote its name decomposed (as the Mac's editor did) or
/// composed (typed on Windows): the reader normalises the reference to NFC and a Linux file system compares
/// names byte for byte. References now find the folder's entry by canonical equivalence.
@Suite("export: images whose names macOS decomposed (process)")
struct DecomposedImageNameCLITests {
    @Test("the image is copied into the bundle whichever form the article and the file system use")
    func decomposedImageName() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let decomposed = "e\u{301}cran-enfant.png", composed = "\u{E9}cran-enfant.png"
        let memory = scratch.appendingPathComponent("t.tm")
        try CLI.createMemory(memory)
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        for (article, written) in [("nfd-reference", decomposed), ("nfc-reference", composed)] {
            let folder = scratch.appendingPathComponent(article)
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("images"), withIntermediateDirectories: true)
            try png.write(to: folder.appendingPathComponent("images").appendingPathComponent(decomposed))
            try "# Screens\n\nA picture of a child.\n\n![A child with a tablet](images/\(written))\n\nEnd of the text.\n"
                .write(to: folder.appendingPathComponent("en.md"), atomically: true, encoding: .utf8)
            let result = try CLI.run(["export", article, "--to", "fr-BE", "--out", "out"], in: scratch, memory: memory)
            #expect(result.status == 0, "\(article): \(result.stderr)")
            let report = try JSONSerialization.jsonObject(with: Data(contentsOf: scratch.appendingPathComponent("out/\(article)/fr-BE/report.json"))) as? [String: Any]
            let images = report?["images"] as? [[String: Any]] ?? []
            #expect(images.count == 1 && images.first?["status"] as? String == "copied", "\(article): \(images)")
            let copied = try FileManager.default.contentsOfDirectory(atPath: scratch.appendingPathComponent("out/\(article)/fr-BE/images").path)
            #expect(copied.count == 1, "\(article): \(copied)")
        }
    }
}

import Foundation
import TaalgrensCore
import TaalgrensTestSupport
import Testing

@Suite("Finding the data folder")
struct DataDirectoryTests {
    static let repository = TestEnvironment.repository

    @Test("a binary built in a checkout, run from a folder outside it, finds the checkout's data")
    func executableInsideACheckout() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-dd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        let binary = Self.repository.appendingPathComponent(".build/release/taalgrens")
        let found = try DataDirectory.locate(environment: [:], executable: binary, workingDirectory: outside)
        #expect(found.root.standardizedFileURL.path == Self.repository.standardizedFileURL.path)
    }

    @Test("the working directory still comes before the executable's checkout")
    func workingDirectoryFirst() throws {
        let other = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-dd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: other.appendingPathComponent("Locales/en"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: other) }
        let binary = Self.repository.appendingPathComponent(".build/release/taalgrens")
        let found = try DataDirectory.locate(environment: [:], executable: binary, workingDirectory: other.appendingPathComponent("Locales/en"))
        #expect(found.root.standardizedFileURL.path == other.standardizedFileURL.path)
    }

    @Test("nothing found anywhere is an error that names the three ways to say where the data is")
    func nothingFound() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-dd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        #expect {
            try DataDirectory.locate(environment: [:], executable: outside.appendingPathComponent("bin/taalgrens"), workingDirectory: outside)
        } throws: { error in
            "\(error)".contains("--data-dir") && "\(error)".contains("TAALGRENS_DATA")
        }
    }
}

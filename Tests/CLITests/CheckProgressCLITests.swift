import Foundation
import Interchange
import TaalgrensCore
import TaalgrensTestSupport
import Testing

/// `check` shows a progress line on a terminal, as `import` does, and never elsewhere (eighth trial, item 20).
@Suite("taalgrens check progress (process)")
struct CheckProgressCLITests {
    /// A TMX file of `count` two-language units in `folder`.
    static func tmx(_ count: Int, in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent("big.tmx")
        let writer = try TMXWriter(url: url, options: TMXWriter.Options(sourceLanguage: "en"))
        for i in 0..<count {
            _ = try writer.write(TranslationUnit(id: "u\(i)", variants: [
                Variant(locale: "en", content: RichText(plain: "Sentence number \(i) of the file.")),
                Variant(locale: "nl-BE", content: RichText(plain: "Zin nummer \(i) van het bestand.")),
            ], status: .aligned))
        }
        try writer.finish()
        return url
    }

    /// Runs `taalgrens arguments` with a terminal as standard output and error (util-linux `script`), and
    /// returns what the terminal received; `nil` (noted) when `script` is missing.
    static func onTerminal(_ arguments: [String]) throws -> String? {
        let script = "/usr/bin/script"
        guard FileManager.default.isExecutableFile(atPath: script) else {
            TestEnvironment.prerequisiteMissing("util-linux script (\(script)) is missing, so the progress line on a terminal was not checked")
            return nil
        }
        func quoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script)
        process.arguments = ["-q", "-e", "-c", ([CLI.executable.path] + arguments).map(quoted).joined(separator: " "), "/dev/null"]
        var environment = ProcessInfo.processInfo.environment
        environment["TAALGRENS_DATA"] = CLI.repository.path
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test("on a terminal the line counts the units read and checked; piped, quiet or json: none")
    func progressOnlyOnATerminal() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let tmx = try Self.tmx(2_200, in: scratch)

        let piped = try CLI.run(["check", tmx.path, "--no-default-termbase"])
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(!piped.stderr.contains("checking") && !piped.stderr.contains("\r"), "a progress line on a pipe: \(piped.stderr)")

        guard let terminal = try Self.onTerminal(["check", tmx.path, "--no-default-termbase"]) else { return }
        #expect(terminal.contains("big.tmx: reading, 1000 units"), "\(terminal)")
        #expect(terminal.contains("checking 2200 of 2200 units (100%)"), "\(terminal)")
        // The line is erased before the result is printed.
        #expect(terminal.contains("\r\u{1B}[K"), "\(terminal)")
        #expect(terminal.contains("no findings") || terminal.contains("2200 units"), "\(terminal)")

        for extra in [["--quiet"], ["--format", "json"], ["--format", "html"]] {
            guard let other = try Self.onTerminal(["check", tmx.path, "--no-default-termbase"] + extra) else { return }
            #expect(!other.contains("checking") && !other.contains("reading,"), "\(extra): \(other.prefix(300))")
        }
    }
}

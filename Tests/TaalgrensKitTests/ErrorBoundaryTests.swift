import Bundles
import Foundation
import TaalgrensCore
import TaalgrensKit
import TaalgrensTestSupport
import Testing

/// The jobs throw only the two documented error types: ``InputError`` for bad input, ``TaalgrensKitError``
/// for the rest, with exit code 2 for refusals and 3 for internal and environment failures.
@Suite("Workspace error boundary: two documented error types, exit codes 2 and 3")
struct ErrorBoundaryTests {
    @Test("InputError passes unchanged")
    func inputError() throws {
        let input = InputError(file: "a.tmx", line: 3, column: 7, "expected <tu>")
        #expect(TaalgrensKitError.documented(input) as? InputError == input)
    }

    @Test("BundleError: path and reason kept apart; an existing bundle is a refusal (2), a file system failure 3")
    func bundleErrors() throws {
        let exists = try #require(TaalgrensKitError.documented(BundleError.bundleExists(path: "/out/a/nl-BE")) as? TaalgrensKitError)
        #expect(exists.file == "/out/a/nl-BE")
        #expect(exists.message == "a bundle already exists here; pass --force to replace it")
        #expect(exists.exitCode == 2)
        let disk = try #require(TaalgrensKitError.documented(
            BundleError.fileSystem(operation: "write", path: "/out/a/nl-BE/a.xlf", reason: "No space left on device")) as? TaalgrensKitError)
        #expect(disk.file == "/out/a/nl-BE/a.xlf")
        #expect(disk.message == "could not write: No space left on device")
        #expect(disk.exitCode == 3)
        let target = try #require(TaalgrensKitError.documented(BundleError.invalidTarget(locale: "en", reason: "it is the source locale")) as? TaalgrensKitError)
        #expect(target.file == nil)
        #expect(target.description == "target locale en: it is the source locale")
        #expect(target.exitCode == 2)
    }

    @Test("a Foundation file error is an environment failure (3) naming the file and the system's reason")
    func fileSystem() throws {
        let cocoa = CocoaError(.fileWriteOutOfSpace, userInfo: [NSFilePathErrorKey: "/data/out.tmx",
                                                               NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC))])
        let error = try #require(TaalgrensKitError.documented(cocoa) as? TaalgrensKitError)
        #expect(error.exitCode == 3)
        #expect(error.description == "/data/out.tmx: file system: No space left on device")
    }

    @Test("any other error is internal (3), with its description")
    func internalError() throws {
        struct Broken: Error, CustomStringConvertible { var description: String { "a broken invariant" } }
        let error = try #require(TaalgrensKitError.documented(Broken()) as? TaalgrensKitError)
        #expect(error.exitCode == 3)
        #expect(error.description == "internal: a broken invariant")
    }

    @Test("a job writing to a full disk throws TaalgrensKitError with exit code 3, not a Foundation error")
    func jobOnFullDisk() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else {
            TestEnvironment.prerequisiteMissing("/dev/full (Linux) is missing: the full-disk job was not checked")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-boundary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = folder.appendingPathComponent("m.tm").path
        let workspace = Workspace(data: BundleTestSupport.data)
        _ = try workspace.migrateMemory(memory: memory)
        let filter = MemoryFilter(pair: nil, article: nil, since: nil, status: nil)
        let error = try #require(throws: TaalgrensKitError.self) {
            try workspace.exportMemory(filter: filter, memory: memory, to: URL(fileURLWithPath: "/dev/full"))
        }
        #expect(error.exitCode == 3)
        #expect(error.description == "/dev/full: cannot write: No space left on device")
    }
}

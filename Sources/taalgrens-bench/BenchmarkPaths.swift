import Foundation
import TaalgrensCore

/// Where the benchmarks find their inputs and keep their cache.
///
/// Benchmarks run from a checkout: they read `Examples/`, `Tests/Fixtures/` and `Locales/` of the
/// repository, the team's shared material beside it, and keep generated memories in a cache outside it.
struct BenchmarkPaths {
    /// The repository root (holding `Package.swift` and `Locales/`).
    let repository: URL
    /// The shared material (`<repo>/../shared`, or `<repo>/../../shared` for a worktree kept under
    /// `<main>/../wt/<name>`), or `nil` when absent.
    let shared: URL?
    /// The cache folder: `$TAALGRENS_BENCH_CACHE`, else `${XDG_CACHE_HOME:-$HOME/.cache}/taalgrens-bench`
    /// (the folder `scripts/bench-data.sh` fills).
    let cache: URL

    /// The data folder of the repository (its `Locales/`).
    var data: DataDirectory { DataDirectory(root: repository) }

    /// Finds the repository by walking up from the working directory to a folder holding both
    /// `Package.swift` and `Locales/`, else from this source file's location.
    /// - Throws: ``BenchmarkError`` when neither finds a checkout.
    static func locate() throws -> BenchmarkPaths {
        let fm = FileManager.default
        func isCheckout(_ url: URL) -> Bool {
            fm.fileExists(atPath: url.appendingPathComponent("Package.swift").path)
                && fm.fileExists(atPath: url.appendingPathComponent("Locales").path)
        }
        var repository: URL?
        var folder = URL(fileURLWithPath: fm.currentDirectoryPath).standardizedFileURL
        while true {
            if isCheckout(folder) { repository = folder; break }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        if repository == nil {
            let fromSource = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().standardizedFileURL
            if isCheckout(fromSource) { repository = fromSource }
        }
        guard let repository else {
            throw BenchmarkError("run taalgrens-bench inside a Taalgrens checkout (no folder with Package.swift and Locales/ found)")
        }
        var shared: URL?
        for candidate in ["../shared", "../../shared"] {
            let url = repository.appendingPathComponent(candidate).standardizedFileURL
            if fm.fileExists(atPath: url.appendingPathComponent("data").path) { shared = url; break }
        }
        let environment = ProcessInfo.processInfo.environment
        let cache: URL
        if let explicit = environment["TAALGRENS_BENCH_CACHE"], !explicit.isEmpty {
            cache = URL(fileURLWithPath: explicit)
        } else if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
            cache = URL(fileURLWithPath: xdg).appendingPathComponent("taalgrens-bench")
        } else {
            cache = fm.homeDirectoryForCurrentUser.appendingPathComponent(".cache/taalgrens-bench")
        }
        return BenchmarkPaths(repository: repository, shared: shared, cache: cache)
    }

    /// A folder inside the cache, created when missing.
    /// - Throws: when it cannot be created.
    func cacheFolder(_ name: String) throws -> URL {
        let url = cache.appendingPathComponent(name, isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Whether this run is in CI (`CI=true`), where a missing input is a failure rather than a note.
    static var inCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }
}

/// A benchmark that cannot run: missing inputs, a failed build of its data, a wrong result in `--check`.
struct BenchmarkError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

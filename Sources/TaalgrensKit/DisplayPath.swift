import Foundation

/// Paths as text output shows them: relative to the working directory when they lie inside it
/// (`bundles/safer-internet-day-2020/nl-BE`), else absolute. JSON output keeps absolute paths, which a
/// script can use from any folder (`docs/cli.md`).
public enum DisplayPath {
    /// `path` relative to `directory` when it lies inside it, else `path` unchanged.
    /// - Parameters:
    ///   - path: a file system path; a relative path is returned as given.
    ///   - directory: the folder to show paths relative to (default: the working directory).
    /// - Returns: the relative path (`.` for `directory` itself), or `path`.
    /// - Complexity: O(n) in the paths' lengths; it does not touch the file system (no symlinks resolved).
    public static func relative(_ path: String, to directory: String = FileManager.default.currentDirectoryPath) -> String {
        guard path.hasPrefix("/"), directory.hasPrefix("/") else { return path }
        let base = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
        if path == base { return "." }
        let prefix = base == "/" ? "/" : base + "/"
        guard path.hasPrefix(prefix), path.count > prefix.count else { return path }
        return String(path.dropFirst(prefix.count))
    }
}

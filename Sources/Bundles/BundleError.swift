import Foundation

/// Why an export could not be written. Bad input (an article id that cannot be made safe, a malformed
/// `SOURCE_DATE_EPOCH`) is reported as `TaalgrensCore.InputError` instead, so the command line maps it to
/// exit code 2.
public enum BundleError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A bundle (folder or zip) for this article and locale already exists at the path, and the export was
    /// not asked to replace it (`--force`).
    case bundleExists(path: String)
    /// A file system operation failed: what was attempted, on which path, and the system's reason.
    case fileSystem(operation: String, path: String, reason: String)
    /// No target locale was given, a target locale was asked for twice, or it is the source locale itself.
    case invalidTarget(locale: String, reason: String)
    /// The output folder (`--out`), or a folder on its way, is a file: `path` names that file.
    case notAFolder(path: String)

    /// The file or folder involved (the bundle that exists, the path the file system refused), or `nil`
    /// for a target locale that cannot be exported.
    public var path: String? {
        switch self {
        case .bundleExists(let path), .fileSystem(_, let path, _), .notAFolder(let path): path
        case .invalidTarget: nil
        }
    }

    /// What went wrong and what to do, without ``path``: `a bundle already exists here; pass --force to
    /// replace it`, `could not write: No space left on device`, `target locale fr-BE: asked for twice`.
    public var reason: String {
        switch self {
        case .bundleExists:
            "a bundle already exists here; pass --force to replace it"
        case .fileSystem(let operation, _, let reason):
            "could not \(operation): \(reason)"
        case .invalidTarget(let locale, let reason):
            locale.isEmpty ? "target locales: \(reason)" : "target locale \(locale): \(reason)"
        case .notAFolder:
            "expected a folder for the bundles (or a path where one can be made), found a file"
        }
    }

    /// Whether the request was refused (an existing bundle without `--force`, a bad target locale, an output
    /// path that is a file) rather than failed: the command line exits 2 for a refusal, 3 for a file system failure (`docs/cli.md`).
    public var isRefusal: Bool {
        if case .fileSystem = self { return false }
        return true
    }

    /// The message for the user: `path: reason`, or the reason alone.
    public var description: String { path.map { "\($0): \(reason)" } ?? reason }
}

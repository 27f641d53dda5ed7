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

    /// The message for the user: the path or locale, what went wrong, and what to do.
    public var description: String {
        switch self {
        case .bundleExists(let path):
            "\(path): a bundle already exists here; pass --force to replace it"
        case .fileSystem(let operation, let path, let reason):
            "\(path): could not \(operation): \(reason)"
        case .invalidTarget(let locale, let reason):
            locale.isEmpty ? "target locales: \(reason)" : "target locale \(locale): \(reason)"
        }
    }
}

import Articles
import Bundles
import Foundation
import TaalgrensCore
import Terminology
import TranslationMemory

/// Failures of a job other than a malformed or missing input file: a refused operation (an existing bundle
/// without `--force`, a unit id another article owns), or a failure of the machine or of Taalgrens itself
/// (the database, the file system, a library). Each carries the exit code the command line uses.
///
/// With ``InputError`` it is one of the two error types a ``Workspace`` job throws: the jobs pass every
/// other error through ``documented(_:)``.
public struct TaalgrensKitError: Error, CustomStringConvertible, Sendable {
    /// Exit code 2: bad input or a refused operation; the user can fix it (`docs/cli.md`, "Exit codes").
    public static let badInput: Int32 = 2
    /// Exit code 3: an internal or environment failure (database, file system, a bug); the input may be fine.
    public static let failure: Int32 = 3

    /// The file or folder involved, when there is one (shown before the message, as ``InputError`` does).
    public var file: String?
    /// What went wrong and what to do.
    public var message: String
    /// The process exit code for this failure: ``badInput`` (2) or ``failure`` (3).
    public var exitCode: Int32

    /// A failure.
    /// - Parameters:
    ///   - message: what went wrong and what to do.
    ///   - file: the file or folder involved, if any.
    ///   - exitCode: ``badInput`` for a refused operation, ``failure`` for anything the user's input did not cause.
    public init(_ message: String, file: String? = nil, exitCode: Int32) {
        self.file = file
        self.message = message
        self.exitCode = exitCode
    }

    /// Wraps an export failure, keeping its path apart so that it can be shown relative (``DisplayPath``):
    /// a refusal exits 2, a file system failure 3.
    init(_ error: BundleError) {
        self.init(error.reason, file: error.path, exitCode: error.isRefusal ? Self.badInput : Self.failure)
    }

    /// `file: message`, or the message alone.
    public var description: String { file.map { "\($0): \(message)" } ?? message }

    /// Any error a job's libraries threw, as one of the two documented types.
    ///
    /// - ``InputError`` and ``TaalgrensKitError``: unchanged.
    /// - `TMError`: a unit id that conflicts, a unit that cannot be stored, a unit not found: exit 2;
    ///   a database failure or a memory that cannot be opened: exit 3.
    /// - `TerminologyError`: an unknown Snowball stemmer name (data in `Locales/`): exit 2; the stemmer
    ///   library missing on this machine: exit 3.
    /// - `BundleError`: ``init(_:)``.
    /// - A Foundation file error (`CocoaError`, a POSIX `NSError`): exit 3, naming the file and the
    ///   system's reason.
    /// - Anything else (ICU, an encoder, a bug): exit 3, `internal: …`.
    public static func documented(_ error: any Error) -> any Error {
        switch error {
        case is InputError, is TaalgrensKitError:
            return error
        case let error as TMError:
            switch error {
            case .conflict, .invalidUnit, .notFound: return TaalgrensKitError(error.description, exitCode: badInput)
            case .cannotOpen(let path, let reason):
                return TaalgrensKitError("cannot open the translation memory: \(reason)", file: path, exitCode: failure)
            case .database: return TaalgrensKitError(error.description, exitCode: failure)
            }
        case let error as TerminologyError:
            switch error {
            case .unknownStemmerLanguage: return TaalgrensKitError(error.description, exitCode: badInput)
            case .stemmerUnavailable: return TaalgrensKitError(error.description, exitCode: failure)
            }
        case let error as BundleError:
            return TaalgrensKitError(error)
        case let error as CocoaError:
            return TaalgrensKitError("file system: \(systemReason(error))", file: error.filePath ?? error.url?.path, exitCode: failure)
        default:
            if (error as NSError).domain == NSPOSIXErrorDomain {
                return TaalgrensKitError("file system: \(systemReason(error))", exitCode: failure)
            }
            return TaalgrensKitError("internal: \(error)", exitCode: failure)
        }
    }

    /// The system's words for a failed file operation (`No space left on device`) rather than Foundation's
    /// wrapper (`The operation could not be completed`).
    static func systemReason(_ error: any Error) -> String {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(error.code))) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return error.localizedDescription
    }
}

extension Workspace {
    /// The error boundary of every public job: runs `body` and turns whatever it throws into ``InputError``
    /// or ``TaalgrensKitError`` (``TaalgrensKitError/documented(_:)``), so that callers of the library see
    /// only the two documented types and the command line only has to read ``TaalgrensKitError/exitCode``.
    /// The job reads each multilingual site once (``Articles/SiteLayout/walkingOnce(_:_:)``), however many of
    /// its articles it reads; a job inside another shares the outer one's record.
    func job<T>(_ body: () throws -> T) throws -> T {
        do {
            return try SiteLayout.walkingOnce { try body() }
        } catch {
            throw TaalgrensKitError.documented(error)
        }
    }
}

import Foundation
import TaalgrensCore

/// A file a job writes in pieces, so that what the user finds at the path is either the earlier file or
/// the whole new one, never a truncated one.
///
/// A regular file (or a path where nothing exists yet) is written to a hidden temporary file in the same
/// folder (`.<name>.taalgrens-<pid>-<uuid>.partial`) and renamed over the path by ``commit()`` (`rename(2)`,
/// atomic within one file system); ``discard()`` removes the temporary file. A path that exists and is not a
/// regular file (`/dev/stdout`, a named pipe, a terminal) is written directly, since it cannot be replaced.
///
/// An interrupted run (Ctrl-C, `SIGTERM`) removes its temporary file before it ends (``InterruptCleanup``);
/// one killed outright leaves it, and the next run that writes the same path removes the temporary files of
/// that name whose process no longer runs (sixteenth trial, finding 17).
struct OutputFile {
    /// The path the user gave.
    let path: String
    private let handle: FileHandle
    private let partial: String?
    private let cleanup: InterruptCleanup.Token?

    /// Opens the temporary file (or the device) for `url`.
    /// - Parameter kind: what is written, for messages (`TMX file`).
    /// - Throws: ``InputError`` when the folder of `url` does not exist or `url` is a folder;
    ///   ``TaalgrensKitError`` with exit code 3 when the file cannot be created (permission, disk).
    init(_ url: URL, kind: String) throws {
        path = url.path
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw InputError(file: path, "the folder for the \(kind) does not exist (expected an existing folder: \(folder.path))")
        }
        var status = stat()
        let exists = stat(path, &status) == 0  // follows links: /dev/stdout is a link to the process's descriptor
        if exists && status.st_mode & S_IFMT == S_IFDIR {
            throw InputError(file: path, "this is a folder (expected the path of a \(kind) to write)")
        }
        if exists && status.st_mode & S_IFMT != S_IFREG {
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw TaalgrensKitError("cannot open it for writing: \(String(cString: strerror(errno)))", file: path, exitCode: TaalgrensKitError.failure)
            }
            self.handle = handle
            partial = nil
            cleanup = nil
            return
        }
        // Temporary files of this name left by runs killed outright (their process gone).
        InterruptCleanup.removeAbandoned(in: folder.path, prefix: Self.partialPrefix(url.lastPathComponent), suffix: ".partial")
        let partial = folder.appendingPathComponent(Self.partialPrefix(url.lastPathComponent) + "\(getpid())-\(UUID().uuidString).partial").path
        let (descriptor, token) = InterruptCleanup.whileHeld {
            let descriptor = open(partial, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            return (descriptor, descriptor >= 0 ? InterruptCleanup.register(partial) : nil)
        }
        guard descriptor >= 0 else {
            throw TaalgrensKitError("cannot create a file in \(folder.path): \(String(cString: strerror(errno)))", file: path, exitCode: TaalgrensKitError.failure)
        }
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        self.partial = partial
        cleanup = token
    }

    /// The start of the temporary files' names for a file called `name`: `.<name>.taalgrens-`, then the
    /// writer's process id, a dash, a UUID and `.partial`.
    static func partialPrefix(_ name: String) -> String { ".\(name).taalgrens-" }

    /// Appends bytes.
    /// - Throws: ``TaalgrensKitError`` with exit code 3 naming the path and the system's reason (disk full).
    func write(_ data: Data) throws {
        do {
            try handle.write(contentsOf: data)
        } catch {
            throw TaalgrensKitError("cannot write: \(TaalgrensKitError.systemReason(error))", file: path, exitCode: TaalgrensKitError.failure)
        }
    }

    /// Flushes the file to disk, closes it and renames it over the path.
    /// - Throws: ``TaalgrensKitError`` with exit code 3 when the flush or the rename fails (the temporary
    ///   file is then removed).
    func commit() throws {
        do {
            if partial != nil { try handle.synchronize() }
            try handle.close()
        } catch {
            discard()
            throw TaalgrensKitError("cannot write: \(TaalgrensKitError.systemReason(error))", file: path, exitCode: TaalgrensKitError.failure)
        }
        guard let partial else { return }
        // Renamed and forgotten as one step: an interruption removes the temporary file or finds it in place.
        let failure: String? = InterruptCleanup.whileHeld {
            guard rename(partial, path) == 0 else { return String(cString: strerror(errno)) }
            if let cleanup { InterruptCleanup.unregister(cleanup) }
            return nil
        }
        if let failure {
            discard()
            throw TaalgrensKitError("cannot replace the file: \(failure)", file: path, exitCode: TaalgrensKitError.failure)
        }
    }

    /// Closes and removes the temporary file, leaving the path as it was (errors ignored: nothing is left
    /// to report them to).
    func discard() {
        try? handle.close()
        if let partial { try? FileManager.default.removeItem(atPath: partial) }
        if let cleanup { InterruptCleanup.unregister(cleanup) }
    }
}

import Foundation
import TaalgrensCore

/// An image the rendered article shows, and what the export did with it (`report.json`, key `images`).
///
/// An image the article references by a relative path inside its folder (`images/sid2020.jpg`) is copied
/// into the bundle folder under the same path (made safe with ``BundleName/sanitized(_:)`` component by
/// component; the rendered article then points at the safe path), listed in the manifest and put in the zip,
/// so `article.html` shows it wherever the bundle goes. URLs with a scheme (`https:`, `data:`) and site
/// paths (`/media/x.jpg`, `//cdn.example/x.jpg`) are left as they are. A path that leaves the article folder
/// (`../x.jpg`, a symbolic link pointing out of it, `file:`, a backslash) is refused: the export fails with
/// an `InputError` naming the article file, and nothing is read from outside.
public struct BundleImage: Hashable, Codable, Sendable {
    /// What happened to an image.
    public enum Status: String, Hashable, Codable, Sendable {
        /// Copied into the bundle at ``BundleImage/path``.
        case copied
        /// A relative path inside the article folder where no file exists: nothing copied, the page shows a
        /// broken image.
        case missing
        /// A URL with a scheme or a site path: left as it is.
        case external
    }

    /// The `src` as the article writes it.
    public var source: String
    /// Where the copy is, relative to the bundle folder (`images/sid2020.jpg`); `nil` unless copied.
    public var path: String?
    /// What the export did.
    public var status: Status
    /// The size of the copy in bytes; `nil` unless copied.
    public var bytes: Int?

    /// An image entry from its fields.
    public init(source: String, path: String?, status: Status, bytes: Int?) {
        self.source = source
        self.path = path
        self.status = status
        self.bytes = bytes
    }
}

/// Resolves the images of a rendered article against the article folder (see ``BundleImage``).
enum BundleImages {
    /// The largest image copied: 32 MiB (33,554,432 bytes). Larger files are refused as bad input.
    static let maximumBytes = 32 << 20
    /// The bundle's own files, which an image may not replace.
    static let reserved: Set<String> = ["article.xlf", "article.md", "article.html", "report.json", "report.html", "manifest.json"]

    struct Resolved {
        var image: BundleImage
        /// The bytes of a copied image, when asked to read them.
        var data: Data?
    }

    /// Resolves every distinct image source, in first-seen order.
    /// - Parameters:
    ///   - sources: the `src` values of the rendered article's images, in document order.
    ///   - articleFile: the source article's file (its folder is the article folder); `nil` for an article
    ///     not read from a file, whose relative images are all missing.
    ///   - read: whether to read the images' bytes (export) or only to check them (analyze).
    /// - Throws: `InputError` naming the article file for a source that leaves the article folder, names a
    ///   folder, collides with a bundle file or another image's safe path, or is larger than ``maximumBytes``.
    /// - Complexity: one file-system lookup per distinct source.
    static func resolve(_ sources: [String], articleFile: URL?, read: Bool) throws -> [Resolved] {
        var out: [Resolved] = []
        var seen = Set<String>()
        var taken: [String: String] = [:]   // safe path → source
        let file = articleFile?.path ?? "article"
        func refuse(_ src: String, _ why: String) -> InputError {
            InputError(file: file, "the image \"\(src)\" \(why); expected a path inside the article folder (images/photo.jpg) or a URL")
        }
        for src in sources where seen.insert(src).inserted {
            let trimmed = src.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            guard !trimmed.contains("\\") else { throw refuse(src, "holds a backslash") }
            if let colon = trimmed.firstIndex(of: ":"), isScheme(trimmed[..<colon]) {
                if trimmed[..<colon].lowercased() == "file" { throw refuse(src, "is a file: URL, outside the article") }
                out.append(Resolved(image: BundleImage(source: src, path: nil, status: .external, bytes: nil)))
                continue
            }
            if trimmed.hasPrefix("/") {
                // A site path (`/media/x.jpg`) or a network path (`//cdn/x.jpg`): the site serves it.
                out.append(Resolved(image: BundleImage(source: src, path: nil, status: .external, bytes: nil)))
                continue
            }
            let withoutQuery = String(trimmed.prefix { $0 != "?" && $0 != "#" })
            guard let decoded = withoutQuery.removingPercentEncoding else { throw refuse(src, "has malformed percent-encoding") }
            var components: [String] = []
            for part in decoded.split(separator: "/", omittingEmptySubsequences: true) {
                if part == "." { continue }
                if part == ".." {
                    guard !components.isEmpty else { throw refuse(src, "points outside the article folder") }
                    components.removeLast()
                } else {
                    components.append(String(part))
                }
            }
            guard !components.isEmpty else { throw refuse(src, "names the article folder itself") }
            let relative = components.joined(separator: "/")
            guard let safe = safePath(components) else { throw refuse(src, "has a name that cannot be made safe") }
            guard !reserved.contains(safe.lowercased()) else { throw refuse(src, "has the name of a bundle file") }
            if let other = taken[safe], other != relative {
                throw refuse(src, "would be copied to \(safe), as \"\(other)\" is")
            }
            guard let folder = articleFile?.deletingLastPathComponent() else {
                out.append(Resolved(image: BundleImage(source: src, path: nil, status: .missing, bytes: nil)))
                continue
            }
            let url = onDisk(components, in: folder)
            guard (try? FileManager.default.attributesOfItem(atPath: url.path)) != nil else {
                out.append(Resolved(image: BundleImage(source: src, path: nil, status: .missing, bytes: nil)))
                continue
            }
            let root = folder.resolvingSymlinksInPath().path
            let resolved = url.resolvingSymlinksInPath().path
            guard resolved.hasPrefix(root + "/") else { throw refuse(src, "resolves to \(resolved), outside the article folder") }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) else {
                out.append(Resolved(image: BundleImage(source: src, path: nil, status: .missing, bytes: nil)))
                continue
            }
            guard !isDirectory.boolValue else { throw refuse(src, "is a folder") }
            let size = ((try? FileManager.default.attributesOfItem(atPath: resolved))?[.size] as? NSNumber)?.intValue ?? 0
            guard size <= maximumBytes else { throw refuse(src, "is \(size) bytes; the limit is \(maximumBytes) bytes (32 MiB)") }
            var data: Data?
            if read {
                do { data = try Data(contentsOf: URL(fileURLWithPath: resolved)) } catch {
                    throw InputError(file: resolved, "cannot read the image \"\(src)\" of \(file): \(error.localizedDescription)")
                }
            }
            taken[safe] = relative
            out.append(Resolved(image: BundleImage(source: src, path: safe, status: .copied, bytes: data?.count ?? size), data: data))
        }
        return out
    }

    /// The file `components` name under `folder`, each name matched to the folder's entries by canonical
    /// equivalence (UAX #15) when it is not there byte for byte: the reader normalises the article's text,
    /// and so the reference, to NFC, while macOS writes file names decomposed (NFD), so an image saved on a
    /// Mac as `écran.png` was "missing" from every bundle on a byte-exact file system, whether the article
    /// wrote its name composed or decomposed (seventeenth trial, finding 17).
    /// - Returns: the path on disk, or the path as written when no entry matches (the caller finds it missing).
    /// - Complexity: one directory listing per component not found byte for byte.
    private static func onDisk(_ components: [String], in folder: URL) -> URL {
        var url = folder
        for component in components {
            let direct = url.appendingPathComponent(component)
            if FileManager.default.fileExists(atPath: direct.path) { url = direct; continue }
            // Swift compares strings by canonical equivalence: "e\u{301}" == "\u{E9}".
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            guard let entry = entries.first(where: { $0 == component }) else { return folder.appendingPathComponent(components.joined(separator: "/")) }
            url = url.appendingPathComponent(entry)
        }
        return url
    }

    /// `components` with each one made safe (``BundleName/sanitized(_:)``, which keeps a safe name as it is).
    private static func safePath(_ components: [String]) -> String? {
        var safe: [String] = []
        for c in components {
            guard let s = BundleName.sanitized(c) else { return nil }
            safe.append(s)
        }
        let path = safe.joined(separator: "/")
        return BundleName.isSafeRelativePath(path) ? path : nil
    }

    /// Whether `text` is a URL scheme (RFC 3986, section 3.1): a letter, then letters, digits, `+`, `-`, `.`.
    private static func isScheme(_ text: Substring) -> Bool {
        guard let first = text.first, first.isASCII, first.isLetter else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
    }
}

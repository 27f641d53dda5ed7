import Foundation

extension XLIFFDocument {
    /// The name a document's `original` gives it as a scope of the memory: `original` itself, except that an
    /// **absolute path** on the machine that wrote the file is reduced to its file name. Trados Studio writes
    /// the project file's local path (`C:\Users\cdupont\Documents\Studio 2024\…\school-campaign-2025.docx`),
    /// so the same file back from a reviewer's PC (`C:\Users\mleroy\OneDrive - SIC\…`) named another scope,
    /// and its corrected translations were added beside the superseded ones (twelfth trial, finding 17);
    /// the account name also ended up in every unit id. A relative path (`docs/recall.html`, as Okapi writes
    /// it) names the document the same way on every machine and is kept.
    ///
    /// Absolute: a Windows drive path (`C:\…`, `C:/…`), a UNC path (`\\server\…`), a POSIX path (`/home/…`) or
    /// a `file:` URL.
    ///
    /// A file name that names no document keeps the two folders above it: every Taalgrens bundle's XLIFF is
    /// `<article>/<locale>/article.xlf`, so the bilinguals memoQ and Trados Studio make of two bundles
    /// (`…\SIC-2026-11\word-phishing\fr-BE\article.xlf`, `…\notion-smishing\fr-BE\article.xlf`) are the
    /// documents `word-phishing/fr-BE/article.xlf` and `notion-smishing/fr-BE/article.xlf`, not both
    /// `article.xlf` (fourteenth trial, finding 9: the second was refused as another file with the same
    /// name, and one sharing most sentences with the first would have replaced its translations).
    /// - Complexity: O(length of `original`).
    public static func documentName(_ original: String) -> String {
        let scalars = Array(original.unicodeScalars.prefix(3))
        let drive = scalars.count == 3 && isLetter(scalars[0]) && scalars[1] == ":"
            && (scalars[2] == "\\" || scalars[2] == "/")
        let absolute = drive || original.hasPrefix("\\\\") || original.hasPrefix("/") || original.lowercased().hasPrefix("file:")
        guard absolute else { return original }
        var parts = original.split(whereSeparator: { $0 == "\\" || $0 == "/" }).map(String.init)
        if drive || parts.first?.lowercased() == "file:" { parts.removeFirst() }
        guard let name = parts.last, !name.isEmpty else { return original }
        guard genericNames.contains(name.lowercased()) else { return name }
        return parts.suffix(3).joined(separator: "/")
    }

    /// Whether an `original` names a schema rather than the document translated: a name ending in `.xsd` or
    /// `.dtd`. Drupal's Translation Management Tools write `original="xliff-core-1.2-strict.xsd"` in every job
    /// file, so every TMGMT job shared one scope, and a second job of the same language was refused as
    /// another file of the same name (seventeenth trial, finding 16). Such a document is named by its file
    /// name instead (the `<file>` id when it has one other than `f1`).
    /// - Complexity: O(length of `original`).
    public static func namesSchema(_ original: String) -> Bool {
        let lowered = original.lowercased()
        return lowered.hasSuffix(".xsd") || lowered.hasSuffix(".dtd")
    }

    /// File names that say nothing of the document: a Taalgrens bundle's XLIFF (``documentName(_:)``).
    static let genericNames: Set<String> = ["article.xlf", "article.xliff"]

    private static func isLetter(_ s: Unicode.Scalar) -> Bool { (s >= "A" && s <= "Z") || (s >= "a" && s <= "z") }
}

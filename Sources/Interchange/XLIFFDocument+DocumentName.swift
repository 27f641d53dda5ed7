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
    /// - Complexity: O(length of `original`).
    public static func documentName(_ original: String) -> String {
        let scalars = Array(original.unicodeScalars.prefix(3))
        let drive = scalars.count == 3 && isLetter(scalars[0]) && scalars[1] == ":"
            && (scalars[2] == "\\" || scalars[2] == "/")
        let absolute = drive || original.hasPrefix("\\\\") || original.hasPrefix("/") || original.lowercased().hasPrefix("file:")
        guard absolute else { return original }
        let name = original.split(whereSeparator: { $0 == "\\" || $0 == "/" }).last.map(String.init) ?? original
        return name.isEmpty ? original : name
    }

    private static func isLetter(_ s: Unicode.Scalar) -> Bool { (s >= "A" && s <= "Z") || (s >= "a" && s <= "z") }
}

import Foundation
import TaalgrensCore

/// Turns article ids and file names into safe single path components, so that nothing an export writes
/// (folders, zip entries, the XLIFF `original` attribute) can land outside the output folder.
///
/// The rule, applied in this order:
/// 1. NFC, then ICU's `Any-Latin; Latin-ASCII` transform ("Kinderrechten-in-België" → "Kinderrechten-in-Belgie").
/// 2. Every character outside `A–Z a–z 0–9 . _ -` becomes `-`; runs of `-` collapse to one.
/// 3. Leading and trailing `.`, `-` and `_` are removed, so no result is `.`, `..` or a hidden file.
/// 4. The result is cut to ``maximumLength`` bytes (ASCII, so also Characters).
/// 5. A Windows device name (`CON`, `NUL`, `COM1`, …, with any extension) gets a `_` prefix.
///
/// Separators (`/`, `\`), `..` and absolute paths therefore never survive: "../../etc/passwd" becomes
/// "etc-passwd".
public enum BundleName {
    /// The longest component produced, in bytes.
    public static let maximumLength = 100

    private static let windowsDevices: Set<String> = Set(["CON", "PRN", "AUX", "NUL"])
        .union((1...9).map { "COM\($0)" }).union((1...9).map { "LPT\($0)" })

    /// A safe path component for `name`, or `nil` when nothing usable is left (an empty name, or one made
    /// only of punctuation such as `..`).
    /// - Complexity: O(n) in the length of `name`.
    public static func sanitized(_ name: String) -> String? {
        let latin = (try? ICU.transliterate(ICU.normalize(name, .nfc), transform: "Any-Latin; Latin-ASCII")) ?? name
        var out = ""
        for scalar in latin.unicodeScalars {
            let allowed = scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "." || scalar == "_" || scalar == "-")
            let c: Character = allowed ? Character(scalar) : "-"
            if c == "-" && out.last == "-" { continue }
            out.append(c)
        }
        let trim: Set<Character> = [".", "-", "_"]
        while let first = out.first, trim.contains(first) { out.removeFirst() }
        while let last = out.last, trim.contains(last) { out.removeLast() }
        if out.count > maximumLength {
            out = String(out.prefix(maximumLength))
            while let last = out.last, trim.contains(last) { out.removeLast() }
        }
        if out.isEmpty { return nil }
        let stem = out.split(separator: ".", maxSplits: 1).first.map { String($0).uppercased() } ?? ""
        if windowsDevices.contains(stem) { out = "_" + out }
        return out
    }

    /// Whether `path` is a relative path whose every component is already safe (what ``sanitized(_:)``
    /// would leave unchanged). Used to check zip entries and the XLIFF `original` before they are written.
    public static func isSafeRelativePath(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { component in
            !component.isEmpty && sanitized(String(component)) == String(component)
        }
    }

    /// The safe article id for `id`.
    /// - Parameter file: the file the id came from, for the error message.
    /// - Throws: `InputError` when nothing usable is left of the id.
    static func articleID(_ id: String, file: String) throws -> String {
        guard let safe = sanitized(id) else {
            throw InputError(file: file, "the article id \"\(id)\" leaves no usable folder name; expected letters or digits (set `id` in the front matter)")
        }
        return safe
    }
}

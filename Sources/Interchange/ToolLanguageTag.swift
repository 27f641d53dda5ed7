import Foundation
import TaalgrensCore

/// Language tags as tools write them in TMX and XLIFF files, made well-formed BCP 47 before they are read.
///
/// Some tools append a marker of their own to a tag: Okapi's translation comparison writes the machine
/// translated variant of a `<tu>` as `xml:lang="FR-FR-mt"` next to the human `FR-FR` one. `mt` in that
/// place is no BCP 47 subtag (after a region only variants of 5–8 characters, or a digit and 3
/// characters, extensions after a singleton, and private use after `x` may follow; RFC 5646 section 2.1),
/// yet ``LanguageTag`` would read it as a second region and store a locale `fr-FR-MT` that exists nowhere.
/// Dropping the marker is no better: the unit would then hold two `fr-FR` variants, one of them machine
/// output. So the marker and whatever follows it are kept as **private use** (`fr-FR-x-mt`, RFC 5646
/// section 2.2.7): the variant stays its own locale, exports as it came, and a query for `fr-FR` prefers
/// the human variant (an exact match) to it (a regional one).
public enum ToolLanguageTag {
    /// The well-formed BCP 47 spelling of `text`: unchanged when it already is one (or when its first
    /// subtag is no language, which the caller refuses), else with the first subtag that has no place in
    /// the RFC 5646 grammar, and every subtag after it, moved behind `-x-`.
    /// - Parameter text: a tag as the file spells it (`FR-FR-mt`, `en_GB`, `nl-BE`).
    /// - Returns: the text to parse, and the tool's suffix that was moved (`mt`), `nil` when none was.
    /// - Complexity: O(n) in the length of the text.
    static func normalized(_ text: String) -> (text: String, movedSuffix: String?) {
        var trimmed = text.trimmingCharacters(in: .whitespaces)
        if let (code, two) = threeLetterLanguage(trimmed) { trimmed = two + trimmed.dropFirst(code.count) }
        let parts = trimmed.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard parts.count > 1, let first = parts.first, (2...3).contains(first.count),
              first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return (trimmed, nil) }
        func letters(_ s: String, _ range: ClosedRange<Int>) -> Bool { range.contains(s.count) && s.allSatisfy { $0.isASCII && $0.isLetter } }
        func alphanumerics(_ s: String, _ range: ClosedRange<Int>) -> Bool {
            range.contains(s.count) && s.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
        func isVariant(_ s: String) -> Bool {
            alphanumerics(s, 5...8) || (s.count == 4 && s.first!.isNumber && alphanumerics(s, 4...4))
        }
        var i = 1
        var extlangs = 0
        while i < parts.count, extlangs < 3, first.count <= 3, letters(parts[i], 3...3) { i += 1; extlangs += 1 }  // extlang
        if i < parts.count, letters(parts[i], 4...4) { i += 1 }                                                     // script
        if i < parts.count, letters(parts[i], 2...2) || (parts[i].count == 3 && parts[i].allSatisfy(\.isNumber)) { i += 1 } // region
        while i < parts.count, isVariant(parts[i]) { i += 1 }                                                       // variants
        // Extensions: a singleton other than x, then subtags of 2–8 characters; private use: x and the rest.
        while i < parts.count, parts[i].count == 1, alphanumerics(parts[i], 1...1) {
            if parts[i].lowercased() == "x" { return (trimmed, nil) }
            var j = i + 1
            while j < parts.count, alphanumerics(parts[j], 2...8) { j += 1 }
            guard j > i + 1 else { break }
            i = j
        }
        guard i < parts.count else { return (trimmed, nil) }
        let suffix = parts[i...].map { $0.lowercased() }
        return ((parts[..<i] + ["x"] + suffix).joined(separator: "-"), suffix.joined(separator: "-"))
    }

    /// ISO 639-2's bibliographic codes that differ from its terminological ones (the twenty B/T pairs of
    /// ISO 639-2): `dut` is `nld`, `fre` is `fra`, `ger` is `deu`, ….
    private static let bibliographic: [String: String] = [
        "alb": "sqi", "arm": "hye", "baq": "eus", "bur": "mya", "chi": "zho", "cze": "ces", "dut": "nld", "fre": "fra",
        "geo": "kat", "ger": "deu", "gre": "ell", "ice": "isl", "mac": "mkd", "mao": "mri", "may": "msa", "per": "fas",
        "rum": "ron", "slo": "slk", "tib": "bod", "wel": "cym",
    ]

    /// The first subtag of `text` when it is an ISO 639-2 (bibliographic or terminological) or 639-3 code
    /// of a language that has an ISO 639-1 code, with that two-letter code (`dut` → `nl`, `nld` → `nl`,
    /// `fre` → `fr`, `fra-BE` → `fr`); `nil` otherwise (`fil`, `gsw`: no two-letter code). RFC 5646
    /// section 2.2.1: when a language has a two-letter code only that code is registered, so `dut` or `fra`
    /// is no valid BCP 47 language subtag for Dutch or French, and stored as such it would be a second
    /// Dutch that never answers `nl-BE` (sixteenth trial, finding 5). The terminological code's two-letter
    /// code comes from CLDR's language aliases (Foundation's BCP 47 canonical form).
    /// - Complexity: O(length of the first subtag).
    public static func threeLetterLanguage(_ text: String) -> (code: String, twoLetter: String)? {
        let code = String(text.prefix { $0 != "-" && $0 != "_" })
        guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        let lower = code.lowercased()
        let canonical = Locale.identifier(.bcp47, from: bibliographic[lower] ?? lower)
        guard canonical.count == 2, canonical.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return (code, canonical.lowercased())
    }
}

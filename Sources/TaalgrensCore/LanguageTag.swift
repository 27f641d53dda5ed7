import Foundation

/// A BCP 47 language tag (RFC 5646), such as `en`, `nl-BE` or `fr-BE`.
///
/// Taalgrens keeps the tag as the input spelled it (normalised to the canonical case: language lower,
/// region upper, script title case) and matches tags by language with region fallback both ways, as
/// `cli-json.md` specifies: `nl` matches `nl-BE`, and `nl-BE` matches `nl` when nothing closer exists.
public struct LanguageTag: Hashable, Comparable, Codable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The tag in canonical case, for example `nl-BE`.
    public let identifier: String
    /// The primary language subtag, lower case (`nl`).
    public var language: String { String(identifier.split(separator: "-").first ?? "") }
    /// The region subtag (`BE`), if any: a two-letter or three-digit subtag after the language.
    public var region: String? {
        let subtags: [Substring] = identifier.split(separator: "-")
        return subtags.dropFirst().first { $0.count == 2 || ($0.count == 3 && $0.allSatisfy(\.isNumber)) }.map(String.init)
    }
    /// The ICU locale id for this tag (`nl_BE`).
    public var icuLocale: String { identifier.replacingOccurrences(of: "-", with: "_") }

    /// Parses a BCP 47 tag. Accepts `_` as a separator (`nl_BE`) and canonicalises case.
    /// - Returns: `nil` when the text is not well-formed: the language subtag must be 2–3 letters
    ///   (or `*all*`-like wildcards are rejected), other subtags 1–8 alphanumerics.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "_" })
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        var out = [first.lowercased()]
        for part in parts.dropFirst() {
            guard (1...8).contains(part.count), part.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
            if part.count == 2 && part.allSatisfy(\.isLetter) { out.append(part.uppercased()) }
            else if part.count == 4 && part.allSatisfy(\.isLetter) { out.append(part.prefix(1).uppercased() + part.dropFirst().lowercased()) }
            else { out.append(part.lowercased()) }
        }
        identifier = out.joined(separator: "-")
    }

    /// Creates a tag from a literal; traps on a malformed literal (a programming error).
    public init(stringLiteral value: String) {
        guard let tag = LanguageTag(value) else { preconditionFailure("malformed BCP 47 literal \(value)") }
        self = tag
    }

    /// Decodes a tag written as one string (`"nl-BE"`).
    /// - Throws: `DecodingError.dataCorrupted` when the string is not a well-formed BCP 47 tag (RFC 5646, section 2.1).
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let tag = LanguageTag(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a BCP 47 tag: \(text)"))
        }
        self = tag
    }

    /// Encodes the tag as one string, its ``identifier``.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(identifier)
    }

    /// The tag as written in files and on the command line (``identifier``).
    public var description: String { identifier }
    /// Orders tags by ``identifier`` (string order; tags are ASCII), so lists of locales print the same way every run.
    public static func < (a: LanguageTag, b: LanguageTag) -> Bool { a.identifier < b.identifier }

    /// How closely `other` matches this tag: 3 identical, 2 same language and one side has no region,
    /// 1 same language with different regions, 0 another language.
    public func closeness(to other: LanguageTag) -> Int {
        if self == other { return 3 }
        guard language == other.language else { return 0 }
        return (region == nil || other.region == nil) ? 2 : 1
    }

    /// Whether `other` matches this tag by language with region fallback (`nl` ~ `nl-BE` ~ `nl-NL`).
    public func matches(_ other: LanguageTag) -> Bool { closeness(to: other) > 0 }

    /// The candidate that matches this tag best, or `nil` when none shares its language.
    /// Ties go to the earliest candidate.
    /// - Complexity: O(n) in the number of candidates.
    public func bestMatch<C: Collection>(in candidates: C) -> LanguageTag? where C.Element == LanguageTag {
        var best: (LanguageTag, Int)?
        for candidate in candidates {
            let c = closeness(to: candidate)
            if c > 0 && c > (best?.1 ?? 0) { best = (candidate, c) }
        }
        return best?.0
    }
}

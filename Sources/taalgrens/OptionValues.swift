import ArgumentParser
import Foundation
import TaalgrensCore

/// Parsers for option values. A value that is malformed (not a BCP 47 tag, not a date, a locale named
/// twice) or out of range is a usage error: swift-argument-parser prints it with the option's name and
/// the command exits with code 64 (`cli-json.md`). Whether a well-formed locale is known (has a folder in
/// `Locales/`) is bad input, checked by the job (`Workspace.checkKnown(_:option:)`, exit code 2).
enum OptionValues {
    /// The file an `-o`/`--out` option names, or `nil` for standard output: no option, or `-`, which
    /// names standard output by POSIX's utility syntax guidelines (XBD 12.2, guideline 13), as
    /// `query --file -` reads standard input. Without this, `-o -` wrote a file named `-` (fifteenth
    /// trial, finding 7).
    /// - Parameter out: The option's value as typed, if given.
    static func outputFile(_ out: String?) -> URL? {
        guard let out, out != "-" else { return nil }
        return URL(fileURLWithPath: out)
    }

    /// One BCP 47 tag (`en`, `nl-BE`).
    /// - Throws: `ValidationError` when the text is not a well-formed tag.
    static func locale(_ text: String) throws -> LanguageTag {
        guard let tag = LanguageTag(text) else {
            throw ValidationError("'\(text)' is not a BCP 47 language tag (expected e.g. en, nl-BE, fr-BE)")
        }
        return tag
    }

    /// A comma-separated list of tags (`nl-BE,fr-BE`): at least one, each once.
    /// - Throws: `ValidationError` for an empty list, a malformed tag or a tag given twice.
    static func locales(_ text: String) throws -> [LanguageTag] {
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !parts.isEmpty else { throw ValidationError("expected at least one locale, e.g. nl-BE,fr-BE") }
        var tags: [LanguageTag] = []
        for part in parts {
            let tag = try locale(part)
            if tags.contains(tag) { throw ValidationError("locale \(tag) is given twice; name each locale once") }
            tags.append(tag)
        }
        return tags
    }

    /// Exactly two different tags (`en,nl-BE`), for a bilingual export.
    /// - Throws: `ValidationError` unless the text names two different well-formed tags.
    static func localePair(_ text: String) throws -> [LanguageTag] {
        let tags = try locales(text)
        guard tags.count == 2 else { throw ValidationError("expected two locales, e.g. en,nl-BE; got \(tags.count)") }
        return tags
    }

    /// A calendar date `yyyy-MM-dd`, as the start of that day in UTC.
    /// - Throws: `ValidationError` for any other text (`2020-02-30` included).
    static func date(_ text: String) throws -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.isLenient = false
        guard text.count == 10, let date = formatter.date(from: text) else {
            throw ValidationError("'\(text)' is not a date (expected yyyy-MM-dd, e.g. 2020-02-11)")
        }
        return date
    }

    /// A unit status by its name (`reviewed`, `aligned`, `translated`, `needsReview`, `untrusted`).
    /// - Throws: `ValidationError` naming the statuses when the text is none of them.
    static func status(_ text: String) throws -> UnitStatus {
        guard let status = UnitStatus(rawValue: text) else {
            throw ValidationError("'\(text)' is not a status (expected one of \(UnitStatus.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return status
    }

    /// Checks that a number lies in a closed range.
    /// - Throws: `ValidationError` naming the option, the range and the value.
    static func require(_ value: Double, in range: ClosedRange<Double>, option: String) throws {
        guard range.contains(value) else {
            throw ValidationError("\(option) must be between \(show(range.lowerBound)) and \(show(range.upperBound)); got \(show(value))")
        }
    }

    /// `75` for 75.0, `0.5` for 0.5.
    private static func show(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// Checks that a count is at least `minimum`.
    static func require(_ value: Int, atLeast minimum: Int, option: String) throws {
        guard value >= minimum else { throw ValidationError("\(option) must be at least \(minimum); got \(value)") }
    }
}

import Foundation
import TaalgrensCore

/// How a locale writes a time of day besides "17:45", read from `Locales/<locale>/times.json`.
///
/// Format (every key optional, lists of strings matched without regard to ASCII case):
/// ```json
/// { "hourMarkers": ["uur"], "hourLetters": ["u", "h"], "minuteSeparator": ".",
///   "am": ["a.m.", "am"], "pm": ["p.m.", "pm"],
///   "minutesAfterMarker": false, "markerPlurals": {} }
/// ```
/// - `hourMarkers`: words after the hour or the minutes that make a time ("17 uur", "17.45 uur").
/// - `hourLetters`: letters that join hour and minutes ("17u45", "17 h 45") or follow the hour alone
///   ("17u", "17 h").
/// - `minuteSeparator`: what joins hour and minutes when a stored time without minutes gets some and has no
///   hour letter ("16 uur" → "17.20 uur"); ":" when absent.
/// - `am`, `pm`: the 12-hour clock's markers, index by index counterparts ("a.m." ↔ "p.m.").
/// - `minutesAfterMarker`: whether minutes may follow an hour marker after one space, as French writes
///   the hour with the word ("8 heures 30"); `false` when absent.
/// - `markerPlurals`: hour markers that agree with the hour, singular → plural (fr-BE `{"heure":
///   "heures"}`): the singular is written for an hour of 0 or 1 and the plural from 2 on, the French rule
///   of number below two; both must be in `hourMarkers`.
/// - `rangeJoiners`: words and dashes joining the ends of a range of times whose marker is written once, at
///   the end (nl-BE `["tot", "en", "–", "-"]`: "van 9 tot 17 uur", "9–17 uur"); none when absent.
/// Without the file (or without a data folder) a locale reads only the colon form "17:45".
struct TimeForms: Sendable, Hashable {
    private struct File: Decodable {
        var hourMarkers: [String]?
        var hourLetters: [String]?
        var minuteSeparator: String?
        var am: [String]?
        var pm: [String]?
        var minutesAfterMarker: Bool?
        var markerPlurals: [String: String]?
        var rangeJoiners: [String]?
    }

    /// Lower-cased scalars of each marker, longest first (so "uur" is tried before "u").
    let hourMarkers: [[Unicode.Scalar]]
    let hourLetters: [[Unicode.Scalar]]
    let am: [[Unicode.Scalar]]
    let pm: [[Unicode.Scalar]]
    /// As written in the file.
    let minuteSeparator: String
    let amText: [String]
    let pmText: [String]
    /// Whether minutes may follow an hour marker ("8 heures 30").
    let minutesAfterMarker: Bool
    /// Lower-cased singular hour markers with their plurals ("heure" → "heures").
    let markerPlurals: [String: String]
    /// The words and dashes that join the two ends of a range of times, lower-cased, longest first (nl-BE
    /// "tot", "en", "–", "-"; fr-BE "à", "et"; en "to", "and"): the first end of "van 9 tot 17 uur" takes the
    /// second's marker (``ScalarText/scanRangeStart(_:hourEnd:hour:minute:separator:end:)``).
    let rangeJoiners: [[Unicode.Scalar]]

    /// The colon form only: what a locale without `times.json` reads.
    static let colonOnly = TimeForms(hourMarkers: [], hourLetters: [], minuteSeparator: ":", am: [], pm: [])

    init(hourMarkers: [String], hourLetters: [String], minuteSeparator: String, am: [String], pm: [String],
         minutesAfterMarker: Bool = false, markerPlurals: [String: String] = [:], rangeJoiners: [String] = []) {
        func scalars(_ list: [String]) -> [[Unicode.Scalar]] {
            list.map { Array($0.lowercased().unicodeScalars) }.sorted { $0.count > $1.count }
        }
        self.hourMarkers = scalars(hourMarkers)
        self.hourLetters = scalars(hourLetters)
        self.am = scalars(am)
        self.pm = scalars(pm)
        self.minuteSeparator = minuteSeparator
        self.amText = am
        self.pmText = pm
        self.minutesAfterMarker = minutesAfterMarker
        self.rangeJoiners = scalars(rangeJoiners)
        self.markerPlurals = Dictionary(markerPlurals.map { ($0.key.lowercased(), $0.value.lowercased()) }, uniquingKeysWith: { a, _ in a })
    }

    /// The forms for `locale` from the best-matching locale folder of `data` (``LanguageTag/bestMatch(in:)``).
    /// - Returns: `nil` when no locale folder with a `times.json` matches.
    /// - Throws: ``InputError`` naming the file when it is unreadable, not JSON of the form above, lists an
    ///   empty marker or one that starts with a digit or a space, `am` and `pm` of different lengths, or a
    ///   `markerPlurals` form that is not in `hourMarkers`.
    static func load(for locale: LanguageTag, in data: DataDirectory) throws -> TimeForms? {
        guard let url = LocaleDataFile.url("times.json", for: locale, in: data) else { return nil }
        let decoded: File
        do {
            decoded = try JSONDecoder().decode(File.self, from: try Data(contentsOf: url))
        } catch {
            throw InputError(file: url.path, "expected {\"hourMarkers\": [...], \"hourLetters\": [...], \"minuteSeparator\": \"...\", "
                             + "\"am\": [...], \"pm\": [...]} (lists of strings): \(error)")
        }
        let lists = [("hourMarkers", decoded.hourMarkers ?? []), ("hourLetters", decoded.hourLetters ?? []),
                     ("am", decoded.am ?? []), ("pm", decoded.pm ?? []), ("rangeJoiners", decoded.rangeJoiners ?? [])]
        for (name, list) in lists {
            if let bad = list.first(where: { $0.isEmpty || $0.first!.isNumber || $0.first!.isWhitespace || $0.contains(where: \.isWhitespace) }) {
                throw InputError(file: url.path, "expected \(name) to list words without spaces or leading digits, found \"\(bad)\"")
            }
        }
        guard (decoded.am ?? []).count == (decoded.pm ?? []).count else {
            throw InputError(file: url.path, "expected am and pm to list as many markers (counterparts by position), "
                             + "found \(decoded.am?.count ?? 0) and \(decoded.pm?.count ?? 0)")
        }
        if let separator = decoded.minuteSeparator, separator.isEmpty || separator.contains(where: \.isNumber) {
            throw InputError(file: url.path, "expected minuteSeparator to be a non-empty text without digits, found \"\(separator)\"")
        }
        let markers = Set((decoded.hourMarkers ?? []).map { $0.lowercased() })
        if let stray = (decoded.markerPlurals ?? [:]).flatMap({ [$0.key, $0.value] }).sorted().first(where: { !markers.contains($0.lowercased()) }) {
            throw InputError(file: url.path, "expected every form of markerPlurals to be one of hourMarkers, found \"\(stray)\"")
        }
        return TimeForms(hourMarkers: decoded.hourMarkers ?? [], hourLetters: decoded.hourLetters ?? [],
                         minuteSeparator: decoded.minuteSeparator ?? ":", am: decoded.am ?? [], pm: decoded.pm ?? [],
                         minutesAfterMarker: decoded.minutesAfterMarker ?? false, markerPlurals: decoded.markerPlurals ?? [:],
                         rangeJoiners: decoded.rangeJoiners ?? [])
    }

    /// `suffix` (leading spaces and an a.m. or p.m. marker, as written) with its marker replaced by the
    /// counterpart for `afternoon`, keeping an all-capitals spelling ("AM" → "PM"); unchanged when the
    /// marker is already right or not in the lists.
    func dayPeriodSuffix(_ suffix: String, afternoon: Bool) -> String {
        let spaces = String(suffix.prefix { $0.isWhitespace })
        let marker = String(suffix.dropFirst(spaces.count))
        let lower = marker.lowercased()
        let (from, to) = afternoon ? (amText, pmText) : (pmText, amText)
        guard let k = from.firstIndex(where: { $0.lowercased() == lower }) else { return suffix }
        let letters = marker.filter(\.isLetter)
        let capitals = !letters.isEmpty && letters.allSatisfy(\.isUppercase)
        return spaces + (capitals ? to[k].uppercased() : to[k])
    }

    /// When `text` is an hour marker between optional spaces (" heures ", " heure"), its leading spaces, the
    /// marker as written and its trailing spaces; else `nil`.
    func hourMarker(in text: String) -> (leading: String, marker: String, trailing: String)? {
        let leading = String(text.prefix { $0.isWhitespace })
        let trailing = String(text.reversed().prefix { $0.isWhitespace }.reversed())
        guard leading.count + trailing.count < text.count else { return nil }
        let marker = String(text.dropFirst(leading.count).dropLast(trailing.count))
        guard hourMarkers.contains(Array(marker.lowercased().unicodeScalars)) else { return nil }
        return (leading, marker, trailing)
    }

    /// `marker` in the number `hour` takes (``markerPlurals``): the singular for 0 and 1, the plural from 2
    /// on, keeping a capital initial ("Heure"); unchanged when it has no other number.
    func marker(_ marker: String, agreeingWith hour: Int) -> String {
        let lower = marker.lowercased()
        let form: String
        if hour < 2, let singular = markerPlurals.first(where: { $0.value == lower })?.key { form = singular }
        else if hour >= 2, let plural = markerPlurals[lower] { form = plural }
        else { return marker }
        guard let first = marker.first, first.isUppercase else { return form }
        return form.prefix(1).uppercased() + form.dropFirst()
    }

    /// When `suffix` is an hour letter after optional spaces (" h", "u"), the separator it becomes before
    /// minutes: the suffix with its leading spacing mirrored after it (" h" → " h ", "u" → "u"); else `nil`.
    func hourSeparatorSuffix(_ suffix: String) -> String? {
        let spaces = String(suffix.prefix { $0.isWhitespace })
        let letter = Array(suffix.dropFirst(spaces.count).lowercased().unicodeScalars)
        guard !letter.isEmpty, hourLetters.contains(letter) else { return nil }
        return suffix + spaces
    }
}

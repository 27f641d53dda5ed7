import Foundation

/// Where a segment writes a time of day: "18:30", "18.30 uur", "18u30", "18 h 30", "18h", "6.30 p.m.".
///
/// The tokenizer reads such a time as numbers with punctuation or a word between them, so a match whose time
/// differs has changed number placeables that are only parts of one value. Writing the query's hour into
/// the target ("17 h 45" becoming "18 h 45" for the query's "18:30") would offer a wrong time labelled
/// "adapted"; ``FuzzyScorer`` therefore adapts no placeable that lies inside a clock time (seventh trial,
/// finding 7). The patterns are ours, from the ways English, Dutch and French news write times (CLDR's
/// time formats `HH:mm` for en and fr, `HH:mm` and the Belgian newsroom forms "14.30 uur", "14u30"; French
/// "14 h 30").
enum ClockTimes {
    private static let pattern: NSRegularExpression = {
        let hour = #"(?<![\d.,:])(?:[01]?\d|2[0-3])"#
        let alternatives = [
            hour + #":[0-5]\d(?![\d.,:]\d)"#,                                        // 18:30
            hour + #"[.,][0-5]\d\s?(?:uur\b|u\b|h\b)"#,                               // 18.30 uur, 18.30 u
            hour + #"\s?[hu]\s?[0-5]\d(?!\d)"#,                                       // 18h30, 18 h 30, 18u30
            hour + #"\s?(?:uur|h)\b"#,                                                // 18 uur, 18 h
            hour + #"(?:[.:][0-5]\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)"#,                // 6.30 p.m., 6 pm
        ]
        // The patterns are constant and valid: a failure here is a programming error caught by the tests.
        return try! NSRegularExpression(pattern: alternatives.joined(separator: "|"), options: [.caseInsensitive])
    }()

    /// The UTF-16 ranges of `text` that write a time of day.
    /// - Complexity: O(n) in the length of the text.
    static func ranges(in text: String) -> [Range<Int>] {
        let ns = text as NSString
        return pattern.matches(in: text, range: NSRange(location: 0, length: ns.length)).map {
            $0.range.location..<($0.range.location + $0.range.length)
        }
    }

    /// Whether the UTF-16 range `token` of `text` lies inside a time of day written there.
    static func contains(_ token: Range<Int>, in times: [Range<Int>]) -> Bool {
        times.contains { $0.overlaps(token) }
    }
}

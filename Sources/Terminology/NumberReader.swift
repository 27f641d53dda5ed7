import Foundation
import TaalgrensCore
import Tokenization

/// A number, date or time of a text, with a value that compares across locales.
struct Quantity: Hashable {
    enum Kind: Hashable { case number, date, time }
    var kind: Kind
    /// Numbers: the tokenizer's canonical value ("3000.5"). Dates: ISO 8601 of the components written
    /// ("2020-02-11", "--02-11", "2020-02"). Times: `HH:MM`.
    var value: String
    /// For a numeric date whose day and month are both 12 or less: the value with day and month swapped
    /// ("11/02/2020" is 11 February in Belgium, 2 November by CLDR's English pattern).
    var swapped: String?
    var text: String
    /// UTF-16 offsets, end exclusive.
    var start: Int
    var end: Int
    /// A number written as a word ("five", "vijf"): it may stand for digits on the other side but is never
    /// reported itself ("een" is also the Dutch article).
    var soft: Bool
    /// A one- to three-digit number followed by a space and then by a three-digit number: with it, they
    /// may be one number grouped by a plain space ("116 000"), which only some locales read as one.
    var groupedWithNext: String?

    var key: String {
        switch kind {
        case .number: "n:" + value
        case .date: "d:" + value
        case .time: "t:" + value
        }
    }
}

/// Reads the quantities of a text: numbers and dates from the Tokenization module's placeables (read by
/// the locale's CLDR conventions: "1.5" en = "1,5" nl-BE; "3,000" en = "3.000" nl-BE = "3 000" fr-BE),
/// then what the tokenizer leaves aside, from `Locales/<locale>/terminology.json` (`numbers`): times
/// with the locale's hour markers ("14:30", "14u30", "14 h 30", "2.30 pm") and numbers written as
/// words. A percent sign or word needs no rule: "50 %", "50 per cent" and "50 procent" all hold 50.
struct NumberReader {
    let locale: LanguageTag
    let format: NumberFormat
    private let hourMarker: NSRegularExpression?
    private let amPm: NSRegularExpression?
    private let numberWords: NSRegularExpression?
    private let words: [String: Int]

    static let space = "[ \\u00a0\\u202f\\u2009]"
    static let clock = try! NSRegularExpression(pattern: #"(?<![\d.,:])(\d{1,2}):(\d{2})(?!\d|:\d)"#)

    init(locale: LanguageTag, format: NumberFormat) {
        self.locale = locale
        self.format = format
        let s = Self.space
        func regex(_ p: String) -> NSRegularExpression? { try? NSRegularExpression(pattern: p, options: [.caseInsensitive]) }
        func alternatives(_ list: [String]) -> String {
            list.sorted { $0.count > $1.count }.map(NSRegularExpression.escapedPattern).joined(separator: "|")
        }
        let markers = alternatives(format.hourMarkers)
        hourMarker = markers.isEmpty ? nil
            : regex("(?<![\\d.,:])(\\d{1,2})(?:[.:](\\d{2}))?\(s)?(?:\(markers))(?:\(s)?(\\d{2}))?(?![\\p{L}\\d])")
        let halves = alternatives(format.morningMarkers + format.afternoonMarkers)
        amPm = halves.isEmpty ? nil : regex("(?<![\\d.,:])(\\d{1,2})(?:[.:](\\d{2}))?\(s)?(\(halves))(?![\\p{L}])")
        words = Dictionary(format.words.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        let w = alternatives(Array(words.keys))
        numberWords = w.isEmpty ? nil : regex("(?<![\\p{L}\\-])(\(w))(?![\\p{L}\\-])")
    }

    /// Every quantity in `text`, in order of position.
    /// - Parameter tokens: the Tokenization module's tokens of `text`, when the caller has them already.
    func values(in text: String, tokens given: [Token]? = nil) -> [Quantity] {
        let ns = text as NSString
        let whole = NSRange(location: 0, length: ns.length)
        var out: [Quantity] = []
        var taken: [Range<Int>] = []
        func free(_ r: NSRange) -> Bool { !taken.contains { $0.overlaps(r.location..<(r.location + r.length)) } }
        func group(_ m: NSTextCheckingResult, _ i: Int) -> String? {
            let r = m.range(at: i)
            return r.location == NSNotFound ? nil : ns.substring(with: r)
        }
        func add(_ kind: Quantity.Kind, _ value: String, _ r: NSRange, soft: Bool = false) {
            out.append(Quantity(kind: kind, value: value, text: ns.substring(with: r), start: r.location, end: r.location + r.length, soft: soft))
            taken.append(r.location..<(r.location + r.length))
        }
        let tokens = given ?? Tokenizer(locale: locale).tokens(text)
        for t in tokens where t.kind == .url || t.kind == .email { taken.append(t.start..<t.end) }
        // Times first: the tokenizer reads "14.30" as a number.
        func time(_ hour: String?, _ minute: String?, afternoon: Bool = false) -> String? {
            guard let hour, var h = Int(hour), (0...24).contains(h) else { return nil }
            let mi = minute.flatMap { Int($0) } ?? 0
            guard (0...59).contains(mi) else { return nil }
            if afternoon && h < 12 { h += 12 }
            return "\(h < 10 ? "0" : "")\(h):\(mi < 10 ? "0" : "")\(mi)"
        }
        for m in amPm?.matches(in: text, range: whole) ?? [] where free(m.range) {
            let marker = group(m, 3)!.lowercased()
            let afternoon = format.afternoonMarkers.contains { $0.lowercased() == marker }
            if let v = time(group(m, 1), group(m, 2), afternoon: afternoon) { add(.time, v, m.range) }
        }
        for m in hourMarker?.matches(in: text, range: whole) ?? [] where free(m.range) {
            if let v = time(group(m, 1), group(m, 2) ?? group(m, 3)) { add(.time, v, m.range) }
        }
        for m in Self.clock.matches(in: text, range: whole) where free(m.range) {
            if let v = time(group(m, 1), group(m, 2)) { add(.time, v, m.range) }
        }
        // Numbers and dates of the tokenizer.
        for (i, t) in tokens.enumerated() where (t.kind == .number || t.kind == .date) && free(NSRange(location: t.start, length: t.end - t.start)) {
            var q = Quantity(kind: t.kind == .date ? .date : .number, value: t.key, text: t.text, start: t.start, end: t.end, soft: false)
            if case .date(let d)? = t.value, case .numeric = d.form, let day = d.day, day <= 12, day != d.month {
                var s = d
                s.day = d.month
                s.month = day
                q.swapped = s.iso
            }
            if t.kind == .number, t.text.allSatisfy(\.isNumber), t.text.count <= 3, i + 1 < tokens.count {
                let n = tokens[i + 1]
                if n.kind == .number, n.text.count == 3, n.text.allSatisfy(\.isNumber), n.start == t.end + 1 {
                    q.groupedWithNext = String(Int(t.text)! * 1000 + Int(n.text)!)
                }
            }
            out.append(q)
            taken.append(t.start..<t.end)
        }
        // Numbers in words (soft).
        for m in numberWords?.matches(in: text, range: whole) ?? [] where free(m.range) {
            if let n = words[ns.substring(with: m.range).lowercased()] { add(.number, String(n), m.range, soft: true) }
        }
        return out.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }
}

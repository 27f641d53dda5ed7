import Foundation
import TaalgrensCore
import Tokenization

/// A number, date or time of a text, with a value that compares across locales.
struct Quantity: Hashable {
    enum Kind: Hashable { case number, date, time }
    var kind: Kind
    /// Numbers: the tokenizer's canonical value ("3000.5"), multiplied by a scale word after it ("1.5
    /// million": "1500000"). Dates: ISO 8601 of the components written ("2020-02-11", "--02-11",
    /// "2020-02"). Times: `HH:MM` on the 24-hour clock (midnight is "00:00", also when written 24:00).
    var value: String
    /// For a numeric date whose day and month are both 12 or less: the value with day and month swapped
    /// ("11/02/2020" is 11 February in Belgium, 2 November by CLDR's English pattern).
    var swapped: String?
    var text: String
    /// UTF-16 offsets, end exclusive.
    var start: Int
    var end: Int
    /// A number written as a word ("five", "vijf") or a time written as a word ("noon"): it may stand
    /// for digits on the other side but is never reported itself ("een" is also the Dutch article).
    var soft: Bool
    /// A one- to three-digit number followed by a space and then by a three-digit number: with it, they
    /// may be one number grouped by a plain space ("116 000"), which only some locales read as one.
    var groupedWithNext: String?
    /// Other readings of the same text, as ``key``s: "19.00" is the number 19 and also the time 19:00.
    var alternatives: [String] = []
    /// The tokenizer's placeable when the quantity is exactly one number or date token (not a scaled
    /// number, a time or a decade): it writes the value the way another locale does.
    var placeable: Placeable?

    var key: String {
        switch kind {
        case .number: "n:" + value
        case .date: "d:" + value
        case .time: "t:" + value
        }
    }

    /// ``key`` and the ``alternatives``.
    var keys: [String] { [key] + alternatives }
}

/// Reads the quantities of a text: numbers and dates from the Tokenization module's placeables (read by
/// the locale's CLDR conventions: "1.5" en = "1,5" nl-BE; "3,000" en = "3.000" nl-BE = "3 000" fr-BE),
/// then what the tokenizer leaves aside, from `Locales/<locale>/terminology.json` (`numbers`, see
/// ``NumberFormat``):
/// - times of the 24-hour clock with the locale's hour markers ("14:30", "14u30", "19 uur", "14 h 30"),
///   and of the 12-hour clock ("2.30 pm", "7 p.m.", "12 a.m." = 00:00, "12 p.m." = 12:00), all as `HH:MM`;
/// - the bare first end of a range whose other end is a time ("9" in "van 9 tot 19 uur", "9-19u",
///   "from 9 to 11 a.m."), read as a time of the same clock;
/// - named times ("noon", "minuit") and numbers written as words, both soft;
/// - ordinals written with digits ("1er", "2de", "21st": `ordinalSuffixes`), soft as ordinal words are;
/// - digits inside a hyphenated word, after a letter and a hyphen ("Euro-6-norm", "COVID-19"), soft: the word is a
///   name or a term, which the other side may write apart ("Euro 6 standard"; blind set 8);
/// - scale words after a number, glued or after a space ("1.5 million", "2 miljard", "3 mille", "$4.5bn");
/// - in an amount of money, abbreviated scales that alone would be units ("€2.5m", "2,5 M€", "750 k€",
///   "1,2 Md€", "1,2 mia euro": `currencyScales`, see ``scale(after:in:money:)``);
/// - "19.00" as a number that may also be the time 19:00.
/// A percent sign or word needs no rule: "50 %", "50 per cent" and "50 procent" all hold 50.
struct NumberReader {
    let locale: LanguageTag
    let format: NumberFormat
    private let hourMarker: NSRegularExpression?
    private let amPm: NSRegularExpression?
    private let numberWords: NSRegularExpression?
    private let namedTimes: NSRegularExpression?
    private let rangeStart: NSRegularExpression
    private let scaleWord: NSRegularExpression?
    private let currencyScale: NSRegularExpression?
    private let currencyAfter: NSRegularExpression?
    private let currencyBefore: NSRegularExpression?
    private let decade: NSRegularExpression?
    private let decadeAfterWord: NSRegularExpression?
    private let setPhrase: NSRegularExpression?
    private let ordinal: NSRegularExpression?
    private let words: [String: Int]
    private let times: [String: String]
    private let scales: [String: Int]
    private let currencyScales: [String: Int]

    static let space = "[ \\u00a0\\u202f\\u2009]"

    /// What may not follow two digits after an hour marker for them to be its minutes: a decimal separator
    /// and a digit, or a unit of measure or a percent sign ("rond 23 uur 24,3 m bereiken", "à 8 heures 30 %":
    /// a quantity after a whole hour; fifteenth trial, finding 4: "23 uur 24" was read as 23:24).
    static let notAQuantity = "(?![.,]\\d)(?!\(space)?(?:%|‰|°|€|\\$|£|(?:m|km|cm|mm|m²|m³|kg|g|t|l|cl|ml|ha|kmh|km/h|mph|euro|eur|procent|percent|pour\(space)?cent)(?![\\p{L}\\d])))"
    static let clock = try! NSRegularExpression(pattern: #"(?<![\d.,:])(\d{1,2}):(\d{2})(?!\d|:\d)"#)
    /// A number that reads as a time, hours and minutes split by a dot or `h` ("19.00", "9h30").
    static let timeLike = try! NSRegularExpression(pattern: #"^(\d{1,2})[.hH](\d{2})$"#)
    static let digits = try! NSRegularExpression(pattern: #"\d+"#)
    /// Digits after a letter and a hyphen, ending the word or followed by a hyphen and a letter ("Euro-6-norm",
    /// "COVID-19"); at most six, so that no run of digits overflows.
    static let hyphenatedDigits = try! NSRegularExpression(pattern: #"(?<=\p{L}[-\x{2010}\x{2011}])\d{1,6}(?=[-\x{2010}\x{2011}]\p{L}|[^\d\p{L}.,\x{2010}\x{2011}-]|[.,](?!\d)|$)"#)
    /// A year written with its century elided: an apostrophe (' or ’) and two digits, not inside a word or a
    /// longer number ("'90" of "jaren '90", "’76" of "the summer of ’76").
    static let elidedYear = try! NSRegularExpression(pattern: #"(?<![\p{L}\d'’])['’](\d{2})(?![\p{L}\d]|[.,]\d)"#)
    /// A year and a dash or slash just before a two-digit number: "2024-" of "2024-25".
    static let yearBefore = try! NSRegularExpression(pattern: #"(?<![\d.,])(\d{2})(\d{2})[-\u2010\u2011\u2013/]$"#)

    init(locale: LanguageTag, format: NumberFormat) {
        self.locale = locale
        self.format = format
        let s = Self.space
        func regex(_ p: String) -> NSRegularExpression? { try? NSRegularExpression(pattern: p, options: [.caseInsensitive]) }
        func alternatives(_ list: [String]) -> String {
            list.sorted { ($0.count, $0) > ($1.count, $1) }.map(NSRegularExpression.escapedPattern).joined(separator: "|")
        }
        let markers = alternatives(format.hourMarkers)
        hourMarker = markers.isEmpty ? nil
            : regex("(?<![\\d.,:])(\\d{1,2})(?:[.:](\\d{2}))?\(s)?(?:\(markers))(?:\(s)?(\\d{2})\(Self.notAQuantity))?(?![\\p{L}\\d])")
        func lowercased<Value>(_ table: [String: Value]) -> [String: Value] {
            Dictionary(table.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        }
        // A scale right after a number, glued or after one space, not running on into a word or a number.
        func scalePattern(_ keys: [String: Int]) -> NSRegularExpression? {
            let list = alternatives(Array(keys.keys))
            return list.isEmpty ? nil : regex("^\(s)?(\(list))(?![\\p{L}\\d²³\\-])")
        }
        let halves = alternatives(format.morningMarkers + format.afternoonMarkers)
        amPm = halves.isEmpty ? nil : regex("(?<![\\d.,:])(\\d{1,2})(?:[.:](\\d{2}))?\(s)?(\(halves))(?![\\p{L}])")
        words = lowercased(format.words)
        let w = alternatives(Array(words.keys))
        numberWords = w.isEmpty ? nil : regex("(?<![\\p{L}\\-])(\(w))(?![\\p{L}\\-])")
        times = lowercased(format.namedTimes)
        let t = alternatives(Array(times.keys))
        namedTimes = t.isEmpty ? nil : regex("(?<![\\p{L}\\-])(\(t))(?![\\p{L}\\-])")
        let connectors = alternatives(format.rangeWords)
        let wordConnector = connectors.isEmpty ? "" : "|\(s)+(?:\(connectors))\(s)+"
        rangeStart = regex("(?<![\\d.,:])(\\d{1,2})(?:[.:](\\d{2}))?(?:\(s)*[-\\u2010\\u2011\\u2013\\u2014]\(s)*\(wordConnector))$")!
        scales = lowercased(format.scales)
        scaleWord = scalePattern(scales)
        currencyScales = lowercased(format.currencyScales)
        currencyScale = scalePattern(currencyScales)
        let cw = alternatives(format.currencyWords)
        let money = cw.isEmpty ? "\\p{Sc}" : "(?:\\p{Sc}|(?<![\\p{L}])(?:\(cw))(?![\\p{L}]))"
        currencyAfter = regex("^\(s)?\(money)")
        currencyBefore = regex("\(money)\(s)?$")
        let d = alternatives(format.decadeEndings)
        // A decade ending after a full year ("1990s") or after the two digits of its decade, with or
        // without the apostrophe of the elided century ("90s", "'90s", "’90s").
        decade = d.isEmpty ? nil
            : regex("(?<![\\d.,\\p{L}'’])(?:(1[5-9]\\d0|20\\d0)|['’]?(\\d0))(?:\(d))(?![\\p{L}\\d])")
        let dw = alternatives(format.decadeWords)
        decadeAfterWord = dw.isEmpty ? nil
            : regex("(?<![\\p{L}])(?:\(dw))\(s)+(['’]?(?:1[5-9]\\d0|20\\d0|\\d0))(?![\\p{L}\\d]|[.,]\\d)")
        let phrases = format.setPhrases.sorted { ($0.count, $0) > ($1.count, $1) }
            .map { NSRegularExpression.escapedPattern(for: $0).replacingOccurrences(of: " ", with: "\(s)?") }.joined(separator: "|")
        // The listed phrases' shape "N [unit] connector N" ("7 op 7", "7 jours sur 7") with any unit word and
        // the same number on both sides: "7 dagen op 7", "24 uur op 24", "365 jours sur 365" (twelfth trial,
        // finding 7: "7 dagen op 7" was a number-mismatch error while "7 jours sur 7" passed).
        let shapes = alternatives(Self.setPhraseConnectors(format.setPhrases))
        let shape = shapes.isEmpty ? nil
            : "(\\d{1,3})(?:\(s)?\\p{L}{1,12}\\.?)?\(s)?(?:\(shapes))\(s)?\\1"
        let all = [phrases, shape].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "|")
        setPhrase = all.isEmpty ? nil : regex("(?<![\\p{L}\\d])(?:\(all))(?![\\p{L}\\d])")
        // Digits and an ordinal ending, not inside a word or a longer number ("1er", "21st", "2de"; not "3D",
        // not "1.5e").
        let o = alternatives(format.ordinalSuffixes)
        ordinal = o.isEmpty ? nil : regex("(?<![\\p{L}\\d.,])(\\d{1,4})(?:\(o))(?![\\p{L}\\d])")
    }

    /// The connector words of the set phrases shaped "N [unit] connector N" with the same N on both sides
    /// ("7 op 7" gives "op", "24 heures sur 24" gives "sur"), lower-cased; a phrase of another shape gives none.
    /// - Parameter phrases: a locale's `numbers.setPhrases`.
    static func setPhraseConnectors(_ phrases: [String]) -> [String] {
        var out: [String] = []
        for phrase in phrases {
            let words = phrase.split(separator: " ").map(String.init)
            guard words.count == 3 || words.count == 4, let first = words.first, first.allSatisfy(\.isNumber),
                  first == words.last else { continue }
            let connector = words[words.count - 2].lowercased()
            if connector.allSatisfy(\.isLetter), !out.contains(connector) { out.append(connector) }
        }
        return out
    }

    /// A time on the 24-hour clock, `HH:MM`, or `nil` when the hour or minute is out of range.
    /// - Parameter afternoon: `nil` for the 24-hour clock (hours 0–24; 24 is midnight); for the 12-hour
    ///   clock (hours 1–12) whether the hour is after noon.
    static func time(hour: Int, minute: Int, afternoon: Bool?) -> String? {
        guard (0...59).contains(minute) else { return nil }
        var h = hour
        if let afternoon {
            guard (1...12).contains(hour) else { return nil }
            h = afternoon ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour)
        } else {
            guard (0...24).contains(hour) else { return nil }
            if h == 24 { guard minute == 0 else { return nil }; h = 0 }
        }
        return String(format: "%02d:%02d", h, minute)
    }

    /// Every quantity in `text`, in order of position.
    /// - Parameter tokens: the Tokenization module's tokens of `text`, when the caller has them already.
    func values(in text: String, tokens given: [Token]? = nil) -> [Quantity] {
        var scan = Scan(text)
        let tokens = given ?? Tokenizer(locale: locale).tokens(text)
        for t in tokens where t.kind == .url || t.kind == .email { scan.taken.append(t.start..<t.end) }
        scanSetPhrases(text, &scan)
        scanDecades(text, &scan)
        let clockTimes = scanClockTimes(text, &scan)
        scanRangeStarts(text, before: clockTimes, &scan)
        scanTokens(text, tokens, &scan)
        scanGluedScales(text, tokens, &scan)
        scanOrdinals(text, &scan)
        scanWords(text, &scan)
        for m in Self.hyphenatedDigits.matches(in: text, range: scan.whole) where scan.free(m.range) {
            scan.add(.number, String(Int(scan.ns.substring(with: m.range)) ?? 0), m.range, soft: true)
        }
        return scan.out.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    /// The quantities found so far in one text and the UTF-16 ranges they (or URLs, e-mail addresses and
    /// set phrases) take: a later, weaker reading never takes a range already taken.
    struct Scan {
        let ns: NSString
        /// The whole text, as an `NSRange` (UTF-16 offsets).
        let whole: NSRange
        var out: [Quantity] = []
        /// Taken ranges, in UTF-16 offsets.
        var taken: [Range<Int>] = []

        init(_ text: String) {
            ns = text as NSString
            whole = NSRange(location: 0, length: ns.length)
        }

        /// Whether no quantity takes any of `r` yet.
        func free(_ r: NSRange) -> Bool { !taken.contains { $0.overlaps(r.location..<(r.location + r.length)) } }

        /// The text of capture group `i` of `m`, or `nil` when it did not take part.
        func group(_ m: NSTextCheckingResult, _ i: Int) -> String? {
            let r = m.range(at: i)
            return r.location == NSNotFound ? nil : ns.substring(with: r)
        }

        /// Records a quantity of `kind` over `r` and takes its range.
        mutating func add(_ kind: Quantity.Kind, _ value: String, _ r: NSRange, soft: Bool = false) {
            out.append(Quantity(kind: kind, value: value, text: ns.substring(with: r), start: r.location, end: r.location + r.length, soft: soft))
            taken.append(r.location..<(r.location + r.length))
        }
    }

    private func scanSetPhrases(_ text: String, _ scan: inout Scan) {
        // Set phrases ("24/7", "24 h sur 24") say "always": their numbers are soft, never reported, but they
        // may stand for the same number on the other side ("24 hours a day").
        for m in setPhrase?.matches(in: text, range: scan.whole) ?? [] where scan.free(m.range) {
            for d in Self.digits.matches(in: text, range: m.range) { scan.add(.number, String(Int(scan.ns.substring(with: d.range)) ?? 0), d.range, soft: true) }
            scan.taken.append(m.range.location..<(m.range.location + m.range.length))
        }
    }

    private func scanDecades(_ text: String, _ scan: inout Scan) {
        // Decades and elided years (see ``decadeReadings(_:)``): "1990s" is 1990 and may be written "90" on
        // the other side; "'90s", "jaren '90" and "années 90" are 90 and may be written 1990 (or 2090).
        func addDecade(_ digits: String, _ r: NSRange, _ scan: inout Scan) {
            let (value, others) = Self.decadeReadings(digits)
            scan.add(.number, value, r)
            scan.out[scan.out.count - 1].alternatives = others.map { "n:" + $0 }
        }
        for m in decade?.matches(in: text, range: scan.whole) ?? [] where scan.free(m.range) { addDecade(scan.group(m, 1) ?? scan.group(m, 2)!, m.range, &scan) }
        for m in decadeAfterWord?.matches(in: text, range: scan.whole) ?? [] where scan.free(m.range(at: 1)) {
            addDecade(scan.group(m, 1)!.filter(\.isNumber), m.range(at: 1), &scan)
        }
        for m in Self.elidedYear.matches(in: text, range: scan.whole) where scan.free(m.range) { addDecade(scan.group(m, 1)!, m.range, &scan) }
    }

    /// A clock time found by ``scanClockTimes(_:_:)``: where it starts (UTF-16 offset), its minutes after
    /// midnight, and its clock (`afternoon` nil: 24-hour).
    typealias ClockTime = (start: Int, minutes: Int, afternoon: Bool?)

    private func scanClockTimes(_ text: String, _ scan: inout Scan) -> [ClockTime] {
        // Times first: the tokenizer reads "14.30" as a number. Each clock time is kept with its clock
        // (`afternoon` nil: 24-hour) for the range rule below.
        var clockTimes: [ClockTime] = []
        func addTime(_ m: NSTextCheckingResult, hour: String?, minute: String?, afternoon: Bool?, _ scan: inout Scan) {
            guard let hour, let h = Int(hour), let v = Self.time(hour: h, minute: minute.flatMap { Int($0) } ?? 0, afternoon: afternoon) else { return }
            scan.add(.time, v, m.range)
            // A whole hour on the 24-hour clock is also a duration: "3 uur per dag" is three hours.
            if minute == nil && afternoon == nil { scan.out[scan.out.count - 1].alternatives.append("n:\(h)") }
            clockTimes.append((m.range.location, Int(v.prefix(2))! * 60 + Int(v.suffix(2))!, afternoon))
        }
        for m in amPm?.matches(in: text, range: scan.whole) ?? [] where scan.free(m.range) {
            let marker = scan.group(m, 3)!.lowercased()
            let afternoon = format.afternoonMarkers.contains { $0.lowercased() == marker }
            addTime(m, hour: scan.group(m, 1), minute: scan.group(m, 2), afternoon: afternoon, &scan)
        }
        for m in hourMarker?.matches(in: text, range: scan.whole) ?? [] where scan.free(m.range) {
            addTime(m, hour: scan.group(m, 1), minute: scan.group(m, 2) ?? scan.group(m, 3), afternoon: nil, &scan)
        }
        for m in Self.clock.matches(in: text, range: scan.whole) where scan.free(m.range) {
            addTime(m, hour: scan.group(m, 1), minute: scan.group(m, 2), afternoon: nil, &scan)
        }
        return clockTimes
    }

    private func scanRangeStarts(_ text: String, before clockTimes: [ClockTime], _ scan: inout Scan) {
        // The bare first end of a time range: "9" in "9 tot 19 uur", "9-19u", "9 to 11 a.m.". On the
        // 12-hour clock it takes the latest reading (a.m. or p.m.) not after the other end: "9 to 7 p.m."
        // is 09:00, "2 to 5 p.m." 14:00; when neither is, the range runs past midnight ("11 to 2 a.m.").
        for end in clockTimes.sorted(by: { $0.start < $1.start }) {
            let before = NSRange(location: 0, length: end.start)
            guard let m = rangeStart.firstMatch(in: text, range: before), m.range.location + m.range.length == end.start else { continue }
            let number = m.range(at: 1), minutes = m.range(at: 2)
            let span = minutes.location == NSNotFound ? number : NSUnionRange(number, minutes)
            guard scan.free(span), let h = Int(scan.ns.substring(with: number)) else { continue }
            let mi = minutes.location == NSNotFound ? 0 : Int(scan.ns.substring(with: minutes)) ?? 99
            var value: String?
            if end.afternoon != nil {
                let readings = [false, true].compactMap { Self.time(hour: h, minute: mi, afternoon: $0) }
                func minutesOf(_ v: String) -> Int { Int(v.prefix(2))! * 60 + Int(v.suffix(2))! }
                value = readings.filter { minutesOf($0) <= end.minutes }.max(by: { minutesOf($0) < minutesOf($1) }) ?? readings.last
            } else {
                value = Self.time(hour: h, minute: mi, afternoon: nil)
            }
            if let value {
                scan.add(.time, value, span)
                // "2 à 3 uur" may be a duration too, like its other end.
                if minutes.location == NSNotFound && end.afternoon == nil { scan.out[scan.out.count - 1].alternatives.append("n:\(h)") }
            }
        }
    }

    private func scanTokens(_ text: String, _ tokens: [Token], _ scan: inout Scan) {
        // Times of day the tokenizer reads as one token (its forms: `Locales/<locale>/times.json`) that the
        // patterns above left free.
        for t in tokens where t.kind == .time && scan.free(NSRange(location: t.start, length: t.end - t.start)) {
            if case .time(let time)? = t.value { scan.add(.time, time.canonical, NSRange(location: t.start, length: t.end - t.start)) }
        }
        // Numbers and dates of the tokenizer.
        for (i, t) in tokens.enumerated() where (t.kind == .number || t.kind == .date) && scan.free(NSRange(location: t.start, length: t.end - t.start)) {
            var q = Quantity(kind: t.kind == .date ? .date : .number, value: t.key, text: t.text, start: t.start, end: t.end, soft: false)
            q.placeable = t.value
            if case .date(let d)? = t.value, case .numeric = d.form, let day = d.day, day <= 12, day != d.month {
                var s = d
                s.day = d.month
                s.month = day
                q.swapped = s.iso
            }
            // A telephone number with or without its country code is one number (ITU-T E.164).
            if case .number(let number)? = t.value, number.literal != nil,
               let international = Self.internationalNumber(t.key, region: locale.region), "n:" + international != q.key {
                q.alternatives.append("n:" + international)
            }
            // The abbreviated end of a range of years: "25" of "2024-25" is 2025.
            if t.kind == .number, t.text.count == 2, t.text.allSatisfy(\.isNumber), t.start >= 5,
               let m = Self.yearBefore.firstMatch(in: text, range: NSRange(location: t.start - 5, length: 5)),
               let century = Int(scan.ns.substring(with: m.range(at: 1))), let first = Int(scan.ns.substring(with: m.range(at: 2))), let last = Int(t.text) {
                q.alternatives.append("n:\((century + (last < first ? 1 : 0)) * 100 + last)")
            }
            if t.kind == .number, let m = Self.timeLike.firstMatch(in: t.text, range: NSRange(location: 0, length: (t.text as NSString).length)),
               let h = Int((t.text as NSString).substring(with: m.range(at: 1))), let mi = Int((t.text as NSString).substring(with: m.range(at: 2))),
               let v = Self.time(hour: h, minute: mi, afternoon: nil) {
                q.alternatives.append("t:" + v)
            }
            if t.kind == .number, let (factor, end) = scale(after: t.end, in: scan.ns, money: moneyBefore(t.start, in: scan.ns)),
               let v = Self.scaled(t.key, by: factor) {
                q.value = v
                q.end = end
                q.text = scan.ns.substring(with: NSRange(location: t.start, length: q.end - t.start))
                q.alternatives = []
                q.placeable = nil
            } else if t.kind == .number, t.text.allSatisfy(\.isNumber), t.text.count <= 3, i + 1 < tokens.count {
                let n = tokens[i + 1]
                if n.kind == .number, n.text.count == 3, n.text.allSatisfy(\.isNumber), n.start == t.end + 1 {
                    q.groupedWithNext = String(Int(t.text)! * 1000 + Int(n.text)!)
                }
            }
            scan.out.append(q)
            scan.taken.append(q.start..<q.end)
        }
    }

    /// Country calling codes (ITU-T E.164 assignments) of the countries whose national numbers begin with
    /// the trunk prefix "0" that the international form drops, by ISO 3166 region: Belgium, the
    /// Netherlands, France, Germany, the United Kingdom, Switzerland, Austria, Ireland.
    static let trunkZeroCountryCodes: [String: String] = [
        "BE": "32", "NL": "31", "FR": "33", "DE": "49", "GB": "44", "CH": "41", "AT": "43", "IE": "353",
    ]

    /// The international form ("+" and the country code, then the national number without its trunk "0")
    /// of a telephone number's digits, so that "+32 2 277 51 11", "0032 2 277 51 11", "+32 (0)2 277 51 11"
    /// and, in a Belgian locale, "02 277 51 11" and "02/277.51.11" are one number (ITU-T E.164, sections
    /// 6 and 7: the international prefix "00" dialled from Europe stands for "+", and the country code
    /// replaces the national trunk prefix). Seventeenth trial, finding 18: the English page's "+32 2 277 51
    /// 11" against the Dutch page's "02 277 51 11" was a `number-mismatch` error.
    /// - Parameters:
    ///   - digits: the digit string's key, digits as written with a leading "+" kept ("+32022775111").
    ///   - region: the text's region (`BE` of `nl-BE`): a national number ("0…") is read as one of its
    ///     country when it is in ``trunkZeroCountryCodes``.
    /// - Returns: "+<country code><national number>", or `nil` when the digits say no country (a national
    ///   number in a text without a known region, a short code).
    static func internationalNumber(_ digits: String, region: String?) -> String? {
        var rest: Substring
        if digits.hasPrefix("+") { rest = digits.dropFirst() }
        else if digits.hasPrefix("00") { rest = digits.dropFirst(2) }
        else if digits.hasPrefix("0"), let region, let code = trunkZeroCountryCodes[region.uppercased()], digits.count >= 9 {
            return "+" + code + digits.dropFirst()
        } else { return nil }
        guard rest.count >= 8 else { return nil }
        // "+32 (0)2 …": the optional trunk digit after a country code that drops it.
        if let code = trunkZeroCountryCodes.values.first(where: { rest.hasPrefix($0) }), rest.dropFirst(code.count).hasPrefix("0") {
            rest = rest.prefix(code.count) + rest.dropFirst(code.count + 1)
        }
        return "+" + rest
    }

    private func scanGluedScales(_ text: String, _ tokens: [Token], _ scan: inout Scan) {
        // A scale glued to a number makes one word token ("2.5m", "4.5bn", "20k", "2,5mln"): its digits are
        // read as the locale reads a number alone, then the rest must be a scale to its end (``scale(after:in:money:)``).
        for t in tokens where t.kind == .word && t.text.first.map({ $0.isASCII && $0.isNumber }) == true
            && scan.free(NSRange(location: t.start, length: t.end - t.start)) {
            var digits = String(t.text.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") })
            while let last = digits.last, !last.isNumber { digits.removeLast() }
            let numbers = Tokenizer(locale: locale).tokens(digits)
            guard numbers.count == 1, let n = numbers.first, n.kind == .number, n.end == digits.utf16.count,
                  let (factor, end) = scale(after: t.start + n.end, in: scan.ns, money: moneyBefore(t.start, in: scan.ns)),
                  end == t.end, let v = Self.scaled(n.key, by: factor) else { continue }
            scan.add(.number, v, NSRange(location: t.start, length: t.end - t.start))
        }
    }

    private func scanOrdinals(_ text: String, _ scan: inout Scan) {
        // Ordinals written with digits ("article 1er", "§ 1er", "de 2de graad", "the 21st"), soft as ordinal
        // words are: they stand for the same number on the other side ("Article 1" = "L'article 1er", as
        // Belgian legislative French always writes the first article, paragraph and alinéa; eighteenth trial,
        // finding 2), but are never reported themselves, since an ordinal is often written another way there
        // ("the 21st century" = "le XXIe siècle", "for the first time" = "pour la 1re fois").
        for m in ordinal?.matches(in: text, range: scan.whole) ?? [] where scan.free(m.range) {
            scan.add(.number, String(Int(scan.group(m, 1)!)!), m.range, soft: true)
        }
    }

    private func scanWords(_ text: String, _ scan: inout Scan) {
        // Times and numbers in words (soft).
        for m in namedTimes?.matches(in: text, range: scan.whole) ?? [] where scan.free(m.range) {
            if let v = times[scan.ns.substring(with: m.range).lowercased()] { scan.add(.time, v, m.range, soft: true) }
        }
        for m in numberWords?.matches(in: text, range: scan.whole) ?? [] where scan.free(m.range) {
            guard let n = words[scan.ns.substring(with: m.range).lowercased()] else { continue }
            let end = m.range.location + m.range.length
            // "two million" = 2000000, like "2 million".
            if let scaleWord, end < scan.ns.length,
               let s = scaleWord.firstMatch(in: text, options: [.anchored], range: NSRange(location: end, length: scan.ns.length - end)),
               let factor = scales[scan.ns.substring(with: s.range(at: 1)).lowercased()], let v = Self.scaled(String(n), by: factor) {
                scan.add(.number, v, NSRange(location: m.range.location, length: s.range.location + s.range.length - m.range.location), soft: true)
            } else {
                scan.add(.number, String(n), m.range, soft: true)
            }
        }
    }

    /// The scale written just after a number that ends at UTF-16 offset `end` of `text`, glued or after one
    /// space: a word of `scales` ("million", "mln", "bn"), or an abbreviation of `currencyScales` ("m", "k",
    /// "M", "Md") when the amount is money: `money` (a currency sign or word just before the number), or a
    /// currency sign or word just after the abbreviation ("2,5 M€", "750 k€", "1,2 mia euro"). Returns the
    /// factor and the UTF-16 offset where the scale ends, or `nil`. O(length of the rest of the text) at worst.
    func scale(after end: Int, in text: NSString, money: Bool) -> (factor: Int, end: Int)? {
        guard end < text.length else { return nil }
        let rest = NSRange(location: end, length: text.length - end)
        if let scaleWord, let m = scaleWord.firstMatch(in: text as String, options: [.anchored], range: rest),
           let factor = scales[text.substring(with: m.range(at: 1)).lowercased()] {
            return (factor, m.range.location + m.range.length)
        }
        guard let currencyScale, let m = currencyScale.firstMatch(in: text as String, options: [.anchored], range: rest),
              let factor = currencyScales[text.substring(with: m.range(at: 1)).lowercased()] else { return nil }
        let after = m.range.location + m.range.length
        guard money || currencyAfter?.firstMatch(in: text as String, options: [.anchored], range: NSRange(location: after, length: text.length - after)) != nil
        else { return nil }
        return (factor, after)
    }

    /// Whether a currency sign (Unicode category Sc: "€", "$", "£") or a word of `currencyWords` ("EUR")
    /// ends just before UTF-16 offset `start` of `text`, with at most one space between.
    func moneyBefore(_ start: Int, in text: NSString) -> Bool {
        guard let currencyBefore, start > 0 else { return false }
        let from = max(0, start - 16)
        return currencyBefore.firstMatch(in: text as String, options: [.withTransparentBounds], range: NSRange(location: from, length: start - from)) != nil
    }

    /// The value of a decade or an elided year and its other readings, all canonical numbers. Four digits
    /// ("1990") are the year, also written by its last two digits ("90": "années 90" for "the 1990s"); two
    /// digits ("90", from "'90s" or "jaren '90") are themselves, also read as the year of the 20th or 21st
    /// century ("1990", "2090"), since the elided century is not written.
    /// - Parameter digits: two or four ASCII digits.
    static func decadeReadings(_ digits: String) -> (value: String, others: [String]) {
        let n = Int(digits) ?? 0
        if digits.count == 4 { return (String(n), [String(n % 100)]) }
        return (String(n), [String(1900 + n), String(2000 + n)])
    }

    /// `value` (a canonical number, "1.5") times `factor`, written canonically ("1500000").
    static func scaled(_ value: String, by factor: Int) -> String? {
        guard let d = Decimal(string: value, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        return NSDecimalNumber(decimal: d * Decimal(factor)).stringValue
    }
}

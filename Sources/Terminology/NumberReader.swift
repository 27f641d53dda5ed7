import Foundation
import TaalgrensCore

/// A number, percentage, date or time read from a text, with its value normalised so that values can
/// be compared across locales ("1.5" in English and "1,5" in Dutch both have the value `1.5`).
struct NumberValue: Hashable {
    enum Kind: Hashable { case number, percent, date, time }
    var kind: Kind
    /// Numbers and percentages: digits with `.` as decimal point, no grouping, no leading or trailing
    /// zeros ("3000", "1.5"). Dates: `yyyy-mm-dd` with `????`/`??` for parts not written. Times: `HH:MM`.
    var value: String
    /// The text as written.
    var text: String
    /// UTF-16 offsets, end exclusive.
    var start: Int
    var end: Int
    /// A number written as a word ("five", "vijf", "eerste"): it may stand in for a number written in
    /// digits on the other side, but is never reported itself ("een" is also the Dutch article).
    var soft: Bool

    /// The key two values must share to be the same: numbers and percentages compare by value alone
    /// ("50 %" and "50 procent" and "50 per cent", but also a translator who drops the % sign).
    var key: String {
        switch kind {
        case .number, .percent: "n:" + value
        case .date: "d:" + value
        case .time: "t:" + value
        }
    }
}

/// Reads numbers, percentages, dates and times by a locale's ``NumberFormat``.
///
/// Numbers: a run of digits with group separators (`3,000`, `3.000`, `3 000` by locale) and a decimal
/// separator. A run that does not fit the locale's grouping is read leniently: a lone `.` or `,` is a
/// decimal separator; otherwise it is split at spaces, then at every separator. Digits glued to letters
/// ("MP3", "4G") are not numbers, except ordinals with the locale's suffixes ("11th", "1er").
/// Percentages: a number followed by `%` or a percent word. Dates: day–month–year with month names
/// ("11 February 2020", "February 11, 2020", "11 februari 2020", "le 11 février"), month and year,
/// numeric `30/03/2020` (day–month order per locale) and ISO `2020-03-30`. Times: `14:30`, `14u30`,
/// `14 h 30`, `2.30 pm`. URLs and e-mail addresses are skipped.
struct NumberReader {
    let format: NumberFormat
    private let dayMonthYear: NSRegularExpression?
    private let monthDayYear: NSRegularExpression?
    private let monthYear: NSRegularExpression?
    private let hourMarker: NSRegularExpression?
    private let amPm: NSRegularExpression?
    private let numberWords: NSRegularExpression?
    private let months: [String: Int]
    private let ordinals: [String]
    private let percentWords: [String]

    static let space = "[ \\u00a0\\u202f\\u2009]"
    static let clock = try! NSRegularExpression(pattern: #"(?<![\d.,:])(\d{1,2}):(\d{2})(?![\d:])"#)
    static let iso = try! NSRegularExpression(pattern: #"(?<![\d/.-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d/.-])"#)
    static let numeric = try! NSRegularExpression(pattern: #"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|\.\d)"#)

    init(format: NumberFormat) {
        self.format = format
        months = Dictionary(format.months.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        ordinals = format.ordinalSuffixes.map { $0.lowercased() }.sorted { $0.count > $1.count }
        percentWords = format.percentWords.map { $0.lowercased() }.sorted { $0.count > $1.count }
        let s = Self.space
        let monthAlternatives = months.keys.sorted { $0.count > $1.count }.map(NSRegularExpression.escapedPattern).joined(separator: "|")
        let ordinal = ordinals.isEmpty ? "" : "(?:" + ordinals.map(NSRegularExpression.escapedPattern).joined(separator: "|") + ")?"
        func regex(_ p: String) -> NSRegularExpression? { try? NSRegularExpression(pattern: p, options: [.caseInsensitive]) }
        if monthAlternatives.isEmpty {
            dayMonthYear = nil; monthDayYear = nil; monthYear = nil
        } else {
            dayMonthYear = regex("(?<![\\p{L}\\d.,])(\\d{1,2})\(ordinal)\\.?\(s)+(?:of\(s)+)?(\(monthAlternatives))(?![\\p{L}])\\.?(?:,?\(s)+(\\d{4})(?!\\d))?")
            monthDayYear = regex("(?<![\\p{L}])(\(monthAlternatives))\\.?\(s)+(\\d{1,2})\(ordinal)(?![\\p{L}\\d])(?:,?\(s)+(\\d{4})(?!\\d))?")
            monthYear = regex("(?<![\\p{L}])(\(monthAlternatives))\\.?\(s)+(\\d{4})(?!\\d)")
        }
        let markers = format.hourMarkers.sorted { $0.count > $1.count }.map(NSRegularExpression.escapedPattern).joined(separator: "|")
        hourMarker = markers.isEmpty ? nil
            : regex("(?<![\\d.,:])(\\d{1,2})(?:[.:](\\d{2}))?\(s)?(?:\(markers))(?:\(s)?(\\d{2}))?(?![\\p{L}\\d])")
        let am = format.morningMarkers.map(NSRegularExpression.escapedPattern), pm = format.afternoonMarkers.map(NSRegularExpression.escapedPattern)
        amPm = (am + pm).isEmpty ? nil
            : regex("(?<![\\d.,:])(\\d{1,2})(?:[.:](\\d{2}))?\(s)?(\((am + pm).joined(separator: "|")))(?![\\p{L}])")
        let words = format.words.keys.sorted { $0.count > $1.count }.map(NSRegularExpression.escapedPattern).joined(separator: "|")
        numberWords = words.isEmpty ? nil : regex("(?<![\\p{L}\\-])(\(words))(?![\\p{L}\\-])")
    }

    /// Every value in `text`, in order of position.
    /// - Complexity: O(n) regular-expression passes over the text.
    func values(in text: String) -> [NumberValue] {
        let ns = text as NSString
        let whole = NSRange(location: 0, length: ns.length)
        var taken: [Range<Int>] = Placeables.urlAndEmailRanges(in: text)
        var out: [NumberValue] = []
        func free(_ r: NSRange) -> Bool {
            let range = r.location..<(r.location + r.length)
            return !taken.contains { $0.overlaps(range) }
        }
        func group(_ m: NSTextCheckingResult, _ i: Int) -> String? {
            let r = m.range(at: i)
            return r.location == NSNotFound ? nil : ns.substring(with: r)
        }
        func add(_ kind: NumberValue.Kind, _ value: String, _ r: NSRange, soft: Bool = false) {
            out.append(NumberValue(kind: kind, value: value, text: ns.substring(with: r), start: r.location,
                                   end: r.location + r.length, soft: soft))
            taken.append(r.location..<(r.location + r.length))
        }
        func date(_ year: String?, _ month: Int, _ day: String?) -> String? {
            guard (1...12).contains(month) else { return nil }
            var y = year ?? "????"
            if y.count == 2 { y = "20" + y }
            if let day {
                guard let d = Int(day), (1...31).contains(d) else { return nil }
                return "\(y)-\(Self.pad(month))-\(Self.pad(d))"
            }
            return "\(y)-\(Self.pad(month))-??"
        }
        // Dates with month names, then numeric dates.
        for m in dayMonthYear?.matches(in: text, range: whole) ?? [] where free(m.range) {
            if let month = group(m, 2).flatMap({ months[$0.lowercased()] }), let v = date(group(m, 3), month, group(m, 1)) { add(.date, v, m.range) }
        }
        for m in monthDayYear?.matches(in: text, range: whole) ?? [] where free(m.range) {
            if let month = group(m, 1).flatMap({ months[$0.lowercased()] }), let v = date(group(m, 3), month, group(m, 2)) { add(.date, v, m.range) }
        }
        for m in monthYear?.matches(in: text, range: whole) ?? [] where free(m.range) {
            if let month = group(m, 1).flatMap({ months[$0.lowercased()] }), let v = date(group(m, 2), month, nil) { add(.date, v, m.range) }
        }
        for m in Self.iso.matches(in: text, range: whole) where free(m.range) {
            if let month = group(m, 2).flatMap({ Int($0) }), let v = date(group(m, 1), month, group(m, 3)) { add(.date, v, m.range) }
        }
        for m in Self.numeric.matches(in: text, range: whole) where free(m.range) {
            let a = group(m, 1)!, b = group(m, 3)!
            let (day, month) = format.numericDateOrder == "mdy" ? (b, a) : (a, b)
            if let mo = Int(month), let v = date(group(m, 4), mo, day) { add(.date, v, m.range) }
        }
        // Times.
        func time(_ hour: String?, _ minute: String?, afternoon: Bool = false) -> String? {
            guard let hour, var h = Int(hour), (0...24).contains(h) else { return nil }
            let mi = minute.flatMap { Int($0) } ?? 0
            guard (0...59).contains(mi) else { return nil }
            if afternoon && h < 12 { h += 12 }
            return "\(Self.pad(h)):\(Self.pad(mi))"
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
        // Numbers in digits.
        let units = Array(text.utf16)
        var i = 0
        while i < units.count {
            guard Self.isDigit(units[i]), taken.allSatisfy({ !$0.contains(i) }) else { i += 1; continue }
            let start = i
            if start > 0, Self.isLetter(units[start - 1]) || Self.isDigit(units[start - 1]) {
                while i < units.count, Self.isDigit(units[i]) || Self.isLetter(units[i]) { i += 1 }
                continue
            }
            var end = i
            while end < units.count {
                if Self.isDigit(units[end]) { end += 1; continue }
                if Self.separators.contains(units[end]), end + 1 < units.count, Self.isDigit(units[end + 1]),
                   taken.allSatisfy({ !$0.contains(end + 1) }) { end += 1; continue }
                break
            }
            i = end
            // Letters glued after: an ordinal suffix is fine, anything else makes it no number.
            var after = end
            while after < units.count, Self.isLetter(units[after]) { after += 1 }
            if after > end {
                let letters = String(decoding: units[end..<after], as: UTF16.self).lowercased()
                guard ordinals.contains(letters) else { i = after; continue }
            }
            for piece in interpret(units, start, end) {
                var kind = NumberValue.Kind.number
                var pieceEnd = piece.end
                if piece.end == end, let percent = percentEnd(units, after: after > end ? after : end) {
                    kind = .percent
                    pieceEnd = percent
                }
                let r = NSRange(location: piece.start, length: pieceEnd - piece.start)
                add(kind, piece.value, r)
            }
        }
        // Numbers in words (soft).
        for m in numberWords?.matches(in: text, range: whole) ?? [] where free(m.range) {
            let word = ns.substring(with: m.range).lowercased()
            if let n = format.words.first(where: { $0.key.lowercased() == word })?.value { add(.number, String(n), m.range, soft: true) }
        }
        return out.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    /// Where a percent sign or word after `offset` ends, if one follows (spaces allowed between).
    private func percentEnd(_ units: [UInt16], after offset: Int) -> Int? {
        var i = offset
        while i < units.count, WordKeys.isSpace(units[i]), i - offset < 2 { i += 1 }
        guard i < units.count else { return nil }
        if units[i] == 0x25 { return i + 1 }
        let rest = String(decoding: units[i..<min(units.count, i + 24)], as: UTF16.self).lowercased()
        for word in percentWords where rest.hasPrefix(word) {
            let end = i + word.utf16.count
            if end < units.count, Self.isLetter(units[end]) { continue }
            return end
        }
        return nil
    }

    /// Reads a run of digits and separators (UTF-16 offsets start..<end) as one or more numbers.
    private func interpret(_ units: [UInt16], _ start: Int, _ end: Int) -> [(value: String, start: Int, end: Int)] {
        var groups: [(start: Int, end: Int)] = []
        var seps: [UInt16] = []
        var i = start
        while i < end {
            let g = i
            while i < end, Self.isDigit(units[i]) { i += 1 }
            groups.append((g, i))
            if i < end { seps.append(units[i]); i += 1 }
        }
        func digits(_ g: (start: Int, end: Int)) -> String { String(decoding: units[g.start..<g.end], as: UTF16.self) }
        let decimal = format.decimal.utf16.first
        let groupSeps = Set(format.group.compactMap { $0.utf16.first })
        func grouped(_ n: Int) -> Bool {
            // groups[0..<n] joined by one kind of group separator: 1–3 digits, then 3 each.
            guard n > 0 else { return false }
            if n == 1 { return true }
            let used = Set(seps[0..<(n - 1)])
            guard used.count == 1, let sep = used.first, groupSeps.contains(sep) else { return false }
            let lengths = groups[0..<n].map { $0.end - $0.start }
            return (1...3).contains(lengths[0]) && lengths.dropFirst().allSatisfy { $0 == 3 }
        }
        let whole = (start, end)
        if seps.isEmpty { return [(Self.canonical(digits(groups[0]), ""), whole.0, whole.1)] }
        if let decimal, seps.last == decimal, !groupSeps.contains(decimal) || !grouped(groups.count), grouped(groups.count - 1) {
            let integer = groups.dropLast().map(digits).joined()
            return [(Self.canonical(integer, digits(groups.last!)), start, end)]
        }
        if grouped(groups.count) { return [(Self.canonical(groups.map(digits).joined(), ""), start, end)] }
        if seps.count == 1, seps[0] == 0x2E || seps[0] == 0x2C {
            return [(Self.canonical(digits(groups[0]), digits(groups[1])), start, end)]
        }
        // Split at spaces and read each piece alone; without spaces, every group is a number of its own
        // ("1.2.3").
        if seps.contains(where: WordKeys.isSpace) {
            var pieces: [(value: String, start: Int, end: Int)] = []
            var pieceStart = 0
            for k in 0...seps.count where k == seps.count || WordKeys.isSpace(seps[k]) {
                pieces += interpret(units, groups[pieceStart].start, groups[k].end)
                pieceStart = k + 1
            }
            return pieces
        }
        return groups.map { (Self.canonical(digits($0), ""), $0.start, $0.end) }
    }

    static let separators: Set<UInt16> = [0x2E, 0x2C, 0x20, 0xA0, 0x202F, 0x2009, 0x27, 0x2019]

    static func canonical(_ integer: String, _ fraction: String) -> String {
        var i = String(integer.drop { $0 == "0" })
        if i.isEmpty { i = "0" }
        var f = fraction
        while f.last == "0" { f.removeLast() }
        return f.isEmpty ? i : i + "." + f
    }

    static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    static func isDigit(_ u: UInt16) -> Bool { (0x30...0x39).contains(u) }
    static func isLetter(_ u: UInt16) -> Bool {
        guard let s = Unicode.Scalar(u) else { return true }
        return s.properties.isAlphabetic
    }
}

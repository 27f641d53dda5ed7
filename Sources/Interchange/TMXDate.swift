import Foundation

/// TMX dates: ISO 8601 basic format in UTC, `YYYYMMDDThhmmssZ` (TMX 1.4b section 3.2, `creationdate`).
///
/// Written and parsed by hand (civil-date arithmetic on days since 1970-01-01, proleptic Gregorian
/// calendar) rather than with `DateFormatter`, which costs microseconds per call on a million units.
enum TMXDate {
    /// `date` as `YYYYMMDDThhmmssZ`, truncated to whole seconds. Years outside 0…9999 are clamped.
    static func format(_ date: Date) -> String {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        var days = seconds / 86_400
        var rest = seconds % 86_400
        if rest < 0 { rest += 86_400; days -= 1 }
        let (y, m, d) = civil(fromDays: days)
        let year = min(max(y, 0), 9999)
        var bytes = [UInt8](repeating: 0, count: 16)
        func put(_ value: Int64, _ at: Int, _ width: Int) {
            var v = value
            for i in stride(from: at + width - 1, through: at, by: -1) {
                bytes[i] = UInt8(48 + v % 10)
                v /= 10
            }
        }
        put(year, 0, 4); put(m, 4, 2); put(d, 6, 2)
        bytes[8] = UInt8(ascii: "T")
        put(rest / 3600, 9, 2); put((rest % 3600) / 60, 11, 2); put(rest % 60, 13, 2)
        bytes[15] = UInt8(ascii: "Z")
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Parses `YYYYMMDDThhmmssZ`; returns `nil` for anything else (including out-of-range fields).
    static func parse(_ text: String) -> Date? {
        let u = Array(text.utf8)
        guard u.count == 16, u[8] == UInt8(ascii: "T"), u[15] == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int64? {
            var n: Int64 = 0
            for i in range {
                guard u[i] >= 48 && u[i] <= 57 else { return nil }
                n = n * 10 + Int64(u[i] - 48)
            }
            return n
        }
        guard let y = number(0..<4), let mo = number(4..<6), let d = number(6..<8),
              let h = number(9..<11), let mi = number(11..<13), let s = number(13..<15),
              (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, s < 61 else { return nil }
        let days = daysFromCivil(y, mo, d)
        let (cy, cm, cd) = civil(fromDays: days)
        guard cy == y, cm == mo, cd == d else { return nil }  // 31 February and the like
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + h * 3600 + mi * 60 + s))
    }

    /// Days since 1970-01-01 for a proleptic Gregorian date (the "days from civil" algorithm: shift the
    /// year to start in March so the leap day is last, then count 400-year eras).
    static func daysFromCivil(_ year: Int64, _ month: Int64, _ day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01 (inverse of ``daysFromCivil(_:_:_:)``).
    static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

/// A 128-bit content fingerprint (FNV-1a 64-bit, plus a second FNV-1a with another offset basis and an
/// xorshift step so the halves are independent), stable across
/// runs and machines, unlike Swift's seeded `Hasher`. Used for TMX duplicate detection and generated ids.
struct Fingerprint: Hashable {
    private(set) var a: UInt64 = 0xcbf2_9ce4_8422_2325
    private(set) var b: UInt64 = 0x6c62_272e_07bb_0142

    mutating func add(_ text: String) {
        for byte in text.utf8 { add(byte) }
        add(0xFF)  // never in UTF-8: separates fields
    }

    mutating func add(_ byte: UInt8) {
        a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        b ^= b >> 29
    }

    /// The first half as 16 lower-case hex digits.
    var hex: String {
        let s = String(a, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}

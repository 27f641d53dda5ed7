import Foundation
import TaalgrensCore

/// A placeable: a piece of a segment that is copied or adapted, not translated. Numbers, dates, times of
/// day, URLs, e-mail addresses, hashtags, handles and inline codes.
///
/// Values compare by meaning (``hasSameValue(as:)``): "3,000" in English and "3.000" in Dutch are the same
/// number. ``written(for:like:)`` writes a value the way a target locale writes it, which is how a fuzzy
/// match that differs from its query only in placeables is adapted (`docs/matching.md`).
public enum Placeable: Hashable, Sendable {
    case number(NumberValue)
    case date(DateValue)
    /// A time of day ("17:45", "17.45 uur", "5.45 p.m.").
    case time(TimeValue)
    /// A URL as written.
    case url(String)
    /// An e-mail address as written.
    case email(String)
    /// A hashtag as written ("#SID2025").
    case hashtag(String)
    /// A social-media handle as written ("@belga2024").
    case handle(String)
    /// An inline code (a link, emphasis, …) of a rich text.
    case inlineCode(InlineCode)

    /// The placeable's type name as used in score breakdowns: `number`, `date`, `time`, `url`, `email`,
    /// `hashtag`, `handle`, `code`.
    public var typeName: String {
        switch self {
        case .number: "number"
        case .date: "date"
        case .time: "time"
        case .url: "url"
        case .email: "email"
        case .hashtag: "hashtag"
        case .handle: "handle"
        case .inlineCode: "code"
        }
    }

    /// A canonical text of the value, equal for two placeables exactly when ``hasSameValue(as:)`` holds:
    /// the decimal value of a number ("3000.5"), the ISO 8601 components of a date ("2021-02-09",
    /// "2021-02", "--02-09"), the time on the 24-hour clock ("17:45"), the URL as written, the e-mail
    /// address lower-cased, a hashtag or handle case-folded (its token key), the code's kind and type.
    public var canonicalValue: String {
        switch self {
        case .number(let n): n.canonical
        case .date(let d): d.iso
        case .time(let t): t.canonical
        case .url(let u): u
        case .hashtag(let t), .handle(let t): TextKey.wordKey(t)
        case .email(let e): e.lowercased()
        case .inlineCode(let c): "\(c.kind.rawValue):\(c.type.rawValue)"
        }
    }

    /// Whether two placeables have the same type and value, whatever their written form.
    public func hasSameValue(as other: Placeable) -> Bool {
        typeName == other.typeName && canonicalValue == other.canonicalValue
    }

    /// Writes this value the way `locale` writes it.
    ///
    /// - Parameters:
    ///   - locale: the target locale; separators and month names come from CLDR through Foundation
    ///     (`nl-BE`: decimal comma, grouping "."; `fr-BE`: decimal comma, grouping U+202F NARROW NO-BREAK
    ///     SPACE, as CLDR 42+ specifies for French).
    ///   - original: the placeable this value replaces, already written in `locale`; its shape is kept
    ///     (grouping or not, numeric or spelled-out date, component order, separators, zero padding).
    /// - Returns: the text to put in the target. Times take the shape of `original` (12- or 24-hour clock,
    ///   separator, marker: ``TimeValue/written(for:like:)``). URLs, e-mail addresses, hashtags and handles
    ///   are returned as written (a tag is copied from the source, not translated); an inline code as the
    ///   empty string: it is not text.
    public func written(for locale: LanguageTag, like original: Placeable? = nil) -> String {
        switch self {
        case .number(let n):
            if case .number(let o)? = original { return n.written(for: locale, like: o) }
            return n.written(for: locale, like: nil)
        case .date(let d):
            if case .date(let o)? = original { return d.written(for: locale, like: o) }
            return d.written(for: locale, like: nil)
        case .time(let t):
            if case .time(let o)? = original { return t.written(for: locale, like: o) }
            return t.written(for: locale, like: nil)
        case .url(let u): return u
        case .hashtag(let t), .handle(let t): return t
        case .email(let e): return e
        case .inlineCode: return ""
        }
    }
}

/// A number read from text, with the shape it was written in.
public struct NumberValue: Hashable, Sendable {
    /// The value.
    public var value: Decimal
    /// Digits after the decimal separator as written ("1,50" → 2), so that writing keeps them.
    public var fractionDigits: Int
    /// Whether the integer part was written with grouping separators ("3.000", "3 000").
    public var grouped: Bool

    /// For a digit string that names rather than counts (a telephone number "078 170 170" or "+32 2 555 01
    /// 23", an enterprise number "0123.456.789", a code with a leading zero "0800"): the text as written.
    /// Such a number is compared by its digits (``canonical``) and copied as written in every locale
    /// (``written(for:like:)``): no locale regroups a telephone number, and a leading zero is part of it.
    /// `nil` for a quantity. Read by the tokenizer's digit-string rule (`docs/matching.md`, "Tokens").
    public var literal: String?

    /// A number with its written shape (decimals as written, whether grouped); `literal` for a digit string
    /// that names rather than counts (see ``literal``).
    public init(value: Decimal, fractionDigits: Int = 0, grouped: Bool = false, literal: String? = nil) {
        self.value = value
        self.fractionDigits = fractionDigits
        self.grouped = grouped
        self.literal = literal
    }

    /// The value in plain decimal notation with "." and no grouping: "3000.5", "-12", "0.25". For a digit
    /// string (``literal``) its digits as written, leading zeros and a leading "+" kept: "078170170",
    /// "+3225550123".
    public var canonical: String {
        if let literal { return NumberValue.digits(of: literal) }
        return NSDecimalNumber(decimal: value).stringValue
    }

    /// The ASCII digits of `text` in order, with a "+" it begins with: the comparison form of a digit
    /// string ("+32 (0)2 555 01 23" → "+32025550123").
    static func digits(of text: String) -> String {
        var out = text.hasPrefix("+") ? "+" : ""
        for scalar in text.unicodeScalars where scalar.value >= 0x30 && scalar.value <= 0x39 { out.unicodeScalars.append(scalar) }
        return out
    }

    /// Writes the number with `locale`'s decimal and grouping separators (CLDR); a digit string
    /// (``literal``) as written, in every locale.
    ///
    /// Grouping follows `original` when it has four integer digits or more (it shows the target's
    /// habit), else this value's own form. A year on either side (``looksLikeYear``) shows no habit: a
    /// query's "1,900" against a stored "2022" is written "1 900" in fr-BE, and a query's "2021" against a
    /// stored "1.800" stays "2021". Fraction digits are this value's.
    public func written(for locale: LanguageTag, like original: NumberValue?) -> String {
        if let literal { return literal }
        let original = original?.literal == nil ? original : nil
        let conventions = LocaleConventions.for(locale)
        let plain = canonical
        let negative = plain.hasPrefix("-")
        let unsigned = negative ? String(plain.dropFirst()) : plain
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        var integer = String(parts[0])
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        if fraction.count < fractionDigits { fraction += String(repeating: "0", count: fractionDigits - fraction.count) }
        var group = grouped
        if let original, original.integerDigits >= 4, !original.looksLikeYear, !looksLikeYear { group = original.grouped }
        if group && integer.count > 3 {
            var out = ""
            for (i, ch) in integer.enumerated() {
                if i > 0 && (integer.count - i) % 3 == 0 { out += conventions.groupingSeparator }
                out.append(ch)
            }
            integer = out
        }
        var text = (negative ? "-" : "") + integer
        if !fraction.isEmpty { text += conventions.decimalSeparator + fraction }
        return text
    }

    /// Whether the number is written as a year usually is: four digits from 1000 to 2999, no grouping, no
    /// decimals. Such a number says nothing about how a locale groups thousands.
    var looksLikeYear: Bool {
        !grouped && fractionDigits == 0 && value >= 1000 && value <= 2999
    }

    var integerDigits: Int {
        let plain = canonical
        let unsigned = plain.hasPrefix("-") ? plain.dropFirst() : Substring(plain)
        return unsigned.split(separator: ".", omittingEmptySubsequences: false)[0].count
    }
}

/// A calendar date read from text: at least a month and a day or a year, with the shape it was written in.
public struct DateValue: Hashable, Sendable {
    /// How a date was written, so that a replacement keeps the target's shape.
    public enum Form: Hashable, Sendable {
        /// Digits and separators: `order` lists the components as written ("dmy", "mdy", "ymd"),
        /// `separator` joins them, `padded` says whether day and month had two digits, `shortYear` whether
        /// the year had two digits.
        case numeric(order: String, separator: Character, padded: Bool, shortYear: Bool)
        /// With a month name: `order` of the components present ("dmy", "mdy", "dm", "md", "my"),
        /// `abbreviated` whether the month name was the short form, `daySuffix` an ordinal suffix as
        /// written after the day ("er", "th"), `comma` whether a comma preceded the year ("February 9, 2021").
        case textual(order: String, abbreviated: Bool, daySuffix: String, comma: Bool)
    }

    /// The year, when written (a two-digit year is read as 20xx).
    public var year: Int?
    /// 1–12.
    public var month: Int
    /// 1–31.
    public var day: Int?
    /// How the date was written.
    public var form: Form

    /// A date of the given components and written form.
    public init(year: Int?, month: Int, day: Int?, form: Form) {
        self.year = year
        self.month = month
        self.day = day
        self.form = form
    }

    /// ISO 8601 text of the known components: "2021-02-09", "2021-02" (no day), "--02-09" (no year).
    public var iso: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day.map { $0 < 10 ? "0\($0)" : "\($0)" }
        switch (year, d) {
        case let (y?, d?): return "\(y)-\(m)-\(d)"
        case let (y?, nil): return "\(y)-\(m)"
        case let (nil, d?): return "--\(m)-\(d)"
        case (nil, nil): return "--\(m)"
        }
    }

    /// Writes the date for `locale`.
    ///
    /// With `original`, its form is kept (numeric or spelled out, order, separator, padding) and month
    /// names are `locale`'s (CLDR). The day's ordinal suffix follows the language's rule for the new day
    /// (``daySuffix(_:locale:written:)``): French writes the first of a month as the ordinal "1er" and every
    /// other day as a cardinal, whatever the original had ("jusqu'au 15 janvier" adapted to the 1st gives
    /// "jusqu'au 1er janvier", twelfth trial, finding 12); English keeps an ordinal style the original had
    /// ("15th" → "1st", "2nd", "23rd"). Without `original`, CLDR's pattern for the components present is used
    /// (`d MMMM y` in nl-BE and fr-BE), with the same French "1er".
    public func written(for locale: LanguageTag, like original: DateValue?) -> String {
        let conventions = LocaleConventions.for(locale)
        let form = original?.form ?? conventions.defaultTextualForm(hasDay: day != nil, hasYear: year != nil)
        switch form {
        case .numeric(let order, let separator, let padded, let shortYear):
            var parts: [String] = []
            for c in order {
                switch c {
                case "d": if let day { parts.append(padded && day < 10 ? "0\(day)" : "\(day)") }
                case "m": parts.append(padded && month < 10 ? "0\(month)" : "\(month)")
                case "y": if let year { parts.append(shortYear ? String(String(year).suffix(2)) : "\(year)") }
                default: break
                }
            }
            return parts.joined(separator: String(separator))
        case .textual(let order, let abbreviated, let suffix, let comma):
            var orderToUse = order.filter { ($0 != "d" || day != nil) && ($0 != "y" || year != nil) }
            if day != nil && !orderToUse.contains("d") { orderToUse = conventions.defaultOrder(hasDay: true, hasYear: year != nil) }
            if year != nil && !orderToUse.contains("y") { orderToUse += "y" }
            let name = abbreviated ? conventions.shortMonths[month - 1] : conventions.months[month - 1]
            var out = ""
            for c in orderToUse {
                switch c {
                case "d":
                    if !out.isEmpty { out += " " }
                    out += "\(day!)" + (conventions.dayPeriod ? "." : original?.day == day && !suffix.isEmpty ? suffix : Self.daySuffix(day!, locale: locale, written: suffix))
                case "m":
                    if !out.isEmpty { out += " " }
                    out += name
                case "y":
                    out += (comma && orderToUse.hasPrefix("md") ? ", " : " ") + "\(year!)"
                default: break
                }
            }
            return out
        }
    }

    /// The ordinal suffix a day of the month takes in `locale`'s running text, given the suffix the date
    /// was written with (`written`, empty for a cardinal day). French: "er" for the 1st, nothing for the
    /// other days (Lexique des règles typographiques en usage à l'Imprimerie nationale; the Office québécois
    /// de la langue française alike; Belgian French the same), with a superscript "ᵉʳ" kept as such. English:
    /// "st", "nd", "rd", "th" (11th–13th) when the original was written as an ordinal, else nothing. Other
    /// languages: a written suffix is kept only for an unchanged day (Dutch writes dates with cardinals).
    /// - Parameter day: 1–31.
    public static func daySuffix(_ day: Int, locale: LanguageTag, written: String) -> String {
        switch locale.language {
        case "fr":
            guard day == 1 else { return "" }
            return written == "ᵉʳ" ? "ᵉʳ" : "er"
        case "en":
            guard !written.isEmpty else { return "" }
            if (11...13).contains(day % 100) { return "th" }
            switch day % 10 {
            case 1: return "st"
            case 2: return "nd"
            case 3: return "rd"
            default: return "th"
            }
        default:
            return ""
        }
    }
}

import Foundation
import TaalgrensCore

/// How a locale writes numbers and dates, read once per locale from CLDR through Foundation
/// (`Locale`, `DateFormatter`), so that no locale is special-cased in code.
///
/// A class of constants rather than a struct: every ``Tokenizer`` and every scan of a text holds the
/// conventions, and copying a reference is one retain where copying the fields was one per array,
/// dictionary, set and string (about fifteen per copy, several copies per text on import).
final class LocaleConventions: Sendable {
    /// The ICU locale id of the tag (`nl_BE`), for ICU's word boundaries.
    let icuLocale: String
    /// Whether ICU's word rules for ``icuLocale`` are its root rules, so that the scan may compute the word
    /// boundaries of Latin text itself (`LatinWordBreaks.appliesTo(icuLocale:)`).
    let latinWordBreaks: Bool
    /// CLDR decimal separator ("." en, "," nl-BE and fr-BE).
    let decimalSeparator: String
    /// CLDR grouping separator ("," en, "." nl-BE, U+202F fr-BE).
    let groupingSeparator: String
    /// Whether the grouping separator is a space of some kind: then a plain space also groups ("3 000").
    let groupsWithSpace: Bool
    /// Full month names, January first, as CLDR writes them in running text.
    let months: [String]
    /// Abbreviated month names ("févr.", "feb").
    let shortMonths: [String]
    /// Folded month name → month number (1–12), from the format and stand-alone forms, full and short
    /// (without a final period).
    let monthByName: [String: Int]
    /// The most Unicode scalars a month name has (a longer word is no month).
    let longestMonthName: Int
    /// The first two scalars of every folded month name, as `first << 8 | second`, when all of them are
    /// ASCII letters (`nil` otherwise): a word that starts with two ASCII letters not in this set is no
    /// month, which the scan learns without building and folding the word.
    let asciiMonthPrefixes: Set<UInt32>?
    /// Folded short names only, which are accepted only after a day or before a period.
    let shortNames: Set<String>
    /// Whether CLDR capitalises month names in this locale (English): then a lower-case "may" is no month.
    let monthsCapitalized: Bool
    /// Whether the numeric date pattern puts the month before the day (CLDR `en`: M/d/y).
    let monthFirst: Bool
    /// The order of day, month and year in CLDR's spelled-out pattern ("dmy" nl-BE, "mdy" en).
    let textualOrder: String
    /// Whether CLDR's spelled-out pattern writes the day with a period after it, as an ordinal: `d. MMMM y`
    /// (German "25. Mai 2018"; also Danish, Norwegian, Finnish, Czech, Slovak, Slovenian, Croatian, …). Then a
    /// day followed by a period before a month name is the day of that date, and a date is written so.
    let dayPeriod: Bool
    /// The orders in which this locale writes a day next to a month name: "dm" ("1 maart", "1er mars")
    /// and/or "md" ("March 1"). From `Locales/<locale>/dates.json` (`dayMonthOrders`); without that file,
    /// the day/month order of CLDR's spelled-out pattern alone.
    let dayMonthOrders: Set<String>
    /// How the locale writes a time of day besides "17:45" (`Locales/<locale>/times.json`; the colon form
    /// alone without that file).
    let times: TimeForms

    func defaultOrder(hasDay: Bool, hasYear: Bool) -> String {
        textualOrder.filter { ($0 != "d" || hasDay) && ($0 != "y" || hasYear) }
    }

    func defaultTextualForm(hasDay: Bool, hasYear: Bool) -> DateValue.Form {
        .textual(order: defaultOrder(hasDay: hasDay, hasYear: hasYear), abbreviated: false, daySuffix: dayPeriod && hasDay ? "." : "",
                 comma: textualOrder.hasPrefix("md") && hasDay && hasYear)
    }

    private nonisolated(unsafe) static var cache: [String: LocaleConventions] = [:]
    private nonisolated(unsafe) static var located: DataDirectory??
    /// The conventions with the date orders of the located data folder, by tag (see ``for(_:)``).
    private nonisolated(unsafe) static var byTag: [LanguageTag: LocaleConventions] = [:]
    private static let lock = NSLock()

    /// The conventions of `tag` with the date orders and time forms of `data` (or of the data folder found by
    /// `DataDirectory.locate()` when `data` is nil; CLDR alone and the colon time form when none is found or
    /// its file is bad),
    /// computed on first use and cached (thread-safe).
    static func `for`(_ tag: LanguageTag) -> LocaleConventions {
        lock.lock()
        defer { lock.unlock() }
        // Every tokenizer asks this (one per variant on import): look the tag up without building a key.
        if let c = byTag[tag] { return c }
        if located == nil { located = .some(try? DataDirectory.locate()) }
        let data = located ?? nil
        let key = tag.identifier + "|" + (data?.root.path ?? "")
        let c: LocaleConventions
        if let cached = cache[key] { c = cached } else {
            c = LocaleConventions(tag: tag, orders: data.flatMap { try? DateOrders.load(for: tag, in: $0) },
                                  times: data.flatMap { try? TimeForms.load(for: tag, in: $0) })
            cache[key] = c
        }
        byTag[tag] = c
        return c
    }

    /// Makes `data` the folder whose `dates.json` and `times.json` files ``for(_:)`` reads from now on, and
    /// forgets the conventions it cached. Every `Locales/<locale>/dates.json` and `times.json` of `data` is
    /// read now, so that a bad one is reported instead of being ignored later.
    /// - Throws: ``InputError`` naming a malformed `dates.json` or `times.json`.
    static func useByDefault(_ data: DataDirectory) throws {
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: data.locales.path)) ?? []
        for name in folders.sorted() {
            guard let tag = LanguageTag(name) else { continue }
            _ = try DateOrders.load(for: tag, in: data)
            _ = try TimeForms.load(for: tag, in: data)
        }
        lock.lock()
        defer { lock.unlock() }
        located = .some(data)
        byTag = [:]
    }

    /// The conventions of `tag` with the date orders and time forms of the data folder `data`.
    /// - Throws: ``InputError`` for a malformed `Locales/<locale>/dates.json` or `times.json`.
    static func `for`(_ tag: LanguageTag, data: DataDirectory) throws -> LocaleConventions {
        let key = tag.identifier + "|" + data.root.path
        lock.lock()
        if let c = cache[key] { lock.unlock(); return c }
        lock.unlock()
        let c = LocaleConventions(tag: tag, orders: try DateOrders.load(for: tag, in: data), times: try TimeForms.load(for: tag, in: data))
        lock.lock()
        cache[key] = c
        lock.unlock()
        return c
    }

    private init(tag: LanguageTag, orders: Set<String>?, times: TimeForms?) {
        icuLocale = tag.icuLocale
        latinWordBreaks = LatinWordBreaks.appliesTo(icuLocale: tag.icuLocale)
        self.times = times ?? .colonOnly
        let locale = Locale(identifier: tag.icuLocale)
        decimalSeparator = locale.decimalSeparator ?? "."
        let grouping = locale.groupingSeparator ?? ","
        groupingSeparator = grouping
        groupsWithSpace = grouping.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
        let f = DateFormatter()
        f.locale = locale
        months = f.monthSymbols
        shortMonths = f.shortMonthSymbols
        var byName: [String: Int] = [:]
        var short: Set<String> = []
        for list in [f.monthSymbols, f.standaloneMonthSymbols] {
            for (i, name) in list.enumerated() { byName[TextKey.fold(name)] = i + 1 }
        }
        for list in [f.shortMonthSymbols, f.shortStandaloneMonthSymbols] {
            for (i, name) in list.enumerated() {
                var n = TextKey.fold(name)
                if n.hasSuffix(".") { n.removeLast() }
                if byName[n] == nil { byName[n] = i + 1; short.insert(n) }
            }
        }
        monthByName = byName
        var prefixes: Set<UInt32>? = []
        for name in byName.keys {
            let scalars = Array(name.unicodeScalars.prefix(2))
            guard scalars.count == 2, scalars.allSatisfy({ $0.value < 0x80 && $0.properties.isAlphabetic }) else { prefixes = nil; break }
            prefixes?.insert(scalars[0].value << 8 | scalars[1].value)
        }
        asciiMonthPrefixes = prefixes
        longestMonthName = byName.keys.map { $0.unicodeScalars.count }.max() ?? 0
        shortNames = short
        monthsCapitalized = (f.monthSymbols.first?.first?.isUppercase) ?? false
        f.setLocalizedDateFormatFromTemplate("ddMMyyyy")
        let numeric = f.dateFormat ?? "dd/MM/yyyy"
        monthFirst = (numeric.firstIndex(of: "M") ?? numeric.endIndex) < (numeric.firstIndex(of: "d") ?? numeric.endIndex)
        f.setLocalizedDateFormatFromTemplate("dMMMMy")
        let textual = f.dateFormat ?? "d MMMM y"
        var order = ""
        var inQuote = false
        var period = false
        var previous: Character?
        for ch in textual {
            if ch == "'" { inQuote.toggle(); previous = nil; continue }
            if inQuote { continue }
            if ch == ".", previous == "d" { period = true }
            let c: Character? = ch == "d" ? "d" : ch == "M" ? "m" : ch == "y" ? "y" : nil
            if let c, !order.contains(c) { order.append(c) }
            previous = ch
        }
        dayPeriod = period
        let textual3 = order.count == 3 ? order : "dmy"
        textualOrder = textual3
        dayMonthOrders = orders ?? [textual3.filter { $0 != "y" }]
    }
}

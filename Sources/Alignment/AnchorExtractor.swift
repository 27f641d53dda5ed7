import TaalgrensCore
import Tokenization

/// An anchor found in one segment, before it is compared with the other side: its kind and its key.
struct RawAnchor: Hashable, Sendable {
    var kind: AnchorKind
    /// The comparison key; equal keys (within a kind) mean equal anchors.
    var key: String
    /// Whether a missing partner costs nothing: a number written as a word, which translations often
    /// paraphrase ("one in three" / "un tiers", "a dozen", "twice").
    var isForgiven = false
    /// Whether this is a name anchor for a word written all in capitals (two letters or more): an acronym,
    /// which may be a common noun of the version's language (Belgian French "GSM", "SMS", "PC").
    var isAcronym = false
    /// Whether this number is a run of digit groups keyed by its digits ("02 536 02 11", "116 000") or a digit
    /// string that names rather than counts (``NumberValue/literal``): mostly a phone number, which versions
    /// write in their own format ("+32 9 265 14 80" / "09 265 14 80").
    var isRun = false
}

/// Finds the anchors of a segment from its tokens (``Tokenizer``): numbers and dates by value, URLs and
/// e-mail addresses (whole and by host or domain), names and acronyms, cognates, question and exclamation
/// marks, quotations.
///
/// - Numbers compare by value across locale formats because the tokenizer reads them by the locale's
///   conventions ("3,000" in en and "3.000" in nl-BE are both 3000). An ordinal written with a suffix
///   ("1er", "1st", "2de") counts as its number.
/// - A date gives its day, month and year as separate anchors, so that "16 to 20 October 2023" still
///   matches a version where only part of it was read as a date.
/// - A name is a word with a capital letter that is not the first word of the segment; a word of two or
///   more capitals (an acronym) counts anywhere. Handles and hashtags count as names.
/// - A clock time is the number of its hour on the 24-hour clock, with the minutes as decimals: "3 p.m.",
///   "15 uur", "15 heures", "15:00" are all 15; "11.40 p.m.", "23.40 uur", "23 h 40", "23h40" all 23.4.
/// - A number written as a word ("elf", "quatorze"; ``SpelledNumbers``) counts as its number.
/// - A month named without a day ("in June", "juni", "juin"; ``MonthNames``) counts as a date's month.
/// - A weekday ("Monday", "maandag", "maandagavond", "lundi"; ``WeekdayNames``) is one name anchor in every
///   language (weighed as a name, as the capitalised English word was).
/// - A cognate is the first four letters, case and diacritics folded, of a word of four letters or more
///   (Simard, Foster & Isabelle 1992, "Using cognates to align sentences in bilingual corpora", TMI-92).
/// - The number that opens a numbered heading or list item ("2. Namur") is its place in the list, not a
///   quantity: it is no anchor (``isEnumerator(_:_:)``).
struct AnchorExtractor: Sendable {
    var locale: LanguageTag
    private let tokenizer: Tokenizer

    /// The locale's numbers written as words (``SpelledNumbers``), folded, with their values.
    private let spelledNumbers: [String: Int]
    /// The locale's month names (``MonthNames``).
    private let monthNames: MonthNames.Table
    /// The locale's weekday names (``WeekdayNames``).
    private let weekdayNames: WeekdayNames.Table

    init(locale: LanguageTag) {
        self.locale = locale
        tokenizer = Tokenizer(locale: locale)
        spelledNumbers = SpelledNumbers.words(for: locale)
        monthNames = MonthNames.table(for: locale)
        weekdayNames = WeekdayNames.table(for: locale)
    }

    /// The number of letters of a cognate key.
    static let cognatePrefix = 4

    /// The anchors of `text`, in order of appearance.
    func anchors(in text: String) -> [RawAnchor] {
        var out: [RawAnchor] = []
        var wordIndex = 0
        var quoteMarks = 0
        let tokens = tokenizer.tokens(text)
        let utf16 = Array(text.utf16)
        let idioms = Self.repeatedNumberIdioms(tokens)
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token.kind {
            case .number:
                // The number of a numbered heading or list item is its place in the list, which a translator
                // renumbers when reordering or leaving out items: evidence neither for nor against a bead.
                if index == 1, Self.isEnumerator(tokens, utf16) {
                    index += 1
                    continue
                }
                if let (key, used) = Self.clockTime(tokens, at: index - 1, utf16) {
                    out.append(RawAnchor(kind: .number, key: key, isForgiven: idioms.contains(index - 1)))
                    index += used
                    wordIndex += used
                    continue
                }
                // Numbers separated only by spaces form one run ("02 536 02 11", "116 000"): locales group
                // digits differently, so a run of several numbers compares by its digits.
                // Only groups of digits join: a year before a decimal or a grouped number ("in 2022 1,5 miljoen",
                // "tegen 2030 1.500 woningen") is two numbers, which the other version writes apart.
                var run = [token]
                while index < tokens.count, tokens[index].kind == .number, Self.isDigitGroup(run.last!), Self.isDigitGroup(tokens[index]),
                      utf16[run.last!.end..<tokens[index].start].allSatisfy(Self.isSpace) {
                    run.append(tokens[index])
                    index += 1
                }
                if run.count == 1 {
                    // A digit string that names rather than counts (a telephone number, a code with a leading
                    // zero; ``NumberValue/literal``) is written in each version's own format.
                    var literal = false
                    if case .number(let number)? = token.value { literal = number.literal != nil }
                    out.append(RawAnchor(kind: .number, key: token.key, isForgiven: idioms.contains(index - 1), isRun: literal))
                } else {
                    let digits = run.map { $0.text.filter(\.isNumber) }.joined().drop { $0 == "0" }
                    out.append(RawAnchor(kind: .number, key: digits.isEmpty ? "0" : String(digits), isRun: true))
                }
            case .date:
                if case .date(let date)? = token.value {
                    if let day = date.day { out.append(RawAnchor(kind: .number, key: String(day))) }
                    out.append(RawAnchor(kind: .date, key: "month:\(date.month)"))
                    if let year = date.year { out.append(RawAnchor(kind: .number, key: String(year))) }
                } else {
                    out.append(RawAnchor(kind: .date, key: token.key))
                }
            case .url:
                out.append(RawAnchor(kind: .url, key: Self.normalisedURL(token.text)))
                if let host = Self.host(ofURL: token.text) { out.append(RawAnchor(kind: .host, key: host)) }
            case .email:
                let address = token.text.lowercased()
                out.append(RawAnchor(kind: .email, key: address))
                if let at = address.lastIndex(of: "@") { out.append(RawAnchor(kind: .domain, key: String(address[address.index(after: at)...]))) }
            case .handle, .hashtag:
                out.append(RawAnchor(kind: .name, key: TextKey.fold(token.text)))
            case .word:
                defer { wordIndex += 1 }
                // An elided article or pronoun glued to a road, line or model code ("l’E40", "d'A12",
                // "qu’E411"): the tokenizer splits an elision only before two letters, so the code is the
                // anchor here, and the elided word counts as the word before it (fifteenth trial, finding 10).
                var word = token.text
                if let cut = Self.elidedPrefixLength(word) {
                    word = String(word.dropFirst(cut))
                    wordIndex += 1
                }
                if let ordinal = Self.ordinal(word) {
                    out.append(RawAnchor(kind: .number, key: ordinal))
                    continue
                }
                if let clock = Self.clockWord(word) {
                    out.append(RawAnchor(kind: .number, key: clock))
                    continue
                }
                // A month named without a day ("in June", "begin oktober"): the tokenizer makes a date only
                // of a day and a month, so the month alone is keyed here as a date's month is. Not a name.
                if let month = monthNames.month(of: word) {
                    out.append(RawAnchor(kind: .date, key: "month:\(month)"))
                    continue
                }
                // A weekday ("on Monday", "maandag", "maandagavond", "lundi"): one key in every language. Weighed
                // as a name, which English's capitalised "Monday" was: news names the same weekday in several
                // sentences, so it is weaker evidence than a month, and a version may leave it out.
                if let day = weekdayNames.day(of: word) {
                    out.append(RawAnchor(kind: .name, key: "weekday:\(day)"))
                    continue
                }
                let letters = word.filter(\.isLetter)
                guard !letters.isEmpty else { continue }
                let folded = TextKey.fold(word)
                let isAcronym = letters.count >= 2 && letters.allSatisfy(\.isUppercase)
                // A capital with digits ("E40", "A12", "R0") is a code wherever it stands, as an acronym is.
                let isCode = letters.first!.isUppercase && word.contains(where: \.isNumber)
                if isAcronym || isCode || (wordIndex > 0 && letters.first!.isUppercase) {
                    out.append(RawAnchor(kind: .name, key: folded, isAcronym: isAcronym))
                }
                if let value = spelledNumbers[folded] {
                    out.append(RawAnchor(kind: .number, key: String(value), isForgiven: true))
                    continue
                }
                let foldedLetters = folded.filter(\.isLetter)
                if foldedLetters.count >= Self.cognatePrefix {
                    out.append(RawAnchor(kind: .cognate, key: String(foldedLetters.prefix(Self.cognatePrefix))))
                }
            case .punctuation:
                switch token.text {
                case "?": out.append(RawAnchor(kind: .question, key: "?"))
                case "!": out.append(RawAnchor(kind: .exclamation, key: "!"))
                case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}": quoteMarks += 1
                default: break
                }
            case .time:
                // A time of day is one token ("17.45 uur", "5.45 p.m.", "17 h 45"): keyed as the clock times
                // read from several tokens below are, so every way of writing it gives the same anchor.
                wordIndex += 1
                if case .time(let time)? = token.value {
                    out.append(RawAnchor(kind: .number, key: Self.clockKey(hour: time.hour, minute: time.minute),
                                         isForgiven: idioms.contains(index - 1)))
                }
            case .symbol, .emoji:
                break
            }
        }
        // One quotation per pair of quotation marks (an odd one left over counts as one).
        for _ in 0..<((quoteMarks + 1) / 2) { out.append(RawAnchor(kind: .quotation, key: "\"")) }
        return out
    }

    /// Whether a number token is a plain group of ASCII digits ("02", "536", "116"), which may be one group of
    /// a longer number written with spaces; a decimal or a number with separators ("1,5", "1.500") is whole.
    private static func isDigitGroup(_ token: Token) -> Bool {
        !token.text.isEmpty && token.text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Whether a UTF-16 code unit is a space of any width (including no-break spaces).
    private static func isSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0xA0 || unit == 0x202F || unit == 0x2009 || unit == 0x2007 || unit == 0x09
    }

    /// A URL without its trailing slash, with its scheme and host lower-cased.
    static func normalisedURL(_ url: String) -> String {
        var text = url
        while text.hasSuffix("/") { text.removeLast() }
        guard let host = host(ofURL: text) else { return text.lowercased() }
        let path = text.range(of: "/", options: [], range: schemeEnd(text)..<text.endIndex).map { String(text[$0.lowerBound...]) } ?? ""
        return host + path
    }

    /// The host of a URL, lower-cased, without `www.`.
    static func host(ofURL url: String) -> String? {
        let rest = url[schemeEnd(url)...]
        guard let host = rest.split(whereSeparator: { $0 == "/" || $0 == "?" || $0 == "#" }).first, !host.isEmpty else { return nil }
        var h = host.lowercased()
        if h.hasPrefix("www.") { h.removeFirst(4) }
        return h
    }

    private static func schemeEnd(_ url: String) -> String.Index {
        url.range(of: "://").map(\.upperBound) ?? url.startIndex
    }

    /// The key of a clock time: the hour on the 24-hour clock, and the minutes as its two decimals when
    /// there are any ("23.4" for 23:40, "15" for 15:00), which is how the tokenizer keys "23.40" in
    /// "23.40 uur", so that every way of writing the time gives the same number anchor.
    static func clockKey(hour: Int, minute: Int) -> String {
        guard minute != 0 else { return String(hour) }
        var text = String(hour) + "." + (minute < 10 ? "0" : "") + String(minute)
        if text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// Reads "h", "h.mm" or "h:mm" as hour and minutes, when both are a valid time of day.
    private static func hourAndMinute(_ text: Substring) -> (Int, Int)? {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == ":" })
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts[0].count <= 2, let hour = Int(parts[0]) else { return nil }
        var minute = 0
        if parts.count == 2 {
            guard parts[1].count == 2, let m = Int(parts[1]) else { return nil }
            minute = m
        }
        guard hour <= 24, minute <= 59 else { return nil }
        return (hour, minute)
    }

    /// The hour on the 24-hour clock of a 12-hour clock time ("3" with "p.m." is 15; 12 a.m. is 0).
    private static func twentyFourHour(_ hour: Int, pm: Bool) -> Int? {
        guard (1...12).contains(hour) else { return nil }
        return pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour)
    }

    /// The words that mark the 12-hour clock after a number, folded and without their final period
    /// ("3 p.m.", "11.40 am"), with whether they mean the afternoon.
    static let twelveHourMarkers: [String: Bool] = ["a.m": false, "am": false, "p.m": true, "pm": true]

    /// A clock time written with several tokens starting at the number token `start`, as its key
    /// (``clockKey(hour:minute:)``) and the number of tokens after `start` it takes:
    /// - a 12-hour clock time: "3 p.m.", "11.40 p.m.", "1.15 am" (the number, then `a.m.` or `p.m.`);
    /// - hours and minutes with a colon: "15:30";
    /// - hours, the hour sign and minutes, as French writes them: "1 h 15", "18 h 30".
    /// "15 uur", "23.40 uur", "15 heures" need nothing: their number is already the hour on the 24-hour
    /// clock, and "23.40" is read as 23.4.
    static func clockTime(_ tokens: [Token], at start: Int, _ utf16: [UInt16]) -> (String, Int)? {
        let first = tokens[start]
        func next(_ k: Int, joined: Bool) -> Token? {
            let index = start + k
            guard index < tokens.count else { return nil }
            let gap = utf16[tokens[index - 1].end..<tokens[index].start]
            guard joined ? gap.isEmpty : gap.allSatisfy(isSpace) else { return nil }
            return tokens[index]
        }
        if let marker = next(1, joined: false), marker.kind == .word,
           let pm = twelveHourMarkers[TextKey.fold(marker.text)],
           let (hour, minute) = hourAndMinute(first.text[...]), let h = twentyFourHour(hour, pm: pm) {
            return (clockKey(hour: h, minute: minute), 1)
        }
        if let colon = next(1, joined: true), colon.text == ":", let minutes = next(2, joined: true),
           minutes.text.count == 2, let (hour, minute) = hourAndMinute((first.text + ":" + minutes.text)[...]) {
            return (clockKey(hour: hour, minute: minute), 2)
        }
        if let sign = next(1, joined: false), sign.kind == .word, sign.text.lowercased() == "h",
           let minutes = next(2, joined: false), minutes.kind == .number, minutes.text.count == 2,
           let (hour, minute) = hourAndMinute((first.text + ":" + minutes.text)[...]) {
            return (clockKey(hour: hour, minute: minute), 2)
        }
        return nil
    }

    /// A clock time written as one word, "18h30", "15u30", "18h", "6pm", "11am", as its key; else nil.
    static func clockWord(_ word: String) -> String? {
        let lower = word.lowercased()
        let digits = lower.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count), let hour = Int(digits) else { return nil }
        let rest = lower.dropFirst(digits.count)
        for (marker, pm) in twelveHourMarkers where rest == marker || rest == marker + "." {
            return twentyFourHour(hour, pm: pm).map { clockKey(hour: $0, minute: 0) }
        }
        guard let sign = rest.first, sign == "h" || sign == "u" else { return nil }
        let minutes = rest.dropFirst()
        guard minutes.isEmpty || (minutes.count == 2 && minutes.allSatisfy { $0.isASCII && $0.isNumber }) else { return nil }
        guard let (h, m) = hourAndMinute(minutes.isEmpty ? digits : (digits + ":" + minutes)[...]) else { return nil }
        return clockKey(hour: h, minute: m)
    }

    /// The token indices of the two numbers of a repetition idiom: the same number twice with one or two
    /// words between them and nothing else ("24 heures sur 24", "7 jours sur 7", "24 uur op 24", "7 dagen op
    /// 7"). Such a phrase means "always", and translations say it in words ("around the clock", "dag en
    /// nacht", "every day"), so its numbers cost nothing when they have no partner (``RawAnchor/isForgiven``),
    /// as a number written as a word does; matched, they still count. Counted as two numbers without partner,
    /// "La ligne d'aide répond 24 heures sur 24." lost its English partner "The helpline answers around the
    /// clock." to the sentence after it, a sentence fr-BE added, at 0.85 (blind set 14,
    /// `first-smartphone-parent-steps`). Two different numbers ("3 sur 10", "one in four") are a proportion
    /// that translations keep, and are not taken.
    /// - Complexity: O(tokens).
    static func repeatedNumberIdioms(_ tokens: [Token]) -> Set<Int> {
        func digits(_ token: Token) -> Substring? {
            guard token.kind == .number || token.kind == .time else { return nil }
            let d = token.text.prefix { $0.isASCII && $0.isNumber }
            return d.isEmpty || d.count < token.text.filter(\.isNumber).count ? nil : d
        }
        var out: Set<Int> = []
        for a in tokens.indices {
            guard let first = digits(tokens[a]) else { continue }
            var b = a + 1
            while b < tokens.count, b - a <= 3, tokens[b].kind == .word { b += 1 }
            guard b < tokens.count, (2...3).contains(b - a), digits(tokens[b]) == first else { continue }
            out.insert(a)
            out.insert(b)
        }
        return out
    }

    /// Whether the segment opens with the number of a numbered heading or list item: its first token is a
    /// number of at most three digits, followed at once by "." or ")" and then by a space and more text
    /// ("2. Namur", "3) Back up your photos"). That number is the item's place in its list, not a quantity:
    /// a translation that reorders the items or leaves one out renumbers them.
    static func isEnumerator(_ tokens: [Token], _ utf16: [UInt16]) -> Bool {
        guard tokens.count >= 3, tokens[0].kind == .number, tokens[0].start == 0 || utf16[..<tokens[0].start].allSatisfy(isSpace),
              tokens[0].text.count <= 3, tokens[0].text.allSatisfy({ $0.isASCII && $0.isNumber }),
              tokens[1].kind == .punctuation, tokens[1].text == "." || tokens[1].text == ")",
              tokens[1].start == tokens[0].end, tokens[2].start > tokens[1].end,
              utf16[tokens[1].end..<tokens[2].start].allSatisfy(isSpace) else { return false }
        return true
    }

    /// The length in Characters of an elided word and its apostrophe (straight or typographic) before a
    /// code that opens with a letter and goes on with a digit ("l’E40", "d'A12", "qu’E411", "jusqu’R0"), or
    /// nil: one letter, or letters ending in "qu", then the apostrophe.
    static func elidedPrefixLength(_ word: String) -> Int? {
        guard let apostrophe = word.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" || $0 == "\u{02BC}" }),
              apostrophe > word.startIndex else { return nil }
        let prefix = word[..<apostrophe]
        guard prefix.allSatisfy(\.isLetter), prefix.count == 1 || prefix.lowercased().hasSuffix("qu") else { return nil }
        let rest = word[word.index(after: apostrophe)...]
        guard rest.count >= 2, rest.first!.isLetter, rest.dropFirst().first!.isNumber else { return nil }
        return prefix.count + 1
    }

    /// The number of an ordinal written with digits and a suffix ("1er", "2e", "3rd", "21ste"), else nil.
    static func ordinal(_ word: String) -> String? {
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count < word.count else { return nil }
        let suffix = word.dropFirst(digits.count).lowercased()
        let suffixes: Set<String> = ["st", "nd", "rd", "th", "e", "er", "re", "ère", "ème", "de", "ste", "me"]
        guard suffixes.contains(suffix), let value = Int(digits) else { return nil }
        return String(value)
    }
}

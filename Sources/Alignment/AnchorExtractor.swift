import TaalgrensCore
import Tokenization

/// An anchor found in one segment, before it is compared with the other side: its kind and its key.
struct RawAnchor: Hashable, Sendable {
    var kind: AnchorKind
    /// The comparison key; equal keys (within a kind) mean equal anchors.
    var key: String
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
/// - A cognate is the first four letters, case and diacritics folded, of a word of four letters or more
///   (Simard, Foster & Isabelle 1992, "Using cognates to align sentences in bilingual corpora", TMI-92).
struct AnchorExtractor: Sendable {
    var locale: LanguageTag
    private let tokenizer: Tokenizer

    init(locale: LanguageTag) {
        self.locale = locale
        tokenizer = Tokenizer(locale: locale)
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
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token.kind {
            case .number:
                // Numbers separated only by spaces form one run ("02 536 02 11", "116 000"): locales group
                // digits differently, so a run of several numbers compares by its digits.
                var run = [token]
                while index < tokens.count, tokens[index].kind == .number,
                      utf16[run.last!.end..<tokens[index].start].allSatisfy(Self.isSpace) {
                    run.append(tokens[index])
                    index += 1
                }
                if run.count == 1 {
                    out.append(RawAnchor(kind: .number, key: token.key))
                } else {
                    let digits = run.map { $0.text.filter(\.isNumber) }.joined().drop { $0 == "0" }
                    out.append(RawAnchor(kind: .number, key: digits.isEmpty ? "0" : String(digits)))
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
                if let ordinal = Self.ordinal(token.text) {
                    out.append(RawAnchor(kind: .number, key: ordinal))
                    continue
                }
                let letters = token.text.filter(\.isLetter)
                guard !letters.isEmpty else { continue }
                let folded = TextKey.fold(token.text)
                let isAcronym = letters.count >= 2 && letters.allSatisfy(\.isUppercase)
                if isAcronym || (wordIndex > 0 && letters.first!.isUppercase) {
                    out.append(RawAnchor(kind: .name, key: folded))
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
            case .symbol:
                break
            }
        }
        // One quotation per pair of quotation marks (an odd one left over counts as one).
        for _ in 0..<((quoteMarks + 1) / 2) { out.append(RawAnchor(kind: .quotation, key: "\"")) }
        return out
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

import CICU

/// Swift access to the system's ICU (libicu 72) through the `CICU` bridge.
///
/// All offsets are UTF-16 code unit offsets into the string passed in. Every function is a thin,
/// allocation-conscious wrapper: it converts the string to UTF-16 once, calls ICU, and converts back.
/// Break iterators (sentence and word boundaries) are opened once per thread and locale and reused;
/// every function is safe to call from any thread.
public enum ICU {
    /// The ICU version the bridge is linked against, for example "72.1".
    public static var version: String { String(cString: cicu_version()) }

    /// An ICU failure, with ICU's error name (for example `U_ILLEGAL_ARGUMENT_ERROR`).
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// What was being attempted.
        public let operation: String
        /// ICU's name for the error code.
        public let code: String
        /// The operation and ICU's error name, for a message.
        public var description: String { "ICU \(operation) failed: \(code)" }
    }

    /// The kinds of word a word boundary closes (ICU's rule status classes).
    public enum WordKind: Int32, Sendable {
        /// Spaces and punctuation.
        case none = 0
        case number = 1
        case letter = 2
        case kana = 3
        case ideographic = 4
    }

    /// Sentence boundaries of `text` by ICU's rules for `locale`.
    ///
    /// - Parameters:
    ///   - text: the text to analyse.
    ///   - locale: an ICU locale id such as `"nl"` or `"fr@ss=standard"` (the latter turns on ICU's
    ///     sentence-break suppressions for abbreviations, where ICU has data for the language).
    /// - Returns: every boundary after offset 0, in UTF-16 code units, ending with `text.utf16.count`.
    /// - Complexity: O(n) in the length of the text.
    /// - Throws: ``Failure`` when ICU cannot open an iterator for the locale.
    public static func sentenceBoundaries(in text: String, locale: String) throws -> [Int] {
        try boundaries(kind: CICU_BREAK_SENTENCE, text: Array(text.utf16), locale: locale).map(\.offset)
    }

    /// Sentence boundaries of UTF-16 `units` (see ``sentenceBoundaries(in:locale:)``), avoiding a
    /// conversion when the caller already holds UTF-16.
    public static func sentenceBoundaries(utf16 units: [UInt16], locale: String) throws -> [Int] {
        try boundaries(kind: CICU_BREAK_SENTENCE, text: units, locale: locale).map(\.offset)
    }

    /// Word boundaries of `text` by ICU's rules for `locale`, each with the kind of the word that ends there.
    ///
    /// - Parameters:
    ///   - text: the text to analyse.
    ///   - locale: an ICU locale id such as `"nl_BE"`.
    ///   - reusingIterator: `true` (the default) reuses the calling thread's break iterator for `locale`
    ///     (see ``wordBoundaryOffsets(utf16:locale:)``); `false` opens one for this call only, as the
    ///     reference the reuse is tested against. Both give the same boundaries.
    /// - Returns: pairs of (UTF-16 end offset, kind of the token that ends at it); tokens run from the
    ///   previous boundary (or 0) to this one.
    /// - Complexity: O(n).
    /// - Throws: ``Failure`` when ICU cannot open an iterator for the locale.
    public static func wordBoundaries(in text: String, locale: String, reusingIterator: Bool = true) throws -> [(offset: Int, kind: WordKind)] {
        try boundaries(kind: CICU_BREAK_WORD, text: Array(text.utf16), locale: locale, cached: reusingIterator).map {
            ($0.offset, WordKind(rawValue: $0.status) ?? .none)
        }
    }

    /// Word boundaries of UTF-16 `units` by ICU's rules for `locale` (UAX #29 with the locale's
    /// tailoring), offsets only: what ``wordBoundaries(in:locale:reusingIterator:)`` returns without the
    /// kinds, and without converting a `String`.
    ///
    /// ICU's break iterator for `locale` is opened once per thread and reused for every call on that
    /// thread (opening one loads and instantiates the locale's rules, which costs more than breaking a
    /// sentence): an iterator is never shared between threads, so this is safe to call from any thread.
    /// - Parameters:
    ///   - units: the text, as UTF-16 code units.
    ///   - locale: an ICU locale id such as `"nl_BE"`.
    /// - Returns: every boundary after offset 0, in UTF-16 code units, ending with `units.count`.
    /// - Complexity: O(n).
    /// - Throws: ``Failure`` when ICU cannot open an iterator for the locale.
    public static func wordBoundaryOffsets(utf16 units: [UInt16], locale: String) throws -> [Int] {
        if units.isEmpty { return [] }
        var capacity = units.count / 3 + 8
        while true {
            var result: [Int] = []
            var needed: Int32 = 0
            let offsets = [Int32](unsafeUninitializedCapacity: capacity) { buffer, initialized in
                needed = units.withUnsafeBufferPointer { text in
                    cicu_boundaries(CICU_BREAK_WORD, locale, text.baseAddress, Int32(text.count), buffer.baseAddress, nil, Int32(capacity))
                }
                initialized = needed >= 0 ? min(Int(needed), capacity) : 0
            }
            if needed < 0 { throw Failure(operation: "break iteration for \(locale)", code: String(cString: cicu_error_name(-needed))) }
            if Int(needed) <= capacity {
                result.reserveCapacity(offsets.count)
                for o in offsets { result.append(Int(o)) }
                return result
            }
            capacity = Int(needed)
        }
    }

    private static func boundaries(kind: cicu_break_kind, text: [UInt16], locale: String, cached: Bool = true) throws -> [(offset: Int, status: Int32)] {
        if text.isEmpty { return [] }
        var capacity = Int32(text.count / 4 + 8)
        while true {
            var offsets = [Int32](repeating: 0, count: Int(capacity))
            var statuses = [Int32](repeating: 0, count: Int(capacity))
            let n = text.withUnsafeBufferPointer { buffer in
                cached ? cicu_boundaries(kind, locale, buffer.baseAddress, Int32(buffer.count), &offsets, &statuses, capacity)
                    : cicu_boundaries_uncached(kind, locale, buffer.baseAddress, Int32(buffer.count), &offsets, &statuses, capacity)
            }
            if n < 0 { throw Failure(operation: "break iteration for \(locale)", code: String(cString: cicu_error_name(-n))) }
            if n <= capacity {
                return (0..<Int(n)).map { (Int(offsets[$0]), statuses[$0]) }
            }
            capacity = n
        }
    }

    /// Unicode normalization forms (UAX #15), plus NFKC_Casefold.
    public enum NormalizationForm: Sendable {
        case nfc, nfd, nfkc, nfkd, nfkcCasefold
        var raw: cicu_norm_form {
            switch self {
            case .nfc: CICU_NFC
            case .nfd: CICU_NFD
            case .nfkc: CICU_NFKC
            case .nfkd: CICU_NFKD
            case .nfkcCasefold: CICU_NFKC_CASEFOLD
            }
        }
    }

    /// Normalizes `text` to `form` (Unicode Standard Annex #15).
    /// - Complexity: O(n).
    public static func normalize(_ text: String, _ form: NormalizationForm) -> String {
        transform(text) { input, count, out, capacity in cicu_normalize(form.raw, input, count, out, capacity) } ?? text
    }

    /// Full default Unicode case folding (Unicode Standard, section 5.18): "Straße" → "strasse".
    /// - Complexity: O(n).
    public static func foldCase(_ text: String) -> String {
        transform(text) { input, count, out, capacity in cicu_fold_case(input, count, out, capacity) } ?? text
    }

    /// Lower-cases `text` by the rules of the ICU locale id `locale`.
    public static func lowercased(_ text: String, locale: String) -> String {
        transform(text) { input, count, out, capacity in cicu_to_lower(locale, input, count, out, capacity) } ?? text
    }

    /// Upper-cases `text` by the rules of the ICU locale id `locale`.
    public static func uppercased(_ text: String, locale: String) -> String {
        transform(text) { input, count, out, capacity in cicu_to_upper(locale, input, count, out, capacity) } ?? text
    }

    /// Applies an ICU transform, for example `"Latin-ASCII"` or `"NFD; [:Nonspacing Mark:] Remove; NFC"`.
    /// - Throws: ``Failure`` for an unknown or malformed transform id.
    public static func transliterate(_ text: String, transform id: String) throws -> String {
        var failure: Int32 = 0
        let result = transform(text) { input, count, out, capacity in
            let n = cicu_transliterate(id, input, count, out, capacity)
            if n < 0 { failure = -n }
            return n
        }
        if failure != 0 { throw Failure(operation: "transform \(id)", code: String(cString: cicu_error_name(failure))) }
        return result ?? text
    }

    private static func transform(_ text: String,
                                  _ body: (UnsafePointer<UInt16>?, Int32, UnsafeMutablePointer<UInt16>?, Int32) -> Int32) -> String? {
        let input = Array(text.utf16)
        if input.isEmpty { return "" }
        var capacity = Int32(input.count + input.count / 2 + 8)
        while true {
            var out = [UInt16](repeating: 0, count: Int(capacity))
            let n = input.withUnsafeBufferPointer { inBuffer in
                out.withUnsafeMutableBufferPointer { outBuffer in
                    body(inBuffer.baseAddress, Int32(inBuffer.count), outBuffer.baseAddress, capacity)
                }
            }
            if n < 0 { return nil }
            if n <= capacity { return String(decoding: out[0..<Int(n)], as: UTF16.self) }
            capacity = n
        }
    }
}

extension ICU {
    /// A Unicode binary character property that ``hasProperty(_:_:)`` answers, from Unicode Technical
    /// Standard #51 (Unicode Emoji), §1.4 and Annex A (the `emoji-data.txt` properties).
    public enum BinaryProperty: Sendable {
        /// `Extended_Pictographic`: pictographs, emoji and the code points reserved for future ones.
        case extendedPictographic
        /// `Emoji_Presentation`: characters shown as emoji by default.
        case emojiPresentation
        /// `Emoji_Modifier`: the five skin-tone modifiers U+1F3FB…U+1F3FF.
        case emojiModifier
        /// `Emoji_Component`: characters that appear inside emoji sequences (ZWJ, VS16, keycap, tags, …).
        case emojiComponent
        /// `Regional_Indicator`: the 26 letters of which two make a flag.
        case regionalIndicator

        var raw: cicu_binary_property {
            switch self {
            case .extendedPictographic: CICU_EXTENDED_PICTOGRAPHIC
            case .emojiPresentation: CICU_EMOJI_PRESENTATION
            case .emojiModifier: CICU_EMOJI_MODIFIER
            case .emojiComponent: CICU_EMOJI_COMPONENT
            case .regionalIndicator: CICU_REGIONAL_INDICATOR
            }
        }
    }

    /// Whether `scalar` has the binary property `property`, by the system ICU's data (`u_hasBinaryProperty`).
    /// - Complexity: O(1) (a trie lookup).
    public static func hasProperty(_ scalar: Unicode.Scalar, _ property: BinaryProperty) -> Bool {
        cicu_has_binary_property(Int32(bitPattern: scalar.value), property.raw) != 0
    }
}

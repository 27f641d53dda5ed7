/// Word boundaries of Latin text computed in Swift: the boundaries ICU's word break iterator (libicu 72,
/// UAX #29, "Unicode Text Segmentation", rules WB1–WB999, with ICU's root rules) finds in a text made
/// only of the scalars this type knows, without the trip through ICU.
///
/// **Which texts.** Every scalar must be one of U+0000–U+00FF other than U+00AD (SOFT HYPHEN, of class
/// Format, which rule WB4 makes transparent), or one of a few punctuation marks of news text:
/// U+2013, U+2014 (dashes), U+2018, U+2019 (single quotation marks, MidNumLet), U+201C, U+201D, U+201E
/// (double quotation marks), U+2022 (bullet), U+2026 (ellipsis), U+20AC (euro sign). Any other scalar
/// makes ``boundaries(of:into:)`` answer `false`, and the caller asks ICU.
///
/// **Which locales.** ICU's root word rules, which ICU uses for English, Dutch and French (ICU has word
/// tailorings for Finnish and Swedish, where the colon joins letters, and for the POSIX locale): use it
/// only where ``appliesTo(icuLocale:)`` says so.
///
/// **The classes** (UAX #29, table 3, `Word_Break` property of Unicode 15, as ICU 72 reads it): CR, LF,
/// Newline (U+000B, U+000C, U+0085), WSegSpace (U+0020), ALetter (ASCII and Latin-1 letters, the
/// ordinal indicators U+00AA and U+00BA, MICRO SIGN U+00B5, and "@": ICU 72 adds U+0040 to ALetter so that
/// e-mail addresses stay whole, CLDR-15767), Numeric (0–9), MidLetter (U+00B7 MIDDLE DOT; ICU's root rules
/// take the colon out of MidLetter), MidNumLet (full stop, U+2018, U+2019) and Single_Quote (U+0027),
/// which rules WB6–WB12 treat alike (MidNumLetQ; they differ only for Hebrew letters), MidNum (comma,
/// semicolon), ExtendNumLet (low line "_"), and Other for the rest (the double quotation mark
/// U+0022 is Double_Quote, which matters only after Hebrew letters: Other here).
///
/// The equality with ICU is tested on every pair of known scalars, on generated texts, and on every
/// line of the repository's fixtures and examples (`TranslationMemoryTests`, "Latin word breaks").
public enum LatinWordBreaks {
    /// Word-break classes (UAX #29, table 3).
    enum Class: UInt8, Sendable {
        case other, cr, lf, newline, wSegSpace, aLetter, numeric, midLetter, midNumLetQ, midNum, extendNumLet
        /// Not handled here: the caller asks ICU.
        case unknown
    }

    /// The class of every scalar below U+0100.
    static let latin1: [Class] = (0..<256).map { v -> Class in
        switch v {
        case 0x0D: return .cr
        case 0x0A: return .lf
        case 0x0B, 0x0C, 0x85: return .newline
        case 0x20: return .wSegSpace
        case 0x30...0x39: return .numeric
        case 0x40, 0x41...0x5A, 0x61...0x7A, 0xAA, 0xB5, 0xBA, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0xFF: return .aLetter
        case 0xB7: return .midLetter
        case 0x27, 0x2E: return .midNumLetQ
        case 0x2C, 0x3B: return .midNum
        case 0x5F: return .extendNumLet
        case 0xAD: return .unknown
        default: return .other
        }
    }

    /// The class of `v` (a scalar value), with ``latin1`` as `table`.
    @inline(__always) static func wordClass(_ v: UInt32, _ table: UnsafeBufferPointer<Class>) -> Class {
        if v < 0x100 { return table[Int(v)] }
        switch v {
        case 0x2018, 0x2019: return .midNumLetQ
        case 0x2013, 0x2014, 0x201C, 0x201D, 0x201E, 0x2022, 0x2026, 0x20AC: return .other
        default: return .unknown
        }
    }

    /// What decides a boundary between two classes (``pairRules``): always, never, or the class of the
    /// scalar before the pair or after it.
    enum PairRule: UInt8, Sendable {
        case breaks, joins
        /// WB6: joins when the scalar after the pair is ALetter.
        case joinsBeforeLetter
        /// WB7: joins when the scalar before the pair is ALetter.
        case joinsAfterLetter
        /// WB12: joins when the scalar after the pair is Numeric.
        case joinsBeforeDigit
        /// WB11: joins when the scalar before the pair is Numeric.
        case joinsAfterDigit
    }

    /// Number of classes, for indexing ``pairRules``.
    static let classCount = Int(Class.unknown.rawValue) + 1

    /// ``isBoundary(_:_:_:_:)`` as a table over (class before, class after), for the scan.
    static let pairRules: [PairRule] = {
        var table = [PairRule](repeating: .breaks, count: classCount * classCount)
        let all = (0..<classCount).map { Class(rawValue: UInt8($0))! }
        for a in all {
            for b in all {
                // Read the rule off isBoundary by varying the neighbours it may look at.
                let plain = isBoundary(.other, a, b, .other)
                let letterAfter = isBoundary(.other, a, b, .aLetter), digitAfter = isBoundary(.other, a, b, .numeric)
                let letterBefore = isBoundary(.aLetter, a, b, .other), digitBefore = isBoundary(.numeric, a, b, .other)
                let rule: PairRule = if !plain { .joins }
                    else if !letterAfter { .joinsBeforeLetter }
                    else if !letterBefore { .joinsAfterLetter }
                    else if !digitAfter { .joinsBeforeDigit }
                    else if !digitBefore { .joinsAfterDigit }
                    else { .breaks }
                table[Int(a.rawValue) * classCount + Int(b.rawValue)] = rule
            }
        }
        return table
    }()

    /// Whether ICU's word rules for `icuLocale` are its root rules, which ``boundaries(of:into:)``
    /// follows: English, Dutch and French (with any region), the languages whose equality with ICU the
    /// tests check.
    /// - Parameter icuLocale: an ICU locale id such as `"nl_BE"`.
    public static func appliesTo(icuLocale: String) -> Bool {
        let language = icuLocale.prefix { $0 != "_" && $0 != "-" && $0 != "@" }
        guard language == "en" || language == "nl" || language == "fr" else { return false }
        // Keywords ("@…") and the POSIX variant select other rules.
        return !icuLocale.contains("@") && !icuLocale.uppercased().contains("POSIX")
    }

    /// The word boundaries of `scalars`, as ICU's word break iterator gives them for a locale for which
    /// ``appliesTo(icuLocale:)`` holds: every boundary after offset 0, ending with `scalars.count`.
    /// Every known scalar is in the Basic Multilingual Plane, so these are UTF-16 offsets too.
    /// - Parameters:
    ///   - scalars: the text.
    ///   - boundaries: receives the boundaries (scalar indices); emptied first.
    /// - Returns: `false` (and `boundaries` unspecified) when a scalar is not one this type knows (see
    ///   the type's documentation): ask ICU then.
    /// - Complexity: O(n) in the number of scalars; no allocation beyond `boundaries`' growth.
    public static func boundaries(of scalars: [Unicode.Scalar], into boundaries: inout [Int]) -> Bool {
        boundaries.removeAll(keepingCapacity: true)
        let n = scalars.count
        if n == 0 { return true }
        return latin1.withUnsafeBufferPointer { table in
            pairRules.withUnsafeBufferPointer { rules in
                scalars.withUnsafeBufferPointer { s in
                    // Classes of the scalars before and after the candidate boundary, with one of look-behind
                    // and one of look-ahead (WB6, WB7, WB11, WB12).
                    var before2 = Class.other
                    var before = wordClass(s[0].value, table)
                    if before == .unknown { return false }
                    var here = n > 1 ? wordClass(s[1].value, table) : .other
                    for i in 1..<n {
                        if here == .unknown { return false }
                        let after: Class = i + 1 < n ? wordClass(s[i + 1].value, table) : .other
                        let breaks = switch rules[Int(before.rawValue) &* classCount &+ Int(here.rawValue)] {
                        case .breaks: true
                        case .joins: false
                        case .joinsBeforeLetter: after != .aLetter
                        case .joinsAfterLetter: before2 != .aLetter
                        case .joinsBeforeDigit: after != .numeric
                        case .joinsAfterDigit: before2 != .numeric
                        }
                        if breaks { boundaries.append(i) }
                        before2 = before
                        before = here
                        here = after
                    }
                    boundaries.append(n)
                    return true
                }
            }
        }
    }

    /// Whether UAX #29 breaks between a scalar of class `before` and one of class `here`, given the class
    /// of the scalar before `before` (`before2`, `.other` at the start) and after `here` (`after`, `.other`
    /// at the end). None of the known classes is Extend, Format or ZWJ, so rule WB4 never applies.
    @inline(__always) static func isBoundary(_ before2: Class, _ before: Class, _ here: Class, _ after: Class) -> Bool {
        switch (before, here) {
        case (.cr, .lf): return false                                               // WB3
        case (.cr, _), (.lf, _), (.newline, _), (_, .cr), (_, .lf), (_, .newline): return true // WB3a, WB3b
        case (.wSegSpace, .wSegSpace): return false                                 // WB3d
        case (.aLetter, .aLetter): return false                                     // WB5
        case (.aLetter, .midLetter), (.aLetter, .midNumLetQ): return after != .aLetter // WB6
        case (.midLetter, .aLetter), (.midNumLetQ, .aLetter): return before2 != .aLetter // WB7
        case (.numeric, .numeric), (.aLetter, .numeric), (.numeric, .aLetter): return false // WB8, WB9, WB10
        case (.midNum, .numeric), (.midNumLetQ, .numeric): return before2 != .numeric // WB11
        case (.numeric, .midNum), (.numeric, .midNumLetQ): return after != .numeric   // WB12
        case (.aLetter, .extendNumLet), (.numeric, .extendNumLet), (.extendNumLet, .extendNumLet): return false // WB13a
        case (.extendNumLet, .aLetter), (.extendNumLet, .numeric): return false     // WB13b
        default: return true                                                        // WB999
        }
    }
}

/// A set of Unicode code points, as an ICU regular expression writes one: a literal, a range, a
/// `[...]` set, `\p{Lu}`, `\s`, `\w`, `.`, possibly negated. Membership of ASCII code points is one
/// bit test; other code points are checked item by item.
///
/// The definitions follow ICU's regular expressions (ICU User Guide, "Regular Expressions", tables
/// "Regular Expression Metacharacters" and "Regular Expression Operators"):
/// - `\s` is Unicode `White_Space`;
/// - `\d` is general category `Nd`;
/// - `\w` is `[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\u200C\u200D]`;
/// - `.` is any code point except the line terminators U+000A–U+000D, U+0085, U+2028 and U+2029.
///
/// General categories and `Alphabetic` come from the Swift standard library's Unicode data, which may be
/// a newer Unicode version than the system ICU's: the two differ only on code points assigned since.
struct CodePointClass: Sendable {
    /// One member description of a class, as parsed.
    enum Item: Sendable {
        /// The closed range of code points `lower...upper`.
        case range(UInt32, UInt32)
        /// Every code point whose general category is in the mask (bits indexed by ``categoryIndex(of:)``).
        case categories(UInt32, negated: Bool)
        /// Unicode `White_Space` (`\s`), or its complement.
        case whiteSpace(negated: Bool)
        /// ICU's word characters (`\w`), or their complement.
        case word(negated: Bool)
        /// A nested set, with its own negation.
        case nested(CodePointClass)
    }

    let items: [Item]
    let negated: Bool
    // The items flattened for matching: a code point is in the union when it is in one of `ranges`,
    // its category is in `categories`, one of the flags holds, or it is in a nested negated set.
    private let asciiLow: UInt64
    private let asciiHigh: UInt64
    private let ranges: [UInt32]
    private let categories: UInt32
    private let flags: UInt8
    private let negatedSets: [CodePointClass]
    private static let whiteSpaceFlag: UInt8 = 1, notWhiteSpaceFlag: UInt8 = 2, wordFlag: UInt8 = 4, notWordFlag: UInt8 = 8

    init(items: [Item], negated: Bool = false) {
        self.items = items
        self.negated = negated
        var ranges: [UInt32] = [], categories: UInt32 = 0, flags: UInt8 = 0, negatedSets: [CodePointClass] = []
        func flatten(_ items: [Item]) {
            for item in items {
                switch item {
                case .range(let lower, let upper): ranges += [lower, upper]
                case .categories(let mask, let not): categories |= not ? ~mask & CodePointClass.allCategories : mask
                case .whiteSpace(let not): flags |= not ? CodePointClass.notWhiteSpaceFlag : CodePointClass.whiteSpaceFlag
                case .word(let not): flags |= not ? CodePointClass.notWordFlag : CodePointClass.wordFlag
                case .nested(let inner):
                    if inner.negated { negatedSets.append(inner) } else { flatten(inner.items) }
                }
            }
        }
        flatten(items)
        self.ranges = ranges
        self.categories = categories
        self.flags = flags
        self.negatedSets = negatedSets
        // The ASCII bitmap, item by item.
        var low: UInt64 = 0, high: UInt64 = 0
        func add(_ bits: (UInt64, UInt64)) { low |= bits.0; high |= bits.1 }
        var i = 0
        while i < ranges.count {
            if ranges[i] < 128 { add(CodePointClass.asciiBits(ranges[i]...min(ranges[i + 1], 127))) }
            i += 2
        }
        for (index, bits) in CodePointClass.asciiCategoryBits.enumerated() where categories >> UInt32(index) & 1 != 0 { add(bits) }
        let space = CodePointClass.asciiWhiteSpaceBits, word = CodePointClass.asciiWordBits
        if flags & CodePointClass.whiteSpaceFlag != 0 { add(space) }
        if flags & CodePointClass.notWhiteSpaceFlag != 0 { add((~space.0, ~space.1)) }
        if flags & CodePointClass.wordFlag != 0 { add(word) }
        if flags & CodePointClass.notWordFlag != 0 { add((~word.0, ~word.1)) }
        for set in negatedSets { add((set.asciiLow, set.asciiHigh)) }
        asciiLow = negated ? ~low : low
        asciiHigh = negated ? ~high : high
    }

    /// The ASCII bitmap of `range` (within 0...127).
    private static func asciiBits(_ range: ClosedRange<UInt32>) -> (UInt64, UInt64) {
        var low: UInt64 = 0, high: UInt64 = 0
        for c in range { if c < 64 { low |= 1 << UInt64(c) } else { high |= 1 << UInt64(c - 64) } }
        return (low, high)
    }

    private static func asciiBits(where predicate: (UInt32) -> Bool) -> (UInt64, UInt64) {
        var low: UInt64 = 0, high: UInt64 = 0
        for c in UInt32(0)..<128 where predicate(c) { if c < 64 { low |= 1 << UInt64(c) } else { high |= 1 << UInt64(c - 64) } }
        return (low, high)
    }

    /// Per general category (in mask order), the ASCII code points of that category.
    private static let asciiCategoryBits: [(UInt64, UInt64)] = (0..<UInt32(generalCategories.count)).map { index in
        asciiBits { categoryIndex(of: $0) == index }
    }
    private static let asciiWhiteSpaceBits = asciiBits(where: isWhiteSpace)
    private static let asciiWordBits = asciiBits(where: isWordCharacter)

    /// Whether `c` (a Unicode scalar value, or a lone surrogate code unit) is in the class.
    @inline(__always)
    func contains(_ c: UInt32) -> Bool {
        if c < 64 { return asciiLow >> UInt64(c) & 1 != 0 }
        if c < 128 { return asciiHigh >> UInt64(c - 64) & 1 != 0 }
        return CodePointClass.member(c, ranges, categories, flags, negatedSets) != negated
    }

    private static func member(_ c: UInt32, _ ranges: [UInt32], _ categories: UInt32, _ flags: UInt8,
                               _ negatedSets: [CodePointClass]) -> Bool {
        if categories != 0 && categories >> categoryIndex(of: c) & 1 != 0 { return true }
        var i = 0
        while i < ranges.count {
            if c >= ranges[i] && c <= ranges[i + 1] { return true }
            i += 2
        }
        if flags != 0 {
            if flags & (whiteSpaceFlag | notWhiteSpaceFlag) != 0 {
                let space = isWhiteSpace(c)
                if (space && flags & whiteSpaceFlag != 0) || (!space && flags & notWhiteSpaceFlag != 0) { return true }
            }
            if flags & (wordFlag | notWordFlag) != 0 {
                let word = isWordCharacter(c)
                if (word && flags & wordFlag != 0) || (!word && flags & notWordFlag != 0) { return true }
            }
        }
        for set in negatedSets where set.contains(c) { return true }
        return false
    }

    /// Every general category.
    static let allCategories: UInt32 = (1 << 30) - 1

    /// The explicit members when the class is a small set of literals and ranges (at most `limit`
    /// code points, none negated), else `nil`. Used to index alternations by their last characters.
    func members(limit: Int = 64) -> Set<UInt32>? {
        if negated { return nil }
        var out: Set<UInt32> = []
        for item in items {
            switch item {
            case .range(let lower, let upper):
                if Int(upper) - Int(lower) + 1 + out.count > limit { return nil }
                for c in lower...upper { out.insert(c) }
            case .whiteSpace(negated: false):
                out.formUnion(CodePointClass.whiteSpaceMembers)
                if out.count > limit { return nil }
            case .nested(let inner):
                guard let more = inner.members(limit: limit - out.count) else { return nil }
                out.formUnion(more)
                if out.count > limit { return nil }
            default:
                return nil
            }
        }
        return out
    }

    // MARK: - Common classes

    /// One code point.
    static func scalar(_ c: UInt32) -> CodePointClass { CodePointClass(items: [.range(c, c)]) }
    /// `\s`: Unicode White_Space.
    static let whiteSpace = CodePointClass(items: [.whiteSpace(negated: false)])
    /// `.`: anything but a line terminator.
    static let dot = CodePointClass(items: [.range(0x0A, 0x0D), .range(0x85, 0x85), .range(0x2028, 0x2029)], negated: true)
    /// The union of `classes`.
    static func union(_ classes: [CodePointClass]) -> CodePointClass {
        classes.count == 1 ? classes[0] : CodePointClass(items: classes.map { .nested($0) })
    }

    // MARK: - Unicode properties

    /// Unicode White_Space (all in the Basic Multilingual Plane).
    static func isWhiteSpace(_ c: UInt32) -> Bool {
        switch c {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    static let whiteSpaceMembers: Set<UInt32> = Set((0...0x3000).filter { isWhiteSpace(UInt32($0)) }.map { UInt32($0) })

    /// ICU's `\w`: Alphabetic, marks, decimal digits, connector punctuation, ZWNJ and ZWJ.
    static func isWordCharacter(_ c: UInt32) -> Bool {
        if c < 128 {
            return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F
        }
        if c == 0x200C || c == 0x200D { return true }
        let category = categoryIndex(of: c)
        if (1 << category) & (categoryMask("M")! | categoryMask("Nd")! | categoryMask("Pc")!) != 0 { return true }
        guard let scalar = Unicode.Scalar(c) else { return false }
        return scalar.properties.isAlphabetic
    }

    /// Whether `c` is skipped when ICU looks for a word boundary (`\b`): Grapheme_Extend or format (Cf).
    static func isBoundaryTransparent(_ c: UInt32) -> Bool {
        if c < 0x300 { return c == 0xAD }
        if categoryIndex(of: c) == categoryIndex(.format) { return true }
        guard let scalar = Unicode.Scalar(c) else { return false }
        return scalar.properties.isGraphemeExtend
    }

    /// The general categories, in the order of their bits in a category mask.
    static let generalCategories: [Unicode.GeneralCategory] = [
        .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
        .nonspacingMark, .spacingMark, .enclosingMark,
        .decimalNumber, .letterNumber, .otherNumber,
        .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
        .finalPunctuation, .otherPunctuation,
        .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol,
        .spaceSeparator, .lineSeparator, .paragraphSeparator,
        .control, .format, .surrogate, .privateUse, .unassigned,
    ]

    static let shortNames = ["Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No",
                             "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So",
                             "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Cn"]

    static func categoryIndex(_ category: Unicode.GeneralCategory) -> UInt32 {
        switch category {
        case .uppercaseLetter: 0
        case .lowercaseLetter: 1
        case .titlecaseLetter: 2
        case .modifierLetter: 3
        case .otherLetter: 4
        case .nonspacingMark: 5
        case .spacingMark: 6
        case .enclosingMark: 7
        case .decimalNumber: 8
        case .letterNumber: 9
        case .otherNumber: 10
        case .connectorPunctuation: 11
        case .dashPunctuation: 12
        case .openPunctuation: 13
        case .closePunctuation: 14
        case .initialPunctuation: 15
        case .finalPunctuation: 16
        case .otherPunctuation: 17
        case .mathSymbol: 18
        case .currencySymbol: 19
        case .modifierSymbol: 20
        case .otherSymbol: 21
        case .spaceSeparator: 22
        case .lineSeparator: 23
        case .paragraphSeparator: 24
        case .control: 25
        case .format: 26
        case .surrogate: 27
        case .privateUse: 28
        case .unassigned: 29
        @unknown default: 29
        }
    }

    /// The mask for a general category name as ICU's `\p{…}` takes it: a one-letter major class
    /// (`L`, `M`, `N`, `P`, `S`, `Z`, `C`), a two-letter category (`Lu`), `LC`, or a long name
    /// (`Letter`, `Uppercase_Letter`, …). `nil` for anything else.
    static func categoryMask(_ name: String) -> UInt32? {
        if let index = shortNames.firstIndex(of: name) { return 1 << UInt32(index) }
        let long: [String: String] = [
            "Letter": "L", "Mark": "M", "Number": "N", "Punctuation": "P", "Symbol": "S", "Separator": "Z",
            "Other": "C", "Cased_Letter": "LC",
            "Uppercase_Letter": "Lu", "Lowercase_Letter": "Ll", "Titlecase_Letter": "Lt", "Modifier_Letter": "Lm",
            "Other_Letter": "Lo", "Nonspacing_Mark": "Mn", "Spacing_Mark": "Mc", "Enclosing_Mark": "Me",
            "Decimal_Number": "Nd", "Letter_Number": "Nl", "Other_Number": "No",
            "Connector_Punctuation": "Pc", "Dash_Punctuation": "Pd", "Open_Punctuation": "Ps",
            "Close_Punctuation": "Pe", "Initial_Punctuation": "Pi", "Final_Punctuation": "Pf",
            "Other_Punctuation": "Po", "Math_Symbol": "Sm", "Currency_Symbol": "Sc", "Modifier_Symbol": "Sk",
            "Other_Symbol": "So", "Space_Separator": "Zs", "Line_Separator": "Zl", "Paragraph_Separator": "Zp",
            "Control": "Cc", "Format": "Cf", "Surrogate": "Cs", "Private_Use": "Co", "Unassigned": "Cn",
        ]
        if let short = long[name] { return categoryMask(short) }
        if name == "LC" { return categoryMask("Lu")! | categoryMask("Ll")! | categoryMask("Lt")! }
        guard name.count == 1, "LMNPSZC".contains(name) else { return nil }
        var mask: UInt32 = 0
        for (index, short) in shortNames.enumerated() where short.hasPrefix(name) { mask |= 1 << UInt32(index) }
        return mask
    }

    /// The index of `c`'s general category (a lone surrogate is `Cs`).
    static func categoryIndex(of c: UInt32) -> UInt32 {
        guard let scalar = Unicode.Scalar(c) else { return categoryIndex(.surrogate) }
        return categoryIndex(scalar.properties.generalCategory)
    }
}

import Foundation
import TaalgrensCore

/// Input hygiene for article files: decoding, line endings and Unicode normalisation.
///
/// The decisions (also in `docs/articles.md`):
/// - UTF-8 with or without a byte-order mark is read as is (the mark is dropped). UTF-16 with a byte-order
///   mark (what some Windows editors save as "Unicode") is decoded too, and so is UTF-16 without one when
///   its NUL bytes say so (``UTF16Text/byteOrder(of:)``).
/// - Bytes that are not valid UTF-8, in a file where *no* valid multi-byte UTF-8 sequence occurs, are in a
///   legacy single-byte encoding of Western Europe: Windows-1252 (ISO 8859-1 decodes the same way, since
///   the two agree outside 0x80–0x9F, where ISO 8859-1 holds only control characters no article uses),
///   ISO 8859-15 (Latin-9: `€`, `œ`, `Œ` where 8859-1 has `¤`, `½`, `¼`) or Mac OS Roman (a classic Mac
///   editor's). Which one is decided by ``legacyDecoding(_:from:file:)``: each decoding's characters above
///   ASCII are scored as text in English, Dutch or French (accented letters and typographic punctuation
///   count for, a capital after a small letter and any other character against), the best wins, and a tie
///   goes to Windows-1252, unless the file's lines end in a lone CR (classic Mac OS), which favours Mac OS
///   Roman (session 19: a Mac file's “quotes” came out as “ÒBetaal nietÓ”).
/// - A file that mixes valid UTF-8 with other bytes, holds a NUL byte (and is not UTF-16 by that rule), or
///   holds a byte Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) where no other decoding
///   reads as text, is refused with an ``InputError`` naming the byte offset, the line and the column (in
///   bytes).
/// - UTF-8 that holds text encoded twice (UTF-8 bytes read as Windows-1252 and saved again as UTF-8: "Ã©"
///   for "é", "â€™" for "’") is refused, naming the line and column of the first such sequence and the
///   character it stands for (``doubleEncoded(_:)``), so that no such text reaches a memory or a bundle.
/// - CRLF and lone CR line endings become LF; the text is normalised to NFC (Unicode Standard Annex #15);
///   a U+FEFF left inside the text (a byte-order mark glued in by concatenation) is removed.
enum InputText {
    /// The encodings the decoder recognises.
    enum Encoding: String, Sendable {
        case utf8 = "UTF-8", utf8WithBOM = "UTF-8 with BOM", utf16LE = "UTF-16LE", utf16BE = "UTF-16BE"
        case windows1252 = "Windows-1252", iso8859_15 = "ISO 8859-15", macRoman = "Mac OS Roman"
    }

    /// Decodes the bytes of an article file and applies the hygiene rules above.
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - file: the file name for error messages.
    /// - Returns: the clean text and the encoding it was decoded from.
    /// - Throws: ``InputError`` for bytes that are neither UTF-8, UTF-16 nor Windows-1252.
    /// - Complexity: O(n) in the number of bytes.
    static func decode(_ data: Data, file: String) throws -> (text: String, encoding: Encoding) {
        let bytes = [UInt8](data)
        let decoded: String
        let encoding: Encoding
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let result = try decodeUTF8OrLegacy(bytes, from: 3, file: file)
            decoded = result.text
            encoding = result.legacy ?? .utf8WithBOM
        } else if let utf16 = try UTF16Text.decode(bytes, file: file) {
            // With a byte-order mark, or without one when the NUL bytes say so (eighth trial, item 18).
            decoded = utf16.text
            encoding = utf16.littleEndian ? .utf16LE : .utf16BE
        } else {
            let result = try decodeUTF8OrLegacy(bytes, from: 0, file: file)
            decoded = result.text
            encoding = result.legacy ?? .utf8
        }
        if encoding != .windows1252, encoding != .iso8859_15, encoding != .macRoman, let twice = doubleEncoded(decoded) {
            throw InputError(file: file, line: twice.line, column: twice.column,
                             "expected UTF-8 text, found “\(twice.written)”, which is “\(twice.meant)” encoded twice (UTF-8 read as Windows-1252 and saved again as UTF-8); repair the file, for instance with `iconv -f UTF-8 -t WINDOWS-1252`, and read it again")
        }
        return (clean(decoded), encoding)
    }

    /// The first run of text encoded twice in `text`: a character that is the Windows-1252 reading of a
    /// UTF-8 lead byte (0xC2–0xF4) followed by the readings of its continuation bytes (0x80–0xBF), where
    /// the bytes decode to a letter or mark that English, Dutch or French text uses (``isCommonAbove(_:)``):
    /// "Ã©" (é), "â€™" (’), "Â " (a no-break space). Such runs are what a tool leaves when it reads UTF-8 as
    /// Windows-1252 and saves the result as UTF-8; in a written article they do not occur.
    /// - Returns: the run as written, the character it stands for, and its 1-based line and column (in
    ///   Unicode scalars); `nil` when there is none.
    /// - Complexity: O(n) in the text's Characters.
    static func doubleEncoded(_ text: String) -> (written: String, meant: String, line: Int, column: Int)? {
        guard text.unicodeScalars.contains(where: { (0xC2...0xF4).contains($0.value) }) else { return nil }
        let scalars = Array(text.unicodeScalars)
        var line = 1
        var column = 0
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if scalar == "\n" || (scalar == "\r" && (i + 1 == scalars.count || scalars[i + 1] != "\n")) {
                line += 1; column = 0; i += 1; continue
            }
            column += 1
            if let lead = windows1252Byte(scalar), (0xC2...0xF4).contains(lead) {
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var bytes = [lead]
                var k = i + 1
                while k < scalars.count, bytes.count < length, let byte = windows1252Byte(scalars[k]), (0x80...0xBF).contains(byte) {
                    bytes.append(byte)
                    k += 1
                }
                if bytes.count == length, let meant = String(validating: bytes, as: UTF8.self),
                   let decoded = meant.unicodeScalars.first, isCommonAbove(decoded) {
                    var written = String.UnicodeScalarView()
                    written.append(contentsOf: scalars[i..<k])
                    return (String(written), meant, line, column)
                }
            }
            i += 1
        }
        return nil
    }

    /// The Windows-1252 byte that decodes to `scalar`, or `nil` when none does (ASCII included).
    private static func windows1252Byte(_ scalar: Unicode.Scalar) -> UInt8? {
        if (0xA0...0xFF).contains(scalar.value) { return UInt8(scalar.value) }
        guard let index = windows1252High.firstIndex(of: scalar.value), !windows1252Undefined.contains(UInt8(0x80 + index)) else { return nil }
        return UInt8(0x80 + index)
    }

    /// Whether a character above ASCII is one that English, Dutch and French text uses: a Latin letter with
    /// a diacritic of these languages (and `æ`, `œ`, `ß`), typographic quotes, dashes, the ellipsis, the
    /// euro, pound, degree, section and copyright signs, bullets and the no-break spaces.
    static func isCommonAbove(_ scalar: Unicode.Scalar) -> Bool {
        commonAbove.contains(scalar)
    }

    private static let commonAbove: Set<Unicode.Scalar> = Set(
        ("àáâäçèéêëíìîïñóòôöúùûüÿœæßÀÁÂÄÇÈÉÊËÍÌÎÏÑÓÒÔÖÚÙÛÜŸŒÆ“”‘’«»‹›–—…€£°§©®™•·\u{A0}\u{202F}").unicodeScalars)

    /// The legacy single-byte encodings ``legacyDecoding(_:from:file:)`` chooses from, in the order that
    /// breaks a tie (Mac OS Roman first when the lines end in a lone CR).
    private static let legacyEncodings: [Encoding] = [.windows1252, .iso8859_15, .macRoman]

    /// Decodes `bytes` from `start` in the legacy encoding whose text reads best (see the type's rules).
    /// - Returns: the text and its encoding, or `nil` when only Mac OS Roman can decode the bytes (a byte
    ///   Windows-1252 leaves undefined) and its text scores no better than nothing.
    /// - Complexity: O(n) in bytes, three passes.
    static func legacyDecoding(_ bytes: [UInt8], from start: Int) -> (text: String, encoding: Encoding)? {
        let body = bytes[start...]
        let macLineEnds = body.contains(0x0D) && !body.contains(0x0A)
        var best: (text: String, encoding: Encoding, score: Int)?
        for encoding in macLineEnds ? [.macRoman, .windows1252, .iso8859_15] : legacyEncodings {
            guard let scalars = decodeSingleByte(body, encoding) else { continue }
            let score = plausibility(scalars)
            if best == nil || score > best!.score { best = (String(String.UnicodeScalarView(scalars)), encoding, score) }
        }
        guard let best else { return nil }
        if best.encoding == .macRoman, best.score <= 0, decodeSingleByte(body, .windows1252) == nil { return nil }
        return (best.text, best.encoding)
    }

    /// The scalars of single-byte `bytes` in `encoding`, or `nil` when a byte is undefined there (Windows-1252's
    /// five) or a C1 control (ISO 8859-15's 0x80–0x9F).
    private static func decodeSingleByte(_ bytes: ArraySlice<UInt8>, _ encoding: Encoding) -> [Unicode.Scalar]? {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte < 0x80 { scalars.append(Unicode.Scalar(byte)); continue }
            let value: UInt32
            switch encoding {
            case .macRoman:
                value = macRomanHigh[Int(byte - 0x80)]
            case .iso8859_15:
                if byte < 0xA0 { return nil }
                value = latin9Differences[byte] ?? UInt32(byte)
            default:
                if windows1252Undefined.contains(byte) { return nil }
                value = byte < 0xA0 ? windows1252High[Int(byte - 0x80)] : UInt32(byte)
            }
            scalars.append(Unicode.Scalar(value)!)
        }
        return scalars
    }

    /// How well decoded text reads as English, Dutch or French: +1 for each character above ASCII that
    /// these languages use (``isCommonAbove(_:)``), unless it is a capital right after a small letter
    /// ("LiÈge"), which counts −1 like any other character above ASCII.
    private static func plausibility(_ scalars: [Unicode.Scalar]) -> Int {
        var score = 0
        var previousIsLower = false
        for scalar in scalars {
            if scalar.value >= 0x80 {
                let upper = scalar.properties.isUppercase
                score += isCommonAbove(scalar) && !(upper && previousIsLower) ? 1 : -1
            }
            previousIsLower = scalar.properties.isLowercase
        }
        return score
    }

    /// Line endings to LF, stray U+FEFF removed, NFC.
    static func clean(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r":
                scalars.append("\n")
                previousWasCR = true
                continue
            case "\n" where previousWasCR:
                break
            case "\u{FEFF}":
                break
            default:
                scalars.append(scalar)
            }
            previousWasCR = false
        }
        let unified = String(scalars)
        return ICU.normalize(unified, .nfc)
    }

    /// Plain text with Unicode's other line and paragraph breaks written as line feeds (UAX #14, classes BK
    /// and NL; seventeenth trial, finding 8): Word's manual line break U+000B, U+0085 NEXT LINE and U+2028
    /// LINE SEPARATOR end a line (`\n`); U+000C FORM FEED (a page break) and U+2029 PARAGRAPH SEPARATOR end a
    /// paragraph (`\n\n`, which moves the line numbers after it by one).
    /// - Complexity: O(n) in the text's length.
    static func plainTextLines(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { ["\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"].contains($0) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{0B}", "\u{85}", "\u{2028}": out.append("\n")
            case "\u{0C}", "\u{2029}": out.append(contentsOf: "\n\n".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    private static func decodeUTF8OrLegacy(_ bytes: [UInt8], from start: Int, file: String) throws -> (text: String, legacy: Encoding?) {
        if let nul = bytes[start...].firstIndex(of: 0) {
            let (line, column) = position(of: nul, in: bytes, from: start)
            throw InputError(file: file, line: line, column: column,
                             "expected text, found a NUL byte at byte offset \(nul) (a binary file, or text in an encoding other than UTF-8, UTF-16 or Windows-1252?)")
        }
        let scan = scanUTF8(bytes, from: start)
        guard let invalid = scan.firstInvalid else {
            return (String(decoding: bytes[start...], as: UTF8.self), nil)
        }
        let (line, column) = position(of: invalid, in: bytes, from: start)
        let hex = String(bytes[invalid], radix: 16, uppercase: true)
        if let firstMulti = scan.firstMultiByte {
            // Valid UTF-8 after the first invalid byte counts too: Windows-1252 text with a pasted UTF-8 word
            // ("numÃ©ro") is as mixed as UTF-8 text with one stray byte (tenth trial, finding 2).
            let (mLine, mColumn) = position(of: firstMulti, in: bytes, from: start)
            throw InputError(file: file, line: line, column: column,
                             "expected UTF-8, found byte 0x\(hex) at byte offset \(invalid) that is not valid UTF-8 in a file that also holds valid UTF-8 (the first at line \(mLine), column \(mColumn)): the file mixes encodings; save it as UTF-8")
        }
        guard let legacy = legacyDecoding(bytes, from: start) else {
            let undefined = bytes[start...].firstIndex(where: { windows1252Undefined.contains($0) }) ?? invalid
            let (uLine, uColumn) = position(of: undefined, in: bytes, from: start)
            let uHex = String(bytes[undefined], radix: 16, uppercase: true)
            throw InputError(file: file, line: uLine, column: uColumn,
                             "expected UTF-8, Windows-1252, ISO 8859-15 or Mac OS Roman text, found byte 0x\(uHex) at byte offset \(undefined), which Windows-1252 does not allow, and the other two do not read as text; save the file as UTF-8")
        }
        return (legacy.text, legacy.encoding)
    }

    /// Validates UTF-8 (RFC 3629: shortest forms only, no surrogates, at most U+10FFFF) over the whole
    /// text, going on past invalid bytes.
    /// - Returns: the offset of the first byte that starts an invalid sequence, how many valid multi-byte
    ///   sequences the text holds (before and after it), and the offset of the first of them.
    /// - Complexity: O(n) in bytes.
    private static func scanUTF8(_ bytes: [UInt8], from start: Int) -> (firstInvalid: Int?, multiByteSequences: Int, firstMultiByte: Int?) {
        var i = start
        var multi = 0
        var firstInvalid: Int?
        var firstMulti: Int?
        let n = bytes.count
        func continuation(_ k: Int) -> Bool { k < n && bytes[k] & 0xC0 == 0x80 }
        func invalid() {
            if firstInvalid == nil { firstInvalid = i }
            i += 1
        }
        scanning: while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var minimumSecond: UInt8 = 0x80, maximumSecond: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; minimumSecond = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; maximumSecond = 0x9F
            case 0xF0: length = 4; minimumSecond = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; maximumSecond = 0x8F
            default: invalid(); continue scanning
            }
            guard i + 1 < n, (minimumSecond...maximumSecond).contains(bytes[i + 1]) else { invalid(); continue scanning }
            for k in 2..<length where !continuation(i + k) { invalid(); continue scanning }
            if firstMulti == nil { firstMulti = i }
            multi += 1
            i += length
        }
        return (firstInvalid, multi, firstMulti)
    }

    /// 1-based line and 1-based byte column of a byte offset.
    private static func position(of offset: Int, in bytes: [UInt8], from start: Int) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = start
        var i = start
        while i < offset {
            if bytes[i] == 0x0A { line += 1; lineStart = i + 1 }
            i += 1
        }
        return (line, offset - lineStart + 1)
    }

    /// The five bytes Windows-1252 leaves undefined.
    private static let windows1252Undefined: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]

    /// Mac OS Roman bytes 0x80–0xFF as Unicode scalars (Apple's table as of Mac OS 8.5, 0xDB the euro sign;
    /// 0xF0, the Apple logo, is the private-use U+F8FF).
    private static let macRomanHigh: [UInt32] = [
        0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2, 0x00E4, 0x00E3, 0x00E5, 0x00E7, 0x00E9, 0x00E8,
        0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3, 0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC,
        0x2020, 0x00B0, 0x00A2, 0x00A3, 0x00A7, 0x2022, 0x00B6, 0x00DF, 0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
        0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211, 0x220F, 0x03C0, 0x222B, 0x00AA, 0x00BA, 0x03A9, 0x00E6, 0x00F8,
        0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB, 0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153,
        0x2013, 0x2014, 0x201C, 0x201D, 0x2018, 0x2019, 0x00F7, 0x25CA, 0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
        0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1, 0x00CB, 0x00C8, 0x00CD, 0x00CE, 0x00CF, 0x00CC, 0x00D3, 0x00D4,
        0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC, 0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
    ]

    /// The eight positions where ISO 8859-15 differs from ISO 8859-1 (ISO/IEC 8859-15:1999).
    private static let latin9Differences: [UInt8: UInt32] = [
        0xA4: 0x20AC, 0xA6: 0x0160, 0xA8: 0x0161, 0xB4: 0x017D, 0xB8: 0x017E, 0xBC: 0x0152, 0xBD: 0x0153, 0xBE: 0x0178,
    ]

    /// Windows-1252 bytes 0x80–0x9F as Unicode scalars (the code page as Microsoft and the WHATWG Encoding
    /// Standard define it); undefined positions hold their C1 control value and are refused earlier.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}

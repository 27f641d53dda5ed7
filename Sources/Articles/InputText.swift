import Foundation
import TaalgrensCore

/// Input hygiene for article files: decoding, line endings and Unicode normalisation.
///
/// The decisions (also in `docs/articles.md`):
/// - UTF-8 with or without a byte-order mark is read as is (the mark is dropped). UTF-16 with a byte-order
///   mark (what some Windows editors save as "Unicode") is decoded too, and so is UTF-16 without one when
///   its NUL bytes say so (``UTF16Text/byteOrder(of:)``).
/// - Bytes that are not valid UTF-8 are decoded as Windows-1252 when *no* valid multi-byte UTF-8 sequence
///   occurs in the file and none of the five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90,
///   0x9D) occurs. ISO 8859-1 text decodes the same way, since the two agree outside 0x80–0x9F, where
///   ISO 8859-1 holds only control characters no article uses.
/// - A file that mixes valid UTF-8 with other bytes, holds an undefined Windows-1252 byte or a NUL byte (and
///   is not UTF-16 by that rule) is refused with an ``InputError`` naming the byte offset, the line and the
///   column (in bytes).
/// - CRLF and lone CR line endings become LF; the text is normalised to NFC (Unicode Standard Annex #15);
///   a U+FEFF left inside the text (a byte-order mark glued in by concatenation) is removed.
enum InputText {
    /// The encodings the decoder recognises.
    enum Encoding: String, Sendable {
        case utf8 = "UTF-8", utf8WithBOM = "UTF-8 with BOM", utf16LE = "UTF-16LE", utf16BE = "UTF-16BE"
        case windows1252 = "Windows-1252"
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
            decoded = try decodeUTF8OrWindows1252(bytes, from: 3, file: file).text
            encoding = .utf8WithBOM
        } else if let utf16 = try UTF16Text.decode(bytes, file: file) {
            // With a byte-order mark, or without one when the NUL bytes say so (eighth trial, item 18).
            decoded = utf16.text
            encoding = utf16.littleEndian ? .utf16LE : .utf16BE
        } else {
            let result = try decodeUTF8OrWindows1252(bytes, from: 0, file: file)
            decoded = result.text
            encoding = result.windows1252 ? .windows1252 : .utf8
        }
        return (clean(decoded), encoding)
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

    private static func decodeUTF8OrWindows1252(_ bytes: [UInt8], from start: Int, file: String) throws -> (text: String, windows1252: Bool) {
        if let nul = bytes[start...].firstIndex(of: 0) {
            let (line, column) = position(of: nul, in: bytes, from: start)
            throw InputError(file: file, line: line, column: column,
                             "expected text, found a NUL byte at byte offset \(nul) (a binary file, or text in an encoding other than UTF-8, UTF-16 or Windows-1252?)")
        }
        let scan = scanUTF8(bytes, from: start)
        guard let invalid = scan.firstInvalid else {
            return (String(decoding: bytes[start...], as: UTF8.self), false)
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
        if let undefined = bytes[start...].firstIndex(where: { windows1252Undefined.contains($0) }) {
            let (uLine, uColumn) = position(of: undefined, in: bytes, from: start)
            let uHex = String(bytes[undefined], radix: 16, uppercase: true)
            throw InputError(file: file, line: uLine, column: uColumn,
                             "expected UTF-8 or Windows-1252, found byte 0x\(uHex) at byte offset \(undefined), which neither encoding allows; save the file as UTF-8")
        }
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count - start)
        for byte in bytes[start...] {
            if (0x80...0x9F).contains(byte) {
                scalars.append(Unicode.Scalar(windows1252High[Int(byte - 0x80)])!)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return (String(scalars), true)
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

    /// Windows-1252 bytes 0x80–0x9F as Unicode scalars (the code page as Microsoft and the WHATWG Encoding
    /// Standard define it); undefined positions hold their C1 control value and are refused earlier.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}

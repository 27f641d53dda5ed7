/// Recognises and decodes UTF-16 text files, with or without a byte-order mark, for every text input
/// (article files, query files, CSV/TSV termbases): Windows editors and spreadsheets save "Unicode" text as
/// UTF-16, and some tools write it without the mark (eighth trial, item 18).
///
/// The rule for a file without a mark (``byteOrder(of:)``) looks at its NUL bytes: text in the scripts of
/// our locales is mostly in U+0001–U+00FF, whose high byte is NUL, while UTF-8 and single-byte encodings
/// have no NUL byte at all.
public enum UTF16Text {
    /// How many leading bytes ``byteOrder(of:)`` looks at.
    public static let sampleBytes = 4096

    /// Whether `bytes` (without a byte-order mark) look like UTF-16, and in which byte order.
    ///
    /// The rule, over the 2-byte units of the first ``sampleBytes`` bytes of a file of an even length
    /// (at least 2 bytes): it is UTF-16 when NUL high bytes occur in at least half of the units and NUL bytes
    /// in the other position in fewer than a quarter as many. A NUL low byte only comes from rarer
    /// characters (U+0100, U+2000, …). UTF-32 has NULs in both positions and is refused by the ratio; a
    /// binary file rarely passes, and one that does is refused by ``decode(_:file:)`` when it holds U+0000
    /// or an unpaired surrogate.
    /// - Parameter bytes: the file's bytes.
    /// - Returns: `true` little-endian, `false` big-endian, `nil` not UTF-16.
    /// - Complexity: O(1): at most ``sampleBytes`` bytes are looked at.
    public static func byteOrder(of bytes: [UInt8]) -> Bool? {
        let sample = min(bytes.count, sampleBytes) & ~1
        guard sample >= 2, bytes.count % 2 == 0 else { return nil }
        var evenNUL = 0, oddNUL = 0
        for i in stride(from: 0, to: sample, by: 2) {
            if bytes[i] == 0 { evenNUL += 1 }
            if bytes[i + 1] == 0 { oddNUL += 1 }
        }
        let units = sample / 2
        // Little-endian: the high byte is the second of each unit (odd offsets).
        if oddNUL * 2 >= units && evenNUL * 4 < oddNUL { return true }
        if evenNUL * 2 >= units && oddNUL * 4 < evenNUL { return false }
        return nil
    }

    /// The text of `bytes` when they are UTF-16: with a byte-order mark (FF FE little-endian, FE FF
    /// big-endian; the mark is dropped), or without one by ``byteOrder(of:)``. The text is returned as
    /// decoded (line endings and normalisation untouched).
    /// - Parameters:
    ///   - bytes: the file's bytes.
    ///   - file: the file name for error messages.
    /// - Returns: the text and its byte order, or `nil` when the bytes are not UTF-16.
    /// - Throws: ``InputError`` naming the file and the byte offset for an odd number of bytes after a
    ///   mark, an unpaired surrogate, or (without a mark) a U+0000.
    /// - Complexity: O(n) in the number of bytes.
    public static func decode(_ bytes: [UInt8], file: String) throws -> (text: String, littleEndian: Bool)? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            guard bytes.count % 2 == 0 else {
                throw InputError(file: file, "expected UTF-16 text after the byte-order mark, found an odd number of bytes (\(bytes.count))")
            }
            return (try decode(bytes, from: 2, littleEndian: littleEndian, file: file), littleEndian)
        }
        guard let littleEndian = byteOrder(of: bytes) else { return nil }
        let text = try decode(bytes, from: 0, littleEndian: littleEndian, file: file)
        if let nul = text.unicodeScalars.firstIndex(of: "\u{0}") {
            let offset = text.unicodeScalars[..<nul].reduce(0) { $0 + ($1.value > 0xFFFF ? 4 : 2) }
            throw InputError(file: file, "expected text, found U+0000 at byte offset \(offset) of what reads as UTF-16 without a byte-order mark (a binary file?)")
        }
        return (text, littleEndian)
    }

    /// Decodes the UTF-16 code units from byte `start` on (an even number of bytes follows).
    /// - Throws: ``InputError`` naming the byte offset of an unpaired surrogate.
    private static func decode(_ bytes: [UInt8], from start: Int, littleEndian: Bool, file: String) throws -> String {
        var units: [UInt16] = []
        units.reserveCapacity((bytes.count - start) / 2)
        var i = start
        while i + 1 < bytes.count {
            units.append(littleEndian ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
            i += 2
        }
        var text = ""
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var unitIndex = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                text.unicodeScalars.append(scalar)
                unitIndex += scalar.value > 0xFFFF ? 2 : 1
            case .emptyInput:
                return text
            case .error:
                throw InputError(file: file, "expected UTF-16 text, found an unpaired surrogate at byte offset \(start + unitIndex * 2)")
            }
        }
    }
}

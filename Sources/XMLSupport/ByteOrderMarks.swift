import Foundation

/// Byte-order marks a tool left where XML 1.0 does not allow them (XML 1.0 §4.3.3 and Appendix F: one BOM,
/// at the very start of the document entity; thirteenth trial, finding 9).
///
/// - A run of the same BOM at the start (`EF BB BF EF BB BF <?xml`, as tools that concatenate files or
///   prepend a BOM to a file that has one leave it) is the same document: every copy but the first is dropped.
/// - A UTF-8 BOM further on, before the root element (after the XML declaration, between comments), is a
///   text character where only markup may stand: libxml2 calls the document empty. ``stray(in:)`` finds it,
///   so the error can name it instead of "found text".
enum ByteOrderMarks {
    /// The BOMs of UTF-8, UTF-16LE and UTF-16BE, as bytes.
    static let marks: [[UInt8]] = [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]]

    /// How many bytes of extra BOMs follow the first BOM at the start of `head` (0 when there is at most one).
    /// - Parameter head: the document's first bytes (at least the BOMs and one more byte to see).
    /// - Complexity: O(number of BOMs).
    static func extraLeadingBytes(_ head: Data) -> Int {
        let bytes = [UInt8](head.prefix(64))
        for mark in marks where bytes.starts(with: mark) {
            var offset = mark.count
            while bytes.count >= offset + mark.count, Array(bytes[offset..<offset + mark.count]) == mark { offset += mark.count }
            return offset - mark.count
        }
        return 0
    }

    /// Where a UTF-8 BOM stands after the start of `head` and before the root element's start tag (the
    /// first `<` followed by a letter, `_` or `:`): its 1-based line and 1-based column in bytes, or `nil`.
    /// A U+FEFF inside an element is a character XML allows and is not reported.
    /// - Complexity: O(n) in the bytes of `head` up to the root element.
    static func stray(in head: Data) -> (line: Int, column: Int)? {
        let bytes = [UInt8](head)
        var start = 0
        while bytes.count >= start + 3, bytes[start] == 0xEF, bytes[start + 1] == 0xBB, bytes[start + 2] == 0xBF { start += 3 }
        var line = 1, lineStart = 0
        var i = start
        while i + 2 < bytes.count {
            let b = bytes[i]
            if b == 0x0A { line += 1; lineStart = i + 1 }
            else if b == 0x3C, i + 1 < bytes.count, bytes[i + 1] == 0x5F || bytes[i + 1] == 0x3A || ((bytes[i + 1] | 0x20) >= 0x61 && (bytes[i + 1] | 0x20) <= 0x7A) {
                return nil
            } else if b == 0xEF, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF, i > 0 {
                return (line, i - lineStart + 1)
            }
            i += 1
        }
        return nil
    }

    /// The message for a stray BOM: what it is, why it is there and what to do.
    static let strayMessage = "a second byte-order mark (U+FEFF, the bytes EF BB BF) stands here, after the start of the file, where XML allows only markup: a tool that joined files or re-saved this one left it, and most editors do not show it; remove it (delete the invisible character here, or re-save the file as UTF-8 without BOM after removing it) and import again"
}

import Foundation
import TaalgrensCore

/// JSON encoding of the values a store keeps as text: a variant's content with its inline codes,
/// sentence starts, a unit's properties and notes. Keys are sorted, so equal values encode equally.
///
/// The common shapes (a content without inline codes whose text needs no JSON escape, empty lists and
/// objects) are written and read directly, byte for byte what `JSONEncoder` writes for them; everything
/// else goes through `JSONEncoder`/`JSONDecoder`. A `JSONEncoder` costs microseconds per value, and an
/// import writes four such values per variant.
package enum VariantCodec {
    package static func encoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }

    package static func encode<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder().encode(value), as: UTF8.self)
    }

    package static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    /// The synthesised `Codable` form of a ``RichText`` holding one text run (`RichText.elements` is
    /// `[InlineElement.text(_0)]`), around the run's JSON string body.
    static let plainPrefix = #"{"elements":[{"text":{"_0":""#
    static let plainSuffix = #""}}]}"#
    static let emptyContent = #"{"elements":[]}"#

    /// How a text is written inside a JSON string by `JSONEncoder` (with `.withoutEscapingSlashes`).
    enum Escaping {
        /// As it is: no quotation mark, no backslash, no control character (C0, DEL), no U+2028/U+2029.
        case verbatim
        /// As it is but for quotation marks and backslashes, each written after a backslash (RFC 8259 §7);
        /// nothing else that an encoder might escape.
        case quotesAndBackslashes
        /// Something else (a control character, U+2028/U+2029, which some encoders escape): left to `JSONEncoder`.
        case other
    }

    /// How `text` is written inside a JSON string (``Escaping``).
    /// - Complexity: O(n) in UTF-8 bytes.
    static func escaping(_ text: String) -> Escaping {
        var utf8 = text.utf8.makeIterator()
        var previous2: UInt8 = 0, previous1: UInt8 = 0
        var quotes = false
        while let b = utf8.next() {
            if b < 0x20 || b == 0x7F { return .other }
            if b == 0x22 || b == 0x5C { quotes = true }
            // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
            if (b == 0xA8 || b == 0xA9) && previous1 == 0x80 && previous2 == 0xE2 { return .other }
            previous2 = previous1
            previous1 = b
        }
        return quotes ? .quotesAndBackslashes : .verbatim
    }

    /// `text` with a backslash before each quotation mark and backslash, between `prefix` and `suffix`.
    /// - Complexity: O(n) in UTF-8 bytes: one string written byte by byte.
    static func escapingQuotes(_ text: String, prefix: String, suffix: String) -> String {
        var count = prefix.utf8.count + suffix.utf8.count
        for b in text.utf8 { count += (b == 0x22 || b == 0x5C) ? 2 : 1 }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var i = 0
            for b in prefix.utf8 { buffer[i] = b; i += 1 }
            for b in text.utf8 {
                if b == 0x22 || b == 0x5C { buffer[i] = 0x5C; i += 1 }
                buffer[i] = b
                i += 1
            }
            for b in suffix.utf8 { buffer[i] = b; i += 1 }
            return i
        }
    }

    /// A content's JSON, as ``encode(_:)`` writes it.
    package static func encodeContent(_ content: RichText) throws -> String {
        switch content.elements.count {
        case 0: return emptyContent
        case 1:
            if case .text(let t) = content.elements[0] {
                switch escaping(t) {
                case .verbatim: return plainPrefix + t + plainSuffix
                case .quotesAndBackslashes: return escapingQuotes(t, prefix: plainPrefix, suffix: plainSuffix)
                case .other: break
                }
            }
        default: break
        }
        return try encode(content)
    }

    /// Sentence starts as ``encode(_:)`` writes them.
    package static func encodeStarts(_ starts: [Int]) throws -> String {
        if starts.isEmpty { return "[]" }
        return "[" + starts.map(String.init).joined(separator: ",") + "]"
    }

    /// Properties as ``encode(_:)`` writes them.
    package static func encodeProperties(_ properties: [String: String]) throws -> String {
        properties.isEmpty ? "{}" : try encode(properties)
    }

    /// Notes as ``encode(_:)`` writes them.
    package static func encodeNotes(_ notes: [String]) throws -> String {
        notes.isEmpty ? "[]" : try encode(notes)
    }

    package static func decodeContent(_ text: String) throws -> RichText {
        if text == emptyContent { return RichText([]) }
        if text.hasPrefix(plainPrefix), text.hasSuffix(plainSuffix) {
            let utf8 = text.utf8
            let body = utf8.dropFirst(plainPrefix.utf8.count).dropLast(plainSuffix.utf8.count)
            // Without a backslash the body holds no escape, and a JSON string body holds no bare quotation
            // mark: a body with either is some other shape (or escaped text), left to the decoder.
            if !body.contains(0x5C) && !body.contains(0x22) {
                return RichText(plain: String(decoding: body, as: UTF8.self))
            }
        }
        return try decode(RichText.self, text)
    }
}

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

    /// Whether `text` is written verbatim inside a JSON string by `JSONEncoder` (with
    /// `.withoutEscapingSlashes`): no quotation mark, no backslash, no control character (C0, DEL), and no
    /// U+2028/U+2029 (which some encoders escape). Any other text takes the `JSONEncoder` path.
    static func isVerbatim(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        var previous2: UInt8 = 0, previous1: UInt8 = 0
        while let b = utf8.next() {
            if b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F { return false }
            // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
            if (b == 0xA8 || b == 0xA9) && previous1 == 0x80 && previous2 == 0xE2 { return false }
            previous2 = previous1
            previous1 = b
        }
        return true
    }

    /// A content's JSON, as ``encode(_:)`` writes it.
    package static func encodeContent(_ content: RichText) throws -> String {
        switch content.elements.count {
        case 0: return emptyContent
        case 1:
            if case .text(let t) = content.elements[0], isVerbatim(t) { return plainPrefix + t + plainSuffix }
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

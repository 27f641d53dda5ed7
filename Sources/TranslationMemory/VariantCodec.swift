import Foundation
import TaalgrensCore

/// JSON encoding of the values a store keeps as text: a variant's content with its inline codes,
/// sentence starts, a unit's properties and notes. Keys are sorted, so equal values encode equally.
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

    package static func decodeContent(_ text: String) throws -> RichText {
        try decode(RichText.self, text)
    }
}

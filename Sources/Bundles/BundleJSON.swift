import Foundation

/// The one JSON encoding of every bundle file: UTF-8, sorted keys (deterministic output), pretty-printed for
/// people, slashes not escaped, a final newline.
enum BundleJSON {
    static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }
}

/// Rounds a score or percentage to one decimal, as `cli-json.md` asks for numbers in JSON.
func roundedToTenth(_ value: Double) -> Double { (value * 10).rounded() / 10 }

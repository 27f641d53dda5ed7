import Foundation

/// Reads a JSON data file (`Locales/<locale>/*.json`) into a `Decodable` value and reports bad input as an
/// ``InputError`` naming the file, the line and what was expected in words ("expected a list at clitics,
/// found a number"), never Swift's type names.
///
/// One mapping for every locale JSON reader, so that all of them report the same way.
public enum JSONInput {
    /// Decodes `data` as `type`.
    /// - Parameters:
    ///   - type: the value to decode.
    ///   - data: the file's bytes (UTF-8 JSON, RFC 8259).
    ///   - file: the file as the user should see it (a path); used in the error.
    ///   - documentation: where the expected format is described (`"docs/terminology.md"`), added to messages
    ///     about malformed JSON; `nil` for none.
    /// - Throws: ``InputError`` with `file`, the 1-based line (of the syntax error, or of the last key of the
    ///   offending value's path when that key is found in the text) and a message: a syntax error as the JSON
    ///   parser words it; a value of the wrong kind as "expected a list at numbers.words, found a number";
    ///   a missing key as "expected the key "id" at entries[2]".
    /// - Complexity: O(n) in the length of the file.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, file: String, documentation: String? = nil) throws(InputError) -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw inputError(error, data: data, file: file, documentation: documentation)
        } catch {
            throw InputError(file: file, "expected JSON\(documentation.map { " as \($0) describes" } ?? ""): \(error)")
        }
    }

    /// The ``InputError`` for a decoding error of `data` (see ``decode(_:from:file:documentation:)``); for
    /// readers that decode in several steps and must map the error themselves.
    /// - Parameters:
    ///   - error: what `JSONDecoder` threw.
    ///   - data: the bytes it decoded (to find the line).
    ///   - file: the file as the user should see it.
    ///   - documentation: where the format is described, or `nil`.
    public static func inputError(_ error: DecodingError, data: Data, file: String, documentation: String? = nil) -> InputError {
        let see = documentation.map { " (see \($0))" } ?? ""
        switch error {
        case .typeMismatch(let type, let context):
            return InputError(file: file, line: line(of: context.codingPath, in: data),
                              "expected \(words(for: type)) at \(path(context.codingPath))\(found(context.debugDescription))\(see)")
        case .valueNotFound(let type, let context):
            return InputError(file: file, line: line(of: context.codingPath, in: data),
                              "expected \(words(for: type)) at \(path(context.codingPath)), found null\(see)")
        case .keyNotFound(let key, let context):
            return InputError(file: file, line: line(of: context.codingPath, in: data),
                              "expected the key \"\(key.stringValue)\" at \(path(context.codingPath))\(see)")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                // A syntax error. JSONDecoder does not say where; JSONSerialization, reading the same bytes,
                // gives the offset ("Invalid value around character 43."), which becomes line and column.
                var detail = context.underlyingError.map { "\($0)" } ?? context.debugDescription
                do { _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) } catch {
                    detail = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? detail
                }
                let position = syntaxPosition(detail, in: data)
                return InputError(file: file, line: position?.line, column: position?.column,
                                  "expected valid JSON\(see): \(syntaxMessage(detail))")
            }
            return InputError(file: file, line: line(of: context.codingPath, in: data),
                              "unexpected value at \(path(context.codingPath)): \(context.debugDescription)\(see)")
        @unknown default:
            return InputError(file: file, "expected JSON\(see): \(error)")
        }
    }

    /// A coding path written as in JavaScript: `numbers.words`, `entries[2].id`; "the top level" when empty.
    public static func path(_ keys: [any CodingKey]) -> String {
        guard !keys.isEmpty else { return "the top level" }
        var out = ""
        for key in keys {
            if let i = key.intValue { out += "[\(i)]" } else { out += (out.isEmpty ? "" : ".") + key.stringValue }
        }
        return out
    }

    /// The 1-based line of the value at `keys` in `data`: each object key of the path is searched in turn
    /// (as `"key"` followed by `:`) after the previous one; the line of the last one found. `nil` when the
    /// path has no object key or the first is not found.
    /// - Complexity: O(n) in the length of the file.
    public static func line(of keys: [any CodingKey], in data: Data) -> Int? {
        let text = String(decoding: data, as: UTF8.self)
        var from = text.startIndex
        var found: String.Index?
        for key in keys where key.intValue == nil {
            guard let at = keyPosition("\"\(key.stringValue)\"", in: text, from: from) else { break }
            found = at
            from = text.index(after: at)
        }
        guard let found else { return nil }
        return text[..<found].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    }

    /// The first `quoted` at or after `from` that a colon follows (spaces allowed): a key, not a value.
    private static func keyPosition(_ quoted: String, in text: String, from: String.Index) -> String.Index? {
        var start = from
        while let r = text.range(of: quoted, range: start..<text.endIndex) {
            let rest = text[r.upperBound...].drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            if rest.first == ":" { return r.lowerBound }
            start = r.upperBound
        }
        return nil
    }

    /// A Swift type named in words: "a list", "an object", "a text", "a number", "true or false".
    static func words(for type: Any.Type) -> String {
        let name = String(describing: type)
        if name.hasPrefix("Array") || name.hasPrefix("[") && !name.contains(":") { return "a list" }
        if name.hasPrefix("Dictionary") || name.hasPrefix("[") { return "an object" }
        if name.hasPrefix("String") || name == "Character" || name == "URL" { return "a text" }
        if name == "Bool" { return "true or false" }
        if ["Int", "Double", "Float", "Decimal", "UInt"].contains(where: { name.hasPrefix($0) }) { return "a number" }
        return "a value of another kind"
    }

    /// ", found a number" from the decoder's "Expected to decode … but found a number instead.", in the
    /// words of ``words(for:)``; empty when the description says nothing.
    static func found(_ description: String) -> String {
        guard let r = description.range(of: "but found "), let end = description.range(of: " instead", range: r.upperBound..<description.endIndex)
        else { return "" }
        let what = description[r.upperBound..<end.lowerBound].lowercased()
        let mapped: String
        switch what {
        case "an array", "array": mapped = "a list"
        case "a dictionary", "dictionary", "an object": mapped = "an object"
        case "a string", "string": mapped = "a text"
        case "a number", "number": mapped = "a number"
        case "a bool", "bool", "a boolean": mapped = "true or false"
        case "null", "a null value": mapped = "null"
        default: mapped = what
        }
        return ", found \(mapped)"
    }

    /// 1-based line and column (in Characters) from a parser message that gives them ("… around line 3,
    /// column 7.") or gives a 0-based byte offset into `data` ("… around character 43.").
    static func syntaxPosition(_ detail: String, in data: Data) -> (line: Int, column: Int)? {
        if let r = detail.range(of: #"line (\d+), column (\d+)"#, options: .regularExpression) {
            let numbers = detail[r].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            return numbers.count == 2 ? (numbers[0], numbers[1]) : nil
        }
        guard let r = detail.range(of: #"character (\d+)"#, options: .regularExpression),
              let offset = Int(detail[r].filter(\.isNumber)) else { return nil }
        let before = String(decoding: data.prefix(max(0, offset)), as: UTF8.self)
        let lines = before.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.count, (lines.last?.count ?? 0) + 1)
    }

    /// The parser's message without its position (the error carries that) and without Swift's wrapper text.
    static func syntaxMessage(_ detail: String) -> String {
        var m = detail
        if let r = m.range(of: #"\s*(around|at) (line \d+, column \d+|character \d+)\.?"#, options: .regularExpression) { m.removeSubrange(r) }
        m = m.trimmingCharacters(in: .whitespacesAndNewlines)
        return m.isEmpty ? "the text is not JSON" : m
    }
}

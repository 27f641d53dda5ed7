import Foundation
import TaalgrensCore

/// Reads the TOML front matter Hugo and Zola write between `+++` lines: the subset such front matter uses
/// (TOML 1.0: key/value pairs with bare, quoted or dotted keys, basic and literal strings — also multi-line
/// ones — numbers, booleans, dates and date-times, arrays, inline tables, `[table]` headers, comments).
///
/// Every value is kept as text, as the YAML front matter's are: a string without its quotes and with its
/// escapes resolved, an array of scalars as its items joined by ", ", anything else (an inline table, a
/// nested array) as written. A key under a `[table]` header is `table.key`.
enum TOMLFrontMatter {
    /// One key and its value as text, with the 1-based line of the file where the key stands.
    struct Entry {
        var key: String
        var value: String
        var line: Int
        /// Where it stands in the parsed lines (0-based): the key's line and the value's last line.
        var firstIndex = 0
        var lastIndex = 0
        /// The key as written, up to and with its `=` (`tags =`, `  'quoted key' =`).
        var keyText = ""
        /// The value as written, trimmed, its lines joined with `\n` (a trailing comment included).
        var raw = ""
        /// The `[table]` header it stands under (`""` at the top level).
        var table = ""
    }

    /// Parses the lines between the fences.
    /// - Parameters:
    ///   - lines: the front matter's lines, without the `+++` fences.
    ///   - firstLine: the 1-based line of the file where `lines[0]` stands.
    ///   - file: the file's name, for errors.
    /// - Throws: ``InputError`` naming the line and column of a line that is not `key = value`, a `[table]`
    ///   header or a comment, or of a value that does not end (an unclosed string or array).
    /// - Complexity: O(n) in the front matter's length.
    static func parse(_ lines: [Substring], firstLine: Int, file: String) throws -> [Entry] {
        var entries: [Entry] = []
        var table = ""
        var index = 0
        while index < lines.count {
            let lineNumber = firstLine + index
            let first = index
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            index += 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                guard let close = line.firstIndex(of: "]") else {
                    throw InputError(file: file, line: lineNumber, column: 1, "malformed TOML front matter: expected ] to close the table header")
                }
                table = line[line.index(after: line.startIndex)..<close].trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
                continue
            }
            guard let equals = keyEnd(line) else {
                throw InputError(file: file, line: lineNumber, column: 1, "malformed TOML front matter: expected key = value, found \"\(line)\"")
            }
            let key = unquotedKey(line[..<equals])
            var value = String(line[line.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
            // A value may go on over several lines: a multi-line string, or an array.
            while !isComplete(value) {
                guard index < lines.count else {
                    throw InputError(file: file, line: lineNumber, column: line.distance(from: line.startIndex, to: equals) + 2,
                                     "malformed TOML front matter: the value of `\(key)` is never closed")
                }
                value += "\n" + lines[index]
                index += 1
            }
            let written = lines[first]
            let keyText = String(written[..<(written.firstIndex(of: "=") ?? written.endIndex)]) + "="
            entries.append(Entry(key: table.isEmpty ? key : table + "." + key, value: text(of: value), line: lineNumber,
                                 firstIndex: first, lastIndex: index - 1,
                                 keyText: line.firstIndex(of: "=") == equals ? keyText : String(line[...equals]),
                                 raw: value, table: table))
        }
        return entries
    }

    /// The index of the `=` after a key (a quoted key may hold one), or `nil`.
    static func keyEnd(_ line: String) -> String.Index? {
        var quote: Character?
        for i in line.indices {
            let c = line[i]
            if let q = quote { if c == q { quote = nil }; continue }
            if c == "\"" || c == "'" { quote = c; continue }
            if c == "=" { return i }
        }
        return nil
    }

    /// A key as text: quoted parts without their quotes, white space around dots removed.
    static func unquotedKey(_ key: Substring) -> String {
        key.split(separator: ".").map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) }
            .joined(separator: ".")
    }

    /// Whether a value is complete: its strings, arrays and inline tables are closed.
    static func isComplete(_ value: String) -> Bool {
        if value.hasPrefix("\"\"\"") || value.hasPrefix("'''") {
            let fence = String(value.prefix(3))
            return value.count >= 6 && value.dropFirst(3).contains(fence)
        }
        var depth = 0
        var quote: Character?
        var escaped = false
        for c in value {
            if let q = quote {
                if escaped { escaped = false } else if c == "\\" && q == "\"" { escaped = true } else if c == q { quote = nil }
                continue
            }
            switch c {
            case "\"", "'": quote = c
            case "[", "{": depth += 1
            case "]", "}": depth -= 1
            case "#": return depth <= 0
            default: break
            }
        }
        return depth <= 0 && quote == nil
    }

    /// A complete value as text (see the type's documentation).
    static func text(of raw: String) -> String {
        let value = withoutComment(raw).trimmingCharacters(in: .whitespacesAndNewlines)
        if value.hasPrefix("\"\"\"") || value.hasPrefix("'''") {
            var inner = String(value.dropFirst(3).dropLast(3))
            // A newline right after the opening delimiter is trimmed (TOML 1.0, "String").
            if inner.hasPrefix("\n") { inner.removeFirst() }
            return value.hasPrefix("\"") ? unescaped(inner) : inner
        }
        if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { return unescaped(String(value.dropFirst().dropLast())) }
        if value.hasPrefix("'"), value.hasSuffix("'"), value.count >= 2 { return String(value.dropFirst().dropLast()) }
        if value.hasPrefix("["), value.hasSuffix("]") {
            let items = splitItems(String(value.dropFirst().dropLast()))
            if items.allSatisfy({ !$0.hasPrefix("[") && !$0.hasPrefix("{") }) { return items.map(text(of:)).joined(separator: ", ") }
        }
        return value
    }

    /// `value` without a trailing `# comment` outside strings.
    static func withoutComment(_ value: String) -> String {
        var quote: Character?
        var escaped = false
        for i in value.indices {
            let c = value[i]
            if let q = quote {
                if escaped { escaped = false } else if c == "\\" && q == "\"" { escaped = true } else if c == q { quote = nil }
                continue
            }
            if c == "\"" || c == "'" { quote = c } else if c == "#" { return String(value[..<i]) }
        }
        return value
    }

    /// The items of an array's inside, split at top-level commas, trimmed, empty ones (a trailing comma) left out.
    static func splitItems(_ inside: String) -> [String] {
        var items: [String] = []
        var current = ""
        var depth = 0
        var quote: Character?
        var escaped = false
        for c in inside {
            if let q = quote {
                current.append(c)
                if escaped { escaped = false } else if c == "\\" && q == "\"" { escaped = true } else if c == q { quote = nil }
                continue
            }
            switch c {
            case "\"", "'": quote = c; current.append(c)
            case "[", "{": depth += 1; current.append(c)
            case "]", "}": depth -= 1; current.append(c)
            case "," where depth == 0: items.append(current); current = ""
            default: current.append(c)
            }
        }
        items.append(current)
        return items.map { withoutComment($0).trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// A basic string's escapes resolved (`\"`, `\\`, `\n`, `\t`, `\r`, `\b`, `\f`, `\uXXXX`, `\UXXXXXXXX`);
    /// an unknown escape is kept as written.
    static func unescaped(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var out = ""
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            guard c == "\\", i + 1 < chars.count else { out.append(c); i += 1; continue }
            let next = chars[i + 1]
            switch next {
            case "\"": out.append("\""); i += 2
            case "\\": out.append("\\"); i += 2
            case "n": out.append("\n"); i += 2
            case "t": out.append("\t"); i += 2
            case "r": out.append("\r"); i += 2
            case "b": out.append("\u{08}"); i += 2
            case "f": out.append("\u{0C}"); i += 2
            case "u", "U":
                let length = next == "u" ? 4 : 8
                if i + 2 + length <= chars.count, let value = UInt32(String(chars[(i + 2)..<(i + 2 + length)]), radix: 16),
                   let scalar = Unicode.Scalar(value) {
                    out.unicodeScalars.append(scalar)
                    i += 2 + length
                } else {
                    out.append(c); i += 1
                }
            default: out.append(c); i += 1
            }
        }
        return out
    }
}

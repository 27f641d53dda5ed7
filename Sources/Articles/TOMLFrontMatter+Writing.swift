import TaalgrensCore

/// Writing a TOML front matter back as TOML (ninth trial, finding 3: it was written back as YAML with flat
/// values, its arrays as "a, b" text).
///
/// ``MarkdownReader`` keeps the front matter's lines as written under ``structureKey``; ``render(_:title:id:)``
/// starts from them and replaces only what changed, so key order, tables, arrays, inline tables, comments and
/// the style of every value left alone stay byte for byte:
/// - a key read once whose metadata value differs from the one read (`title` from the title block, `id`
///   from the article's id, a translated `summary`, the target's `lang`) gets a new value: a basic string
///   (TOML 1.0, "String": `"` and `\` escaped, control characters as escapes), an array of basic strings
///   when the value read was an array of scalars (the metadata's ", "-joined items split again), bare when
///   the value read was bare and the new one is a date, a date-time, a number or a boolean of the same kind;
///   `date` keeps a date-time the metadata's date is the date of;
/// - a key whose value is replaced loses its trailing comment (it described the old value);
/// - a key the metadata has and the front matter lacks (a library caller's `lang`, the bundle's
///   `displayDate`; never the derived `dateTime`, the reserved keys or `title-heading`) is added at the top
///   level, before the first `[table]` header: `title` and `id` first, then the others by name; a key that is
///   not a bare key (letters, digits, `-`, `_`) is quoted.
///
/// A key that occurs more than once (under `[[array of tables]]` headers) is never replaced: its flat metadata
/// value is the last one's.
///
/// Why no TOML library: TOMLKit (the only one available here) keeps tables in toml++'s ordered maps, so it
/// writes keys sorted by name and drops comments; replacing values in the source's own lines keeps both.
extension TOMLFrontMatter {
    /// The reserved metadata key that holds a TOML front matter's lines as written (without the `+++`
    /// fences); never written as a key of its own.
    static let structureKey = "front-matter-toml"

    /// The front matter to write as TOML lines (without fences), ending with a newline; `nil` when the
    /// metadata holds no TOML front matter or it no longer parses.
    /// - Parameters:
    ///   - metadata: the article's metadata.
    ///   - title: the title block's text, when the article has one.
    ///   - id: the article id to write (``MarkdownReader/isValidArticleID(_:)``), or `nil`.
    /// - Complexity: O(n) in the front matter's length plus the metadata's size.
    static func render(_ metadata: [String: String], title: String?, id: String?) -> String? {
        guard let text = metadata[structureKey] else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let entries = try? parse(lines.map { $0[...] }, firstLine: 1, file: "") else { return nil }
        var occurrences: [String: Int] = [:]
        for entry in entries { occurrences[entry.key, default: 0] += 1 }

        var replacements: [(entry: Entry, text: String)] = []
        for entry in entries where occurrences[entry.key] == 1 {
            let wanted: String?
            switch entry.key {
            case "title": wanted = title
            case "id": wanted = id
            case "date":
                // A date-time stays as written while the metadata keeps its date (``MarkdownReader``).
                if let date = metadata["date"], MarkdownReader.isDateTime(entry.value), entry.value.hasPrefix(date),
                   metadata["dateTime"] == nil || metadata["dateTime"] == entry.value { continue }
                wanted = metadata["date"]
            default: wanted = metadata[entry.key]
            }
            guard let wanted, wanted != entry.value else { continue }
            replacements.append((entry, entry.keyText + " " + value(wanted, like: entry.raw)))
        }
        for (entry, text) in replacements.sorted(by: { $0.entry.firstIndex > $1.entry.firstIndex }) {
            lines.replaceSubrange(entry.firstIndex...entry.lastIndex, with: [text])
        }

        // Keys the front matter lacks, at the top level: before the first table header.
        let present = Set(entries.map(\.key))
        var added: [String] = []
        if let title, !present.contains("title") { added.append("title = " + basicString(title)) }
        if let id, !present.contains("id") { added.append("id = " + basicString(id)) }
        let hasDateTime = entries.contains { $0.key == "date" && MarkdownReader.isDateTime($0.value) }
        for key in metadata.keys.sorted() where !present.contains(key) && !derived(key, hasDateTime: hasDateTime) {
            added.append(bareKey(key) + " = " + basicString(metadata[key]!))
        }
        if !added.isEmpty {
            let header = lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("[") } ?? lines.count
            var at = header
            while at > 0, lines[at - 1].trimmingCharacters(in: .whitespaces).isEmpty { at -= 1 }
            lines.insert(contentsOf: added, at: at)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Whether a metadata key is derived or reserved, never a key of its own in the front matter.
    static func derived(_ key: String, hasDateTime: Bool) -> Bool {
        [structureKey, FrontMatterYAML.structureKey, FrontMatterYAML.targetStructureKey, MarkdownReader.titleHeadingKey,
         MarkdownReader.dialectKey, "title", "id"].contains(key)
            || (key == "dateTime" && hasDateTime)
    }

    /// `text` as a TOML value in the form of the value read, `raw` (see the type's documentation).
    static func value(_ text: String, like raw: String) -> String {
        let old = withoutComment(raw).trimmingCharacters(in: .whitespacesAndNewlines)
        if old.hasPrefix("[") {
            let items = splitItems(String(old.dropFirst().dropLast()))
            if items.allSatisfy({ !$0.hasPrefix("[") && !$0.hasPrefix("{") }) {
                let parts = text.isEmpty ? [] : text.components(separatedBy: ", ")
                return "[" + parts.map(basicString).joined(separator: ", ") + "]"
            }
        }
        if !old.hasPrefix("\""), !old.hasPrefix("'"), !old.hasPrefix("["), !old.hasPrefix("{") {
            let bothDates = (MarkdownReader.isISODate(old) || MarkdownReader.isDateTime(old))
                && (MarkdownReader.isISODate(text) || MarkdownReader.isDateTime(text))
            let bothBooleans = ["true", "false"].contains(old) && ["true", "false"].contains(text)
            let bothNumbers = Double(old.replacingOccurrences(of: "_", with: "")) != nil && Double(text) != nil
            if bothDates || bothBooleans || bothNumbers { return text }
        }
        return basicString(text)
    }

    /// The escapes TOML 1.0 gives a name ("String"); other control characters are written `\uXXXX`.
    static let namedEscapes: [Unicode.Scalar: String] = [
        "\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\u{08}": "\\b", "\u{0C}": "\\f",
    ]

    /// `text` as a TOML basic string: `"` and `\` escaped, control characters (U+0000–U+001F, U+007F) as a
    /// named escape or `\uXXXX` (TOML 1.0, "String").
    static func basicString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            if let named = namedEscapes[scalar] {
                out += named
            } else if scalar.value < 0x20 || scalar.value == 0x7F {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A key as TOML writes it: bare when it is letters, digits, `-` and `_` (ASCII), else a basic string.
    static func bareKey(_ key: String) -> String {
        !key.isEmpty && key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) ? key : basicString(key)
    }
}

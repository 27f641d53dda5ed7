import Foundation

/// What a file that failed to parse as XML really is, when it is one of the common mix-ups (eleventh trial,
/// finding 15): an HTML page saved as `page.xliff`, a spreadsheet glossary exported as CSV and named
/// `glossary.tbx`, a ZIP archive (an `.xlsx`, a zipped bundle) named `.tmx`. ``XMLReader`` puts this in
/// front of its error, so the user reads "this is an HTML page, not an XLIFF file" instead of libxml2's
/// complaint about an unclosed `<meta>` on line 7.
///
/// Recognised from the first bytes only (at most ``headLength``), after a byte-order mark and white space:
/// - an HTML page: `<!DOCTYPE html` or `<html` (any case), possibly after comments (HTML Living Standard,
///   13.1: a document starts with its DOCTYPE);
/// - a ZIP archive: the local file header signature `PK\u{3}\u{4}` (APPNOTE.TXT 4.3.7), which `.xlsx`,
///   `.docx` and `.odt` files are;
/// - columns of text: a first line that holds no `<` and at least one `;`, tab or `,` separator, and a
///   second line that holds as many of it (RFC 4180 records; quoted fields counted as one).
public enum MisnamedFormat {
    /// How many bytes of the file are looked at.
    public static let headLength = 4096

    /// The sentence that says what the file is and what to do, or `nil` when it is none of the mix-ups
    /// (then the XML error stands alone).
    /// - Parameters:
    ///   - head: the file's first bytes (at most ``headLength`` are used).
    ///   - file: the file's path: its extension names what was expected (`.xlf`/`.xliff`: XLIFF, `.tmx`:
    ///     TMX, `.tbx`: TBX, `.srx`: SRX).
    /// - Complexity: O(``headLength``).
    public static func describe(_ head: Data, file: String) -> String? {
        var bytes = Array(head.prefix(headLength))
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return "this is a ZIP archive (an .xlsx or .docx file, or a zipped folder), not \(expected(file)): "
                + (isTermbase(file) ? "save the spreadsheet as CSV (.csv) and pass that file" : "unpack it, or export \(expected(file)) from the tool that made it")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let text = String(decoding: bytes, as: UTF8.self)
        let start = text.drop { $0.isWhitespace }
        if isHTML(start) {
            return "this is an HTML page, not \(expected(file)): an article page is read from an article folder holding one file per language (en.html, nl-BE.html, …); import or publish that folder"
        }
        if let separator = columnSeparator(String(start)) {
            let name = separator == "\t" ? "tabs" : "'\(separator)'"
            return "this is text in columns separated by \(name) (a CSV or spreadsheet export), not \(expected(file)): "
                + (isTermbase(file) ? "give the file the extension .csv to read it as a CSV glossary (docs/glossary.md)" : "export \(expected(file)) from the tool that made it")
        }
        return nil
    }

    /// The format a file's extension promises, with its article ("an XLIFF file").
    static func expected(_ file: String) -> String {
        switch (file as NSString).pathExtension.lowercased() {
        case "xlf", "xliff", "sdlxliff", "mqxliff": return "an XLIFF file"
        case "tmx": return "a TMX memory"
        case "tbx": return "a TBX termbase"
        case "srx": return "SRX rules"
        default: return "an XML document"
        }
    }

    static func isTermbase(_ file: String) -> Bool { (file as NSString).pathExtension.lowercased() == "tbx" }

    /// Whether text (leading white space removed) starts an HTML page: `<!DOCTYPE html` or `<html`, after
    /// any comments.
    static func isHTML(_ text: Substring) -> Bool {
        var rest = text
        while rest.hasPrefix("<!--") {
            guard let end = rest.range(of: "-->") else { return false }
            rest = rest[end.upperBound...].drop { $0.isWhitespace }
        }
        let lower = rest.prefix(20).lowercased()
        return lower.hasPrefix("<!doctype html") || lower.hasPrefix("<html")
    }

    /// The separator of text in columns: the first of `;`, tab and `,` that the first line holds (outside
    /// double quotes) and the second line holds as often; `nil` when the first line has a `<` or the text
    /// has a single line.
    static func columnSeparator(_ text: String) -> Character? {
        let lines = text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        guard lines.count >= 2, !lines[0].contains("<") else { return nil }
        func count(_ separator: Character, in line: Substring) -> Int {
            var quoted = false
            var n = 0
            for c in line {
                if c == "\"" { quoted.toggle() } else if c == separator, !quoted { n += 1 }
            }
            return n
        }
        for separator: Character in [";", "\t", ","] {
            let n = count(separator, in: lines[0])
            if n > 0, count(separator, in: lines[1]) == n { return separator }
        }
        return nil
    }

    /// The first ``headLength`` bytes of the file at `path`, or `nil` when it cannot be read.
    public static func head(ofFile path: String) -> Data? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        return try? handle.read(upToCount: headLength)
    }
}

import Foundation

/// The words of a message written in ICU MessageFormat, the syntax Crowdin, Phrase Strings, Lokalise and
/// Transifex keep app strings in: `{count, plural, one {# new message} other {# new messages}}`.
///
/// The syntax (ICU User Guide, "Formatting Messages"; Unicode CLDR plural categories) is the format's, not
/// either language's: an argument `{name}`, a formatted argument `{name, number}` / `{when, date, short}`,
/// and the complex arguments `{name, plural|select|selectordinal, selector {message} …}` whose selectors
/// are the keywords `zero one two few many other`, `=N` or a `select` case, with `offset:N` and `#` (the
/// number) inside a plural's messages. Only the sub-messages are words of the language. A language check
/// that read `plural`, `one` and `other` as English demoted a Dutch plural string to needing review
/// (fourteenth trial, finding 7).
public enum ICUMessageText {
    /// `text` with every ICU argument replaced by a space and every complex argument by its sub-messages
    /// (each followed by a space), `#` inside a plural's messages removed; `text` itself when it holds no
    /// argument that parses (a sentence with a stray `{` stays as it is). Apostrophe quoting is not read.
    /// - Complexity: O(n) in the characters of `text`.
    public static func words(in text: String) -> String {
        guard text.contains("{") else { return text }
        let chars = Array(text)
        var i = 0
        var found = false
        let out = message(chars, &i, inPlural: false, topLevel: true, found: &found)
        return found ? out : text
    }

    private static let complexTypes: Set<String> = ["plural", "select", "selectordinal"]

    /// A message up to its closing `}` (not consumed) or the end.
    private static func message(_ c: [Character], _ i: inout Int, inPlural: Bool, topLevel: Bool, found: inout Bool) -> String {
        var out = ""
        while i < c.count {
            let ch = c[i]
            if ch == "}" && !topLevel { return out }
            if ch == "{" {
                var j = i
                if let replaced = argument(c, &j, found: &found) {
                    out += replaced
                    i = j
                    continue
                }
            }
            if ch == "#" && inPlural { out.append(" ") } else { out.append(ch) }
            i += 1
        }
        return out
    }

    /// The argument starting at `c[i] == "{"`: its replacement text, with `i` past its `}`; `nil` when it
    /// does not parse (then nothing is consumed).
    private static func argument(_ c: [Character], _ i: inout Int, found: inout Bool) -> String? {
        var j = i + 1
        skipSpaces(c, &j)
        let name = identifier(c, &j)
        guard !name.isEmpty else { return nil }
        skipSpaces(c, &j)
        guard j < c.count else { return nil }
        if c[j] == "}" {
            i = j + 1
            found = true
            return " "
        }
        guard c[j] == "," else { return nil }
        j += 1
        skipSpaces(c, &j)
        let type = identifier(c, &j).lowercased()
        guard !type.isEmpty else { return nil }
        skipSpaces(c, &j)
        guard j < c.count else { return nil }
        if !complexTypes.contains(type) {
            // {name, number}, {when, date, short}: a formatted value, its style included.
            var depth = 1
            while j < c.count {
                if c[j] == "{" { depth += 1 } else if c[j] == "}" { depth -= 1; if depth == 0 { break } }
                j += 1
            }
            guard j < c.count else { return nil }
            i = j + 1
            found = true
            return " "
        }
        guard c[j] == "," else { return nil }
        j += 1
        var out = ""
        var cases = 0
        while true {
            skipSpaces(c, &j)
            guard j < c.count else { return nil }
            if c[j] == "}" { break }
            // A selector: =N, offset:N, a plural keyword or a select case.
            var selector = ""
            while j < c.count, !c[j].isWhitespace, c[j] != "{", c[j] != "}" { selector.append(c[j]); j += 1 }
            guard !selector.isEmpty else { return nil }
            if selector.hasPrefix("offset:") { continue }
            skipSpaces(c, &j)
            guard j < c.count, c[j] == "{" else { return nil }
            j += 1
            out += message(c, &j, inPlural: type != "select", topLevel: false, found: &found) + " "
            guard j < c.count, c[j] == "}" else { return nil }
            j += 1
            cases += 1
        }
        guard cases > 0 else { return nil }
        i = j + 1
        found = true
        return " " + out
    }

    private static func identifier(_ c: [Character], _ j: inout Int) -> String {
        var out = ""
        while j < c.count, c[j].isLetter || c[j].isNumber || c[j] == "_" || c[j] == "-" || c[j] == "." { out.append(c[j]); j += 1 }
        return out
    }

    private static func skipSpaces(_ c: [Character], _ j: inout Int) {
        while j < c.count, c[j].isWhitespace { j += 1 }
    }
}

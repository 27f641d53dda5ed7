/// The one escaper for markup Taalgrens writes by hand (HTML pages and fragments, the native HTML text of
/// inline codes): every module that puts text into HTML or XML goes through it, so that no two places
/// escape different sets of characters.
///
/// The sets follow the HTML Living Standard (section 13.1.2.6, "attribute value (double-quoted)", and
/// 13.1.3, text) and XML 1.0 (section 2.4, character data): `&` and `<` always; `>` always, so that `]]>`
/// can never appear and a reader that does not expect a raw `>` is safe; `"` in attribute values, which
/// Taalgrens always writes in double quotes. `'` is left alone: no Taalgrens writer quotes an attribute
/// with it. Whole documents are written by `XMLSupport.XMLWriter` (libxml2) instead, which escapes for
/// itself.
public enum MarkupEscaping {
    /// Text for element content: `&` → `&amp;`, `<` → `&lt;`, `>` → `&gt;`.
    /// - Complexity: O(n) in the UTF-8 length; returns `text` itself when nothing needs escaping.
    public static func text(_ text: String) -> String {
        escape(text, quote: false)
    }

    /// Text for a double-quoted attribute value: as ``text(_:)``, and `"` → `&quot;`.
    /// - Complexity: O(n) in the UTF-8 length; returns `value` itself when nothing needs escaping.
    public static func attribute(_ value: String) -> String {
        escape(value, quote: true)
    }

    private static func escape(_ text: String, quote: Bool) -> String {
        // The four characters are ASCII, so a UTF-8 scan finds them without decoding Characters.
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || (quote && $0 == 0x22) }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quote: out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

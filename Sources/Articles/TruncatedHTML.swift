import Foundation
import TaalgrensCore

/// Signs that an HTML article file was cut short (an interrupted download or sync; seventeenth trial,
/// finding 7: a file ending inside `<path class="cls-1" d` was segmented, imported and published without a
/// word, its French page short of every question after the first). libxml2's HTML parser recovers from any
/// end, so the reader cannot tell; this scan of the text can:
/// - the text ends inside a start or end tag (its name, an attribute, a quoted value), a comment, or the
///   content of a `<script>`, `<style>`, `<textarea>` or `<title>` element (which only their end tag ends);
/// - the text opens `<html>` or `<body>` and closes neither (HTML lets a page leave out `</body>` and
///   `</html>`, but editors and CMS exports write them; a page that opens them and ends without them is most
///   often cut).
/// An HTML fragment (a CMS body field) that opens neither and ends between tags is never flagged.
public enum TruncatedHTML {
    /// Why `text` looks cut short, naming the tag and the line where it starts (1-based), or `nil`.
    /// - Parameter text: the file's text (decoded, line feeds unified).
    /// - Complexity: O(n) in the text's length.
    public static func reason(_ text: String) -> String? {
        let s = Array(text.unicodeScalars)
        var i = 0, line = 1
        var opened: Set<String> = [], closed: Set<String> = []
        func lower(_ c: Unicode.Scalar) -> Unicode.Scalar { ("A"..."Z").contains(c) ? Unicode.Scalar(c.value + 32)! : c }
        func starts(_ p: String, at k: Int) -> Bool {
            var k = k
            for c in p.unicodeScalars {
                guard k < s.count, lower(s[k]) == c else { return false }
                k += 1
            }
            return true
        }
        func isNameScalar(_ c: Unicode.Scalar) -> Bool {
            !(c == " " || c == "\t" || c == "\n" || c == "\u{0C}" || c == "/" || c == ">")
        }
        func advance(to k: Int) {
            while i < k { if s[i] == "\n" { line += 1 }; i += 1 }
        }
        while i < s.count {
            guard s[i] == "<" else { if s[i] == "\n" { line += 1 }; i += 1; continue }
            let startLine = line
            if starts("<!--", at: i) {
                var k = i + 4
                while k < s.count, !starts("-->", at: k) { k += 1 }
                if k >= s.count { return "ends inside a comment opened on line \(startLine)" }
                advance(to: k + 3)
                continue
            }
            let closing = i + 1 < s.count && s[i + 1] == "/"
            let nameStart = i + (closing ? 2 : 1)
            guard nameStart < s.count, s[nameStart].properties.isAlphabetic || s[nameStart] == "!" || s[nameStart] == "?" else {
                if nameStart >= s.count { return "ends with a lone “<” on line \(startLine)" }
                if s[i] == "\n" { line += 1 }
                i += 1
                continue
            }
            var k = nameStart
            while k < s.count, isNameScalar(s[k]) { k += 1 }
            let name = String(String.UnicodeScalarView(s[nameStart..<k].map(lower)))
            // The rest of the tag, up to its `>` outside quotes.
            var quote: Unicode.Scalar?
            while k < s.count {
                let c = s[k]
                if let q = quote { if c == q { quote = nil } } else if c == "\"" || c == "'" { quote = c } else if c == ">" { break }
                k += 1
            }
            if k >= s.count {
                let shown = name.hasPrefix("!") || name.hasPrefix("?") ? "declaration" : "<\(closing ? "/" : "")\(name)> tag"
                return "ends inside a \(shown) on line \(startLine)"
            }
            advance(to: k + 1)
            if closing { closed.insert(name); continue }
            opened.insert(name)
            if ["script", "style", "textarea", "title"].contains(name) {
                // Raw text: only its end tag ends it.
                var e = i
                while e < s.count, !starts("</" + name, at: e) { e += 1 }
                if e >= s.count { return "ends inside the <\(name)> element opened on line \(startLine)" }
                advance(to: e)
            }
        }
        for name in ["body", "html"] where opened.contains(name) && !closed.contains("body") && !closed.contains("html") {
            return "opens <\(name)> but ends without </body> or </html>"
        }
        return nil
    }

    /// ``reason(_:)`` for an HTML article file; `nil` for other formats or a file that cannot be read (the
    /// reader then says why).
    public static func reason(file url: URL) -> String? {
        guard ArticleFormat(fileExtension: url.pathExtension) == .html,
              let data = try? ArticleReader.contents(of: url),
              let text = try? InputText.decode(data, file: url.path).text else { return nil }
        return reason(text)
    }
}

import Foundation
import TaalgrensCore

/// XLIFF 2.0's Format Style module (OASIS XLIFF 2.0, section 5.4, namespace
/// `urn:oasis:names:tc:xliff:fs:2.0`): `fs:fs` names the HTML element an inline code stands for, `fs:subFs`
/// its attributes. A tool that writes no `<originalData>` (Okapi's XLIFF 2 filter for HTML) describes its
/// codes this way; the reader builds the code's native HTML tag from them, so a link keeps its address and
/// a bold its element (fifteenth trial, finding 11: such codes were read with no native text and their
/// TMX export was empty).
enum FormatStyle {
    /// The module's namespace.
    static let namespace = "urn:oasis:names:tc:xliff:fs:2.0"

    /// The native HTML text of a code of `kind` whose element is `element` (the `fs:fs` value) and whose
    /// attributes are `subFs`: `<a href="…">` for an opening, `</a>` for a closing, `<br/>` for a
    /// standalone code; `nil` when `element` is no XML name.
    /// - Parameters:
    ///   - element: the `fs:fs` value, an HTML element name.
    ///   - subFs: the `fs:subFs` value: name,value pairs separated by `\`, a comma or backslash inside a
    ///     name or value escaped with `\` (section 5.4.2.2).
    ///   - kind: the code's kind.
    static func native(element: String, subFs: String?, kind: InlineCode.Kind) -> String? {
        guard let first = element.unicodeScalars.first, first.properties.isAlphabetic || first == "_",
              element.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0.properties.numericType != nil || "-_.:".unicodeScalars.contains($0) })
        else { return nil }
        if kind == .closing { return "</" + element + ">" }
        var text = "<" + element
        for (name, value) in attributes(subFs ?? "") where !name.isEmpty {
            text += " " + name + "=\"" + MarkupEscaping.attribute(value) + "\""
        }
        return text + (kind == .standalone ? "/>" : ">")
    }

    /// The name,value pairs of an `fs:subFs` value, in order (section 5.4.2.2: pairs separated by `\`, name
    /// and value by the first `,`; `\,` and `\\` stand for a comma and a backslash).
    static func attributes(_ subFs: String) -> [(String, String)] {
        var pairs: [(String, String)] = []
        var name = "", value = "", inValue = false
        var chars = Array(subFs)[...]
        func flush() {
            if !name.isEmpty || inValue { pairs.append((name, value)) }
            name = ""; value = ""; inValue = false
        }
        while let c = chars.popFirst() {
            if c == "\\", let next = chars.first, next == "," || next == "\\" {
                chars.removeFirst()
                if inValue { value.append(next) } else { name.append(next) }
            } else if c == "\\" {
                flush()
            } else if c == ",", !inValue {
                inValue = true
            } else if inValue {
                value.append(c)
            } else {
                name.append(c)
            }
        }
        flush()
        return pairs
    }
}

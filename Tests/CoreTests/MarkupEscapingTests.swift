import TaalgrensCore
import Testing

/// The one escaper for hand-written markup: which characters it escapes in text and in attribute values.
@Suite("MarkupEscaping: text and double-quoted attribute values")
struct MarkupEscapingTests {
    @Test("each special character in text", arguments: [("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\"", "\""), ("'", "'")])
    func text(character: String, escaped: String) {
        #expect(MarkupEscaping.text("a\(character)b") == "a\(escaped)b")
    }

    @Test("each special character in an attribute value", arguments: [("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\"", "&quot;"), ("'", "'")])
    func attribute(character: String, escaped: String) {
        #expect(MarkupEscaping.attribute("a\(character)b") == "a\(escaped)b")
    }

    @Test("a special character followed by a combining mark is still escaped (one Character, two scalars)")
    func combiningMark() {
        // `"` + U+0301 and `<` + U+0338 are single Characters: an escaper comparing Characters misses them.
        #expect(MarkupEscaping.attribute("het \"\u{301} teken") == "het &quot;\u{301} teken")
        #expect(MarkupEscaping.text("3 <\u{338} 2 &\u{301}") == "3 &lt;\u{338} 2 &amp;\u{301}")
    }

    @Test("text without special characters comes back unchanged, other scripts and emoji included")
    func unchanged() {
        for sample in ["", "plain", "Zoë’s café — 3 € · 👩🏽‍💻", "ligne\nsuivante"] {
            #expect(MarkupEscaping.text(sample) == sample)
            #expect(MarkupEscaping.attribute(sample) == sample)
        }
        #expect(MarkupEscaping.attribute("Tom & \"Jerry\" <3 é") == "Tom &amp; &quot;Jerry&quot; &lt;3 é")
    }
}

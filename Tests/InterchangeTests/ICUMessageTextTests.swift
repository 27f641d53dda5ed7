import Foundation
import Interchange
import Testing

/// Fourteenth trial, finding 7: the words of an ICU MessageFormat string, without the format's syntax.
@Suite("ICU MessageFormat: the words of a message")
struct ICUMessageTextTests {
    static func words(_ text: String) -> [String] {
        ICUMessageText.words(in: text).split(whereSeparator: \.isWhitespace).map(String.init)
    }

    @Test("plural, select, selectordinal, simple and formatted arguments leave only the sub-messages' words", arguments: [
        ("{count, plural, one {# nieuw bericht} other {# nieuwe berichten}}", ["nieuw", "bericht", "nieuwe", "berichten"]),
        ("{count, plural, offset:1 =0 {Niemand} =1 {Alleen {name}} other {{name} en # anderen}}", ["Niemand", "Alleen", "en", "anderen"]),
        ("{gender, select, female {Elle est partie} male {Il est parti} other {Iel est parti}}", ["Elle", "est", "partie", "Il", "est", "parti", "Iel", "est", "parti"]),
        ("Bonjour {name}, vous avez {n, number} messages le {d, date, short}.", ["Bonjour", ",", "vous", "avez", "messages", "le", "."]),
        ("{place, selectordinal, one {#ste} other {#de}} plaats", ["ste", "de", "plaats"]),
    ])
    func words(text: String, expected: [String]) {
        #expect(Self.words(text) == expected, "\(ICUMessageText.words(in: text))")
    }

    @Test("text that is no ICU message stays as it is", arguments: [
        "Use a { in the template.", "Call %s or chat with us", "Braces {, } and {1 2} alone", "Set {x} = 3 { not closed", "{ }",
    ])
    func unchanged(text: String) {
        if text == "Set {x} = 3 { not closed" {
            #expect(ICUMessageText.words(in: text) == "Set   = 3 { not closed")
        } else {
            #expect(ICUMessageText.words(in: text) == text)
        }
    }
}

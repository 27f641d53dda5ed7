import Testing
import TaalgrensCore
import XMLSupport

/// ``InlineCode/subFlowTexts`` reads the `<sub>` texts out of a code's TMX inner markup (TMX 1.4b §3.8.5).
@Suite("Sub-flow texts of inline codes")
struct SubFlowTextTests {
    func code(_ inner: String?, id: String = "1") -> InlineCode {
        InlineCode(id: id, kind: .standalone, type: .other, attributes: inner.map { [InlineCode.tmxInnerAttribute: $0] } ?? [:])
    }

    @Test func oneSubInsideNativeMarkup() {
        #expect(code(#"&lt;img src="a.png" alt="<sub>Map of Leuven</sub>"/&gt;"#).subFlowTexts == ["Map of Leuven"])
        #expect(code(nil).subFlowTexts.isEmpty)
        #expect(code("&lt;br/&gt;").subFlowTexts.isEmpty)
    }

    @Test("references resolved; <hi> text kept; nested codes' markup left out; their own <sub> a text of its own")
    func nestedStructure() {
        let inner = #"&lt;a title="<sub>Tom &amp; Jerry &#233;t&#xE9; <hi type="b">now</hi><ph x="2">&lt;b title="<sub>inner note</sub>"&gt;</ph> end</sub>"&gt;"#
        #expect(code(inner).subFlowTexts == ["Tom & Jerry été now end", "inner note"])
    }

    @Test("a `>` inside a quoted attribute value does not end the tag; white-space-only texts are left out")
    func attributesAndBlanks() {
        #expect(code(#"<sub datatype="x>y">Legend: 3 > 2</sub><sub>  </sub><sub type='a>b'>Second</sub>"#).subFlowTexts == ["Legend: 3 > 2", "Second"])
    }

    @Test func richTextListsSubFlowsWithTheirCodes() {
        let text = RichText([.text("See "), .code(code("<sub>first</sub>", id: "4")), .text(" and "), .code(code("<sub>second</sub>", id: "9"))])
        #expect(text.subFlowTexts.map { "\($0.codeID)=\($0.text)" } == ["4=first", "9=second"])
        #expect(text.plainText == "See  and ")
    }
}

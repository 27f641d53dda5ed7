extension InlineCode {
    /// The attribute holding the XML content of a code read from TMX when that content has child elements
    /// (a `<sub>`): the text as escaped XML text (``MarkupEscaping/text(_:)``) and each element as a start tag
    /// with double-quoted attributes and an end tag, as the TMX reader re-serialised it; the TMX writer
    /// emits it again, so the round trip is exact. Its `<sub>` texts are read by `XMLSupport`'s
    /// `InlineCode.subFlowTexts`.
    public static let tmxInnerAttribute = "tmx-inner"
}

import TaalgrensCore

/// How inline code types map onto the `type`/`subType` attributes of XLIFF 2.1 (section 4.3.1.33 and
/// 4.3.1.31, with the `xlf:` subtypes of section 4.7.8) and the `ctype` attribute of XLIFF 1.2.
/// The table is repeated in `docs/interchange.md`.
enum XLIFFInlineTypes {
    /// XLIFF 2 `type` and `subType` for a code type. Types without a standard value (code, superscript,
    /// subscript) are `fmt` without a subtype; their native text (`<code>`, `<sup>`) tells them apart.
    static func xliff2(_ type: InlineCode.CodeType) -> (type: String?, subType: String?) {
        switch type {
        case .link: ("link", nil)
        case .image: ("image", nil)
        case .emphasis: ("fmt", "xlf:i")
        case .strong: ("fmt", "xlf:b")
        case .underline: ("fmt", "xlf:u")
        case .lineBreak: ("fmt", "xlf:lb")
        case .code, .superscript, .subscript: ("fmt", nil)
        case .other: (nil, nil)
        }
    }

    /// The code type that XLIFF 2 `type`/`subType` state unambiguously, or `nil` (then the native text
    /// decides).
    static func fromXLIFF2(type: String?, subType: String?) -> InlineCode.CodeType? {
        switch (type, subType) {
        case ("link", _): .link
        case ("image", _): .image
        case ("fmt", "xlf:i"): .emphasis
        case ("fmt", "xlf:b"): .strong
        case ("fmt", "xlf:u"): .underline
        case ("fmt", "xlf:lb"): .lineBreak
        default: nil
        }
    }

    /// XLIFF 1.2 `ctype` for `<g>`, `<bx/>` (delimiters: `bold`, `italic`, `underlined`, `link`, `x-…`).
    static func xliff12Delimiter(_ type: InlineCode.CodeType) -> String {
        switch type {
        case .link: "link"
        case .emphasis: "italic"
        case .strong: "bold"
        case .underline: "underlined"
        default: "x-" + type.rawValue
        }
    }

    /// XLIFF 1.2 `ctype` for `<x/>` (placeholders: `image`, `pb`, `lb`, `x-…`).
    static func xliff12Placeholder(_ type: InlineCode.CodeType) -> String {
        switch type {
        case .image: "image"
        case .lineBreak: "lb"
        default: "x-" + type.rawValue
        }
    }

    /// The code type for an XLIFF 1.2 `ctype`, or `nil` when it does not name one.
    static func fromXLIFF12(ctype: String?) -> InlineCode.CodeType? {
        guard let ctype else { return nil }
        switch ctype {
        case "link", "x-html-a": return .link
        case "italic", "x-italic", "x-html-i", "x-html-em": return .emphasis
        case "bold", "x-bold", "x-html-b", "x-html-strong": return .strong
        case "underlined", "x-underlined", "x-html-u": return .underline
        case "image", "x-html-img": return .image
        case "lb", "x-html-br": return .lineBreak
        default:
            if ctype.hasPrefix("x-"), let t = InlineCode.CodeType(rawValue: String(ctype.dropFirst(2))) { return t }
            return nil
        }
    }

    /// TMX 1.4b `type` for a code type (section 3.7: `bold`, `italic`, `ulined`, `link` on `<bpt>`/`<it>`;
    /// `lb`, `image` on `<ph>`), `x-…` for the others, `nil` for `other`.
    static func tmx(_ type: InlineCode.CodeType) -> String? {
        switch type {
        case .link: "link"
        case .emphasis: "italic"
        case .strong: "bold"
        case .underline: "ulined"
        case .lineBreak: "lb"
        case .image: "image"
        case .code: "x-code"
        case .superscript: "x-superscript"
        case .subscript: "x-subscript"
        case .other: nil
        }
    }

    /// The code type for a TMX `type`, or `nil` when it names none of ours.
    static func fromTMX(_ type: String) -> InlineCode.CodeType? {
        switch type {
        case "link": .link
        case "italic": .emphasis
        case "bold": .strong
        case "ulined": .underline
        case "lb": .lineBreak
        case "image": .image
        case "x-code": .code
        case "x-superscript": .superscript
        case "x-subscript": .subscript
        default: nil
        }
    }
}

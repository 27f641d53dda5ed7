import Foundation
import TaalgrensCore

/// The props in which other translation tools keep a unit's *context* in TMX: the source text of the
/// segments before and after it in its document, which a context match (101, `docs/matching.md`) compares.
/// TMX 1.4b has no element for context, so each tool chose its own `<prop>` types:
///
/// | tool | where | previous | next |
/// |---|---|---|---|
/// | memoQ | `<tu>`; memoQ 7 on the source `<tuv>`, wrapped as `<seg>…</seg>` | `x-context-pre` | `x-context-post` |
/// | OmegaT (alternative translations in `project_save.tmx`) | `<tu>`, beside the `file` prop of the same key | `prev` | `next` |
/// | XTM Cloud | `<tu>` | `x-previous-source-text` | `x-next-source-text` |
/// | Trados Studio (SDL TM8 format) | `<tu>`, `x-ContextContent` | its first field | its third field when the header's `x-TextContextMatchType` is `PrecedingAndFollowingSource` |
///
/// Trados's `x-ContextContent` is `<previous source> | <base64> | <second segment> | <base64>`, fields
/// separated by ` | ` and a `|` inside a segment doubled; the second segment is the previous *target* in
/// Trados's default mode (`PrecedingSourceAndTarget`, not a neighbour of the source) and the next source
/// only in the `PrecedingAndFollowingSource` mode. Trados's `x-Context` holds two hashes, not text: kept as
/// a prop only. OmegaT's values hold its short tags (`<b0>`), which are taken out: context compares text.
///
/// The props themselves stay in ``TranslationUnit/properties`` so that `tm export` writes them back as the
/// unit came (eleventh trial, finding 7); ``TMXWriter`` leaves out its own `x-taalgrens-previous`/`-next`
/// where these props already give the same context.
///
/// Sources: memoQ's TMX exports and XTM Cloud's "TMX attributes that are applicable during TM import &
/// export" (`x-context-pre`/`x-context-post` on the `<tuv>` in the older form, `x-previous-source-text`);
/// OmegaT's `ProjectTMX` (the alternative-translation key `file`, `id`, `prev`, `next`, `path`); Trados
/// Studio's TMX export (the SDL TM8 format's `x-ContextContent` and `x-TextContextMatchType` props).
enum TMXToolContext {
    /// The context the props give one variant, each side with the prop key it came from.
    struct Found: Equatable {
        var previous: (text: String, key: String)?
        var next: (text: String, key: String)?

        static func == (a: Found, b: Found) -> Bool {
            a.previous?.text == b.previous?.text && a.previous?.key == b.previous?.key
                && a.next?.text == b.next?.text && a.next?.key == b.next?.key
        }
    }

    /// The Trados header prop that says what the second segment of `x-ContextContent` is.
    static let tradosMatchTypeProp = "x-TextContextMatchType"
    /// Its value when the second segment is the following source segment.
    static let tradosFollowingSource = "PrecedingAndFollowingSource"

    /// The context that `properties` (a unit's, `<tuv>` props keyed `"<locale>:<type>"`) give the variant
    /// in `locale`, which must be the unit's source-language variant (`srclang`): every convention holds the
    /// neighbours of the source text.
    /// - Parameters:
    ///   - followingSource: whether Trados's second `x-ContextContent` segment is the next source segment
    ///     (the file's header says `x-TextContextMatchType` `PrecedingAndFollowingSource`).
    /// - Returns: the first convention that gives a non-empty text, per side, in the order of the table above.
    /// - Complexity: O(length of the prop values).
    static func context(in properties: [String: String], locale: LanguageTag, followingSource: Bool = false) -> Found {
        var found = Found()
        let variantKey = { (type: String) in TMXConventions.variantPropertyKey(locale, type) }
        // memoQ, on the <tu> or (memoQ 7) on the source <tuv>.
        for key in ["x-context-pre", variantKey("x-context-pre")] where found.previous == nil {
            if let text = properties[key].flatMap(memoQText) { found.previous = (text, key) }
        }
        for key in ["x-context-post", variantKey("x-context-post")] where found.next == nil {
            if let text = properties[key].flatMap(memoQText) { found.next = (text, key) }
        }
        // OmegaT: prev/next only beside its key's `file` prop (generic names otherwise).
        if properties["file"] != nil {
            if found.previous == nil, let text = properties["prev"].flatMap(omegaTText) { found.previous = (text, "prev") }
            if found.next == nil, let text = properties["next"].flatMap(omegaTText) { found.next = (text, "next") }
        }
        // XTM.
        if found.previous == nil, let text = properties["x-previous-source-text"].flatMap(nonEmpty) { found.previous = (text, "x-previous-source-text") }
        if found.next == nil, let text = properties["x-next-source-text"].flatMap(nonEmpty) { found.next = (text, "x-next-source-text") }
        // Trados Studio.
        if let value = properties["x-ContextContent"] {
            let fields = tradosFields(value)
            if found.previous == nil, let text = fields.first.flatMap(nonEmpty) { found.previous = (text, "x-ContextContent") }
            if followingSource, found.next == nil, fields.count >= 3, let text = nonEmpty(fields[2]) { found.next = (text, "x-ContextContent") }
        }
        return found
    }

    /// The sentence a memoQ context prop holds: the value itself, or, when memoQ wrapped it as a segment
    /// (`<seg>…</seg>`, its markup kept as text, so `&lt;seg&gt;` in the file), the wrapped text with its
    /// five predefined XML entities resolved and the white space of the pretty-printed file folded to
    /// single spaces; `nil` when nothing is left.
    static func memoQText(_ value: String) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("<seg>"), trimmed.hasSuffix("</seg>"), trimmed.count >= 11 else { return trimmed.isEmpty ? nil : value }
        var inner = String(trimmed.dropFirst(5).dropLast(6))
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&amp;", "&")] {
            inner = inner.replacingOccurrences(of: entity, with: character)
        }
        let folded = inner.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return folded.isEmpty ? nil : folded
    }

    /// An OmegaT neighbour without its short tags (`<b0>Four-day week</b0>` → `Four-day week`); `nil` when
    /// nothing but white space is left.
    static func omegaTText(_ value: String) -> String? {
        let elements = OmegaTTags.codes(in: [.text(value)]) { id, kind, _, _ in InlineCode(id: id, kind: kind, type: .other) }
        return nonEmpty(RichText(elements).plainText)
    }

    /// The fields of a Trados `x-ContextContent` value: split at ` | ` whose bar is single, each field's
    /// doubled bars (`||`, an escaped `|` of the segment text) made single again.
    /// - Complexity: O(length of the value).
    static func tradosFields(_ value: String) -> [String] {
        let scalars = Array(value.unicodeScalars)
        var fields: [String] = []
        var current = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s == "|" {
                if i + 1 < scalars.count, scalars[i + 1] == "|" {
                    current.append("|")
                    i += 2
                    continue
                }
                // A single bar: the separator " | " (the spaces belong to it).
                var field = String(current)
                if field.hasSuffix(" ") { field.removeLast() }
                fields.append(field)
                current = String.UnicodeScalarView()
                i += 1
                if i < scalars.count, scalars[i] == " " { i += 1 }
                continue
            }
            current.append(s)
            i += 1
        }
        fields.append(String(current))
        return fields
    }

    private static func nonEmpty(_ text: String) -> String? {
        text.allSatisfy(\.isWhitespace) ? nil : text
    }
}

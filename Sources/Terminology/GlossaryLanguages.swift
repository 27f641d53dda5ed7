import Foundation
import TaalgrensCore

/// The languages of a bilingual glossary that does not name them itself: OmegaT's `glossary.txt` (the
/// languages live in the OmegaT project, not in the file), Weblate's or DeepL's two-column CSV with a
/// `source,target` header or none. The first column is read in ``source``, the second in ``target``.
/// A file whose header names its languages (`en,nl-BE`) or its columns (`id,locale,term`) ignores these.
public struct GlossaryLanguages: Hashable, Sendable {
    /// The language of the first column.
    public var source: LanguageTag
    /// The language of the second column.
    public var target: LanguageTag

    /// Languages for the first and the second column.
    public init(source: LanguageTag, target: LanguageTag) {
        self.source = source
        self.target = target
    }

    /// Reads `en,nl-BE` (two BCP 47 tags separated by a comma): the form of `--termbase-languages`.
    /// - Returns: `nil` unless the text is exactly two well-formed, different tags.
    public init?(_ text: String) {
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let source = LanguageTag(parts[0]), let target = LanguageTag(parts[1]), source != target else { return nil }
        self.init(source: source, target: target)
    }
}

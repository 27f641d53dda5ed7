import Articles
import Foundation
import TaalgrensCore

/// Renders a bundle's target article as Markdown and HTML through the `Articles` renderers.
///
/// - Only the pre-translated sentences get the target locale's typography (`Locales/<locale>/typography.json`:
///   French narrow no-break spaces before `; ! ?` and inside « », a no-break space before `:`, the
///   locale's quotation marks and apostrophe). Sentences left in the source language keep the source's.
/// - The front matter is the target's: `lang` (also `language` or `locale`, when the source has them) is
///   the target locale; the translatable fields (``BundleOptions/translatableFields``: `category`,
///   `summary`, …) are the bundle's translations of them where the memory had an exact or context match,
///   else the source's text; `author` and other keys are the target version's own where the article folder
///   has one with that key (``BundleOptions/targetMetadata``: "Rédaction", not "Staff reporter"), else
///   kept as the source has them. A YAML front matter keeps its structure (``FrontMatterYAML``): lists stay
///   lists with each translated item in place, maps stay maps (the target version's own where it has the
///   key), `date` stays as written, and no key is added. Else (a front matter written from scratch, for an
///   HTML or TOML source) the date is also written the target
///   locale's way under `displayDate` ("30 maart 2020", "30 mars 2020", through ``LocalizedDate``, ICU's
///   CLDR long date format), next to `date`, which stays ISO 8601: `ArticleReader` (and static-site
///   generators) require it, and a rendered article must read back. `article.html` shows the localised
///   date in its byline, with the ISO date in `<time datetime>`.
/// - The HTML page carries `lang` = the target locale, and every run of text left in the source language
///   is wrapped in `<span lang="en">` (WCAG 2.1, success criterion 3.1.2, Language of Parts), so browsers
///   hyphenate it and screen readers pronounce it as what it is. The Markdown has no such mark.
/// - Links whose target can run script (`javascript:`, `vbscript:`, `data:`; ``LinkSafety``) are removed
///   from both files (their text stays), and so are images with such a source.
/// - Images copied into the bundle (``BundleImage``) point at their copy's path.
struct TargetRenderer {
    let data: DataDirectory

    struct Output {
        var markdown: String
        var html: String
        /// The address keys of the target's front matter that are still the source's, with their value
        /// (``addressesKeptAsSource(_:source:)``).
        var keptAddresses: [(key: String, value: String)] = []
    }

    /// Front-matter keys that name the article's language.
    static let languageKeys = ["lang", "language", "locale"]

    /// Front-matter keys that are the page's address (Jekyll `permalink` and `redirect_from`, Hugo `url` and
    /// `aliases`, Eleventy `permalink`): each language's page needs its own.
    static let addressKeys = ["permalink", "url", "aliases", "redirect_from"]

    /// Writes the target's language where the source's address holds its own as a path segment (`/en/news/x/`
    /// → `/nl/news/x/` for nl-BE; `/nl-be/…` → `/fr-be/…`), in `metadata[key]` and in each item of a list
    /// (`key.1`, `key.2`, … for a YAML list, which its renderer puts in place; a TOML array is written from
    /// the joined value), so that a new article's
    /// translated pages do not take the source page's address (fifteenth trial, finding 21: three pages built
    /// to one destination). An address without such a segment stays as it is (``addressesKeptAsSource(_:source:)``
    /// names it in the report).
    static func localizeAddress(_ key: String, in metadata: inout [String: String], from source: LanguageTag, to target: LanguageTag) {
        guard let value = metadata[key] else { return }
        let items = value.components(separatedBy: ", ")
        let localized = items.map { localizedPath($0, from: source, to: target) ?? $0 }
        guard localized != items else { return }
        metadata[key] = localized.joined(separator: ", ")
        // A YAML list takes its items one by one; a TOML array is written from the joined value.
        if metadata[FrontMatterYAML.structureKey].map({ Self.isList(key, in: $0) }) == true {
            for (index, item) in localized.enumerated() { metadata["\(key).\(index + 1)"] = item }
        }
    }

    /// Whether the front matter text holds `key` as a list (`key = [`, `key: [`, or `key:` followed by `- ` items).
    static func isList(_ key: String, in text: String) -> Bool {
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let index = lines.firstIndex(where: { $0.hasPrefix(key + ":") || $0.hasPrefix(key + " =") || $0.hasPrefix(key + "=") }) else { return false }
        let rest = lines[index].drop { $0 != ":" && $0 != "=" }.dropFirst().trimmingCharacters(in: .whitespaces)
        return rest.hasPrefix("[") || (rest.isEmpty && index + 1 < lines.count && lines[index + 1].hasPrefix("- "))
    }

    /// `path` with its first segment naming the source language (its language subtag, or its whole tag,
    /// any case) replaced by the target's in the same form; `nil` when it has none.
    static func localizedPath(_ path: String, from source: LanguageTag, to target: LanguageTag) -> String? {
        var segments = path.components(separatedBy: "/")
        for (index, segment) in segments.enumerated() where !segment.isEmpty {
            let lower = segment.lowercased()
            let replacement: String
            if lower == source.language.lowercased() {
                replacement = target.language
            } else if lower == source.identifier.lowercased() {
                replacement = target.identifier
            } else {
                continue
            }
            // The case the source wrote it in: "en" → "nl", "EN" → "NL", "en-BE" → "nl-BE".
            segments[index] = segment == lower ? replacement.lowercased() : segment == segment.uppercased() ? replacement.uppercased() : replacement
            return segments.joined(separator: "/")
        }
        return nil
    }

    /// The address keys of a target article's front matter that are still the source's (no language segment
    /// to localise, and the folder has no target version with its own): published as they are, the target's
    /// page would take the source page's address.
    static func addressesKeptAsSource(_ metadata: [String: String], source: [String: String]) -> [String] {
        addressKeys.filter { metadata[$0] != nil && metadata[$0] == source[$0] }
    }

    /// The typography the rendered article gives a pre-translated sentence of `locale`
    /// (`Locales/<locale>/typography.json`); the identity when the locale has none. The report checks the
    /// sentences through it too (``LocaleBundle/checkUnits(polish:)``), so it lists what the delivered
    /// article has, not what the memory's text had before typography.
    /// - Throws: `InputError` for a malformed `typography.json`.
    func polish(for locale: LanguageTag) throws -> @Sendable (RichText) -> RichText {
        let typography = try Typography.load(for: locale, in: data)
        return { typography?.apply(to: $0) ?? $0 }
    }

    /// - Parameters:
    ///   - imagePaths: image `src` → the path of its copy in the bundle, for the images copied.
    ///   - targetMetadata: the front matter of the folder's own target version (``BundleOptions/targetMetadata``):
    ///     its keys replace the source's, except the language keys and the bundle's translatable fields.
    /// - Throws: `InputError` for a malformed `typography.json` of the target locale.
    func render(_ bundle: LocaleBundle, imagePaths: [String: String] = [:], targetMetadata: [String: String] = [:]) throws -> Output {
        let typography = try Typography.load(for: bundle.targetLocale, in: data)
        let polish: (RichText) -> RichText = { typography?.apply(to: $0) ?? $0 }
        var metadata = bundle.source.article.metadata
        let translated = Set(bundle.fields.values)
        for (key, value) in targetMetadata where !Self.languageKeys.contains(key) && !translated.contains(key) {
            // The target version's YAML structure is the source of its lists and maps, key by key (``FrontMatterYAML``).
            metadata[key == FrontMatterYAML.structureKey ? FrontMatterYAML.targetStructureKey : key] = value
        }
        for key in Self.languageKeys where metadata[key] != nil { metadata[key] = bundle.targetLocale.identifier }
        for key in Self.addressKeys where targetMetadata[key] == nil {
            Self.localizeAddress(key, in: &metadata, from: bundle.sourceLocale, to: bundle.targetLocale)
        }

        func finished(_ article: Article) -> Article {
            var out = article
            for (index, key) in bundle.fields where out.blocks.indices.contains(index) {
                out.metadata[key] = out.blocks[index].content.plainText
            }
            out.blocks = out.blocks.enumerated().filter { bundle.fields[$0.offset] == nil }.map { _, block in
                var b = block
                b.content = Self.safe(block.content, imagePaths: imagePaths)
                return b
            }
            return out
        }
        let article = finished(bundle.targetArticle(metadata: metadata, polish: polish))
        let marked = finished(bundle.targetArticle(metadata: metadata, polish: polish, sourceLanguage: bundle.sourceLocale))

        var markdownArticle = article
        if let iso = article.metadata["date"], article.metadata[FrontMatterYAML.structureKey] == nil {
            let dateLocale = typography?.dateLocale.flatMap(LanguageTag.init) ?? bundle.targetLocale
            if let local = LocalizedDate.format(isoDate: iso, locale: dateLocale) {
                markdownArticle.metadata["displayDate"] = local
            }
        }
        // Typography was applied to the translated sentences already; the renderers must not apply it
        // again to the whole article (it would reach the sentences left in the source language).
        let kept = Self.addressesKeptAsSource(metadata, source: bundle.source.article.metadata)
        return Output(markdown: MarkdownRenderer.render(markdownArticle, typography: nil),
                      html: HTMLRenderer.render(marked, typography: nil),
                      keptAddresses: kept.map { ($0, metadata[$0] ?? "") })
    }

    /// `content` without links to script-capable targets (the linked text stays) and without images with a
    /// script-capable source, and with copied images pointing at their copy: an image's `src`, and each
    /// copied candidate of an image's or a `<picture>` `<source>`'s `srcset` (``SourceSet``; the other
    /// candidates and the descriptors stay as written).
    static func safe(_ content: RichText, imagePaths: [String: String]) -> RichText {
        var unsafeLinks = Set<String>()
        for code in content.codes where code.type == .link && code.kind == .opening && !LinkSafety.isSafeLink(code.attributes["href"] ?? "") {
            unsafeLinks.insert(code.id)
        }
        var changed = !unsafeLinks.isEmpty
        var elements: [InlineElement] = []
        for element in content.elements {
            guard case .code(var code) = element else { elements.append(element); continue }
            if code.type == .link && unsafeLinks.contains(code.id) { continue }
            if code.type == .image, let src = code.attributes["src"] {
                if !LinkSafety.isSafeImageSource(src) { changed = true; continue }
                if let copy = imagePaths[src], copy != src { code.attributes["src"] = copy; changed = true }
            }
            if code.type == .image || (code.type == .other && code.attributes["element"] == "source"),
               let srcset = code.attributes["srcset"], let rewritten = SourceSet(srcset).replacing(imagePaths) {
                code.attributes["srcset"] = rewritten
                changed = true
            }
            elements.append(.code(code))
        }
        return changed ? RichText(elements) : content
    }
}

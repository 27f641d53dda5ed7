import Articles
import Foundation
import TaalgrensCore

/// Renders a bundle's target article as Markdown and HTML through the `Articles` renderers.
///
/// - Only the pre-translated sentences get the target locale's typography (`Locales/<locale>/typography.json`:
///   French narrow no-break spaces before `; ! ?` and inside « », a no-break space before `:`, the
///   locale's quotation marks and apostrophe). Sentences left in the source language keep the source's.
/// - The front matter of `article.md` gets the date written the target locale's way under `displayDate`
///   ("30 maart 2020", "30 mars 2020", through ``LocalizedDate``, ICU's CLDR long date format), next to
///   `date`, which stays ISO 8601: `ArticleReader` (and static-site generators) require it, and a rendered
///   article must read back. `article.html` shows the localised date in its byline, with the ISO date in
///   `<time datetime>`.
/// - The HTML page carries `lang` = the target locale.
struct TargetRenderer {
    let data: DataDirectory

    struct Output {
        var markdown: String
        var html: String
    }

    /// - Throws: `InputError` for a malformed `typography.json` of the target locale.
    func render(_ bundle: LocaleBundle) throws -> Output {
        let typography = try Typography.load(for: bundle.targetLocale, in: data)
        let polish: (RichText) -> RichText = { typography?.apply(to: $0) ?? $0 }
        let article = bundle.targetArticle(metadata: bundle.source.article.metadata, polish: polish)

        var markdownArticle = article
        if let iso = article.metadata["date"] {
            let dateLocale = typography?.dateLocale.flatMap(LanguageTag.init) ?? bundle.targetLocale
            if let local = LocalizedDate.format(isoDate: iso, locale: dateLocale) {
                markdownArticle.metadata["displayDate"] = local
            }
        }
        // Typography was applied to the translated sentences already; the renderers must not apply it
        // again to the whole article (it would reach the sentences left in the source language).
        return Output(markdown: MarkdownRenderer.render(markdownArticle, typography: nil),
                      html: HTMLRenderer.render(article, typography: nil))
    }
}

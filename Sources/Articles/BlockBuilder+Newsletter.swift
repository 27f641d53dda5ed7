import Foundation

// The chrome an e-mail newsletter puts around its articles (session 12; `docs/articles.md`, "Newsletters"):
// a "View this email in your browser" line whose link is the sending service's merge tag (`*|ARCHIVE|*`),
// and a footer with the unsubscribe and preferences links, the sender's address and copyright. What the
// recipient's mail shows of them is the newsletter service's, not the article's; a translated newsletter gets
// the service's own in its language.
extension BlockBuilder {
    /// Words of an unsubscribe link's text in English, Dutch and French (lower-cased text containing one).
    static let unsubscribeWords: [String] = ["unsubscribe", "uitschrijven", "schrijf je uit", "afmelden", "désabonner", "désinscri",
                                             "se désabonner", "opt out", "opt-out"]

    /// Whether `href` is a newsletter service's merge tag or template variable rather than an address:
    /// Mailchimp's `*|ARCHIVE|*`, `*|UNSUB|*`; `{{ unsubscribe_url }}`, `%%unsubscribe%%`, `[unsubscribe]`,
    /// `{$unsubscribe}`.
    static func isMergeTagLink(_ href: String) -> Bool {
        let value = href.trimmingCharacters(in: .whitespaces)
        return value.hasPrefix("*|") || value.hasPrefix("{{") || value.hasPrefix("%%") || value.hasPrefix("{$")
            || (value.hasPrefix("[") && value.hasSuffix("]"))
    }

    /// Whether `link` unsubscribes the reader: its address is an unsubscribe merge tag or page
    /// (`*|UNSUB|*`, `…/unsubscribe?…`, `list-manage.com/unsubscribe`), or its text says so.
    static func isUnsubscribeLink(_ link: HTMLNode) -> Bool {
        let href = (link.attributes["href"] ?? "").lowercased()
        if href.contains("unsub") || href.contains("optout") || href.contains("opt-out") || href.contains("afmelden") { return true }
        let text = collapse(link.textContent).lowercased()
        return unsubscribeWords.contains { text.contains($0) }
    }

    /// The most words a newsletter footer holds outside nothing: a box with an unsubscribe link and more
    /// words than this is a mail's body that happens to hold its footer.
    static let newsletterFooterWords = 100

    /// Words of a newsletter footer besides its unsubscribe link (lower-cased text containing one): the
    /// copyright line, the preferences link, the "you receive this because" line, the sender's address.
    static let footerWords: [String] = ["©", "copyright", "preferences", "voorkeuren", "préférences", "you are receiving",
                                        "you received", "u ontvangt", "je ontvangt", "vous recevez", "mailing address", "adresse postale"]

    /// Whether `node` is newsletter chrome: an element whose text is all inside links and every link is a
    /// merge tag ("View this email in your browser" → `*|ARCHIVE|*`), or a box of at most
    /// ``newsletterFooterWords`` words holding an unsubscribe link (``isUnsubscribeLink(_:)``) and a sign of a
    /// footer besides it: a merge-tag link or a ``footerWords`` word. An article's own paragraph that links to
    /// an unsubscribe page ("read how to unsubscribe from spam") has neither and stays text.
    static func isNewsletterChrome(_ node: HTMLNode) -> Bool {
        guard ["div", "td", "table", "tr", "tbody", "p", "center", "section", "footer"].contains(node.name) else { return false }
        let links = node.elements(named: "a")
        guard !links.isEmpty else { return false }
        if links.allSatisfy({ isMergeTagLink($0.attributes["href"] ?? "") }), holdsOnlyControls(node) { return true }
        guard links.contains(where: isUnsubscribeLink) else { return false }
        let text = collapse(node.textContent)
        let words = text.split(whereSeparator: { $0 == " " }).filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
        guard words.count <= newsletterFooterWords else { return false }
        let lower = text.lowercased()
        return links.contains { isMergeTagLink($0.attributes["href"] ?? "") } || footerWords.contains { lower.contains($0) }
    }
}

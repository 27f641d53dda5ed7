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

    /// Whether `text` is nothing but one merge tag or template variable of a newsletter service:
    /// `*|MC:SUBJECT|*`, `{{ subject }}`, `%%subject%%`, `{$subject}`.
    static func isMergeTagOnly(_ text: String) -> Bool {
        let value = text.trimmingCharacters(in: .whitespaces)
        for (open, close) in [("*|", "|*"), ("{{", "}}"), ("%%", "%%"), ("{$", "}")]
        where value.count > open.count + close.count && value.hasPrefix(open) && value.hasSuffix(close) {
            return !value.dropFirst(open.count).dropLast(close.count).contains(where: { $0 == "*" || $0 == "{" || $0 == "}" || $0 == "%" || $0 == " " && open == "*|" })
        }
        return false
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
    /// footer besides it: a merge-tag link or a ``footerWords`` word, and no text of the mail's body
    /// (``holdsMailBody(_:)``). An article's own paragraph that links to an unsubscribe page ("read how to
    /// unsubscribe from spam") has neither sign and stays text.
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
        guard links.contains(where: { isMergeTagLink($0.attributes["href"] ?? "") }) || footerWords.contains(where: { lower.contains($0) }) else { return false }
        return !holdsMailBody(node)
    }

    /// Whether `node`'s text or links show a newsletter footer: a merge-tag link, an unsubscribe link or a
    /// ``footerWords`` word.
    static func hasFooterSign(_ node: HTMLNode) -> Bool {
        let links = node.elements(named: "a")
        if links.contains(where: { isMergeTagLink($0.attributes["href"] ?? "") || isUnsubscribeLink($0) }) { return true }
        let lower = collapse(node.textContent).lowercased()
        return footerWords.contains { lower.contains($0) }
    }

    /// Whether a box holds text of the mail's body beside its footer: a heading (`h1`–`h6`), or a paragraph,
    /// list item or quotation of at least eight words with no footer sign (``hasFooterSign(_:)``). Such a box is
    /// the body with its footer inside (a short mail: the whole template table, under
    /// ``newsletterFooterWords`` words with its footer), never chrome as a whole: the walk goes on inside
    /// it and takes the footer's own box (nineteenth trial, finding 1: a Mailchimp campaign of 62 words
    /// was read as its subject and preview text only). An address line in the footer has fewer words.
    static func holdsMailBody(_ node: HTMLNode) -> Bool {
        for name in ["h1", "h2", "h3", "h4", "h5", "h6"] where !node.elements(named: name).isEmpty { return true }
        for name in ["p", "li", "blockquote"] {
            for block in node.elements(named: name) where !hasFooterSign(block) {
                let words = collapse(block.textContent).split(separator: " ").filter { $0.contains(where: \.isLetter) }
                if words.count >= 8 { return true }
            }
        }
        return false
    }
}

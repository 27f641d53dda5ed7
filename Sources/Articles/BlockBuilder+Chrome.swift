/// Site chrome beyond landmarks: what a CMS page puts around and inside an article that is not article text
/// (see `docs/articles.md`, "Skipped as site chrome").
extension BlockBuilder {
    /// Where a page's article text is: whether it has a `<main>` or `<article>` outside site chrome, and
    /// whether one of those holds an `<h1>`.
    struct MainContent {
        var found = false
        var hasH1 = false
        /// On a page without `<main>` or `<article>`: the element that stands for them (``contentLandmark(of:)``),
        /// and it with its ancestors, so that the walk can pass through them to it.
        var landmark: ObjectIdentifier?
        var landmarkPath: Set<ObjectIdentifier> = []
    }

    /// The ids a theme gives its content column when it writes no `<main>`: Drupal 7's `#content` and
    /// `#main-content`, and their common variants. `#main` is not one: Drupal 7's `#main` holds the sidebars.
    static let contentIDs = ["main-content", "maincontent", "content", "primary-content", "page-content"]

    /// The element that holds a page's article text when the page has no `<main>` or `<article>` (a Drupal 7
    /// or older theme; thirteenth trial, finding 13), in this order: an element with `role="main"`; the
    /// target of the page's skip link (the first `<a href="#id">` whose `class` words or whose parent's `id`
    /// say skip or hidden: `<div id="skip-link"><a href="#main-content" class="element-invisible">`), or the
    /// parent of that target when it is an empty anchor (`<a id="main-content"></a>` at the top of the content
    /// column); an element whose `id` is one of ``contentIDs``. `nil` when none is found, or when what is
    /// found holds no `<h1>` and no paragraph (a theme's empty `#content`): the page is then read whole.
    /// - Complexity: O(n) in the number of nodes.
    static func contentLandmark(of root: HTMLNode) -> HTMLNode? {
        var byID: [String: HTMLNode] = [:]
        var parent: [ObjectIdentifier: HTMLNode] = [:]
        var roleMain: HTMLNode?
        var skipTarget: String?
        func visit(_ node: HTMLNode) {
            for child in node.children where child.kind == .element {
                parent[ObjectIdentifier(child)] = node
                if let id = child.attributes["id"], byID[id] == nil { byID[id] = child }
                if roleMain == nil, child.attributes["role"]?.lowercased() == "main" { roleMain = child }
                if skipTarget == nil, child.name == "a", let href = child.attributes["href"], href.hasPrefix("#"), href.count > 1 {
                    let words = markupWords(child).union(markupWords(node))
                    if words.contains("skip") || words.contains("skiplink") || (words.contains("element") && words.contains("invisible"))
                        || (words.contains("visually") && words.contains("hidden")) {
                        skipTarget = String(href.dropFirst())
                    }
                }
                visit(child)
            }
        }
        visit(root)
        func holdsText(_ node: HTMLNode) -> Bool {
            node.firstElement(named: "h1") != nil || node.firstElement(named: "p") != nil
        }
        if let roleMain, holdsText(roleMain) { return roleMain }
        if let id = skipTarget, var target = byID[id] {
            if target.children.allSatisfy({ $0.kind != .element && $0.textContent.allSatisfy(\.isWhitespace) }),
               let up = parent[ObjectIdentifier(target)] {
                target = up
            }
            if holdsText(target), target.name != "body", target.name != "html" { return target }
        }
        return contentIDs.lazy.compactMap { byID[$0] }.first { holdsText($0) }
    }

    /// Finds the page's `<main>` and `<article>` elements, not counting those inside skipped elements or
    /// site chrome (a teaser `<article>` in an `<aside>` does not make the rest of the page chrome).
    /// - Complexity: O(n) in the number of nodes.
    static func mainContent(of root: HTMLNode) -> MainContent {
        var result = MainContent()
        func visit(_ node: HTMLNode) {
            for child in node.children where child.kind == .element {
                if skippedAlways.contains(child.name) || isChromeByMarkup(child) { continue }
                switch child.name {
                case "nav", "footer", "aside": continue
                case "main", "article":
                    result.found = true
                    if child.firstElement(named: "h1") != nil { result.hasH1 = true }
                default: visit(child)
                }
            }
        }
        visit(root)
        if !result.found, let landmark = contentLandmark(of: root) {
            // The landmark and its ancestors: the walk passes through them to reach it.
            func path(_ node: HTMLNode) -> Bool {
                if node === landmark { return true }
                for child in node.children where child.kind == .element && path(child) {
                    result.landmarkPath.insert(ObjectIdentifier(child))
                    return true
                }
                return false
            }
            _ = path(root)
            result.found = true
            result.landmark = ObjectIdentifier(landmark)
            result.hasH1 = landmark.firstElement(named: "h1") != nil
        }
        return result
    }

    /// ARIA roles of chrome that is not a landmark: cookie and consent banners, pop-ups (WAI-ARIA 1.2,
    /// `dialog` and `alertdialog`).
    static let chromeRoles: Set<String> = ["dialog", "alertdialog"]

    /// Words of a `class` or `id` (split at white space, `-` and `_`) that name chrome whatever it holds.
    /// Sign-up plug-ins: Mailchimp for WordPress writes `mc4wp`.
    static let chromeWords: Set<String> = ["cookie", "cookies", "consent", "gdpr", "breadcrumb", "breadcrumbs", "newsletter",
                                           "nieuwsbrief", "subscribe", "signup", "mc4wp", "mailchimp", "optin", "disqus",
                                           "commentlist"]

    /// Whether `node` is a page's comment thread or reply form, the readers' and not the article's (session 12):
    /// WordPress's `id="comments"`/`id="respond"`, `comments-area`, `comment-respond`, `comment-list`; Disqus
    /// (``chromeWords``). The words "comments" or "respond" alone are not enough: an article's own box may
    /// be named `expert-comments` or `how-to-respond` ("How to respond to sextortion").
    static func isCommentThread(_ node: HTMLNode, words: Set<String>) -> Bool {
        if let id = node.attributes["id"]?.lowercased(), ["comments", "respond", "disqus_thread"].contains(id) { return true }
        return !words.isDisjoint(with: ["comment", "comments"])
            && !words.isDisjoint(with: ["area", "list", "respond", "thread", "form", "reply", "section"])
    }

    /// Parts of a `class` or `id` word that name chrome inside a compound word (`cookiebar`,
    /// `CybotCookiebotDialog`, `cmplz-consentbanner`, `newsletterform`), compared lower-cased. A paywall or
    /// registration wall (`paywall-teaser`, `article-paywall`, `js-regwall`: "The rest of this article is
    /// reserved for subscribers. Subscribe for €1") is the site's offer, written by the site in each language,
    /// not the article (session 13).
    static let chromeWordParts: [String] = ["cookie", "consent", "gdpr", "newsletter", "paywall", "regwall"]

    /// Words of a `class` or `id` that name chrome when the element's text is all links or buttons (a
    /// share bar, a list of tags, a "related" list of links): a box with text of its own is kept.
    static let linkBarWords: Set<String> = [
        "share", "sharing", "social", "related", "tags", "tag", "follow", "category", "categories", "taxonomy", "terms",
        "button", "btn", "cta",
    ]

    /// Words of a `class` that name a decoration: an element so named whose text has no letter or digit (an
    /// emoji before a callout, an icon font's glyph) is not text to translate.
    static let decorationWords: Set<String> = ["emoji", "icon", "icons"]

    /// The words of an element's `class` and `id`, lower-cased.
    static func markupWords(_ node: HTMLNode) -> Set<String> {
        let value = ((node.attributes["class"] ?? "") + " " + (node.attributes["id"] ?? "")).lowercased()
        return Set(value.split(whereSeparator: { $0.isWhitespace || $0 == "-" || $0 == "_" }).map(String.init))
    }

    /// Chrome by its markup alone, wherever it is: a dialog (`role`, `aria-modal`), an element whose
    /// `class` or `id` names a cookie or consent banner, a breadcrumb or a newsletter box (a word of
    /// ``chromeWords`` or one holding a part of ``chromeWordParts``), an element whose `aria-label` says
    /// breadcrumb, a bar of links and buttons (a `<button>` in it, or a `class`/`id` word of
    /// ``linkBarWords``, and no text outside links and buttons), a share box, related-posts widget or
    /// follow-us list (``isShareBox(_:)``) and a newsletter sign-up box (``isSignUpBox(_:)``).
    static func isChromeByMarkup(_ node: HTMLNode) -> Bool {
        if let role = node.attributes["role"]?.lowercased(), chromeRoles.contains(role) { return true }
        if node.attributes["aria-modal"]?.lowercased() == "true" { return true }
        if node.name == "main" || node.name == "article" || node.name == "body" || node.name == "html" { return false }
        if node.attributes["aria-label"]?.lowercased().contains("breadcrumb") == true { return true }
        let words = markupWords(node)
        if !words.isDisjoint(with: chromeWords) || words.contains(where: { word in chromeWordParts.contains { word.contains($0) } })
            || isCommentThread(node, words: words) {
            return true
        }
        if !words.isDisjoint(with: decorationWords), !node.textContent.contains(where: { $0.isLetter || $0.isNumber }),
           node.firstElement(named: "img") == nil {
            return true
        }
        if isNewsletterChrome(node) || isPostMeta(node, words: words) || isDateStamp(node) || isLanguageSwitcher(node)
            || isAuthorBox(words) { return true }
        guard containers.contains(node.name) || ["ul", "ol", "p"].contains(node.name) else { return false }
        if !words.isDisjoint(with: linkBarWords) || node.firstElement(named: "button") != nil, holdsOnlyControls(node) {
            // A block of buttons an editor put in the post (WordPress's `wp-block-buttons`: "Report a suspicious
            // message") is its call to action, not a bar (twelfth trial, finding 5).
            return !isCallToAction(node, words: words)
        }
        return isShareBox(node) || isSignUpBox(node) || isReadAlsoBox(node)
    }

    /// Whether a `class`/`id` names a theme's author box, the writer's photo and biography that ends every
    /// article of that writer (fifteenth trial, finding 13): `author-box`, `author-bio`, `about-author`,
    /// `author-info`, `author-card` (Ghost), `author-profile`, `auteur-info`, WordPress's Simple Author Box
    /// (`saboxplugin-wrap`). Chrome like the post data ("Posted on … by …"), which the theme writes too; a
    /// byline alone (`class="author"`) is post data, not a box.
    static func isAuthorBox(_ words: Set<String>) -> Bool {
        if words.contains(where: { $0.hasPrefix("saboxplugin") }) { return true }
        guard !words.isDisjoint(with: ["author", "auteur", "auteurs", "authors"]) else { return false }
        return !words.isDisjoint(with: ["box", "bio", "biography", "info", "card", "profile", "about", "details"])
    }

    /// Whether `node` is a multilingual site's language switcher or "also available in" box (fourteenth trial,
    /// finding 18): the class of Polylang (`pll-…`, `lang-item`), WPML (`wpml-ls…`) or a theme
    /// (`language-switcher`, `lang-switcher`, `language-selector`), or a list whose every link carries
    /// `hreflang` (each names a version of the page in its own language). Site chrome, like a share bar:
    /// not text, not in the bundle.
    static func isLanguageSwitcher(_ node: HTMLNode) -> Bool {
        let value = ((node.attributes["class"] ?? "") + " " + (node.attributes["id"] ?? "")).lowercased()
        let words = value.split(whereSeparator: \.isWhitespace)
        if words.contains(where: { $0.hasPrefix("pll-") || $0.hasPrefix("wpml-ls") || $0 == "lang-item" }) { return true }
        if ["language-switcher", "lang-switcher", "language-selector", "languageswitcher"].contains(where: value.contains) { return true }
        guard node.name == "ul" || node.name == "ol" else { return false }
        let links = node.elements(named: "a")
        return links.count >= 2 && links.allSatisfy { $0.attributes["hreflang"] != nil }
    }

    /// Whether `node` is a theme's line of post data naming the author ("Posted on 28 November 2026 by Sofie
    /// De Winter", WordPress's `entry-meta`; session 12): a `div`, `p` or `span` of at most 25 words whose `class`
    /// or `id` has the word `byline`, or has `meta` with `entry`, `post`, `article`, `node` or `story` (or
    /// `postmeta`, `entrymeta`) and holds the author (an element whose `class` has `author`, `vcard` or
    /// `byline`, or a link with `rel="author"`). The article's date and author are its metadata and the
    /// renderers write their own byline in the target's language; a dateline in such a box without an author
    /// ("Namur, 30 November 2026") is the article's text. The box's `<time datetime>` still gives the date.
    static func isPostMeta(_ node: HTMLNode, words: Set<String>) -> Bool {
        guard ["div", "p", "span"].contains(node.name), collapse(node.textContent).split(separator: " ").count <= 25 else { return false }
        if words.contains("byline") { return true }
        guard !words.isDisjoint(with: ["postmeta", "entrymeta"])
                || (words.contains("meta") && !words.isDisjoint(with: ["entry", "post", "article", "node", "story"])) else { return false }
        func namesAuthor(_ node: HTMLNode) -> Bool {
            node.children.contains { child in
                guard child.kind == .element else { return false }
                if child.attributes["rel"]?.lowercased().split(separator: " ").contains("author") == true { return true }
                if !markupWords(child).isDisjoint(with: ["author", "vcard", "byline"]) { return true }
                return namesAuthor(child)
            }
        }
        return namesAuthor(node)
    }

    /// Whether `node` is a CMS's date stamp: a `div`, `p` or `span` holding a `<time>` and, outside its `<time>`
    /// elements, only a label of one to six words, not ending a sentence, that says published or updated ("Last
    /// updated on", "Laatst bijgewerkt op", "Dernière mise à jour le", "Publié le": ``dateStampWords``), no link, at most eight words in all: Drupal's
    /// `field--name-field-last-updated` with its `field__label`, a theme's "Published on" line (session 13). The
    /// renderers write the article's date in the target's language; a live blog's bare time (`<p><time>09:40</time></p>`)
    /// has no label and stays.
    static func isDateStamp(_ node: HTMLNode) -> Bool {
        guard ["div", "p", "span"].contains(node.name), node.firstElement(named: "time") != nil,
              node.firstElement(named: "a") == nil, wordCount(collapse(node.textContent)) <= 8 else { return false }
        func outsideTime(_ node: HTMLNode) -> String {
            node.children.map { child in
                switch child.kind {
                case .comment: return ""
                case .text: return child.text
                case .element: return child.name == "time" ? " " : outsideTime(child)
                }
            }.joined(separator: " ")
        }
        let label = collapse(outsideTime(node))
        let lower = label.lowercased()
        // Up to six words: "Dernière mise à jour le" has five.
        return (1...6).contains(wordCount(label)) && !(label.last.map { ".!?".contains($0) } ?? false)
            && dateStampWords.contains { lower.contains($0) }
    }

    /// Words of a date stamp's label in English, Dutch and French, compared with the lower-cased label: a
    /// dateline ("Namur, <time>30 November 2026</time>") has none of them and stays text.
    static let dateStampWords = ["updated", "published", "posted", "modified", "last update", "bijgewerkt", "gepubliceerd",
                                 "geplaatst", "gewijzigd", "aangepast", "mise à jour", "mis à jour", "publié", "modifié", "actualisé"]

    /// The `class`/`id` words that name a button and nothing more (``linkBarWords`` without the bars).
    static let buttonWords: Set<String> = ["button", "btn", "cta", "buttons"]

    /// Words of a sign-up or membership link's address or text (English, Dutch, French): such a button is a
    /// newsletter box's, not the article's (Ghost's "Subscribe to our newsletter" card, `#/portal/signup`).
    static let signUpLinkWords: [String] = ["subscribe", "signup", "sign-up", "sign up", "newsletter", "portal", "membership",
                                            "abonneer", "inschrijven", "nieuwsbrief", "abonner", "inscri", "lettre d"]

    /// Whether a box named only as a button (``buttonWords``: WordPress's `wp-block-buttons`/`wp-block-button`,
    /// a theme's `btn`, `cta`) and holding no `<button>` element is the article's call to action: it has
    /// links, each shows text, goes to an address that is not a share control (``isShareControl(_:)``) and
    /// is not a sign-up (``signUpLinkWords``). Such a box is content (twelfth trial, finding 5: the buttons
    /// "Report a suspicious message", "Chat with the helpline" were dropped as chrome).
    static func isCallToAction(_ node: HTMLNode, words: Set<String>) -> Bool {
        guard node.firstElement(named: "button") == nil, words.isDisjoint(with: linkBarWords.subtracting(buttonWords)),
              !namesLinkBar(words.subtracting(buttonWords)) else { return false }
        let links = node.elements(named: "a")
        guard !links.isEmpty else { return false }
        return links.allSatisfy { link in
            let href = (link.attributes["href"] ?? "").lowercased()
            let text = collapse(link.textContent).lowercased()
            return text.contains(where: \.isLetter) && !href.isEmpty && !isShareControl(href)
                && !signUpLinkWords.contains { href.contains($0) || text.contains($0) }
        }
    }

    /// Whether every non-blank text inside `node` is inside a link or a button, and there is some.
    static func holdsOnlyControls(_ node: HTMLNode) -> Bool {
        var controlText = false
        func check(_ node: HTMLNode) -> Bool {
            for child in node.children {
                switch child.kind {
                case .comment: continue
                case .text:
                    if child.text.contains(where: { !isHTMLSpace($0) }) { return false }
                case .element:
                    if child.name == "a" || child.name == "button" {
                        if child.textContent.contains(where: { !isHTMLSpace($0) }) || child.firstElement(named: "img") != nil { controlText = true }
                        continue
                    }
                    if skippedAlways.contains(child.name) { continue }
                    // The label of a bar of links ("Tags", Drupal's `field__label`) is part of the bar.
                    if markupWords(child).contains("label") { continue }
                    if !check(child) { return false }
                }
            }
            return true
        }
        return check(node) && controlText
    }
}

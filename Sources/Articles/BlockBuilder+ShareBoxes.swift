import Foundation

/// Share boxes, related-post widgets, follow-us lists, print and e-mail tools and newsletter sign-up boxes
/// that CMS plug-ins put inside an article's content (tenth trial, finding 8: WordPress Jetpack's
/// `<div class="sharedaddy"><h3>Share this:</h3><ul><li><a>Twitter</a>…` was read as a heading and a list
/// item). Recognised by the vocabulary of their markup and by their structure, not by one site's class
/// names; see `docs/articles.md`, "Skipped as site chrome".
extension BlockBuilder {
    /// Beginnings of `class` or `id` words that name a bar of links (a word starting with one counts:
    /// `sharedaddy`, `relatedposts` of Jetpack's `jp-relatedposts`, `sharingbuttons`, `socialmedia`).
    static let linkBarStems: [String] = ["share", "sharing", "social", "related", "follow", "print", "addtoany", "shariff"]

    /// Whole `class` or `id` words that name a bar of links or a plug-in that writes one (AddToAny's
    /// `a2a`, `rrssb`, Simple Share Buttons' `ssba`, an article's `tools` and `actions` bar of print and
    /// e-mail buttons).
    static let linkBarNames: Set<String> = ["a2a", "rrssb", "ssba", "email", "mail", "tools", "actions"]

    /// Words an `aria-label` uses for a bar of links in English, Dutch and French (compared with the
    /// lower-cased label; a label containing one counts): "Share this article", "Delen", "Partager",
    /// "Social media", "Réseaux sociaux", "Related posts", "Lees ook", "À lire aussi".
    static let linkBarLabels: [String] = ["share", "sharing", "delen", "deel ", "partag", "social", "sociale", "sociaux",
                                          "related", "gerelateerd", "lees ook", "lire aussi", "print", "afdrukken", "imprimer"]

    /// Hosts of social networks and messaging services: a link to one (or a sub-domain) is a share or
    /// follow link.
    static let socialHosts: [String] = [
        "facebook.com", "fb.com", "twitter.com", "x.com", "linkedin.com", "instagram.com", "youtube.com", "tiktok.com",
        "pinterest.com", "reddit.com", "tumblr.com", "whatsapp.com", "wa.me", "t.me", "telegram.me", "telegram.org",
        "bsky.app", "threads.net", "mastodon.social", "xing.com", "vk.com", "flipboard.com", "getpocket.com",
        "messenger.com", "snapchat.com", "addtoany.com", "sharethis.com",
    ]

    /// Whether a `class`/`id` word names a bar of links (``linkBarWords``, ``linkBarNames``, or a word
    /// starting with one of ``linkBarStems``).
    /// - Parameter words: the element's `class` and `id` words (``markupWords(_:)``).
    static func namesLinkBar(_ words: Set<String>) -> Bool {
        words.contains { word in
            linkBarWords.contains(word) || linkBarNames.contains(word) || linkBarStems.contains { word.hasPrefix($0) }
        }
    }

    /// Whether `href` is a share or follow control rather than a link to read: a social network's
    /// address, a share endpoint of the page itself (`?share=twitter`, Jetpack's), an e-mail to nobody
    /// with a subject or body (`mailto:?subject=…`, "send by e-mail"), or a script that prints. A
    /// network's post, hashtag, search or video (`/status/`, `/hashtag/`, `/search`, `/posts/`, `/p/`,
    /// `/watch`) is quoted content, not a control.
    static func isShareControl(_ href: String) -> Bool {
        let value = href.trimmingCharacters(in: .whitespaces).lowercased()
        if value.hasPrefix("mailto:?") || (value.hasPrefix("mailto:") && !value.contains("@")) { return true }
        if value.hasPrefix("javascript:") { return value.contains("print") }
        guard let components = URLComponents(string: value) else { return false }
        // `?share=…` (WordPress's Jetpack), `?action=share` (Substack's share button; fifteenth trial, finding 13).
        if components.queryItems?.contains(where: { $0.name == "share" || ($0.name == "action" && $0.value == "share") }) == true { return true }
        guard let host = components.host, socialHosts.contains(where: { host == $0 || host.hasSuffix("." + $0) }) else { return false }
        // A post, a hashtag or a search on the network is something the article quotes, not a button.
        let path = components.path
        return !["/status/", "/hashtag/", "/search", "/posts/", "/p/", "/watch"].contains { path.contains($0) }
    }

    /// Whether `text` reads as a label of a bar, not a sentence: at most four words (tokens holding a letter
    /// or a digit; separators such as `·` and `|` are not words) and no `.`, `!` or `?` at its end
    /// ("Share this:", "Delen op", "Partager :", "30 November 2026", "In “Press”"). Blank text is a label.
    static func isBarLabel(_ text: String) -> Bool {
        let words = wordCount(text)
        guard words > 0 else { return true }
        let closers: Set<Character> = ["\"", "'", "”", "’", "»", ")", "]", "\u{00A0}", " ", "\n", "\t", "\r"]
        let last = text.reversed().first { !closers.contains($0) }
        return words <= 4 && !(last.map { ".!?".contains($0) } ?? false)
    }

    /// Whether the text of `node` outside its links and buttons is only labels: every run of it is a label
    /// (``isBarLabel(_:)``: a heading "Share this:", a date, a category) and, with `maximumWords`, all of
    /// it together has at most that many words; and whether it holds a link (with an `href`) or a button,
    /// whatever they hold (an icon font's empty `<span>`, an `<svg>`, a text). A box with a sentence of
    /// its own ("Share this article with your children.") is not a bar.
    /// - Returns: `nil` when some text is not a label; else whether a link or button was found.
    /// - Complexity: O(n) in the size of `node`'s subtree.
    static func barContent(_ node: HTMLNode, maximumWords: Int? = nil) -> (labelsOnly: Bool, hasControls: Bool) {
        var controls = false
        var words = 0
        func check(_ node: HTMLNode) -> Bool {
            for child in node.children {
                switch child.kind {
                case .comment: continue
                case .text:
                    if !isBarLabel(child.text) { return false }
                    words += wordCount(child.text)
                case .element:
                    if (child.name == "a" && child.attributes["href"] != nil) || child.name == "button" {
                        controls = true
                        continue
                    }
                    if skippedAlways.contains(child.name) { continue }
                    if !check(child) { return false }
                }
            }
            return true
        }
        let labels = check(node) && (maximumWords.map { words <= $0 } ?? true)
        return (labels, controls)
    }

    /// The number of words of `text`: tokens between spaces that hold a letter or a digit.
    static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: { isHTMLSpace($0) || $0 == "\u{00A0}" }).filter { $0.contains { $0.isLetter || $0.isNumber } }.count
    }

    /// Whether `node` is a share box, a related-posts widget, a follow-us list or a bar of print and e-mail
    /// tools: a container, list or paragraph (not the page's `main`, `article` or `body`) that is either
    /// - **named so** — a `class`/`id` word of ``namesLinkBar(_:)`` or an `aria-label` holding a word of
    ///   ``linkBarLabels`` — and holds links or buttons and otherwise only labels (``barContent(_:maximumWords:)``);
    ///   named by a share, related or social word (``linkBarStems``, ``linkBarNames``) it may hold only
    ///   labels, as Jetpack's related-posts box does before its script fills it ("Related"); or
    /// - **built so** — at least two links, every one a share control (``isShareControl(_:)``), and at most
    ///   three words outside them ("Share this: Twitter · Facebook" with no class at all). "Follow the
    ///   campaign on X and Facebook from Monday." is a sentence and stays.
    /// - Complexity: O(n) in the size of `node`'s subtree.
    static func isShareBox(_ node: HTMLNode) -> Bool {
        guard containers.contains(node.name) || ["ul", "ol", "p"].contains(node.name),
              !["main", "article", "body", "html"].contains(node.name) else { return false }
        let label = node.attributes["aria-label"]?.lowercased() ?? ""
        let words = markupWords(node)
        let namedByStem = words.contains { word in linkBarNames.contains(word) || linkBarStems.contains { word.hasPrefix($0) } }
        if namedByStem || namesLinkBar(words) || linkBarLabels.contains(where: { label.contains($0) }) {
            let content = barContent(node)
            return content.labelsOnly && (content.hasControls || namedByStem)
        }
        // A hashtag or a mention (`#SID2026`, `@childfocus`) is text of a post, not a network's button.
        let links = node.elements(named: "a")
        guard links.count >= 2, links.allSatisfy({ link in
            isShareControl(link.attributes["href"] ?? "")
                && !(link.textContent.drop(while: \.isWhitespace).first.map { $0 == "#" || $0 == "@" } ?? false)
        }) else { return false }
        let content = barContent(node, maximumWords: 3)
        return content.labelsOnly && content.hasControls
    }

    /// Whether `node` is a newsletter sign-up box without a name saying so: an element (not the page's
    /// `main`, `article` or `body`) holding a `<form>` with an e-mail field (`type="email"`, or a `name`
    /// holding "mail") and, outside the form, at most 25 words in at most two blocks ("Stay informed" /
    /// "Our news in your inbox every Friday."). An article's text around a form is longer than that.
    /// - Complexity: O(n) in the size of `node`'s subtree.
    static func isSignUpBox(_ node: HTMLNode) -> Bool {
        guard containers.contains(node.name), !["main", "article", "body", "html"].contains(node.name) else { return false }
        let forms = node.elements(named: "form")
        guard !forms.isEmpty, forms.contains(where: { form in
            form.elements(named: "input").contains {
                $0.attributes["type"]?.lowercased() == "email" || ($0.attributes["name"]?.lowercased().contains("mail") ?? false)
            }
        }) else { return false }
        var words = 0
        var blocks = 0
        func count(_ node: HTMLNode) {
            for child in node.children {
                switch child.kind {
                case .comment: continue
                case .text:
                    words += wordCount(child.text)
                case .element:
                    if child.name == "form" || skippedAlways.contains(child.name) { continue }
                    if blockLevel.contains(child.name), !containers.contains(child.name),
                       child.textContent.contains(where: { $0.isLetter || $0.isNumber }) {
                        blocks += 1
                    }
                    count(child)
                }
            }
        }
        count(node)
        return words <= 25 && blocks <= 2
    }

    /// The labels news sites put before links to their other articles inside an article ("Lees ook:",
    /// "Lire aussi", "Read also"), in English, Dutch and French, lower-cased ("Read more: the full report" is
    /// left out: it may point to the article's own source, and is kept); compared with a box's text outside
    /// its links once the punctuation around a label (`:`, `»`, `>`, `|`, dashes, arrows) is trimmed.
    static let readAlsoLabels: Set<String> = [
        "read also", "also read", "see also", "more on this topic", "related", "related articles",
        "lees ook", "ook interessant", "ook lezen", "meer over dit onderwerp",
        "lire aussi", "à lire aussi", "a lire aussi", "lire également", "à lire également", "voir aussi", "à voir aussi",
        "sur le même sujet",
    ]

    /// Whether `text` is a read-also label (``readAlsoLabels``) once white space and the punctuation around
    /// it are trimmed: "Lees ook:", "LIRE AUSSI »", "Read more →".
    static func isReadAlsoLabel(_ text: String) -> Bool {
        let trim = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: ":»«>|-–—→▶►•·\u{00A0}"))
        let label = collapse(text).lowercased().trimmingCharacters(in: trim)
        return readAlsoLabels.contains(label)
    }

    /// The text of `node` outside its links and buttons (and outside elements never read), in document order.
    static func textOutsideControls(_ node: HTMLNode) -> String {
        node.children.map { child -> String in
            switch child.kind {
            case .comment: return ""
            case .text: return child.text
            case .element:
                if (child.name == "a" && child.attributes["href"] != nil) || child.name == "button" || skippedAlways.contains(child.name) {
                    return " "
                }
                return textOutsideControls(child)
            }
        }.joined()
    }

    /// Whether `node` is an inline "read also" box, whatever its markup is named (session 13): a container,
    /// list or paragraph holding links and, outside them, only a read-also label (``isReadAlsoLabel(_:)``):
    /// `<p><strong>Lees ook:</strong> <a href="/…">Zo bereid je je huis voor</a></p>`,
    /// `<div><h3>Lire aussi</h3><ul><li><a>…</a></li></ul></div>`. The links go to the site's other articles,
    /// which have their own titles in each language; a sentence around the link ("Read more about the
    /// storm in our explainer.") is not a label and stays.
    /// - Complexity: O(n) in the size of `node`'s subtree.
    static func isReadAlsoBox(_ node: HTMLNode) -> Bool {
        guard containers.contains(node.name) || ["ul", "ol", "p"].contains(node.name),
              !["main", "article", "body", "html"].contains(node.name),
              node.firstElement(named: "a") != nil else { return false }
        let content = barContent(node)
        return content.labelsOnly && content.hasControls && isReadAlsoLabel(textOutsideControls(node))
    }

    /// The `class`/`id` words of a kicker: the short label a news site sets above a title ("LIVE", "Analyse",
    /// "Interview", "Breaking"), the site's section or format in its own language, not the article's text.
    static let kickerWords: Set<String> = ["kicker", "label", "badge", "flag", "eyebrow", "overline", "strapline", "supertitle", "overtitle"]

    /// Whether `node` is a kicker: an element named so (``kickerWords``) that holds at most three words, no
    /// link, and no sentence end (`.`, `!`, `?` at its end). Only an element right before the page's `<h1>`
    /// (its earlier siblings up to the first that is not one) is looked at.
    static func isKicker(_ node: HTMLNode) -> Bool {
        guard !markupWords(node).isDisjoint(with: kickerWords), node.firstElement(named: "a") == nil else { return false }
        let text = collapse(node.textContent)
        return (1...3).contains(wordCount(text)) && isBarLabel(text)
    }

    /// Whether `node` is a list of links and nothing else (every item's text is in links): what follows a
    /// read-also heading.
    static func isLinkList(_ node: HTMLNode) -> Bool {
        guard ["ul", "ol"].contains(node.name) || containers.contains(node.name) else { return false }
        let content = barContent(node, maximumWords: 0)
        return content.labelsOnly && content.hasControls
    }

    /// The label of a bar of links written just before it rather than inside it: a heading or paragraph
    /// whose text is a label (``isBarLabel(_:)``) and holds no link, whose next element sibling is a share
    /// box (``isShareBox(_:)``): `<h3>Share this:</h3><ul>…Twitter…Facebook…</ul>`; and a read-also heading
    /// or paragraph ("Lees ook", ``isReadAlsoLabel(_:)``) with the list of links after it, both; and the
    /// kickers right before an `<h1>` (``isKicker(_:)``). Collected once per page.
    /// - Returns: the identities of such label elements (and read-also lists) anywhere under `root`.
    /// - Complexity: O(n²) in the worst case (each element's share-box test walks its subtree); O(n) on
    ///   pages whose headings are followed by ordinary paragraphs.
    static func shareBoxLabels(under root: HTMLNode) -> Set<ObjectIdentifier> {
        var found: Set<ObjectIdentifier> = []
        func visit(_ node: HTMLNode) {
            let elements = node.children.filter { $0.kind == .element }
            for (index, child) in elements.enumerated() {
                if ["h2", "h3", "h4", "h5", "h6", "p"].contains(child.name), index + 1 < elements.count,
                   child.firstElement(named: "a") == nil, isBarLabel(child.textContent),
                   child.textContent.contains(where: { $0.isLetter }),
                   isShareBox(elements[index + 1]) {
                    found.insert(ObjectIdentifier(child))
                }
                if child.name == "h1" {
                    // A kicker just before the title ("LIVE", "Analyse", "Interview"; thirteenth trial, finding 5).
                    for earlier in elements[..<index].reversed() {
                        guard isKicker(earlier) else { break }
                        found.insert(ObjectIdentifier(earlier))
                    }
                }
                if ["h2", "h3", "h4", "h5", "h6", "p"].contains(child.name), index + 1 < elements.count,
                   child.firstElement(named: "a") == nil, isReadAlsoLabel(child.textContent), isLinkList(elements[index + 1]) {
                    found.insert(ObjectIdentifier(child))
                    found.insert(ObjectIdentifier(elements[index + 1]))
                }
                visit(child)
            }
        }
        visit(root)
        return found
    }
}

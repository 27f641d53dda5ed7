import Foundation
import Testing
import Articles
import TaalgrensCore

/// Tenth trial, finding 8: a CMS plug-in's share box inside the article's content (`<div class="sharedaddy">
/// <h3>Share this:</h3><ul><li><a>Twitter</a>…`) was read as a heading "Share this:" and a list item
/// "Twitter", translated and rendered. Share boxes, related-post widgets, follow-us lists, print and e-mail
/// tools and sign-up boxes are now recognised by their markup's vocabulary and by their structure.
@Suite("HTML: share boxes, related posts and sign-up boxes are not article text")
struct ShareBoxTests {
    /// A page whose article holds one paragraph before and one after `box`.
    func page(_ box: String) -> String {
        """
        <!DOCTYPE html><html lang="en"><head><title>Shelter | Site</title></head><body>
        <main><article><h1>The shelter opens its doors</h1>
        <div class="entry-content">
        <p>Forty dogs wait for a family in Namur.</p>
        \(box)
        <p>Visits are possible every Saturday.</p>
        </div></article></main></body></html>
        """
    }

    func texts(_ box: String) throws -> [String] {
        try html(page(box)).blocks.map { "\($0.kind.rawValue): \($0.content.plainText)" }
    }

    static let kept = ["title: The shelter opens its doors", "paragraph: Forty dogs wait for a family in Namur.",
                       "paragraph: Visits are possible every Saturday."]

    @Test("named by a CMS plug-in's vocabulary: Jetpack, AddToAny, Drupal, TYPO3 and print/e-mail tools")
    func namedBoxes() throws {
        // The failing input of finding 8, in our own words: "Share this:" became a heading, "Twitter" a list item.
        #expect(try texts("""
        <div class="sharedaddy sd-sharing-enabled"><div class="sd-block sd-social sd-sharing"><h3 class="sd-title">Share this:</h3>
        <div class="sd-content"><ul><li class="share-twitter"><a class="sd-button" href="https://example.org/shelter/?share=twitter">Twitter</a></li>
        <li class="share-facebook"><a class="sd-button" href="https://example.org/shelter/?share=facebook"><span>Facebook</span></a></li>
        <li class="share-print"><a href="#print">Print</a></li><li class="share-end"></li></ul></div></div></div>
        """) == Self.kept)
        // Jetpack's related posts as the server writes it, before its script adds the posts: a headline only.
        #expect(try texts(#"<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3></div>"#) == Self.kept)
        // AddToAny: a header label and icon links with no text.
        #expect(try texts("""
        <div class="addtoany_share_save_container addtoany_content"><div class="addtoany_header">Delen:</div>
        <div class="a2a_kit addtoany_list"><a class="a2a_button_facebook" href="https://www.addtoany.com/add_to/facebook?linkurl=x" title="Facebook"></a>
        <a class="a2a_button_email" href="https://www.addtoany.com/add_to/email?linkurl=x" title="Email"></a></div></div>
        """) == Self.kept)
        // Drupal's social media links block: icon fonts in the links.
        #expect(try texts("""
        <div class="block-social-media-links"><h2>Volg ons</h2><ul class="social-media-links--platforms platforms">
        <li><a href="https://www.instagram.com/example"><span class="fab fa-instagram"></span></a></li>
        <li><a href="https://www.youtube.com/example"><span class="fab fa-youtube"></span></a></li></ul></div>
        """) == Self.kept)
        // TYPO3's shariff with its server-side fallback links, and print and e-mail buttons.
        #expect(try texts(#"<div class="shariff"><ul><li><a href="https://www.linkedin.com/sharing/share-offsite/?url=x">Partager</a></li></ul></div>"#) == Self.kept)
        #expect(try texts(#"<div class="article-tools"><a href="javascript:window.print()">Afdrukken</a> · <a href="mailto:?subject=Het%20asiel">Mailen</a></div>"#) == Self.kept)
        // Named by its aria-label only.
        #expect(try texts(#"<div aria-label="Partager cet article"><a href="/imprimer">Imprimer</a> <a href="/pdf">PDF</a></div>"#) == Self.kept)
    }

    @Test("built as a list of social-network links, whatever its class: the list and the label before it")
    func structuralBoxes() throws {
        #expect(try texts("""
        <p>Partager : <a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> | <a href="https://x.com/intent/post?url=x">X</a>
        | <a href="https://www.linkedin.com/shareArticle?url=x">LinkedIn</a></p>
        """) == Self.kept)
        #expect(try texts("""
        <h2>Deel dit artikel</h2>
        <ul><li><a href="https://wa.me/?text=x">WhatsApp</a></li><li><a href="https://bsky.app/intent/compose?text=x">Bluesky</a></li>
        <li><a href="mailto:?subject=Het%20asiel&amp;body=x">E-mail</a></li></ul>
        """) == Self.kept)
    }

    @Test("newsletter sign-up forms and cookie banners inside the article are chrome")
    func signUpAndCookies() throws {
        #expect(try texts("""
        <div class="box"><h3>Blijf op de hoogte</h3><p>Elke vrijdag ons nieuws in je mailbox.</p>
        <form action="/subscribe"><input type="email" name="EMAIL"><button>Inschrijven</button></form></div>
        """) == Self.kept)
        #expect(try texts(#"<div class="mc4wp-form"><p>Recevez nos nouvelles chaque semaine.</p></div>"#) == Self.kept)
        #expect(try texts(#"<div id="CybotCookiebotDialog"><p>This website uses cookies to improve your visit.</p></div>"#) == Self.kept)
        #expect(try texts(#"<div class="cmplz-consentbanner"><p>We use cookies.</p></div>"#) == Self.kept)
    }

    @Test("article text that links to networks, a related box with a sentence and a form in a long text are kept")
    func keptText() throws {
        // A sentence with two links to social networks.
        #expect(try texts(#"<p>Follow the shelter on <a href="https://www.instagram.com/x">Instagram</a> and <a href="https://www.facebook.com/x">Facebook</a> from Monday.</p>"#)
                == [Self.kept[0], Self.kept[1], "paragraph: Follow the shelter on Instagram and Facebook from Monday.", Self.kept[2]])
        #expect(try texts(#"<p>Follow the shelter on <a href="https://www.instagram.com/x">Instagram</a> and <a href="https://www.facebook.com/x">Facebook</a></p>"#)
                == [Self.kept[0], Self.kept[1], "paragraph: Follow the shelter on Instagram and Facebook", Self.kept[2]])
        // A related box or a share note with a sentence of its own.
        #expect(try texts(#"<div class="related-posts"><p>Last year the shelter found a home for 300 dogs.</p><a href="/300">Read more</a></div>"#)
                == [Self.kept[0], Self.kept[1], "paragraph: Last year the shelter found a home for 300 dogs.", "paragraph: Read more", Self.kept[2]])
        // A post's hashtags and a link to a post are the post's text, not share buttons.
        #expect(try texts(#"<p>Onze campagne <a href="https://x.com/hashtag/SID2026">#SID2026</a> <a href="https://x.com/hashtag/Namur">#Namur</a></p>"#)
                == [Self.kept[0], Self.kept[1], "paragraph: Onze campagne #SID2026 #Namur", Self.kept[2]])
        #expect(try texts(#"<p>Gezien: <a href="https://x.com/asiel/status/17">de post</a> en <a href="https://www.facebook.com/asiel/posts/9">de foto</a></p>"#)
                == [Self.kept[0], Self.kept[1], "paragraph: Gezien: de post en de foto", Self.kept[2]])
        // One link to a network is a link, not a bar.
        #expect(try texts(#"<p><a href="https://www.youtube.com/watch?v=x">The shelter's video</a></p>"#)
                == [Self.kept[0], Self.kept[1], "paragraph: The shelter's video", Self.kept[2]])
        // A heading that a list of ordinary links follows.
        #expect(try texts(#"<h2>Addresses</h2><ul><li><a href="/namur">Namur</a></li><li><a href="/ghent">Ghent</a></li></ul>"#)
                == [Self.kept[0], Self.kept[1], "heading: Addresses", "listItem: Namur", "listItem: Ghent", Self.kept[2]])
    }
}

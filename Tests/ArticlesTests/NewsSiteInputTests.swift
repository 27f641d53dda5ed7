import Foundation
import Testing
import Articles
import TaalgrensCore

/// Session 13: articles as news sites, public services and agencies publish them, written in three
/// languages and read as a user would. Each test keeps the input that failed and the right value.
@Suite("News sites and wire copy: lazy images, paywalls, read-also boxes, agency lines")
struct NewsSiteInputTests {
    func images(_ article: Article) -> [[String: String]] {
        article.blocks.flatMap { $0.content.codes.filter { $0.type == .image }.map(\.attributes) }
    }

    func sources(_ article: Article) -> [[String: String]] {
        article.blocks.flatMap { $0.content.codes.filter { $0.attributes["element"] == "source" }.map(\.attributes) }
    }

    /// A saved news page's lazy image: `src` holds a transparent GIF, the photograph waits in `data-src`
    /// (and `data-srcset`) for the script. The bundle kept the placeholder and lost the photograph.
    @Test("a lazy image's real address (data-src, data-lazy-src, data-original) replaces its placeholder")
    func lazyImages() throws {
        let page = """
        <!DOCTYPE html><html lang="nl-BE"><body><article><h1>Storm Ciarán</h1>
        <figure><picture><source type="image/webp" data-srcset="/img/storm-800.webp 800w, /img/storm-1600.webp 1600w">
        <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/storm-800.jpg" alt="Een omgevallen boom in Namen"></picture>
        <figcaption>Een omgevallen boom blokkeert de Rue de Fer in Namen.</figcaption></figure>
        <p>Tekst <img src="/wp-content/plugins/a3-lazy-load/assets/images/lazy_placeholder.gif" data-lazy-src="/uploads/kaart.png" alt="kaart"> bij de kaart.</p>
        <p>Nog een <img class="lazy" data-original="https://cdn.example.be/foto.jpg" alt="foto"> foto.</p>
        <p>En een gewone <img src="/gewoon.jpg" alt="gewoon"> foto.</p>
        </article></body></html>
        """
        let article = try html(page, locale: "nl-BE")
        #expect(images(article).map { $0["src"] } == ["/img/storm-800.jpg", "/uploads/kaart.png", "https://cdn.example.be/foto.jpg", "/gewoon.jpg"])
        #expect(sources(article).map { $0["srcset"] } == ["/img/storm-800.webp 800w, /img/storm-1600.webp 1600w"])
        // A lazy frame (a YouTube embed loaded on scroll) keeps its real address too.
        let frame = try html("""
        <html lang="en"><body><article><h1>Storm</h1><p>Watch the video.</p>
        <iframe src="about:blank" data-src="https://www.youtube.com/embed/xyz123" title="The storm from the air"></iframe></article></body></html>
        """)
        #expect(frame.blocks.contains { $0.content.codes.contains { $0.attributes["html"]?.contains("https://www.youtube.com/embed/xyz123") == true } })
    }

    func texts(_ body: String, locale: LanguageTag = "en") throws -> [String] {
        try html("""
        <!DOCTYPE html><html><body><main><article><h1>Storm</h1>
        <div itemprop="articleBody"><p>Elia said about 40,000 households were without electricity.</p>
        \(body)
        <p>Several schools remain closed today.</p></div></article></main></body></html>
        """, locale: locale).blocks.map(\.content.plainText)
    }

    static let story = ["Storm", "Elia said about 40,000 households were without electricity.", "Several schools remain closed today."]

    /// A news site's paywall teaser inside the article: the site's offer, in each language from the site.
    @Test("a paywall or registration wall is not the article's text")
    func paywall() throws {
        #expect(try texts("""
        <div class="paywall-teaser"><p>The rest of this article is reserved for subscribers.</p>
        <a class="btn" href="/subscribe">Subscribe for €1 the first month</a><p>Already a subscriber? <a href="/login">Log in</a></p></div>
        """) == Self.story)
        #expect(try texts("""
        <section id="articlePaywall"><p>Lees verder met een abonnement.</p></section><div class="js-regwall"><p>Maak een gratis account aan.</p></div>
        """, locale: "nl-BE") == Self.story)
    }

    /// "Lees ook" / "Lire aussi" boxes inside the article's body, with or without a class naming them.
    @Test("an inline read-also box (Lees ook, Lire aussi, Read also) is not the article's text; a sentence with a link is")
    func readAlso() throws {
        for box in [
            #"<p><strong>Lees ook:</strong> <a href="/binnenland/storm-voorbereiden">Zo bereid je je huis voor op een storm</a></p>"#,
            #"<p>LIRE AUSSI » <a href="https://www.example.be/belgique/tempete">Comment préparer sa maison à une tempête</a></p>"#,
            #"<div class="inline-box"><h3>À lire aussi</h3><ul><li><a href="/a">Première</a></li><li><a href="/b">Deuxième</a></li></ul></div>"#,
            #"<h3>Read also</h3><ul><li><a href="/storm-checklist">How to prepare your house for a storm</a></li></ul>"#,
        ] {
            #expect(try texts(box) == Self.story, "\(box)")
        }
        // Text of its own around the link is the article's.
        #expect(try texts(#"<p>Read also our <a href="/explainer">explainer on storm warnings</a>, published on Monday.</p>"#)
                == [Self.story[0], Self.story[1], "Read also our explainer on storm warnings, published on Monday.", Self.story[2]])
        #expect(try texts(#"<p>Read more: <a href="/report.pdf">the full report</a></p>"#)
                == [Self.story[0], Self.story[1], "Read more: the full report", Self.story[2]])
    }

    /// Agency wire copy as plain text: the embargo line was the title, the headline a heading, and the
    /// closing "(belga)" and the desk's initials two headings to translate.
    @Test("wire copy: embargo line, closing agency tag and desk initials are not read; the dateline stays")
    func wireCopy() throws {
        let copy = """
        EMBARGO TOT DINSDAG 14 MAART 2023, 06.00 UUR

        Nationale actiedag verstoort openbaar vervoer

        BRUSSEL (Belga) - De vakbonden houden dinsdag een nationale actiedag. Bij de NMBS rijdt slechts één op de drie treinen.

        Minister van Werk Pierre-Yves Dermagne (PS) herhaalde dat het overleg volgende week wordt hervat.

        (belga)

        KDW/JVD/
        """
        let article = try plainText(copy, locale: "nl-BE")
        #expect(article.blocks.map { "\($0.kind.rawValue): \($0.content.plainText)" } == [
            "title: Nationale actiedag verstoort openbaar vervoer",
            "paragraph: BRUSSEL (Belga) - De vakbonden houden dinsdag een nationale actiedag. Bij de NMBS rijdt slechts één op de drie treinen.",
            "paragraph: Minister van Werk Pierre-Yves Dermagne (PS) herhaalde dat het overleg volgende week wordt hervat.",
        ])
        let french = try plainText("""
        Embargo jusqu'au mardi 14 mars, 6h00

        Une journée d'action perturbe les transports

        BRUXELLES (Belga) - Les syndicats organisent mardi une journée d'action nationale.

        (BELGA)

        ane/cf 141200 MAR 23
        """, locale: "fr-BE")
        #expect(french.blocks.map(\.content.plainText) == ["Une journée d'action perturbe les transports",
                                                           "BRUXELLES (Belga) - Les syndicats organisent mardi une journée d'action nationale."])
        // Thirteenth trial, finding 1: a release notice after "EMBARGO:", the tag and initials on one line, a
        // byline and a picture credit that were headings.
        let trial = try plainText("""
        EMBARGO: NIET PUBLICEREN VOOR 2 DECEMBER 2026 OM 06.00 UUR

        Federale regering bereikt akkoord over begroting 2027

        Door Jan Peeters

        BRUSSEL (Belga) - De federale regering heeft een akkoord bereikt.

        Foto: Belga / Nicolas Maeterlinck

        Het tekort bedraagt 27,4 miljard euro.

        (belga) VDB/JPE
        """, locale: "nl-BE")
        #expect(trial.blocks.map { "\($0.kind.rawValue): \($0.content.plainText)" } == [
            "title: Federale regering bereikt akkoord over begroting 2027", "paragraph: Door Jan Peeters",
            "paragraph: BRUSSEL (Belga) - De federale regering heeft een akkoord bereikt.",
            "paragraph: Foto: Belga / Nicolas Maeterlinck", "paragraph: Het tekort bedraagt 27,4 miljard euro.",
        ])
        for notice in ["NOT FOR PUBLICATION BEFORE 06:00 ON 2 DECEMBER 2026", "PAS DE PUBLICATION AVANT LE 2 DÉCEMBRE 2026 À 06H00",
                       "Under embargo until Tuesday 6 a.m."] {
            #expect(try plainText("\(notice)\n\nThe headline\n\nThe story's first sentence.\n\n(ANP/Belga) ab/cd").blocks.map(\.content.plainText)
                    == ["The headline", "The story's first sentence."], "\(notice)")
        }
        // "By Tuesday evening" starts a heading, not a byline.
        #expect(try plainText("Title\n\nA paragraph.\n\nBy Tuesday evening\n\nMore text.").blocks.map(\.kind)
                == [.title, .paragraph, .heading, .paragraph])
        // A headline about an embargo, a party in brackets and a ratio are the story's.
        let story = try plainText("""
        Embargo on Russian oil extended until 2025

        The EU extended the embargo on Monday.

        (PS)

        Read more on 24/7
        """)
        #expect(story.blocks.map(\.content.plainText) == ["Embargo on Russian oil extended until 2025", "The EU extended the embargo on Monday.",
                                                          "(PS)", "Read more on 24/7"])
    }
}

extension NewsSiteInputTests {
    /// Thirteenth trial, finding 5: a "LIVE" kicker above the title was the first paragraph, and an `<aside
    /// class="read-also">` holding a label span and one link was one sentence "Read also How to prepare …".
    @Test("a kicker right before the title and a read-also aside with a label span are not the article's text")
    func kickerAndReadAlsoAside() throws {
        let article = try html("""
        <!DOCTYPE html><html lang="en"><body><main><article class="article">
        <header class="article__header"><span class="article__label">LIVE</span>
        <h1 class="article__title">Storm Clara sweeps across Belgium</h1>
        <p class="article__intro">The RMI has issued a code orange for West Flanders.</p></header>
        <p>Gusts of up to 110 km/h are expected.</p>
        <aside class="read-also"><span class="read-also__label">Read also</span> <a href="/storm-prepare">How to prepare for a storm</a></aside>
        <p><span class="label">Update</span> The E40 is closed near Jabbeke.</p>
        </article></main></body></html>
        """)
        #expect(article.blocks.map(\.content.plainText) == ["Storm Clara sweeps across Belgium", "The RMI has issued a code orange for West Flanders.",
                                                            "Gusts of up to 110 km/h are expected.", "Update The E40 is closed near Jabbeke."])
        // A label of more than three words, or one ending a sentence, before the title is text.
        let kept = try html("""
        <html lang="en"><body><article><p class="kicker">Four dogs found a new home.</p><h1>Shelter</h1><p>Text.</p></article></body></html>
        """)
        #expect(kept.blocks.map(\.content.plainText) == ["Shelter", "Four dogs found a new home.", "Text."])
    }
}

/// Thirteenth trial, finding 4: a live feed's post `<li id="post-3"><time>11 h 45</time> <p>…</p></li>` was two
/// list items, the post's text in a new item without its id; a list item of two paragraphs was two items.
@Suite("HTML: a paragraph inside a list item is the item's")
struct ListItemParagraphTests {
    @Test("a live feed's time and text are one item with the post's id; two paragraphs of an item are one item")
    func liveFeed() throws {
        let article = try html("""
        <!DOCTYPE html><html lang="fr-BE"><body><article><h1>Tempête Clara</h1>
        <ol class="live-feed">
        <li class="live-feed__item" id="post-3"><time datetime="2026-11-30T11:45:00+01:00">11 h 45</time> <p>À Knokke, un arbre est tombé sur une voiture. Personne n’a été blessé.</p></li>
        <li class="live-feed__item" id="post-2"><time datetime="2026-11-30T10:20:00+01:00">10 h 20</time> <p>Les pompiers ont déjà reçu 140 appels.</p></li>
        </ol>
        <ul><li><p>Premier paragraphe.</p><p>Deuxième paragraphe.</p></li><li>Seul.</li></ul>
        <ul><li><div class="time">9 h 02</div><div class="text">L’IRM relève l’alerte.</div></li></ul>
        <ul><li>Avant la liste <ul><li>imbriquée</li></ul></li></ul>
        </article></body></html>
        """, locale: "fr-BE")
        let items = article.blocks.filter { $0.kind == .listItem }
        #expect(items.map(\.content.plainText) == [
            "11 h 45 À Knokke, un arbre est tombé sur une voiture. Personne n’a été blessé.",
            "10 h 20 Les pompiers ont déjà reçu 140 appels.",
            "Premier paragraphe. Deuxième paragraphe.", "Seul.", "9 h 02 L’IRM relève l’alerte.", "Avant la liste", "imbriquée",
        ])
        #expect(items.prefix(2).map { $0.attributes?["id"] } == ["post-3", "post-2"])
        #expect(items.map(\.level) == [1, 1, 1, 1, 1, 1, 2])
        // The page written back keeps one item per post, its time and text apart on two lines.
        let page = HTMLRenderer.render(article, typography: nil)
        #expect(page.contains("<li class=\"live-feed__item\" id=\"post-3\"><time datetime=\"2026-11-30T11:45:00+01:00\">11 h 45</time><br>À Knokke"), "\(page)")
        #expect(!page.contains("<li>À Knokke"))
    }
}

/// Thirteenth trial, finding 13: a Drupal 7 page (no `<main>`, `<article>` or `<nav>`; `#header`, `#sidebar-second`,
/// `#footer`) gave the skip link, the logo, the language switcher, the sidebar blocks and the footer address as
/// article text.
@Suite("HTML: the content column of a page without main or article")
struct ContentLandmarkTests {
    static func page(skipLink: Bool, anchor: Bool) -> String {
        let link = skipLink ? ##"<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Naar de hoofdinhoud</a></div>"## : ""
        let target = anchor ? #"<a id="main-content"></a>"# : ""
        return """
        <!DOCTYPE html><html lang="nl"><head><title>Premie voor renovatie | FOD Economie</title></head><body>
        \(link)
        <div id="page"><div id="header"><a href="/nl" title="Home" id="logo"><img src="/logo.png" alt="Home"></a>
        <ul class="language-switcher-locale-url"><li><a href="/nl/premie">Nederlands</a></li><li><a href="/fr/prime">Français</a></li></ul></div>
        <div id="main"><div id="content" class="column"><div class="section">\(target)
        <h1 id="page-title">Premie voor renovatie</h1>
        <div class="field field-name-body"><p>Wie zijn woning energiezuiniger maakt, kan tot <strong>€ 4.000</strong> premie krijgen.</p>
        <p>De aanvraag moet binnen 12 maanden na de factuurdatum gebeuren.</p></div></div></div>
        <div id="sidebar-second"><h2>Contact</h2><p>Contactcenter FOD Economie<br>Tel. 0800 120 33</p>
        <h2>Laatste nieuws</h2><ul><li><a href="/nl/nieuws/1">Nieuwe energieprijzen</a></li></ul></div></div>
        <div id="footer"><p>FOD Economie – Vooruitgangstraat 50, 1210 Brussel</p></div></div></body></html>
        """
    }

    @Test("the skip link's target, its empty anchor's column, or #content holds the article; the rest is chrome")
    func drupalSeven() throws {
        let expected = ["Premie voor renovatie", "Wie zijn woning energiezuiniger maakt, kan tot € 4.000 premie krijgen.",
                        "De aanvraag moet binnen 12 maanden na de factuurdatum gebeuren."]
        for (skipLink, anchor) in [(true, true), (false, true), (false, false)] {
            let article = try html(Self.page(skipLink: skipLink, anchor: anchor), locale: "nl-BE")
            #expect(article.blocks.map(\.content.plainText) == expected, "skip link \(skipLink), anchor \(anchor)")
        }
        // role="main" on a div is the content too.
        let role = try html("""
        <html lang="en"><body><div class="top"><p>Menu text of the theme.</p></div>
        <div role="main"><h1>Title</h1><p>The story.</p></div><div class="bottom"><p>Address line.</p></div></body></html>
        """)
        #expect(role.blocks.map(\.content.plainText) == ["Title", "The story."])
        // A page with no such column is read whole, as before.
        let whole = try html("<html lang=\"en\"><body><div><h1>Title</h1><p>One.</p></div><div><p>Two.</p></div></body></html>")
        #expect(whole.blocks.map(\.content.plainText) == ["Title", "One.", "Two."])
    }
}

extension NewsSiteInputTests {
    /// A Drupal page's "Last updated on" field (a label and a `<time>`) was two paragraphs to translate,
    /// "Last updated on" and "15/01/2024".
    @Test("a CMS's date stamp (label and time) is not text; a live blog's bare time and a sentence with a time are")
    func dateStamp() throws {
        #expect(try texts("""
        <div class="field field--name-field-last-updated"><div class="field__label">Laatst bijgewerkt op</div>
        <div class="field__item"><time datetime="2024-01-15T12:00:00Z">15/01/2024</time></div></div>
        <p class="published">Publié le <time datetime="2024-01-15">15 janvier 2024</time></p>
        <div class="field"><div class="field__label">Dernière mise à jour le</div><div class="field__item"><time datetime="2024-01-15">15/01/2024</time></div></div>
        """) == Self.story)
        #expect(try texts("""
        <p><time datetime="2023-11-02T09:40:00+01:00">09:40</time></p>
        <p>The E411 reopened at <time datetime="2023-11-02T09:40:00+01:00">09:40</time> after the police cleared two trees.</p>
        """) == [Self.story[0], Self.story[1], "09:40", "The E411 reopened at 09:40 after the police cleared two trees.", Self.story[2]])
    }
}

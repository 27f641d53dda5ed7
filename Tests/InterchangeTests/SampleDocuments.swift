import Foundation
import Interchange
import TaalgrensCore

/// Documents built in code for the XLIFF tests: every inline form, candidates, metadata, white space.
enum SampleDocuments {
    static func link(_ id: String, _ kind: InlineCode.Kind, href: String? = nil) -> InlineElement {
        .code(InlineCode(id: id, kind: kind, type: .link, attributes: href.map { ["href": $0] } ?? [:]))
    }

    static func code(_ id: String, _ kind: InlineCode.Kind, _ type: InlineCode.CodeType, _ attributes: [String: String] = [:]) -> InlineElement {
        .code(InlineCode(id: id, kind: kind, type: type, attributes: attributes))
    }

    /// An article-like document in en → nl-BE with:
    /// - a heading with plain text, state translated, an exact match;
    /// - a paragraph of two segments where a link opens in the first and closes in the second
    ///   (`<sc>`/`<ec>`), an emphasis inside the first (`<pc>`), a line break (`<ph>`), a fuzzy candidate;
    /// - a paragraph with significant white space, an `other` code with markup, a character XML cannot
    ///   carry, and no target;
    /// - a paragraph with a context match (101) and crossing codes.
    static var article: XLIFFDocument {
        let heading = XLIFFUnit(
            id: "b1", name: "title", kind: "title",
            segments: [XLIFFSegment(
                id: "s1", source: "Safer Internet Day 2020", target: "Dag van het Veilig Internet 2020", state: .translated,
                matches: [XLIFFCandidate(similarity: 100, origin: "memory", type: "tm", source: "Safer Internet Day 2020",
                                         target: "Dag van het Veilig Internet 2020", reference: "tu-17",
                                         metadata: ["match-kind": "exact", "match-score": "100"])],
                metadata: ["match-kind": "exact", "match-score": "100"])],
            metadata: ["article": "safer-internet-day-2020", "block": "0"])

        let first = RichText([.text("Read the "), code("2", .opening, .emphasis), .text("new"), code("2", .closing, .emphasis),
                              .text(" report on "), link("1", .opening, href: "https://www.childfocus.be/en?a=1&b=2"),
                              .text("online safety.")])
        let second = RichText([.text("It covers "), code("3", .standalone, .lineBreak), .text("grooming"),
                               link("1", .closing), .text(" and sexting.")])
        let firstNL = RichText([.text("Lees het "), code("2", .opening, .emphasis), .text("nieuwe"), code("2", .closing, .emphasis),
                                .text(" rapport over "), link("1", .opening, href: "https://www.childfocus.be/nl"),
                                .text("online veiligheid.")])
        let paragraph = XLIFFUnit(
            id: "b2", kind: "paragraph",
            segments: [
                XLIFFSegment(id: "s1", source: first, target: firstNL, state: .initial,
                             matches: [XLIFFCandidate(similarity: 87.5, matchQuality: 90, origin: "memory", type: "tm",
                                                      source: RichText([.text("Read the "), code("2", .opening, .emphasis), .text("old"),
                                                                        code("2", .closing, .emphasis), .text(" report.")]),
                                                      target: RichText([.text("Lees het "), code("2", .opening, .emphasis), .text("oude"),
                                                                        code("2", .closing, .emphasis), .text(" rapport.")]),
                                                      reference: "tu-9", metadata: ["match-kind": "fuzzy"])],
                             metadata: ["match-kind": "fuzzy", "match-score": "87.5"]),
                XLIFFSegment(id: "s2", source: second),
            ])

        let spaced = XLIFFUnit(
            id: "b3", kind: "paragraph",
            segments: [XLIFFSegment(id: "s1", source: RichText([.text("  Two  spaces,\ta tab "), code("4", .standalone, .other, ["markup": "<span class=\"x\"/>"]),
                                                                .text(" and a bell \u{7}. ")]))])

        let crossing = XLIFFUnit(
            id: "b4", kind: "quote",
            segments: [XLIFFSegment(
                id: "s1",
                source: RichText([code("5", .opening, .strong), .text("bold "), code("6", .opening, .emphasis), .text("both"),
                                  code("5", .closing, .strong), .text(" italic"), code("6", .closing, .emphasis)]),
                target: RichText([code("5", .opening, .strong), .text("vet "), code("6", .opening, .emphasis), .text("beide"),
                                  code("5", .closing, .strong), .text(" cursief"), code("6", .closing, .emphasis)]),
                state: .reviewed,
                matches: [XLIFFCandidate(similarity: 101, origin: "memory", type: "icm", source: "bold both italic",
                                         target: "vet beide cursief", metadata: ["match-kind": "context", "match-score": "101"])],
                metadata: ["match-kind": "context", "match-score": "101"])])

        return XLIFFDocument(sourceLocale: "en", targetLocale: "nl-BE", fileID: "f1", original: "safer-internet-day-2020/en.md",
                             units: [heading, paragraph, spaced, crossing])
    }
}

extension SampleDocuments {
    /// The export that the returned-file fixtures answer (`returned-*.xlf`): en → fr-BE, no targets yet.
    /// - u1: a title;
    /// - u2: two sentences, an emphasis in the first and a link from the first into the second;
    /// - u3: a sentence ending in a line break.
    static var forTranslator: XLIFFDocument {
        XLIFFDocument(sourceLocale: "en", targetLocale: "fr-BE", fileID: "f1", original: "helplines/en.md", units: [
            XLIFFUnit(id: "u1", kind: "title", segments: [XLIFFSegment(id: "s1", source: "Helplines in Belgium")]),
            XLIFFUnit(id: "u2", kind: "paragraph", segments: [
                XLIFFSegment(id: "s1", source: RichText([.text("Read the "), code("1", .opening, .emphasis), .text("new"), code("1", .closing, .emphasis),
                                                         .text(" report on "), link("2", .opening, href: "https://www.childfocus.be/en"),
                                                         .text("online safety.")])),
                XLIFFSegment(id: "s2", source: RichText([.text("It covers grooming"), link("2", .closing), .text(" and sexting.")])),
            ]),
            XLIFFUnit(id: "u3", kind: "paragraph", segments: [
                XLIFFSegment(id: "s1", source: RichText([.text("Call 116 000."), code("3", .standalone, .lineBreak)])),
            ]),
        ])
    }

    /// The French targets a translator writes for ``forTranslator`` (the link keeps the English href:
    /// the translator did not change the code).
    static var frenchTargets: [String: RichText] {
        [
            "u1/s1": "Lignes d’écoute en Belgique",
            "u2/s1": RichText([.text("Lisez le "), code("1", .opening, .emphasis), .text("nouveau"), code("1", .closing, .emphasis),
                               .text(" rapport sur "), link("2", .opening, href: "https://www.childfocus.be/en"), .text("la sécurité en ligne.")]),
            "u2/s2": RichText([.text("Il traite du grooming"), link("2", .closing), .text(" et du sexting.")]),
            "u3/s1": RichText([.text("Appelez le 116 000."), code("3", .standalone, .lineBreak)]),
        ]
    }
}

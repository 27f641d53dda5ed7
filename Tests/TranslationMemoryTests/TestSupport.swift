import Foundation
import TaalgrensCore
import TranslationMemory

/// Builds a three-language unit of an article at (block, position).
func articleUnit(_ article: String, block: Int, position: Int, en: String, nl: String, fr: String,
                 status: UnitStatus = .aligned, previous: String? = nil, next: String? = nil) -> TranslationUnit {
    TranslationUnit(
        id: "\(article):\(block):\(position)",
        variants: [
            Variant(locale: "en", content: RichText(plain: en), previous: previous, next: next),
            Variant(locale: "nl-BE", content: RichText(plain: nl)),
            Variant(locale: "fr-BE", content: RichText(plain: fr)),
        ],
        origin: Origin(article: article, block: block, position: position), status: status)
}

/// A bilingual en/nl-BE unit.
func pairUnit(_ id: String, _ en: RichText, _ nl: RichText, status: UnitStatus = .aligned, changed: Date? = nil,
              previous: String? = nil, next: String? = nil) -> TranslationUnit {
    TranslationUnit(id: id, variants: [Variant(locale: "en", content: en, previous: previous, next: next),
                                       Variant(locale: "nl-BE", content: nl)],
                    status: status, changed: changed)
}

func query(_ text: RichText, to target: LanguageTag = "nl-BE", minScore: Double = 70, limit: Int = 5,
           previous: String? = nil, next: String? = nil) -> MatchQuery {
    MatchQuery(text: text, source: "en", target: target, previous: previous, next: next, minScore: minScore, limit: limit)
}

/// The safer-internet example article, sentence by sentence (en, nl-BE, fr-BE), written for these tests.
let exampleSentences: [(en: String, nl: String, fr: String)] = [
    ("Safer Internet Day 2020 was celebrated in more than 170 countries.",
     "Safer Internet Day 2020 werd in meer dan 170 landen gevierd.",
     "Le Safer Internet Day 2020 a été célébré dans plus de 170 pays."),
    ("The theme of this year's edition was Together for a better internet.",
     "Het thema van de editie van dit jaar was Samen voor een beter internet.",
     "Le thème de l'édition de cette année était Ensemble pour un meilleur internet."),
    ("Young people, parents and teachers took part in hundreds of events across Europe.",
     "Jongeren, ouders en leerkrachten namen deel aan honderden activiteiten in heel Europa.",
     "Des jeunes, des parents et des enseignants ont participé à des centaines d'événements en Europe."),
    ("The helpline answered 3,000 calls during the campaign week.",
     "De hulplijn beantwoordde 3.000 oproepen tijdens de campagneweek.",
     "La ligne d'assistance a répondu à 3 000 appels pendant la semaine de campagne."),
    ("More information is available on the website of the Safer Internet Centre.",
     "Meer informatie vindt u op de website van het Safer Internet Centre.",
     "Plus d'informations sont disponibles sur le site du Safer Internet Centre."),
]

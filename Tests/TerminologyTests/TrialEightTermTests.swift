import Foundation
import TaalgrensCore
import Testing
import Terminology

/// Eighth trial, finding 6: term checks that told a translator to write something the source does not say,
/// or held up another translation's forbidden word as the model, and a Dutch feminine form the shipped
/// Glossary lacked. Each test keeps the trial's input.
@Suite struct TrialEightTermTests {
    let termbase: Termbase

    init() throws {
        termbase = try tbx(tbx3([
            concept("c03", notes: ["taalgrens:dnt"], [
                ("en", "Better Internet for Kids", "preferred"), ("en", "Safer Internet Programme", "superseded"),
                ("nl", "Better Internet for Kids", "preferred"), ("nl", "Safer Internet Programme", "superseded"),
            ]),
            concept("c11", [("en", "hotline", "preferred"), ("nl", "meldpunt", "preferred"), ("nl", "hotline", "deprecated"),
                            ("fr", "point de signalement", "preferred"), ("fr", "hotline", "deprecated")]),
            concept("p1", [("en", "phishing", "preferred"), ("nl", "phishing", "preferred"), ("nl", "hengelen", "deprecated"),
                           ("fr", "hameçonnage", "preferred"), ("fr", "phishing", "deprecated")]),
        ].joined(separator: "\n")))
    }

    func run(_ units: [CheckUnit]) throws -> [Finding] { try checker(termbase).check(units) }

    @Test("a target that names the superseded programme the source names is not told to rename it")
    func targetFollowsTheSourcesSupersededTerm() throws {
        let f = try run([unit("prog2:1:0",
                              en: "The Safer Internet Programme was replaced by Better Internet for Kids.",
                              nl: "Het Safer Internet Programme werd vervangen door Better Internet for Kids.")])
        let forbidden = f.of(.forbiddenTerm)
        #expect(forbidden.map { "\($0.locale) \($0.severity) \($0.text)" } == ["en warning Safer Internet Programme"], "\(forbidden)")
    }

    @Test("a deprecated target term for an approved source term is still an error")
    func deprecatedTargetForApprovedSourceTerm() throws {
        let f = try run([unit("u1", en: "Report illegal images to the hotline.", nl: "Meld illegale beelden bij de hotline.")])
        let forbidden = f.of(.forbiddenTerm)
        #expect(forbidden.map { "\($0.locale) \($0.severity) \($0.text) \($0.suggestion ?? "")" } == ["nl-BE error hotline meldpunt"])
    }

    @Test("cross-target does not hold up another target's deprecated term as the model")
    func crossTargetIgnoresDeprecatedTerms() throws {
        let f = try run([unit("terms-bad:0:0", en: "Phishing mails target password managers",
                              nl: "Hengelmails richten zich op wachtwoordbeheerders",
                              fr: "Les mails de phishing visent les gestionnaires de mots de passe")])
        #expect(f.of(.crossTarget).isEmpty, "\(f.of(.crossTarget))")
        // The real problems are still reported: French uses the deprecated term, Dutch lacks the approved one.
        #expect(f.of(.forbiddenTerm).map { "\($0.locale) \($0.text)" } == ["fr-BE phishing"])
        #expect(f.of(.missingTerm).map { "\($0.locale) \($0.suggestion ?? "")" } == ["nl-BE phishing"])
    }

    @Test("cross-target still reports an approved term one target has and the other lacks")
    func crossTargetStillComparesApprovedTerms() throws {
        let f = try run([unit("u1", en: "Call them.", nl: "Bel het meldpunt.", fr: "Appelez-les.")])
        #expect(f.of(.crossTarget).map { "\($0.locale) \($0.text) \($0.suggestion ?? "")" } == ["fr-BE meldpunt point de signalement"])
    }

    @Test("the shipped Glossary knows the Dutch feminine jongerenambassadrice, as it knows jeune ambassadrice")
    func dutchFeminineYouthAmbassador() throws {
        let tb = try Termbase.loadDefault(from: DataDirectory(root: repositoryRoot))
        let checker = TermChecker(termbase: tb, data: try localeData())
        let f = checker.check([unit("terms-week:4:0", en: "A youth ambassador from Liège spoke at the school.",
                                    nl: "Een jongerenambassadrice uit Luik sprak op de school.",
                                    fr: "Une jeune ambassadrice liégeoise a pris la parole à l'école.")])
        #expect(f.of(.missingTerm).isEmpty && f.of(.crossTarget).isEmpty, "\(f)")
        // The masculine is still preferred, and a text without either form is still reported.
        let missing = checker.check([unit("u2", en: "A youth ambassador spoke.", nl: "Een jongere sprak.")])
        #expect(missing.of(.missingTerm).map { $0.suggestion ?? "" } == ["jongerenambassadeur"])
    }

    @Test("a finding carries its unit's file, so two bundles' b7:b7.s0 are told apart")
    func findingsCarryTheirFile() throws {
        var a = unit("b7:b7.s0", en: "Report it to the hotline.", nl: "Meld het bij de hotline.")
        a.file = "/x/a/nl-BE/article.xlf"
        var b = a
        b.file = "/x/b/nl-BE/article.xlf"
        let forbidden = try run([a, b]).of(.forbiddenTerm)
        #expect(forbidden.map { $0.file ?? "-" } == ["/x/a/nl-BE/article.xlf", "/x/b/nl-BE/article.xlf"])
        // A finding across units names its unit by id and gets that unit's file.
        var c = unit("u1", en: "Call the helpline today.", nl: "Bel vandaag de hulplijn.")
        c.file = "/x/c.xlf"
        var d = unit("u2", en: "Call the helpline today.", nl: "Bel de hulplijn vandaag.")
        d.file = "/x/d.xlf"
        let inconsistent = try run([c, d]).of(.inconsistentTranslation)
        #expect(!inconsistent.isEmpty)
        #expect(inconsistent.allSatisfy { $0.file == ($0.unit == "u1" ? "/x/c.xlf" : "/x/d.xlf") }, "\(inconsistent)")
        // Units of no file give findings without one.
        #expect(try run([unit("u3", en: "Report it to the hotline.", nl: "Meld het bij de hotline.")]).allSatisfy { $0.file == nil })
    }
}

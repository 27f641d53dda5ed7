import Foundation
import Interchange
import TaalgrensCore
import Testing

/// A revised file versus another file with the same name (TRIAL5 item 1: two `index.html` XLIFF files).
@Suite("Scope replacement")
struct ScopeReplacementTests {
    private func unit(_ en: String, _ nl: String) -> TranslationUnit {
        TranslationUnit(id: "1", variants: [Variant(locale: LanguageTag("en"), content: RichText([.text(en)])),
                                            Variant(locale: LanguageTag("nl-BE"), content: RichText([.text(nl)]))])
    }

    @Test("an edited sentence is the same sentence; an unrelated one is not")
    func similarity() {
        #expect(ScopeReplacement.similar("The storm caused damage in Ostend.", "The storm caused heavy damage in Ostend on Tuesday."))
        #expect(ScopeReplacement.similar("Trains are running again.", "Trains are running again!"))
        #expect(ScopeReplacement.similar("Turnout was 87 percent.", "Turnout was 78 percent."))
        // Only "the" in common: 2·1 / (6 + 6) < 1/2.
        #expect(!ScopeReplacement.similar("The storm caused damage in Ostend.", "The chocolate bars are being recalled."))
        #expect(ScopeReplacement.similar("", ""))
        #expect(!ScopeReplacement.similar("…", "Trains."))
    }

    @Test("the two files of TRIAL5 item 1: every shared id gets another sentence, so the import is another file")
    func otherFile() {
        var check = ScopeReplacement()
        check.compare(localID: "1:1", incoming: unit("The chocolate bars are being recalled.", "De chocoladerepen worden teruggeroepen."),
                      stored: unit("The storm caused damage in Ostend.", "De storm richtte schade aan in Oostende."))
        check.compare(localID: "2:1", incoming: unit("Customers can return them to the shop.", "Klanten kunnen ze terugbrengen naar de winkel."),
                      stored: unit("Trains are running again.", "De treinen rijden weer."))
        #expect(check.compared == 2)
        #expect(check.replacesOtherSentences)
        #expect(check.replacements.first == ScopeReplacement.Replacement(
            localID: "1:1", stored: "The storm caused damage in Ostend.", incoming: "The chocolate bars are being recalled."))
    }

    @Test("a revision: a corrected source, a new translation and one replaced sentence out of three update in place")
    func revision() {
        var check = ScopeReplacement()
        check.compare(localID: "1", incoming: unit("The storm caused heavy damage in Ostend.", "De storm richtte zware schade aan in Oostende."),
                      stored: unit("The storm caused damage in Ostend.", "De storm richtte schade aan in Oostende."))
        check.compare(localID: "2", incoming: unit("Trains are running again.", "De treinen rijden opnieuw."),
                      stored: unit("Trains are running again.", "De treinen rijden weer."))
        check.compare(localID: "3", incoming: unit("A new closing sentence.", "Een nieuwe slotzin."),
                      stored: unit("The warning was lifted.", "De waarschuwing is ingetrokken."))
        #expect(check.replacements.count == 1)
        #expect(!check.replacesOtherSentences)
    }

    @Test("the same source sentence in en-GB meets the stored en variant: the locales are compared by language")
    func regionalLocale() {
        var check = ScopeReplacement()
        let incoming = TranslationUnit(id: "1", variants: [
            Variant(locale: LanguageTag("en-GB"), content: RichText([.text("Trains are running again.")])),
            Variant(locale: LanguageTag("fr-BE"), content: RichText([.text("Les trains circulent à nouveau.")]))])
        check.compare(localID: "1", incoming: incoming, stored: unit("Trains are running again.", "De treinen rijden weer."))
        #expect(!check.replacesOtherSentences)
    }

    @Test("no shared id, nothing to refuse")
    func nothingCompared() {
        #expect(!ScopeReplacement().replacesOtherSentences)
    }

    @Test("a large file is sampled evenly: 256 ascending indices covering both ends")
    func sampling() {
        #expect(ScopeReplacement.sample(count: 3) == [0, 1, 2])
        let sample = ScopeReplacement.sample(count: 1_000_000)
        #expect(sample.count == 256)
        #expect(sample.first == 0 && sample.last! > 990_000)
        #expect(zip(sample, sample.dropFirst()).allSatisfy { $0 < $1 })
    }
}

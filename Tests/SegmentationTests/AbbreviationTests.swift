import Foundation
import Testing
import Segmentation
import TaalgrensCore

/// Every abbreviation listed in `Locales/<locale>/abbreviations.txt`, in every written form, in four
/// contexts: before a lowercase word (no break), at the end of a sentence before a capitalised word that
/// starts sentences (a break for the classes `may`, `name` and `title`), before a capitalised name (a break for
/// `may` and `title` only: a `name` abbreviation goes on, "the U.S. Embassy"), and before a number (no break);
/// a `title` word (of an abbreviated journal title) also goes on before another title word or an initial. A missing or
/// stale `segmentation.srx` block fails here. Single capital letters, which are not listed, get the same
/// treatment as initials.
@Suite struct AbbreviationTests {
    enum Class: String { case never, may, name, title }

    struct Entry {
        let cls: Class
        let abbreviation: String
        let exact: Bool
        let line: Int
    }

    /// Reads a list in the documented format (see the file's header and docs/segmentation.md).
    static func entries(_ locale: String) throws -> [Entry] {
        let file = TestSupport.repository.appendingPathComponent("Locales/\(locale)/abbreviations.txt")
        var out: [Entry] = []
        for (index, raw) in try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            var fields = text.split(whereSeparator: \.isWhitespace).map(String.init)
            guard let first = fields.first else { continue }
            let cls = try #require(Class(rawValue: first), "line \(index + 1): \(raw)")
            fields.removeFirst()
            let exact = fields.last == "exact"
            if exact { fields.removeLast() }
            out.append(Entry(cls: cls, abbreviation: fields.joined(separator: " "), exact: exact, line: index + 1))
        }
        return out
    }

    /// The written forms an entry covers: as listed, and capitalised when it starts lowercase, is not
    /// exact, and the capitalised form is not an entry of its own.
    static func forms(of entry: Entry, among all: [Entry]) -> [String] {
        var forms = [entry.abbreviation]
        if !entry.exact, let first = entry.abbreviation.first, first.isLowercase {
            let capitalised = first.uppercased() + entry.abbreviation.dropFirst()
            if !all.contains(where: { $0.abbreviation == capitalised }) { forms.append(capitalised) }
        }
        return forms
    }

    /// Sentences around an abbreviation, per language: (before, lowercase continuation, capitalised next
    /// sentence, number continuation, the sentence after a number).
    /// `capital` starts with a word of `sentence-starters.txt` where the locale has one; `name` starts
    /// with a capitalised word that is not a sentence starter.
    struct Frame {
        let before: String, lower: String, capital: String, number: String, numberNext: String, name: String
    }

    static let frames: [String: Frame] = [
        "en": Frame(before: "The list mentions", lower: "and a few others too.", capital: "The rest follows later.",
                    number: "12 times.", numberNext: "That is all.", name: "Embassy staff left early."),
        "nl-BE": Frame(before: "De lijst vermeldt", lower: "en nog enkele anderen.", capital: "De rest volgt later.",
                       number: "12 keer.", numberNext: "Dat is alles.", name: "Gent volgt later."),
        "fr-BE": Frame(before: "La liste mentionne", lower: "et quelques autres encore.", capital: "La suite viendra plus tard.",
                       number: "12 fois.", numberNext: "C'est tout.", name: "Bruxelles suivra plus tard."),
    ]

    /// `never` entries that hand-written rule 8j lets end a sentence before a word that opens sentences and
    /// never a name, such as an article before a lowercase word (the `capital` frame: "De rest volgt later.",
    /// "La suite viendra plus tard."; session 14, blind set 13). The `name` frame still checks that they go on
    /// before a name. Session 15 (blind set 14) added the acronyms of an act (nl-BE "K.B.", "M.B.": "… bij K.B.
    /// Dat besluit …") and the nl-BE "bijvoorbeeld" forms of rule 8b, which end a sentence before "De", "Het" or
    /// "Een" followed by a lowercase word, where an example would be written in lowercase. Blind set 18 added fr-BE
    /// "h.c." ("le Dr h.c. Lieve Moens", but "l'a fait Dr h.c. Trois ans plus tard …").
    static let endBeforeAnOpener: [String: Set<String>] = [
        "nl-BE": ["resp.", "h.c.", "K.B.", "M.B.", "bijv.", "bv.", "bvb.", "vb."], "fr-BE": ["resp.", "h.c."],
    ]

    @Test(arguments: ["en", "nl-BE", "fr-BE"])
    func everyAbbreviationBehavesByItsClass(locale: String) throws {
        let entries = try AbbreviationTests.entries(locale)
        #expect(entries.count >= 100, "\(locale) lists \(entries.count) abbreviations; at least 100 expected")
        let segmenter = TestSupport.segmenter(for: try #require(LanguageTag(locale)))
        let frame = try #require(AbbreviationTests.frames[locale])
        var checked = 0
        for entry in entries {
            for form in AbbreviationTests.forms(of: entry, among: entries) {
                for space in [" ", "\u{00A0}", "\u{202F}"] {
                    let head = "\(frame.before) \(form)"
                    let lower = "\(head)\(space)\(frame.lower)"
                    #expect(TestSupport.sentences(lower, segmenter) == [lower],
                            "\(locale) line \(entry.line) \(form) before a lowercase word")

                    let capital = "\(head)\(space)\(frame.capital)"
                    let opens = entry.cls != .never || AbbreviationTests.endBeforeAnOpener[locale, default: []].contains(form)
                    let expected = opens ? [head, frame.capital] : [capital]
                    #expect(TestSupport.sentences(capital, segmenter) == expected,
                            "\(locale) line \(entry.line) \(form) (\(entry.cls)) before a capitalised sentence start")

                    let name = "\(head)\(space)\(frame.name)"
                    #expect(TestSupport.sentences(name, segmenter) == (entry.cls == .may || entry.cls == .title ? [head, frame.name] : [name]),
                            "\(locale) line \(entry.line) \(form) (\(entry.cls)) before a capitalised name")

                    let number = "\(head)\(space)\(frame.number)"
                    #expect(TestSupport.sentences("\(number) \(frame.numberNext)", segmenter) == [number, frame.numberNext],
                            "\(locale) line \(entry.line) \(form) before a number")
                    if entry.cls == .title {
                        // A journal title goes on before another title word or an initial, and ends before a sentence.
                        for next in ["Med.", "J. Med."] {
                            let title = "\(head)\(space)\(next)"
                            #expect(TestSupport.sentences("\(title) \(frame.capital)", segmenter) == [title, frame.capital],
                                    "\(locale) line \(entry.line) \(form) (title) before \(next)")
                        }
                    }
                    checked += 1
                }
                for inner in ["\u{00A0}", "\u{202F}", ""] where form.contains(" ") {
                    let variant = form.replacingOccurrences(of: " ", with: inner)
                    let text = "\(frame.before) \(variant) \(frame.capital)"
                    let expected = entry.cls == .never ? [text] : ["\(frame.before) \(variant)", frame.capital]
                    #expect(TestSupport.sentences(text, segmenter) == expected,
                            "\(locale) line \(entry.line) \(form) written with \(inner.isEmpty ? "no space" : "U+\(String(inner.unicodeScalars.first!.value, radix: 16, uppercase: true))") inside")
                }
            }
        }
        print("\(locale): \(entries.count) abbreviations, \(checked) forms × spacings checked in four contexts")
    }

    /// Sentences for the single-letter checks, per language: a lowercase word before the letter, the next
    /// sentence, a lowercase continuation, and a surname.
    static let letterFrames: [String: (before: String, next: String, lower: String, name: String)] = [
        "en": ("He takes vitamin", "It helps a lot.", "every day.", "Peeters"),
        "nl-BE": ("Hij neemt vitamine", "Die helpt echt.", "elke dag.", "Peeters"),
        "fr-BE": ("Il prend de la vitamine", "Elle aide vraiment.", "chaque jour.", "Peeters"),
    ]

    @Test(arguments: ["en", "nl-BE", "fr-BE"])
    func singleCapitalLettersAreInitialsOrSentenceEnds(locale: String) throws {
        let entries = try AbbreviationTests.entries(locale)
        let segmenter = TestSupport.segmenter(for: try #require(LanguageTag(locale)))
        let frame = try #require(AbbreviationTests.letterFrames[locale])
        for scalar in UnicodeScalar("A").value...UnicodeScalar("Z").value {
            let letter = String(UnicodeScalar(scalar)!)
            if entries.contains(where: { $0.abbreviation == letter + "." }) { continue }  // listed: its class rules
            let other = letter == "J" ? "K" : "J"

            // After a lowercase word, a letter may end the sentence ("vitamine C. Die …").
            #expect(TestSupport.sentences("\(frame.before) \(letter). \(frame.next)", segmenter)
                    == ["\(frame.before) \(letter).", frame.next], "\(locale) \(letter). at a sentence end")
            #expect(TestSupport.sentences("\(frame.before) \(letter). \(frame.lower)", segmenter)
                    == ["\(frame.before) \(letter). \(frame.lower)"], "\(locale) \(letter). before a lowercase word")
            // A run of initials stays together, even after a lowercase word.
            let run = "\(frame.before) \(letter). \(other). \(frame.name) \(frame.lower)"
            #expect(TestSupport.sentences(run, segmenter) == [run], "\(locale) initials \(letter). \(other).")
            // An initial that starts a sentence belongs to the name after it.
            let start = "\(letter). \(frame.name) \(frame.lower)"
            #expect(TestSupport.sentences("\(frame.next) \(start)", segmenter) == [frame.next, start],
                    "\(locale) initial \(letter). at a sentence start")
        }
    }

    @Test func matchingStartsAtAWordStart() {
        // "ext." and "est." (en), "ing.", "em." and "ca." (nl), "al." and "t." (fr) are listed as never ending
        // a sentence; as the tail of an ordinary word they must not stop a break.
        #expect(TestSupport.sentences("Read the text. Then sign it.", TestSupport.english) == ["Read the text.", "Then sign it."])
        #expect(TestSupport.sentences("It was the best. Then it rained.", TestSupport.english) == ["It was the best.", "Then it rained."])
        #expect(TestSupport.sentences("Dat was de vergadering. Daarna gingen we eten.", TestSupport.dutch)
                == ["Dat was de vergadering.", "Daarna gingen we eten."])
        #expect(TestSupport.sentences("Dat is een probleem. Daarom praten we.", TestSupport.dutch)
                == ["Dat is een probleem.", "Daarom praten we."])
        #expect(TestSupport.sentences("Hij reisde naar Jamaica. Daar bleef hij.", TestSupport.dutch)
                == ["Hij reisde naar Jamaica.", "Daar bleef hij."])
        #expect(TestSupport.sentences("C'est un enjeu national. Puis vient l'Europe.", TestSupport.french)
                == ["C'est un enjeu national.", "Puis vient l'Europe."])
        #expect(TestSupport.sentences("Il y a un chat. Puis un chien.", TestSupport.french) == ["Il y a un chat.", "Puis un chien."])
        // An apostrophe does start a word: the French elision "l'art." is the abbreviation.
        #expect(TestSupport.sentences("Voir l'art. Trois de la loi.", TestSupport.french) == ["Voir l'art. Trois de la loi."])
    }

    @Test func caseIsHonouredWhereItMatters() {
        // "No." (number) is listed exact: the word "no" still ends a sentence.
        #expect(TestSupport.sentences("I said no. Then I left.", TestSupport.english) == ["I said no.", "Then I left."])
        #expect(TestSupport.sentences("See No. 5 on the list.", TestSupport.english) == ["See No. 5 on the list."])
        // "Sec." (Secretary) never ends a sentence, "sec." (second) may.
        #expect(TestSupport.sentences("Sec. Blinken spoke.", TestSupport.english) == ["Sec. Blinken spoke."])
        #expect(TestSupport.sentences("Wait a sec. Then go.", TestSupport.english) == ["Wait a sec.", "Then go."])
        // A lowercase-initial abbreviation also matches capitalised at a sentence start ...
        #expect(TestSupport.sentences("Dat is alles. Bijv. Gent doet mee.", TestSupport.dutch) == ["Dat is alles.", "Bijv. Gent doet mee."])
        // ... but "ART." is not "art.".
        #expect(TestSupport.sentences("Zie ART. Daarna volgt meer.", TestSupport.dutch) == ["Zie ART.", "Daarna volgt meer."])
    }

    @Test func aLongerAbbreviationOfTheOtherClassWins() {
        // "al." (alinéa) never ends a sentence, "et al." may.
        #expect(TestSupport.sentences("Selon Lambert et al. Les chiffres le confirment.", TestSupport.french)
                == ["Selon Lambert et al.", "Les chiffres le confirment."])
        #expect(TestSupport.sentences("Voir al. Deux du texte.", TestSupport.french) == ["Voir al. Deux du texte."])
        // "av." (avenue) never, "av. J.-C." may.
        #expect(TestSupport.sentences("Rome fut fondée en 753 av. J.-C. Puis vint la République.", TestSupport.french)
                == ["Rome fut fondée en 753 av. J.-C.", "Puis vint la République."])
    }

    /// The words of `Locales/<locale>/sentence-starters.txt`, or `nil` when the locale has none.
    static func starters(_ locale: String) throws -> [String]? {
        let file = TestSupport.repository.appendingPathComponent("Locales/\(locale)/sentence-starters.txt")
        guard FileManager.default.fileExists(atPath: file.path) else { return nil }
        return try String(contentsOf: file, encoding: .utf8).split(separator: "\n").compactMap {
            let word = $0.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first?
                .trimmingCharacters(in: .whitespaces) ?? ""
            return word.isEmpty ? nil : word
        }
    }

    @Test(arguments: ["en", "nl-BE", "fr-BE"])
    func nameAbbreviationsEndASentenceOnlyBeforeASentenceStarter(locale: String) throws {
        let entries = try AbbreviationTests.entries(locale)
        let names = entries.filter { $0.cls == .name }
        guard let starters = try AbbreviationTests.starters(locale) else {
            #expect(names.isEmpty, "\(locale) lists name abbreviations but has no sentence-starters.txt")
            return
        }
        #expect(!names.isEmpty && starters.count >= 100)
        let segmenter = TestSupport.segmenter(for: try #require(LanguageTag(locale)))
        let frame = try #require(AbbreviationTests.frames[locale])
        for entry in names {
            for form in AbbreviationTests.forms(of: entry, among: entries) {
                let head = "\(frame.before) \(form)"
                for word in starters {
                    let next = "\(word) came later."
                    #expect(TestSupport.sentences("\(head) \(next)", segmenter) == [head, next],
                            "\(locale) line \(entry.line) \(form) before the sentence starter \(word)")
                }
                // A starter is a whole word: "Theresa", "Itself" and "Ones" go on with the name.
                for word in ["Theresa", "Anderson", "Itsy", "Ones"] {
                    let text = "\(head) \(word) spoke."
                    #expect(TestSupport.sentences(text, segmenter) == [text], "\(locale) line \(entry.line) \(form) before \(word)")
                }
                // An opening quote or bracket starts a new sentence whatever word follows.
                for opened in ["“Embassy staff left,” he said.", "(Embassy staff left.)", "\"Smith left.\""] {
                    #expect(TestSupport.sentences("\(head) \(opened)", segmenter) == [head, opened],
                            "\(locale) line \(entry.line) \(form) before \(opened)")
                }
            }
        }
    }

    @Test func nameAbbreviationsInNewsText() {
        let english = TestSupport.english
        #expect(TestSupport.sentences("Protesters gathered outside the U.S. Embassy in Brussels.", english)
                == ["Protesters gathered outside the U.S. Embassy in Brussels."])
        #expect(TestSupport.sentences("He moved to the U.S. Two years later he returned.", english)
                == ["He moved to the U.S.", "Two years later he returned."])
        #expect(TestSupport.sentences("Sr. Mary Bernard runs the shelter. She is 84.", english)
                == ["Sr. Mary Bernard runs the shelter.", "She is 84."])
        #expect(TestSupport.sentences("The house is on Main St. The garden is small.", english)
                == ["The house is on Main St.", "The garden is small."])
        #expect(TestSupport.sentences("She was taken to St. Luke's Hospital.", english) == ["She was taken to St. Luke's Hospital."])
        #expect(TestSupport.sentences("'It's a disaster,' said a farmer from Co. Kerry.", english)
                == ["'It's a disaster,' said a farmer from Co. Kerry."])
    }
}

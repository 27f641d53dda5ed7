import Foundation
import Testing
import Terminology

@Suite struct StemmerTests {
    @Test func dutchReducesPluralsToOneStem() throws {
        let s = try Stemmer(language: "dutch")
        #expect(s.stem("jongeren") == s.stem("jongere"))
        #expect(s.stem("hulplijnen") == s.stem("hulplijn"))
        // Snowball's Dutch stemmer misses the -s plural of loanwords ending in -e: the reason for the
        // `forms` and `endings` of Locales/nl-BE/terminology.json.
        #expect(s.stem("helplines") != s.stem("helpline"))
    }

    @Test func frenchOverReducesDonnees() throws {
        let s = try Stemmer(language: "french")
        #expect(s.stem("réseaux") == s.stem("réseau"))
        #expect(s.stem("sociaux") == s.stem("social"))
        // "données" and "dons" share the stem "don": the reason "donnée" is in `keep` for fr-BE.
        #expect(s.stem("données") == "don")
        #expect(s.stem("dons") == "don")
    }

    @Test func englishStems() throws {
        let s = try Stemmer(language: "english")
        #expect(s.stem("helplines") == s.stem("helpline"))
        #expect(s.stem("networks") == "network")
    }

    @Test func unknownAlgorithmThrows() {
        #expect(throws: TerminologyError.unknownStemmerLanguage("klingon")) { try Stemmer(language: "klingon") }
    }

    @Test func sharedAcrossThreads() async throws {
        let s = try Stemmer(language: "dutch")
        let words = ["jongeren", "hulplijnen", "scholen", "ouders", "netwerken", "kinderrechten"]
        let expected = words.map { s.stem($0) }
        await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask { (0..<200).allSatisfy { i in s.stem(words[i % words.count]) == expected[i % words.count] } }
            }
            for await ok in group { #expect(ok) }
        }
    }
}

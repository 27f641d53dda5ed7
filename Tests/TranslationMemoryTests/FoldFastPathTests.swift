import TaalgrensCore
import TaalgrensTestSupport
import Testing
import Tokenization
import TranslationMemory

/// `TextKey.fold` reads Latin text (every scalar below U+0180) as UTF-8 bytes through a table; everything
/// else goes the general way (`foldWithOffsets`, Character by Character). Both must give the same fold,
/// including at the edges of the table, with CR LF (one Character) and with combining marks.
@Suite("TextKey.fold byte path = general path")
struct FoldFastPathTests {
    /// Texts around every scalar of the table and its edges, each alone and between other scalars.
    @Test func everyLatinScalarFoldsAsTheGeneralPathFoldsIt() {
        var mismatches: [String] = []
        let neighbours = ["", "A", "é", "\r\n", "\u{301}", "ǅ", " "]
        for value in 0x01...0x1FF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for before in neighbours {
                for after in neighbours {
                    let text = before + String(Character(scalar)) + after
                    let fast = TextKey.fold(text), general = TextKey.foldWithOffsets(text).folded
                    if fast != general { mismatches.append("\(text.debugDescription): \(fast.debugDescription) ≠ \(general.debugDescription)") }
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) folds differ, first: \(mismatches.prefix(5))")
    }

    /// Generated mixtures of ASCII, Latin letters with diacritics, line ends, combining marks and scalars
    /// above the table.
    @Test func generatedMixturesFoldAsTheGeneralPathFoldsThem() {
        let alphabet: [String] = ["a", "Z", " ", "\t", "\r", "\n", "\r\n", "é", "É", "ß", "ŉ", "İ", "ſ", "ĳ", "\u{2019}",
                                  "\u{301}", "ǅ", "Ω", "—", "x", "1", "'", "\u{A0}", "ÿ", "Ÿ"]
        var rng = SplitMix(seed: 5_100_001)
        var mismatches: [String] = []
        for _ in 0..<4000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...12, using: &rng) { text += alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }
            let fast = TextKey.fold(text), general = TextKey.foldWithOffsets(text).folded
            if fast != general { mismatches.append("\(text.debugDescription): \(fast.debugDescription) ≠ \(general.debugDescription)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) folds differ, first: \(mismatches.prefix(5))")
        // Spot checks with the values written out.
        #expect(TextKey.fold("Ça\r\nva") == TextKey.foldWithOffsets("Ça\r\nva").folded)
        #expect(TextKey.fold("ÉTÉ ŒUVRE Straße") == "ete œuvre strasse")
        #expect(TextKey.fold("A\r\nB") == "a  b")
    }
}

import Foundation
import TaalgrensCore
import TaalgrensTestSupport
import Testing
import Tokenization

/// `LatinWordBreaks` must give exactly ICU's word boundaries wherever it answers: the tokenizer's fast path
/// uses it instead of ICU for Latin text, and stored memories (key ids, exact hashes) depend on the tokens.
@Suite("Latin word breaks = ICU")
struct LatinWordBreaksTests {
    static let locales = ["en", "nl_BE", "fr_BE"]

    /// Every scalar `LatinWordBreaks` claims to know (its documentation lists them).
    static let known: [Unicode.Scalar] = (0..<256).filter { $0 != 0xAD }.map { Unicode.Scalar(UInt8($0)) }
        + [0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x201E, 0x2022, 0x2026, 0x20AC].map { Unicode.Scalar($0)! }

    /// One scalar of each word-break class and of each rule's trigger, and a few others: letters, digits,
    /// "@", space, tab, NBSP, CR, LF, VT, full stop, apostrophes, comma, semicolon, colon, middle dot, low line,
    /// hyphen, double quote, euro sign.
    static let representatives: [Unicode.Scalar] = ["a", "É", "7", "@", " ", "\t", "\u{A0}", "\r", "\n", "\u{0B}", ".", "'", "\u{2019}",
                                                     ",", ";", ":", "\u{B7}", "_", "-", "\"", "\u{20AC}"]

    /// ICU's boundaries of `scalars` for `locale`, and `LatinWordBreaks`'s (`nil` when it declines).
    static func both(_ scalars: [Unicode.Scalar], _ locale: String, _ buffer: inout [Int]) throws -> (icu: [Int], latin: [Int]?) {
        var units: [UInt16] = []
        for c in scalars { units.append(contentsOf: String(c).utf16) }
        let icu = try ICU.wordBoundaryOffsets(utf16: units, locale: locale)
        return (icu, LatinWordBreaks.boundaries(of: scalars, into: &buffer) ? buffer : nil)
    }

    @Test("every pair of known scalars, in each locale")
    func pairs() throws {
        var buffer: [Int] = [], differing: [String] = []
        for locale in Self.locales {
            for a in Self.known {
                for b in Self.known {
                    let (icu, latin) = try Self.both([a, b], locale, &buffer)
                    if latin != icu { differing.append("\(locale) U+\(String(a.value, radix: 16)) U+\(String(b.value, radix: 16)): ICU \(icu), Latin \(String(describing: latin))") }
                }
            }
        }
        #expect(differing.isEmpty, "\(differing.count) pairs differ, first: \(differing.prefix(5))")
    }

    @Test("every sequence of three and four class representatives")
    func sequences() throws {
        var buffer: [Int] = [], checked = 0, differing: [String] = []
        let r = Self.representatives
        for a in r { for b in r { for c in r {
            for tail in [[], [Unicode.Scalar("a")], [Unicode.Scalar("7")], [Unicode.Scalar(" ")]] + r.map({ [$0] }) {
                let text = [a, b, c] + tail
                let (icu, latin) = try Self.both(text, Self.locales[checked % 3], &buffer)
                checked += 1
                if latin != icu { differing.append("\(text.map { String($0.value, radix: 16) }): ICU \(icu), Latin \(String(describing: latin))") }
            }
        } } }
        #expect(checked > 100_000)
        #expect(differing.isEmpty, "\(differing.count) of \(checked) differ, first: \(differing.prefix(5))")
    }

    @Test("6,000 generated texts of known scalars, representatives weighted up")
    func generated() throws {
        var rng = SplitMix(seed: 0x6c61_7469_6e77_6221)
        let pool = Self.representatives + Self.representatives + Self.representatives + Self.known
        var buffer: [Int] = [], differing: [String] = []
        for k in 0..<6_000 {
            let text = (0..<Int.random(in: 1...60, using: &rng)).map { _ in pool.randomElement(using: &rng)! }
            let (icu, latin) = try Self.both(text, Self.locales[k % 3], &buffer)
            if latin != icu { differing.append("\(text.map { String($0.value, radix: 16) }): ICU \(icu), Latin \(String(describing: latin))") }
        }
        #expect(differing.isEmpty, "\(differing.count) texts differ, first: \(differing.prefix(3))")
    }

    @Test("every fixture and example line it answers for, in each locale")
    func developmentLines() throws {
        var buffer: [Int] = [], answered = 0, declined = 0, differing: [String] = []
        for line in try TokenizerEquivalenceTests.developmentLines() {
            let scalars = Array(line.unicodeScalars)
            for locale in Self.locales {
                let (icu, latin) = try Self.both(scalars, locale, &buffer)
                guard let latin else { declined += 1; continue }
                answered += 1
                if latin != icu { differing.append("\(locale): \(line.prefix(80))") }
            }
        }
        // Most lines are Latin text; the others (emoji, other scripts, combining marks) go to ICU.
        #expect(answered > 3 * declined && answered > 1_000, "answered \(answered), declined \(declined)")
        #expect(differing.isEmpty, "\(differing.count) lines differ, first: \(differing.prefix(3))")
    }

    @Test("it declines texts with other scalars, and locales with other word rules")
    func declines() {
        var buffer: [Int] = []
        for text in ["cafe\u{301}", "a\u{AD}b", "👍", "日本", "3\u{202F}000", "a\u{2028}b", "Ελληνικά", "x\u{200D}y"] {
            #expect(!LatinWordBreaks.boundaries(of: Array(text.unicodeScalars), into: &buffer), "\(text.debugDescription)")
        }
        #expect(LatinWordBreaks.boundaries(of: [], into: &buffer) && buffer.isEmpty)
        for locale in ["en", "en_GB", "nl", "nl_BE", "fr", "fr_BE", "fr_CA"] { #expect(LatinWordBreaks.appliesTo(icuLocale: locale), "\(locale)") }
        // Finnish and Swedish keep the colon inside words (ICU's word_fi_sv rules); POSIX has its own rules.
        for locale in ["fi", "sv_SE", "de", "en_US_POSIX", "en@x=y", "ja"] { #expect(!LatinWordBreaks.appliesTo(icuLocale: locale), "\(locale)") }
    }
}

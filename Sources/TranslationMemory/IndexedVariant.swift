import Foundation
import TaalgrensCore
import Tokenization
import XMLSupport

/// The data a store derives from a variant for lookup, computed the same way by every store so that
/// exact lookup, fuzzy search and concordance agree between SQLite and PostgreSQL.
public struct IndexedVariant: Sendable {
    /// The primary language subtag (`nl` for `nl-BE`): variants are indexed by language, and a query
    /// keeps only the variant that best matches its locale (region fallback, `cli-json.md`).
    public let language: String
    /// The index keys (``PreparedSegment/keys``), in order; their count is the variant's length.
    public let keys: [String]
    /// The distinct index terms: each key with its occurrence number, the first occurrence as the bare key
    /// and the n-th as key + U+001F + n, so that set overlap on terms equals multiset overlap on keys.
    public let terms: [String]
    /// FNV-1a (64 bit) of the NFC plain text's UTF-8, as a signed integer: the exact-lookup hash.
    public let textHash: Int64
    /// The concordance column: ``TextKey/concordanceFold(_:)`` of the plain text, then, for each sub-flow text of its
    /// codes (``XMLSupport/InlineCode/subFlowTexts``: a TMX `<sub>`, such as a footnote), U+001F and the
    /// fold of that text (``concordanceText(_:plain:)``).
    public let folded: String

    /// Derives the lookup data of `variant` (tokenizes it with its locale).
    /// - Complexity: O(n) in the length of the text.
    public init(_ variant: Variant) {
        self.init(variant, numberingTerms: true)
    }

    /// ``init(_:)``, with ``terms`` left empty unless `numberingTerms` is `true`. The SQLite store indexes
    /// key ids only (`docs/matching.md`, "Retrieval"), and numbering the terms (a dictionary of the keys)
    /// cost about a tenth of its import's own Swift time (`docs/benchmarks.md`).
    /// - Parameters:
    ///   - variant: the variant to derive from.
    ///   - numberingTerms: whether to compute ``terms``.
    /// - Complexity: O(n) in the length of the text.
    package init(_ variant: Variant, numberingTerms: Bool) {
        self.init(variant, numberingTerms: numberingTerms, language: variant.locale.language, tokenizer: Tokenizer(locale: variant.locale))
    }

    /// ``init(_:numberingTerms:)`` with the variant locale's language subtag and tokenizer given, for a
    /// caller that derives many variants of few locales (an import keeps one of each per locale: finding a
    /// locale's conventions and splitting its tag cost about a twentieth of the import's own Swift time).
    /// - Parameters:
    ///   - variant: the variant to derive from.
    ///   - numberingTerms: whether to compute ``terms``.
    ///   - language: `variant.locale.language`.
    ///   - tokenizer: `Tokenizer(locale: variant.locale)`, or one equal to it.
    /// - Complexity: O(n) in the length of the text.
    package init(_ variant: Variant, numberingTerms: Bool, language: String, tokenizer: Tokenizer) {
        self.language = language
        let plain = variant.content.plainText
        keys = tokenizer.matchKeys(plain)
        terms = numberingTerms ? IndexedVariant.terms(keys) : []
        textHash = IndexedVariant.hash(plain)
        folded = IndexedVariant.concordanceText(variant.content, plain: plain)
    }

    /// Separates the sub-flow texts in ``folded`` from the sentence and from each other: a control character
    /// (U+001F, "unit separator") that a folded phrase never holds, so no phrase matches across the end of
    /// the sentence and the start of a footnote, and that is no letter or digit, so it ends a word.
    public static let subFlowSeparator: Character = "\u{1F}"

    /// The text a store indexes for concordance: ``TextKey/concordanceFold(_:)`` of `plain` (case, accents and
    /// quotation marks folded), then ``subFlowSeparator``
    /// and the fold of each sub-flow text of `content`'s codes, in order. Sub-flow texts are translatable
    /// text a translator searches for (TMX 1.4b section 3.8.5) but not part of the sentence, so they are
    /// here and not in the keys or the hash (`docs/interchange.md`, "TMX `<sub>` and search").
    /// - Parameters:
    ///   - content: the variant's content.
    ///   - plain: `content.plainText`.
    /// - Complexity: O(n) in the length of the text and of the codes' sub-flow markup.
    public static func concordanceText(_ content: RichText, plain: String) -> String {
        concordanceText(plain: plain, subFlowTexts: content.subFlowTexts.map(\.text))
    }

    /// ``concordanceText(_:plain:)`` from sub-flow texts the caller has already read (each read parses the
    /// codes' markup).
    static func concordanceText(plain: String, subFlowTexts: [String]) -> String {
        var text = TextKey.concordanceFold(plain)
        for sub in subFlowTexts {
            text.append(subFlowSeparator)
            text += TextKey.concordanceFold(sub)
        }
        return text
    }

    /// Occurrence-numbered terms of a key sequence (see ``terms``).
    public static func terms(_ keys: [String]) -> [String] {
        var seen: [String: Int] = [:]
        seen.reserveCapacity(keys.count)
        var out: [String] = []
        out.reserveCapacity(keys.count)
        for k in keys {
            var c = 1
            if let i = seen.index(forKey: k) {
                c = seen.values[i] + 1
                seen.values[i] = c
            } else {
                seen[k] = 1
            }
            out.append(c == 1 ? k : k + "\u{1F}\(c)")
        }
        return out
    }

    /// The exact-lookup hash of a plain text (NFC, FNV-1a 64, Fowler–Noll–Vo).
    public static func hash(_ plain: String) -> Int64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        // Text below U+0300 is its own NFC (PreparedSegment.nfc).
        let nfc = PreparedSegment.nfc(plain)
        for byte in nfc.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01B3
        }
        return Int64(bitPattern: h)
    }

    /// Term ids as stored in a variant row: little-endian 64-bit integers, one per key
    /// (``RawStatement/bind(_:littleEndian:)`` binds the same bytes without building the `Data`).
    static func encodeIDs(_ ids: [Int64]) -> Data {
        var data = Data(count: ids.count * 8)
        data.withUnsafeMutableBytes { raw in
            for (i, id) in ids.enumerated() { raw.storeBytes(of: id.littleEndian, toByteOffset: i * 8, as: Int64.self) }
        }
        return data
    }

    static func decodeIDs(_ data: Data) -> [Int64] {
        let n = data.count / 8
        var out = [Int64](repeating: 0, count: n)
        data.withUnsafeBytes { raw in
            for i in 0..<n { out[i] = Int64(littleEndian: raw.loadUnaligned(fromByteOffset: i * 8, as: Int64.self)) }
        }
        return out
    }
}

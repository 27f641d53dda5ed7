import CStemmer
import Foundation
import Synchronization

/// A Snowball stemmer for one language, over the system's `libstemmer` (loaded at run time by the
/// `CStemmer` bridge, since the image has the library but no headers).
///
/// The algorithms are M. F. Porter's Snowball stemmers (snowballstem.org): `dutch`, `french`,
/// `english` and the others libstemmer 2.x ships. Snowball expects lower-case input: ``stem(_:)``
/// lower-cases nothing itself, so pass case-folded words.
///
/// Thread safety: a Snowball stemmer object keeps its working buffer inside itself, so this class
/// serialises calls with a `Mutex`; one `Stemmer` may be shared between threads. Stems are memoised
/// (news text repeats its words), so a repeated word costs one dictionary lookup.
public final class Stemmer: Sendable {
    /// The Snowball algorithm name this stemmer was opened with.
    public let language: String
    private let snowball: Mutex<Snowball>

    /// Opens the Snowball stemmer named `language`.
    /// - Parameter language: a Snowball algorithm name: `"dutch"`, `"french"`, `"english"`, …
    /// - Throws: ``TerminologyError/stemmerUnavailable(_:)`` when `libstemmer.so.0d` cannot be loaded;
    ///   ``TerminologyError/unknownStemmerLanguage(_:)`` when Snowball has no such algorithm.
    public init(language: String) throws {
        guard cstemmer_available() != 0 else {
            throw TerminologyError.stemmerUnavailable(cstemmer_load_error().map { String(cString: $0) } ?? "unknown reason")
        }
        guard let h = cstemmer_new(language) else { throw TerminologyError.unknownStemmerLanguage(language) }
        self.language = language
        snowball = Mutex(Snowball(handle: h))
    }

    /// The algorithm names of the Snowball stemmers in libstemmer 2.2 (snowballstem.org, "Algorithms"),
    /// the names `Locales/<locale>/terminology.json` may give as `stemmer`. A file naming another is bad
    /// input (``LocaleTerminology/read(contentsOf:)``), since a misspelt name would silently switch off
    /// inflected term matching for its locale.
    public static let algorithms: [String] = [
        "arabic", "armenian", "basque", "catalan", "danish", "dutch", "english", "finnish", "french", "german",
        "greek", "hindi", "hungarian", "indonesian", "irish", "italian", "lithuanian", "nepali", "norwegian",
        "porter", "portuguese", "romanian", "russian", "serbian", "spanish", "swedish", "tamil", "turkish", "yiddish",
    ]

    /// The Snowball stem of one lower-case word (for example `"jongeren"` → `"jonger"` in Dutch).
    /// - Parameter word: one word, already case-folded.
    /// - Returns: the stem; the word itself if Snowball fails (it fails only when out of memory).
    /// - Complexity: O(n) in the word's length on first sight, O(1) expected afterwards (memoised).
    public func stem(_ word: String) -> String {
        snowball.withLock { $0.stem(word) }
    }
}

/// One libstemmer stemmer object with its output buffer and the stems it has computed: the state
/// ``Stemmer`` guards. It owns the C object (freed when the value ends), so it cannot be copied.
private struct Snowball: ~Copyable {
    let handle: OpaquePointer
    var cache: [String: String] = [:]
    var buffer = [CChar](repeating: 0, count: 256)

    init(handle: OpaquePointer) { self.handle = handle }

    deinit { cstemmer_free(handle) }

    /// See ``Stemmer/stem(_:)``.
    mutating func stem(_ word: String) -> String {
        if let known = cache[word] { return known }
        var utf8 = Array(word.utf8)
        let result: String
        while true {
            let n = utf8.withUnsafeMutableBufferPointer { input in
                input.withMemoryRebound(to: CChar.self) { chars in
                    buffer.withUnsafeMutableBufferPointer { out in
                        cstemmer_stem(handle, chars.baseAddress, Int32(chars.count), out.baseAddress, Int32(out.count))
                    }
                }
            }
            if n < 0 { result = word; break }
            if Int(n) <= buffer.count {
                result = String(decoding: buffer[0..<Int(n)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
                break
            }
            buffer = [CChar](repeating: 0, count: Int(n))
        }
        utf8.removeAll()
        if cache.count > 50_000 { cache.removeAll(keepingCapacity: true) }
        cache[word] = result
        return result
    }
}

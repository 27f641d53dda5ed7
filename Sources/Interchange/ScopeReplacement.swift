import TaalgrensCore

/// Tells a revised version of an interchange file from another file that only shares its name.
///
/// A TMX file's units are stored under the file's name and its `tuid`s, an XLIFF file's under its document
/// (`original`) and unit ids (`docs/memory.md`, "Unit identity"). Tools number units 1, 2, 3 and name
/// documents `index.html`, so two unrelated files can give the same stored ids. Re-importing a revised
/// version of a file should update its units in place (a corrected sentence, a new translation); a different
/// file with the same ids should not silently replace them. The two are told apart by what the units say:
/// a revision keeps most sentences (the same or lightly edited), another file brings other sentences.
///
/// Feed it each incoming unit whose id is already stored, with the stored unit
/// (``compare(incoming:stored:)``); ``replacesOtherSentences`` then says whether most of them would be
/// replaced by a different sentence.
public struct ScopeReplacement: Sendable {
    /// One stored unit that the incoming unit with the same id would replace by a different sentence.
    public struct Replacement: Hashable, Sendable {
        /// The file-local id both units share (`tuid`, XLIFF `unit:segment`).
        public var localID: String
        /// The stored unit's first variant text.
        public var stored: String
        /// The incoming unit's text in the same locale.
        public var incoming: String

        /// A replacement; see the properties.
        public init(localID: String, stored: String, incoming: String) {
            self.localID = localID
            self.stored = stored
            self.incoming = incoming
        }
    }

    /// How many incoming units had a stored unit with the same id.
    public private(set) var compared = 0
    /// The compared units whose every shared locale holds a different sentence, in the order compared.
    public private(set) var replacements: [Replacement] = []

    /// An empty comparison.
    public init() {}

    /// Compares an incoming unit with the stored unit of the same id.
    ///
    /// The two hold the same sentence when, in some locale they both have (compared by language, so `en`
    /// meets `en-GB`), the texts are similar (``similar(_:_:)``); otherwise the incoming unit would replace
    /// a different sentence. A unit with no locale in common with the stored one counts as different.
    /// - Parameters:
    ///   - localID: the id the file gives the unit, for the message.
    ///   - incoming: the unit read from the file.
    ///   - stored: the memory's unit with the same scoped id.
    /// - Complexity: O(variants² + text length).
    public mutating func compare(localID: String, incoming: TranslationUnit, stored: TranslationUnit) {
        compared += 1
        var shared: (stored: String, incoming: String)?
        for old in stored.variants {
            guard let new = incoming.variants.first(where: { $0.locale.language == old.locale.language }) else { continue }
            if Self.similar(old.text, new.text) { return }
            if shared == nil { shared = (old.text, new.text) }
        }
        replacements.append(Replacement(localID: localID, stored: shared?.stored ?? stored.variants.first?.text ?? "",
                                        incoming: shared?.incoming ?? incoming.variants.first?.text ?? ""))
    }

    /// Whether most of the compared units (more than half, and at least one) would be replaced by a
    /// different sentence: the file is then not a revision of the stored one.
    public var replacesOtherSentences: Bool { !replacements.isEmpty && replacements.count * 2 > compared }

    /// Whether two texts are the same sentence, perhaps edited: the Dice coefficient of their word
    /// multisets (words: runs of letters and digits, lower-cased) is at least one half. Two texts without
    /// words are similar when they are equal.
    ///
    /// Dice's coefficient (L. R. Dice, "Measures of the amount of ecologic association between species",
    /// Ecology 26(3), 1945): 2·|A ∩ B| / (|A| + |B|). A corrected typo, a changed number or an added clause
    /// keeps it well above one half; an unrelated sentence of the same language shares only function words.
    /// - Complexity: O(n + m) in the texts' lengths in Characters.
    public static func similar(_ a: String, _ b: String) -> Bool {
        let wordsA = words(a), wordsB = words(b)
        if wordsA.isEmpty || wordsB.isEmpty { return wordsA.isEmpty && wordsB.isEmpty && a == b }
        var counts: [Substring: Int] = [:]
        for word in wordsA { counts[word, default: 0] += 1 }
        var common = 0
        for word in wordsB {
            if let n = counts[word], n > 0 {
                common += 1
                counts[word] = n - 1
            }
        }
        return 2 * common * 2 >= wordsA.count + wordsB.count
    }

    /// The words of a text for ``similar(_:_:)``: maximal runs of letters and digits, lower-cased.
    static func words(_ text: String) -> [Substring] {
        let lowered = text.lowercased()
        return lowered.split { !($0.isLetter || $0.isNumber) }
    }

    /// Which units of a file to compare: all of them up to `limit`, else `limit` indices spread evenly over
    /// the file, so checking a file of a million units costs `limit` look-ups, not a million.
    /// - Parameters:
    ///   - count: the number of units read from the file.
    ///   - limit: the most look-ups to make (at least 1).
    /// - Returns: ascending indices in `0..<count`.
    public static func sample(count: Int, limit: Int = 256) -> [Int] {
        guard count > limit else { return Array(0..<count) }
        let step = Double(count) / Double(max(limit, 1))
        return (0..<max(limit, 1)).map { min(count - 1, Int(Double($0) * step)) }
    }
}

import Foundation
import GRDB
import GRDBSQLite
import Synchronization
import TaalgrensCore

/// The fuzzy index of one language of a SQLite memory, held in memory: built in one pass over the stored
/// key ids at the first search of a store, and rebuilt when the memory's generation changes
/// (``FuzzyMemoryIndexCache``; `docs/matching.md`, "Retrieval").
///
/// Layout (flat arrays, no object per variant):
/// - **variants**, numbered densely in the order of the build scan (by unit, then locale): rowid, unit key,
///   locale, the number of the unit's locale list, and a range of the flat `keys` array;
/// - **keys**: each variant's index keys as term numbers. A key is represented by the number of its
///   first-occurrence term, so equal keys have equal numbers within the language;
/// - **terms**: a key with its occurrence number (`the`, the second `the`, …), so that set overlap on
///   terms equals multiset overlap on keys, as in ``IndexedVariant/terms``. A key's first-occurrence term
///   is found from the key's stored id (`termOfKeyID`), the n-th from the (n−1)-th (`nextOccurrence`);
/// - **postings**: for every term, the variants holding it, one list after the other (compressed sparse
///   rows), each list sorted by (key count, variant number), so the length filter is two binary searches.
///   A term's frequency is the size of its list.
///
/// Immutable once built; only the per-search scratch space (``Scratch``) is pooled, under a `Mutex`.
final class FuzzyMemoryIndex: Sendable {
    /// The primary language subtag the index covers.
    let language: String
    /// The memory's generation (`meta.generation`) the index was built from.
    let generation: Int64
    /// Candidates prepared for scoring by searches on this index (valid for its generation).
    let preparedSegments = PreparedSegmentCache()

    /// Stored key id (the `term` row id of a key) → number of its first-occurrence term, or -1.
    private let termOfKeyID: [Int32]
    /// Term number → the stored key id of its key.
    private let keyIDOfTerm: [Int64]
    /// Term number → the number of the next occurrence's term, or -1.
    private let nextOccurrence: [Int32]

    /// Per variant (dense number): its rowid, its unit's key, its locale's and its unit's locale list's
    /// numbers (``localeTexts``, ``localeSetTexts``), and where its keys start in ``keys``.
    let variantKeys: [Int64]
    let unitKeys: [Int64]
    let localeOfVariant: [Int32]
    let localeSetOfVariant: [Int32]
    /// Per variant: its exact-lookup hash (``IndexedVariant/textHash``, the `text_hash` column).
    private let textHashes: [Int64]
    /// Open addressing with linear probing over ``textHashes``: a slot holds a variant number or -1; its
    /// size is a power of two at least twice the number of variants (``hashSlot(_:)`` picks the start).
    private let hashTable: [Int32]
    /// `keyStart[i] ..< keyStart[i + 1]` are the keys of variant `i` (one more entry than variants).
    private let keyStart: [Int32]
    private let keys: [Int32]
    /// `postingStart[t] ..< postingStart[t + 1]` is the posting list of term `t` in ``postings``.
    private let postingStart: [Int32]
    private let postings: [Int32]
    /// The stored locale texts and locale lists (space-separated, as stored: sorted by text).
    let localeTexts: [String]
    let localeSetTexts: [String]

    /// Scratch spaces of finished searches, for the next ones (one per search running at once).
    private let scratchPool = Mutex<[Scratch.Arrays]>([])

    /// The number of variants.
    var count: Int { variantKeys.count }

    /// The key count of variant `i`.
    @inline(__always) func length(_ i: Int) -> Int { Int(keyStart[i + 1] - keyStart[i]) }

    private init(language: String, generation: Int64, termOfKeyID: [Int32], keyIDOfTerm: [Int64], nextOccurrence: [Int32],
                 variantKeys: [Int64], unitKeys: [Int64], localeOfVariant: [Int32], localeSetOfVariant: [Int32],
                 textHashes: [Int64], hashTable: [Int32],
                 keyStart: [Int32], keys: [Int32], postingStart: [Int32], postings: [Int32],
                 localeTexts: [String], localeSetTexts: [String]) {
        self.language = language
        self.generation = generation
        self.termOfKeyID = termOfKeyID
        self.keyIDOfTerm = keyIDOfTerm
        self.nextOccurrence = nextOccurrence
        self.variantKeys = variantKeys
        self.unitKeys = unitKeys
        self.localeOfVariant = localeOfVariant
        self.localeSetOfVariant = localeSetOfVariant
        self.textHashes = textHashes
        self.hashTable = hashTable
        self.keyStart = keyStart
        self.keys = keys
        self.postingStart = postingStart
        self.postings = postings
        self.localeTexts = localeTexts
        self.localeSetTexts = localeSetTexts
    }

    // MARK: Build

    /// Builds the index of `language` from the memory as `db` sees it (call it inside a read transaction,
    /// so the index is a consistent snapshot of `generation`).
    ///
    /// Two scans through SQLite's C interface, merged by unit: the language's variants from the covering
    /// index `variant_language_keys` (rowid, unit, locale, key ids, text hash; ordered by unit and locale), and every
    /// variant's locale from the unique index on `(unit, locale)`, for the unit's locale list. Then the
    /// posting lists are counted and filled in order of (key count, variant number), and the exact-lookup
    /// hash table is filled (migration `v11-exact-in-memory` dropped the `variant_hash` index it replaces).
    /// - Complexity: O(V + K) time and memory, V variants and K keys of the language, plus one scan of the
    ///   `(unit, locale)` index of all languages.
    /// - Throws: ``TMError/database(_:)`` for an SQLite error or a malformed stored row.
    static func build(_ db: Database, language: String, generation: Int64) throws -> FuzzyMemoryIndex {
        let maxKeyID = try Int64.fetchOne(db, sql: "SELECT max(id) FROM term") ?? 0
        guard maxKeyID < Int64(Int32.max) else { throw TMError.database("the term table has ids beyond 2^31") }
        var termOfKeyID = [Int32](repeating: -1, count: Int(maxKeyID) + 1)
        var keyIDOfTerm: [Int64] = []
        var nextOccurrence: [Int32] = []
        // Per term, during the scan: the last variant that held it, and the occurrence-numbered term its
        // latest occurrence in that variant took (so the k-th occurrence is one step from the (k−1)-th: a
        // variant that repeats a word c times costs O(c), not O(c²); trial 5's 18,000-key unit).
        var seenIn: [Int32] = []
        var lastOccurrence: [Int32] = []

        var variantKeys: [Int64] = [], unitKeys: [Int64] = []
        var localeOfVariant: [Int32] = [], localeSetOfVariant: [Int32] = []
        var textHashes: [Int64] = []
        var keyStart: [Int32] = [0]
        var keys: [Int32] = []
        var terms: [Int32] = []  // parallel to `keys`: the occurrence-numbered term of each key
        var localeTexts = InternedTexts()
        var localeSetTexts = InternedTexts()

        let variants = try db.makeStatement(sql: """
            SELECT id, unit, locale, key_ids, text_hash FROM variant INDEXED BY variant_language_keys WHERE language = ? ORDER BY unit, locale
            """)
        let unitLocales = try db.makeStatement(sql: """
            SELECT unit, locale FROM variant INDEXED BY sqlite_autoindex_variant_1 ORDER BY unit, locale
            """)
        let vs = variants.sqliteStatement, us = unitLocales.sqliteStatement
        defer { sqlite3_reset(vs); sqlite3_reset(us) }
        let sqliteTransient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
        sqlite3_bind_text(vs, 1, language, -1, sqliteTransient)

        // The merge's state: the unit whose locale list is known, and the other scan's current row.
        var currentUnit: Int64 = .min
        var currentSet: Int32 = -1
        var usRow = try step(us)
        var setText = ""

        while try step(vs) {
            let unit = sqlite3_column_int64(vs, 1)
            if unit != currentUnit {
                // Advance the (unit, locale) scan to this unit and collect its locales.
                while usRow && sqlite3_column_int64(us, 0) < unit { usRow = try step(us) }
                setText.removeAll(keepingCapacity: true)
                while usRow && sqlite3_column_int64(us, 0) == unit {
                    if !setText.isEmpty { setText.append(" ") }
                    setText.append(text(us, 1))
                    usRow = try step(us)
                }
                currentUnit = unit
                currentSet = localeSetTexts.number(setText)
            }
            let variantNumber = Int32(variantKeys.count)
            variantKeys.append(sqlite3_column_int64(vs, 0))
            unitKeys.append(unit)
            localeOfVariant.append(localeTexts.number(bytes: sqlite3_column_text(vs, 2), count: Int(sqlite3_column_bytes(vs, 2))))
            localeSetOfVariant.append(currentSet)
            textHashes.append(sqlite3_column_int64(vs, 4))
            let bytes = Int(sqlite3_column_bytes(vs, 3))
            if bytes > 0, let blob = sqlite3_column_blob(vs, 3) {
                let raw = UnsafeRawPointer(blob)
                for k in 0..<(bytes / 8) {
                    let id = Int64(littleEndian: raw.loadUnaligned(fromByteOffset: k * 8, as: Int64.self))
                    guard id >= 0 else { throw TMError.database("a stored variant has a negative key id") }
                    if id >= termOfKeyID.count { termOfKeyID.append(contentsOf: repeatElement(-1, count: Int(id) + 1 - termOfKeyID.count)) }
                    var t = termOfKeyID[Int(id)]
                    if t < 0 {
                        t = Int32(keyIDOfTerm.count)
                        termOfKeyID[Int(id)] = t
                        keyIDOfTerm.append(id); nextOccurrence.append(-1); seenIn.append(-1); lastOccurrence.append(-1)
                    }
                    keys.append(t)
                    // The occurrence number of this key within the variant, and its term.
                    if seenIn[Int(t)] != variantNumber {
                        seenIn[Int(t)] = variantNumber
                        lastOccurrence[Int(t)] = t
                        terms.append(t)
                    } else {
                        let previous = lastOccurrence[Int(t)]
                        var next = nextOccurrence[Int(previous)]
                        if next < 0 {
                            next = Int32(keyIDOfTerm.count)
                            nextOccurrence[Int(previous)] = next
                            keyIDOfTerm.append(id); nextOccurrence.append(-1); seenIn.append(-1); lastOccurrence.append(-1)
                        }
                        lastOccurrence[Int(t)] = next
                        terms.append(next)
                    }
                }
            }
            guard keys.count < Int(Int32.max) else { throw TMError.database("the memory holds more than 2^31 keys in one language") }
            keyStart.append(Int32(keys.count))
        }

        // Posting lists: sizes, then offsets, then entries in order of (key count, variant number).
        let termCount = keyIDOfTerm.count
        var postingStart = [Int32](repeating: 0, count: termCount + 1)
        for t in terms { postingStart[Int(t) + 1] += 1 }
        for t in 0..<termCount { postingStart[t + 1] += postingStart[t] }
        var fill = Array(postingStart.dropLast())
        var postings = [Int32](repeating: 0, count: terms.count)
        let n = variantKeys.count
        var byLength: [[Int32]] = []
        for i in 0..<n {
            let l = Int(keyStart[i + 1] - keyStart[i])
            if l >= byLength.count { byLength.append(contentsOf: repeatElement([], count: l + 1 - byLength.count)) }
            byLength[l].append(Int32(i))
        }
        for group in byLength {
            for i in group {
                for k in Int(keyStart[Int(i)])..<Int(keyStart[Int(i) + 1]) {
                    let t = Int(terms[k])
                    postings[Int(fill[t])] = i
                    fill[t] += 1
                }
            }
        }
        // The exact-lookup table: every variant in its hash's probe sequence, in variant order.
        var slots = 16
        while slots < 2 * n { slots <<= 1 }
        var hashTable = [Int32](repeating: -1, count: slots)
        for i in 0..<n {
            var s = hashSlot(textHashes[i], mask: slots - 1)
            while hashTable[s] >= 0 { s = (s + 1) & (slots - 1) }
            hashTable[s] = Int32(i)
        }
        return FuzzyMemoryIndex(language: language, generation: generation, termOfKeyID: termOfKeyID, keyIDOfTerm: keyIDOfTerm,
                                nextOccurrence: nextOccurrence, variantKeys: variantKeys, unitKeys: unitKeys,
                                localeOfVariant: localeOfVariant, localeSetOfVariant: localeSetOfVariant,
                                textHashes: textHashes, hashTable: hashTable, keyStart: keyStart,
                                keys: keys, postingStart: postingStart, postings: postings,
                                localeTexts: localeTexts.texts, localeSetTexts: localeSetTexts.texts)
    }

    /// Steps a statement: `true` for a row, `false` when done.
    private static func step(_ statement: SQLiteStatement) throws -> Bool {
        let rc = sqlite3_step(statement)
        if rc == SQLITE_ROW { return true }
        if rc == SQLITE_DONE { return false }
        throw TMError.database("building the fuzzy index: SQLite error \(rc)")
    }

    private static func text(_ statement: SQLiteStatement, _ column: Int32) -> String {
        sqlite3_column_text(statement, column).map { String(cString: $0) } ?? ""
    }

    /// Small strings numbered in order of first appearance (a memory holds few locales and locale lists).
    private struct InternedTexts {
        var texts: [String] = []
        private var numbers: [String: Int32] = [:]
        private var lastBytes: [UInt8] = []
        private var last: Int32 = -1

        mutating func number(_ text: String) -> Int32 {
            if let n = numbers[text] { return n }
            let n = Int32(texts.count)
            texts.append(text)
            numbers[text] = n
            return n
        }

        /// The number of a text given as UTF-8 bytes; the last one is remembered, so a run of equal texts
        /// costs a comparison each.
        mutating func number(bytes: UnsafePointer<UInt8>?, count: Int) -> Int32 {
            guard let bytes else { return number("") }
            if last >= 0, lastBytes.count == count, lastBytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes, count) == 0 }) {
                return last
            }
            let buffer = UnsafeBufferPointer(start: bytes, count: count)
            lastBytes = Array(buffer)
            last = number(String(decoding: buffer, as: UTF8.self))
            return last
        }
    }

    // MARK: Lookup

    /// The first slot of `hash`'s probe sequence: the hash's bits mixed (the finalizer of SplitMix64,
    /// Steele, Lea and Flood 2014), so that hashes with equal low bits spread.
    @inline(__always) private static func hashSlot(_ hash: Int64, mask: Int) -> Int {
        var z = UInt64(bitPattern: hash)
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int(truncatingIfNeeded: z ^ (z >> 31)) & mask
    }

    /// The variants whose exact-lookup hash (``IndexedVariant/textHash``) is `hash`, in variant order:
    /// what the dropped `variant_hash` index returned for this language.
    /// - Complexity: O(1) expected (the table is at most half full).
    func variants(textHash hash: Int64) -> [Int] {
        let mask = hashTable.count - 1
        var s = FuzzyMemoryIndex.hashSlot(hash, mask: mask)
        var out: [Int] = []
        while hashTable[s] >= 0 {
            let i = Int(hashTable[s])
            if textHashes[i] == hash { out.append(i) }
            s = (s + 1) & mask
        }
        return out
    }

    /// The number of the first-occurrence term of a stored key id, or -1 when no variant of the language
    /// holds the key (or the id is unknown: negative).
    func term(keyID: Int64) -> Int32 {
        keyID >= 0 && keyID < Int64(termOfKeyID.count) ? termOfKeyID[Int(keyID)] : -1
    }

    /// The stored key ids of variant `i`, as ``CandidateRow/keyIDs``.
    func keyIDs(_ i: Int) -> [Int64] {
        (Int(keyStart[i])..<Int(keyStart[i + 1])).map { keyIDOfTerm[Int(keys[$0])] }
    }

    /// The occurrence-numbered terms of a key sequence given as first-occurrence term numbers (-1 for a
    /// key no variant holds): for each key, its term, or -1 when no variant holds that many occurrences.
    func occurrenceTerms(_ keyTerms: [Int32]) -> [Int32] {
        var seen: [Int32: Int] = [:]
        return keyTerms.map { t in
            guard t >= 0 else { return -1 }
            let c = (seen[t] ?? 0) + 1
            seen[t] = c
            var o = t
            for _ in 1..<c {
                o = nextOccurrence[Int(o)]
                if o < 0 { return -1 }
            }
            return o
        }
    }

    /// The part of term `t`'s posting list whose variants have between `lengths` keys.
    /// - Complexity: O(log f) for a list of f entries.
    func postingRange(_ t: Int32, lengths: ClosedRange<Int>) -> Range<Int> {
        let start = Int(postingStart[Int(t)]), end = Int(postingStart[Int(t) + 1])
        return postings.withUnsafeBufferPointer { p in
            keyStart.withUnsafeBufferPointer { ks in
                func firstAtLeast(_ l: Int) -> Int {
                    var lo = start, hi = end
                    while lo < hi {
                        let mid = (lo + hi) / 2
                        let v = Int(p[mid])
                        if Int(ks[v + 1] - ks[v]) < l { lo = mid + 1 } else { hi = mid }
                    }
                    return lo
                }
                return firstAtLeast(lengths.lowerBound)..<firstAtLeast(lengths.upperBound + 1)
            }
        }
    }

    /// The variants (dense numbers) in a range of ``postings``.
    func postings(_ range: Range<Int>) -> ArraySlice<Int32> { postings[range] }

    // MARK: Search

    /// The candidates of a query whose rounded base can reach `minScore`, each with an upper bound of its
    /// score: its exact base, or 101 when the keys are equal (``FuzzySearch``'s `verify` takes them in
    /// decreasing order of that bound).
    ///
    /// Filters (`docs/matching.md`, "Retrieval"), for `m` query keys and `B = minScore − 0.05`:
    /// length (`m·B/100 ≤ n ≤ 100·m/B`) by binary search in each posting list; prefix (Bayardo, Ma &
    /// Srikant 2007, §4; Xiao et al. 2008, PPJoin, §3): only the `m − τ + 1` query terms with the fewest
    /// postings in that length window are read, `τ = ⌈m·B/100⌉`; then each distinct candidate's exact
    /// word-level distance (Myers' bit-parallel algorithm, or the dynamic programme above 64 keys), which
    /// implies the count filter.
    /// - Parameters:
    ///   - queryKeyIDs: the query's keys as stored key ids (a key the memory has never seen: any negative
    ///     number, distinct per key).
    ///   - minScore: the threshold on the rounded score.
    /// - Returns: (variant number, bound) pairs, in no particular order.
    /// - Complexity: O(Σ posting window sizes of the chosen terms + candidates × their key counts).
    func boundedCandidates(queryKeyIDs: [Int64], minScore: Double) -> [(variant: Int32, ub: Double)] {
        let m = queryKeyIDs.count
        // Scores above 100 are context matches of base 100: the filters never need a bound above 100.
        let bound = min(minScore - 0.05 - 1e-9, 100)
        let queryTerms = queryKeyIDs.map { term(keyID: $0) }
        let scratch = takeScratch()
        defer { returnScratch(scratch) }
        var out: [(variant: Int32, ub: Double)] = []

        func consider(_ v: Int32, _ distance: Int) {
            let n = length(Int(v))
            let longest = max(m, n)
            if distance == 0 {
                out.append((v, 101))
                return
            }
            let base = 100 * Double(longest - distance) / Double(longest)
            if FuzzyScorer.round(base) >= minScore { out.append((v, base)) }
        }

        if bound <= 0 || m == 0 {
            // Every variant can reach such a threshold (nothing to filter on), or the query has no words and
            // can reach only variants without any (base 100; any other has base 0).
            let distance = DistanceKernel(queryTerms: queryTerms, scratch: scratch)
            defer { distance.clear() }
            for v in 0..<count where bound <= 0 || length(v) == 0 {
                consider(Int32(v), distance.distance(keys: keySlice(v)))
            }
            return out
        }
        let tau = max(1, Int((Double(m) * bound / 100 - 1e-9).rounded(.up)))
        let lengths = max(1, tau)...Int((100 * Double(m) / bound + 1e-9).rounded(.down))
        let occurrence = occurrenceTerms(queryTerms)
        // Each term's window of postings within the length filter; an unknown term has none.
        var windows: [(size: Int, range: Range<Int>)] = occurrence.map { t in
            guard t >= 0 else { return (0, 0..<0) }
            let r = postingRange(t, lengths: lengths)
            return (r.count, r)
        }
        windows.sort { ($0.size, $0.range.lowerBound) < ($1.size, $1.range.lowerBound) }
        let distance = DistanceKernel(queryTerms: queryTerms, scratch: scratch)
        defer { distance.clear() }
        let stamp = scratch.nextStamp()
        scratch.seen.withUnsafeMutableBufferPointer { seen in
            postings.withUnsafeBufferPointer { p in
                for w in windows.prefix(m - tau + 1) where w.size > 0 {
                    for k in w.range {
                        let v = p[k]
                        if seen[Int(v)] == stamp { continue }
                        seen[Int(v)] = stamp
                        consider(v, distance.distance(keys: keySlice(Int(v))))
                    }
                }
            }
        }
        return out
    }

    @inline(__always) private func keySlice(_ v: Int) -> ArraySlice<Int32> { keys[Int(keyStart[v])..<Int(keyStart[v + 1])] }

    /// Per-search working memory: a stamp per variant (candidate deduplication without a set) and a
    /// bit mask per term (the query's pattern for Myers' algorithm). Its arrays are reused across
    /// searches: a finished search gives them back to the index's pool (``Arrays``, a value, so the pool
    /// is compiler-checked) and the next search wraps them in a new `Scratch`.
    final class Scratch {
        var seen: [UInt32]
        var stamp: UInt32
        var masks: [UInt64]

        /// The arrays of a finished search, as the pool keeps them.
        struct Arrays: Sendable {
            var seen: [UInt32]
            var stamp: UInt32
            var masks: [UInt64]
        }

        init(_ arrays: Arrays) {
            seen = arrays.seen
            stamp = arrays.stamp
            masks = arrays.masks
        }

        /// Hands the arrays over (this scratch keeps none, so the pool's copy stays the only one and is
        /// mutated in place by the next search, never copied).
        func release() -> Arrays {
            defer { seen = []; masks = [] }
            return Arrays(seen: seen, stamp: stamp, masks: masks)
        }

        /// A stamp no entry of `seen` holds.
        func nextStamp() -> UInt32 {
            if stamp == .max {
                for i in seen.indices { seen[i] = 0 }
                stamp = 0
            }
            stamp += 1
            return stamp
        }
    }

    /// The arrays of a finished search, or new ones, in a scratch space the caller owns until
    /// ``returnScratch(_:)``.
    private func takeScratch() -> Scratch {
        Scratch(scratchPool.withLock { $0.popLast() }
                ?? Scratch.Arrays(seen: [UInt32](repeating: 0, count: count), stamp: 0,
                                  masks: [UInt64](repeating: 0, count: keyIDOfTerm.count)))
    }

    /// Gives the arrays of `s` back to the pool.
    private func returnScratch(_ s: Scratch) {
        let arrays = s.release()
        scratchPool.withLock { $0.append(arrays) }
    }

    /// The word-level Levenshtein distance between the query's keys and a variant's, on term numbers:
    /// Myers' bit-parallel algorithm (see ``BitParallelPattern``) with the pattern's masks in an array
    /// indexed by term number (no hashing per symbol) when the query has at most 64 keys, else the
    /// dynamic programme. A query key no variant holds never equals a stored key.
    struct DistanceKernel {
        let scratch: Scratch
        let queryTerms: [Int32]
        let m: Int
        let bitParallel: Bool

        init(queryTerms: [Int32], scratch: Scratch) {
            self.scratch = scratch
            self.queryTerms = queryTerms
            m = queryTerms.count
            bitParallel = m <= 64
            if bitParallel {
                for (i, t) in queryTerms.enumerated() where t >= 0 { scratch.masks[Int(t)] |= 1 << UInt64(i) }
            }
        }

        /// Clears the masks the query set.
        func clear() {
            guard bitParallel else { return }
            for t in queryTerms where t >= 0 { scratch.masks[Int(t)] = 0 }
        }

        func distance(keys: ArraySlice<Int32>) -> Int {
            if m == 0 { return keys.count }
            if keys.isEmpty { return m }
            guard bitParallel else { return dynamicProgramme(keys) }
            var column = MyersColumn(length: m)
            scratch.masks.withUnsafeBufferPointer { masks in
                keys.withUnsafeBufferPointer { text in
                    for symbol in text { column.advance(eq: masks[Int(symbol)]) }
                }
            }
            return column.score
        }

        /// Wagner–Fischer (``FuzzyScorer/levenshtein(_:_:)``) over the term numbers, for queries of more than
        /// 64 keys. A query key no variant holds is -1, and stored term numbers are never negative, so it
        /// matches nothing.
        private func dynamicProgramme(_ keys: ArraySlice<Int32>) -> Int {
            FuzzyScorer.levenshtein(queryTerms.map(Int64.init), keys.map(Int64.init))
        }
    }
}

/// The in-memory fuzzy indexes of one store, by language, each valid for one generation of the memory.
///
/// A search reads the memory's generation inside its read transaction and asks for the index of that
/// generation: a cached one built from it is returned, otherwise one is built inside the same transaction
/// (so it is a consistent snapshot, also when another process or store wrote). The lock makes concurrent
/// searches of one store build an index once; they wait for each other while one builds.
final class FuzzyMemoryIndexCache: Sendable {
    private let indexes = Mutex<[String: FuzzyMemoryIndex]>([:])

    /// The index of `language` built from `generation`, building it from `db` when the cached one is
    /// missing or of another generation.
    /// - Throws: ``TMError/database(_:)`` when the build fails.
    func index(language: String, generation: Int64, db: Database) throws -> FuzzyMemoryIndex {
        try indexes.withLock { indexes in
            if let cached = indexes[language], cached.generation == generation { return cached }
            indexes[language] = nil  // release the stale one before building
            let built = try FuzzyMemoryIndex.build(db, language: language, generation: generation)
            indexes[language] = built
            return built
        }
    }
}

/// Term ids of one language by key, looked up by the key's UTF-8 bytes: what an import interns the match
/// keys of ``Tokenization/Tokenizer/matchKeys(_:into:)`` with, without a `String` per key or a `Dictionary`
/// look-up (which hashes a `String` with SipHash and compares it by Unicode canonical equivalence).
///
/// Keys are compared byte for byte. That is the identity the `term` table uses too: its `(language, key)`
/// index compares with SQLite's `BINARY` collation, and the tokenizer writes each key in one normal form.
///
/// Open addressing with linear probing (Knuth, *The Art of Computer Programming* vol. 3, §6.4, algorithm L)
/// over a power-of-two slot array kept at most half full; the hash is FNV-1a (64 bit, Fowler–Noll–Vo) of the
/// bytes. The keys live one after the other in one byte array. A value: copying it copies nothing until one
/// copy changes (the arrays are copy-on-write), so a store's cache hands a snapshot to each writer for free.
struct TermTable: Sendable {
    /// Entry index + 1 per slot, 0 for an empty slot.
    private var slots: [Int32] = Array(repeating: 0, count: 16)
    /// Per entry: its key's hash (to skip most byte comparisons and to grow without rehashing the bytes).
    private var hashes: [UInt64] = []
    /// Per entry: where its key starts in ``arena``; one more entry holds the arena's end.
    private var starts: [Int] = [0]
    /// The keys' UTF-8 bytes, one after the other.
    private var arena: [UInt8] = []
    /// Per entry: the term id.
    private var ids: [Int64] = []

    /// An empty table.
    init() {}

    /// The number of keys.
    var count: Int { ids.count }

    /// FNV-1a (64 bit) of `key`.
    @inline(__always) static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }

    /// The id of `key`, or `nil`.
    /// - Complexity: O(length of the key), expected.
    func id(_ key: UnsafeBufferPointer<UInt8>) -> Int64? {
        let h = TermTable.hash(key)
        let slot = find(key, hash: h)
        let entry = slots[slot]
        return entry == 0 ? nil : ids[Int(entry) - 1]
    }

    /// The slot holding `key`, or the empty slot where it would go.
    private func find(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        return arena.withUnsafeBufferPointer { arena in
            while true {
                let entry = Int(slots[slot])
                if entry == 0 { return slot }
                let e = entry - 1
                if hashes[e] == h {
                    let start = starts[e], end = starts[e + 1]
                    if end - start == key.count && (key.count == 0 || memcmpEqual(arena.baseAddress! + start, key.baseAddress!, key.count)) {
                        return slot
                    }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Adds `key` with `id` unless the table holds `key` already (then the id it holds stays).
    /// - Returns: whether it was added.
    /// - Complexity: O(length of the key), amortized.
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, id: Int64) -> Bool {
        let h = TermTable.hash(key)
        let slot = find(key, hash: h)
        guard slots[slot] == 0 else { return false }
        arena.append(contentsOf: key)
        starts.append(arena.count)
        hashes.append(h)
        ids.append(id)
        slots[slot] = Int32(ids.count)
        if ids.count * 2 > slots.count { grow() }
        return true
    }

    /// ``insert(_:id:)`` of a key given as a `String` (its UTF-8 bytes).
    @discardableResult
    mutating func insert(_ key: String, id: Int64) -> Bool {
        var key = key
        return key.withUTF8 { insert($0, id: id) }
    }

    /// The id of a key given as a `String`, or `nil`.
    func id(_ key: String) -> Int64? {
        var key = key
        return key.withUTF8 { id($0) }
    }

    /// Doubles the slot array and places every entry again by its stored hash.
    private mutating func grow() {
        var bigger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        for e in 0..<ids.count {
            var slot = Int(truncatingIfNeeded: hashes[e]) & mask
            while bigger[slot] != 0 { slot = (slot + 1) & mask }
            bigger[slot] = Int32(e + 1)
        }
        slots = bigger
    }

    /// Calls `body` with every key's bytes and id, in the order they were added.
    func forEach(_ body: (UnsafeBufferPointer<UInt8>, Int64) throws -> Void) rethrows {
        try arena.withUnsafeBufferPointer { arena in
            for e in 0..<ids.count {
                try body(UnsafeBufferPointer(rebasing: arena[starts[e]..<starts[e + 1]]), ids[e])
            }
        }
    }

    /// Adds every key of `other` that this table does not hold (the ids this table holds stay).
    mutating func merge(_ other: TermTable) {
        other.forEach { key, id in insert(key, id: id) }
    }
}

/// Whether `count` bytes at `a` and `b` are equal.
@inline(__always) private func memcmpEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    for i in 0..<count where a[i] != b[i] { return false }
    return true
}

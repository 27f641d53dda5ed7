/// A deterministic random number generator (SplitMix64; Steele, Lea & Flood 2014, "Fast splittable
/// pseudorandom number generators"), so that the same seed always builds the same benchmark memory and
/// the same queries.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// FNV-1a, 64 bits (Fowler, Noll & Vo), of a string's UTF-8: a stable hash for deduplication and
/// held-out selection that, unlike `Hasher`, is the same in every process.
func stableHash(_ s: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in s.utf8 {
        h ^= UInt64(byte)
        h = h &* 0x0000_0100_0000_01B3
    }
    return h
}

import Foundation
import Synchronization
import TaalgrensCore

/// Candidate variants prepared for scoring (``PreparedSegment``), by stored variant key, kept by one in-memory
/// fuzzy index (``FuzzyMemoryIndex``) and so for one generation of the memory: any write raises the
/// generation, the index is rebuilt and this cache goes with the old one, so a kept entry always matches
/// the stored text.
///
/// Why: the search tokenizes every candidate whose bound reaches the threshold, and when many stored
/// sentences score alike (an article of near-identical tips: "Tip 1: …", "Tip 2: …") the bound prunes
/// nothing, so exporting an article of n such paragraphs tokenized n² candidates (TRIAL6: 500 segments, 38 s
/// of CPU in a debug build). Kept, each is tokenized once.
final class PreparedSegmentCache: Sendable {
    /// At most this many entries (about 1–2 KB each): the first ones prepared stay; later ones are prepared
    /// at each use once the cache is full.
    static let capacity = 50_000
    private let entries = Mutex<[Int64: PreparedSegment]>([:])

    /// The entry of `variantKey`, prepared by `make` (outside the lock) and kept when there is room.
    /// - Complexity: O(1) for a kept entry; `make`'s cost otherwise.
    func value(_ variantKey: Int64, _ make: () -> PreparedSegment) -> PreparedSegment {
        if let kept = entries.withLock({ $0[variantKey] }) { return kept }
        let made = make()
        entries.withLock {
            if $0.count < PreparedSegmentCache.capacity { $0[variantKey] = made }
        }
        return made
    }
}

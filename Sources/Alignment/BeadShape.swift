/// The shape of a bead: how many segments (or blocks) of the source and of the target it holds.
///
/// A shape `(source: 2, target: 1)` is a 2-1 bead: two source sentences translated by one target sentence.
struct BeadShape: Hashable, Sendable, CustomStringConvertible {
    var source: Int
    var target: Int

    init(_ source: Int, _ target: Int) {
        self.source = source
        self.target = target
    }

    /// Whether one side is empty (a 1-0 or 0-1 bead: a sentence left out or added).
    var isOneSided: Bool { source == 0 || target == 0 }

    var description: String { "\(source)-\(target)" }

    /// The shapes the aligner considers, for sentences and for blocks alike: 1-1, 1-0, 0-1, 1-2, 2-1, 2-2,
    /// 1-3 and 3-1.
    static let all: [BeadShape] = [
        BeadShape(1, 1), BeadShape(1, 0), BeadShape(0, 1), BeadShape(1, 2), BeadShape(2, 1),
        BeadShape(2, 2), BeadShape(1, 3), BeadShape(3, 1),
    ]
}

/// The match keys of one text as UTF-8 bytes, filled by ``Tokenizer/matchKeys(_:into:)`` and reused from
/// text to text: one byte array holds every key, one array holds where each ends, and the tokenizer's scan
/// keeps its working arrays here too, so that a caller tokenizing many texts allocates almost nothing per
/// text.
public struct MatchKeyBuffer: Sendable {
    /// The keys' UTF-8 bytes, one after the other, with nothing between them.
    public internal(set) var bytes: [UInt8] = []
    /// Where each key ends in ``bytes`` (a byte offset); key `i` starts where key `i − 1` ends, key 0 at 0.
    public internal(set) var ends: [Int] = []
    /// The scan's arrays, kept for their storage.
    var scratch = ScanScratch()

    /// An empty buffer.
    public init() {}

    /// The number of keys.
    public var count: Int { ends.count }

    /// The byte range of key `i` in ``bytes``.
    /// - Parameter i: a key index, `0..<count`.
    public func range(_ i: Int) -> Range<Int> { (i == 0 ? 0 : ends[i - 1])..<ends[i] }

    /// Key `i` as a `String` (built on each call: for checks and tests, not for a hot loop).
    /// - Parameter i: a key index, `0..<count`.
    public subscript(i: Int) -> String { String(decoding: bytes[range(i)], as: UTF8.self) }

    /// Every key as a `String`, in order: what ``Tokenizer/matchKeys(_:)`` returns for the same text.
    /// - Complexity: O(n) in the bytes, one `String` per key.
    public var keys: [String] { (0..<count).map { self[$0] } }

    /// Drops the keys, keeping the storage.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
    }

    /// ``Token/placeableKey(_:)`` as UTF-8 bytes, `nil` for kinds that are not placeables.
    static func placeableKeyBytes(_ kind: Token.Kind) -> [UInt8]? {
        switch kind {
        case .number: numberKey
        case .date: dateKey
        case .url: urlKey
        case .email: emailKey
        case .time: timeKey
        default: nil
        }
    }

    static let numberKey = Array(Token.placeableKey(.number)!.utf8)
    static let dateKey = Array(Token.placeableKey(.date)!.utf8)
    static let urlKey = Array(Token.placeableKey(.url)!.utf8)
    static let emailKey = Array(Token.placeableKey(.email)!.utf8)
    static let timeKey = Array(Token.placeableKey(.time)!.utf8)
}

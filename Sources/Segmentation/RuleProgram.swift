/// The SRX rules of a segmenter compiled into one program that answers the question the segmenter asks
/// at a candidate position: *does rule r match here*, that is, does a match of its beforebreak end here
/// (matched backwards from the position) and a match of its afterbreak start here?
///
/// The syntax is ``PatternTree``'s subset of ICU's; a rule outside it has no native form here and is
/// scanned with ICU instead (``RuleMatcher``). Matching is existential: the answer is yes when *any*
/// way through the pattern fits, so greedy and lazy quantifiers and the order of alternatives do not
/// change it (they only change which match a left-to-right scan reports). Look-arounds see the whole
/// text (ICU's transparent bounds).
///
/// Everything lives in memory the object owns (nodes, child lists, classes, suffix tables and the
/// per-rule table, referring to each other by index), so that matching allocates nothing and does no
/// reference counting. It is immutable after `init`, hence safe to share between threads.
final class RuleProgram: @unchecked Sendable {
    typealias Node = PatternTree.Node
    typealias Kind = PatternTree.Kind

    /// One rule of the program.
    struct Rule {
        /// The root nodes of the beforebreak and afterbreak patterns; -1 when the rule has no native form.
        var before: Int32 = -1
        var after: Int32 = -1
        var isBreak: Bool
        var isNative: Bool { before >= 0 }
    }

    /// The four code points around a position that quick rejects look at.
    enum Filter: Int, CaseIterable {
        /// The last code point of the beforebreak match, just before the position.
        case beforeLast
        /// The one before it.
        case beforeSecond
        /// The first code point of the afterbreak match, just after the position.
        case afterFirst
        /// The one after it.
        case afterSecond
    }

    /// Code points with a row in ``dispatch``: U+0000–U+02FF (Latin, IPA, spacing modifiers) and
    /// U+2000–U+206F (spaces, dashes, quotes, ellipsis): what sits around sentence ends in the
    /// supported languages. Others are checked rule by rule.
    @inline(__always)
    static func dispatchRow(of c: UInt32) -> Int {
        if c < 0x300 { return Int(c) }
        if c >= 0x2000 && c < 0x2070 { return 0x300 + Int(c - 0x2000) }
        return -1
    }
    static let dispatchRows = 0x300 + 0x70

    /// The alternatives of one alternation indexed by the code points they can end with, so that
    /// matching backwards tries only the alternatives that fit the text just before the position: the
    /// hundred abbreviations of a generated rule, which all end in ".", cost one look-up instead of a
    /// hundred attempts. An open-addressing hash table over ``RuleProgram/keys``.
    struct SuffixTable {
        /// The first slot in ``RuleProgram/keys``; slot `s`'s alternatives are
        /// `alternatives[ranges[2(first + s)] ..< ranges[2(first + s) + 1]]`.
        var first: Int32
        /// The number of slots minus one (a power of two minus one).
        var mask: Int32
        /// `alternatives[othersStart..<othersEnd]`: alternatives that could not be indexed, always tried.
        var othersStart: Int32
        var othersEnd: Int32
    }

    /// The key of a one-code-point ending `c`.
    @inline(__always)
    static func singleKey(_ c: UInt32) -> UInt64 { 0x1F_FFFF << 21 | UInt64(c) }
    /// The key of a two-code-point ending `first second`.
    @inline(__always)
    static func pairKey(_ first: UInt32, _ second: UInt32) -> UInt64 { PatternTree.pairKey(first, second) }
    static let emptySlot = UInt64.max

    @inline(__always)
    static func slot(of key: UInt64, mask: Int32) -> Int32 {
        Int32(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    let nodes: UnsafeMutablePointer<Node>
    let lists: UnsafeMutablePointer<Int32>
    let classes: UnsafeMutablePointer<CodePointClass>
    let classCount: Int
    let tables: UnsafeMutablePointer<SuffixTable>
    let keys: UnsafeMutablePointer<UInt64>
    let ranges: UnsafeMutablePointer<Int32>
    let alternatives: UnsafeMutablePointer<Int32>
    let rules: UnsafeMutablePointer<Rule>
    let ruleCount: Int
    /// Per rule, its filter classes (4 per rule, in ``Filter`` order; -1: none).
    let filters: UnsafeMutablePointer<Int32>
    /// The number of 64-bit words of a rule bit set.
    let words: Int
    /// For each ``Filter``, each dispatch row and the row ``dispatchRows`` (no code point: the text
    /// ends there), a bit set of the native rules whose filter accepts that code point. Layout:
    /// `((filter * (dispatchRows + 1)) + row) * words + word`.
    let dispatch: UnsafeMutablePointer<UInt64>
    /// The rules without a native form, as a bit set.
    let scanned: UnsafeMutablePointer<UInt64>
    /// The union of the native break rules' `beforeLast` classes: a quick reject for positions where
    /// no native break rule can match (-1 when one of them has none).
    let breakBeforeLast: Int32
    /// The same for the afterbreak side.
    let breakAfterFirst: Int32
    /// Whether some break rule has a native form.
    let hasNativeBreakRules: Bool
    /// Per dispatch row, bit 0: ``breakBeforeLast`` accepts the code point, bit 1: ``breakAfterFirst``
    /// does (a missing class accepts everything).
    let breakRows: UnsafeMutablePointer<UInt8>

    /// Compiles `rules`, in order. A rule with a pattern outside the subset gets no native form.
    init(rules srxRules: [SRXDocument.Rule]) {
        var tree = PatternTree()
        var rules: [Rule] = []
        var ruleFilters: [[Int32]] = []
        var parsed: [String: Int32] = [:]
        /// Identical patterns (the generated rules repeat theirs) share one tree.
        func parse(_ pattern: String) throws -> Int32 {
            if let root = parsed[pattern] { return root }
            let root = try tree.parse(pattern)
            parsed[pattern] = root
            return root
        }
        for srx in srxRules {
            var rule = Rule(isBreak: srx.isBreak)
            var filters: [Int32] = [-1, -1, -1, -1]
            if let before = try? parse(srx.beforeBreak), let after = try? parse(srx.afterBreak) {
                rule.before = before
                rule.after = after
                let (last, second) = tree.edgeFilters(of: before, atEnd: true)
                let (first, next) = tree.edgeFilters(of: after, atEnd: false)
                filters = [last, second, first, next].map { filter in filter.map { tree.add(class: $0) } ?? -1 }
            }
            rules.append(rule)
            ruleFilters.append(filters)
        }
        let breaking = rules.indices.filter { rules[$0].isBreak && rules[$0].isNative }.map { ruleFilters[$0] }
        hasNativeBreakRules = !breaking.isEmpty
        func union(_ indexes: [Int32]) -> Int32 {
            indexes.contains(-1) ? -1 : tree.add(class: CodePointClass.union(indexes.map { tree.classes[Int($0)] }))
        }
        breakBeforeLast = union(breaking.map { $0[Filter.beforeLast.rawValue] })
        breakAfterFirst = union(breaking.map { $0[Filter.afterFirst.rawValue] })

        // The dispatch tables: one bit per native rule whose filter accepts the code point.
        let words = max(1, (rules.count + 63) / 64)
        var dispatch = [UInt64](repeating: 0, count: Filter.allCases.count * (RuleProgram.dispatchRows + 1) * words)
        var scanned = [UInt64](repeating: 0, count: words)
        let rowCodePoints = (0..<0x300).map { UInt32($0) } + (0x2000..<0x2070).map { UInt32($0) }
        // The rows each filter class accepts, computed once per class: by its members when it is a
        // small set (most are: ".", white space), else by testing every row.
        var rowsOfClass: [Int32: [Int]] = [:]
        func rows(_ classIndex: Int32) -> [Int] {
            if let known = rowsOfClass[classIndex] { return known }
            let codePointClass = tree.classes[Int(classIndex)]
            let found = codePointClass.members(limit: 256).map { members in
                members.map(RuleProgram.dispatchRow(of:)).filter { $0 >= 0 }
            } ?? (0..<RuleProgram.dispatchRows).filter { codePointClass.contains(rowCodePoints[$0]) }
            rowsOfClass[classIndex] = found
            return found
        }
        for (index, rule) in rules.enumerated() {
            let bit = UInt64(1) << UInt64(index % 64), word = index / 64
            guard rule.isNative else {
                scanned[word] |= bit
                continue
            }
            for filter in Filter.allCases {
                let base = filter.rawValue * (RuleProgram.dispatchRows + 1)
                let classIndex = ruleFilters[index][filter.rawValue]
                let accepted = classIndex < 0 ? Array(0...RuleProgram.dispatchRows) : rows(classIndex)
                for row in accepted { dispatch[(base + row) * words + word] |= bit }
            }
        }
        var breakRows = [UInt8](repeating: 0, count: RuleProgram.dispatchRows)
        for (bit, classIndex) in [(UInt8(1), breakBeforeLast), (UInt8(2), breakAfterFirst)] {
            for row in classIndex < 0 ? Array(0..<RuleProgram.dispatchRows) : rows(classIndex) { breakRows[row] |= bit }
        }
        self.breakRows = RuleProgram.copy(breakRows)
        self.words = words
        self.dispatch = RuleProgram.copy(dispatch)
        self.scanned = RuleProgram.copy(scanned)
        self.filters = RuleProgram.copy(ruleFilters.flatMap { $0 })

        var nodes = tree.nodes
        var tables: [SuffixTable] = [], keys: [UInt64] = [], ranges: [Int32] = [], alternatives: [Int32] = []
        for index in nodes.indices where nodes[index].kind == .alternation && nodes[index].b - nodes[index].a >= 4 {
            let node = nodes[index]
            var byKey: [UInt64: [Int32]] = [:]
            var others: [Int32] = []
            for position in node.a..<node.b {
                let branch = tree.lists[Int(position)]
                let tail = tree.tail(of: branch)
                guard !tail.nullable, let singles = tail.single, let pairs = tail.pairs else {
                    others.append(branch)
                    continue
                }
                for c in singles { byKey[RuleProgram.singleKey(c), default: []].append(branch) }
                for key in pairs { byKey[key, default: []].append(branch) }
            }
            if others.count == Int(node.b - node.a) { continue }
            var capacity: Int32 = 8
            while Int(capacity) < byKey.count * 2 { capacity *= 2 }
            let first = Int32(keys.count)
            keys += Array(repeating: RuleProgram.emptySlot, count: Int(capacity))
            ranges += Array(repeating: 0, count: Int(capacity) * 2)
            for (key, branches) in byKey.sorted(by: { $0.key < $1.key }) {
                var slot = RuleProgram.slot(of: key, mask: capacity - 1)
                while keys[Int(first + slot)] != RuleProgram.emptySlot { slot = (slot + 1) & (capacity - 1) }
                keys[Int(first + slot)] = key
                ranges[Int(2 * (first + slot))] = Int32(alternatives.count)
                alternatives += branches
                ranges[Int(2 * (first + slot)) + 1] = Int32(alternatives.count)
            }
            let othersStart = Int32(alternatives.count)
            alternatives += others
            tables.append(SuffixTable(first: first, mask: capacity - 1, othersStart: othersStart, othersEnd: Int32(alternatives.count)))
            nodes[index].c = Int32(tables.count - 1)
        }
        self.nodes = RuleProgram.copy(nodes)
        self.lists = RuleProgram.copy(tree.lists)
        self.classes = RuleProgram.copy(tree.classes)
        self.classCount = tree.classes.count
        self.tables = RuleProgram.copy(tables)
        self.keys = RuleProgram.copy(keys)
        self.ranges = RuleProgram.copy(ranges)
        self.alternatives = RuleProgram.copy(alternatives)
        self.rules = RuleProgram.copy(rules)
        self.ruleCount = rules.count
    }

    /// A copy of `array` in memory this object owns (at least one element's room, so never null).
    private static func copy<T>(_ array: [T]) -> UnsafeMutablePointer<T> {
        let pointer = UnsafeMutablePointer<T>.allocate(capacity: max(array.count, 1))
        array.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { pointer.initialize(from: base, count: source.count) }
        }
        return pointer
    }

    deinit {
        nodes.deallocate()
        lists.deallocate()
        classes.deinitialize(count: classCount)
        classes.deallocate()
        tables.deallocate()
        keys.deallocate()
        ranges.deallocate()
        alternatives.deallocate()
        rules.deallocate()
        filters.deallocate()
        dispatch.deallocate()
        scanned.deallocate()
        breakRows.deallocate()
    }
}

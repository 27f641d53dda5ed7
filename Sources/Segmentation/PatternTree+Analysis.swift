/// Static facts about a pattern that let the segmenter skip work: which code points a match can end
/// or start with, and which last two code points its alternatives can end with. Every fact is a
/// superset of the truth (look-arounds and assertions are read as "anything"), so a position that
/// fails a check can be skipped without changing any answer.
extension PatternTree {
    /// What the end of a node's nonempty matches can look like. `nil` fields are unknown (too many
    /// possibilities, or a large class such as `\p{Lu}`).
    struct Tail {
        /// Whether the node can match the empty string (assertions and look-arounds count as empty).
        var nullable: Bool
        /// The last code point of every nonempty match.
        var last: Set<UInt32>?
        /// The code point of every one-code-point match.
        var single: Set<UInt32>?
        /// The last two code points of every match of two or more code points, as ``pairKey(_:_:)``.
        var pairs: Set<UInt64>?

        static let empty = Tail(nullable: true, last: [], single: [], pairs: [])
        static let limit = 4096

        static func union<T>(_ a: Set<T>?, _ b: Set<T>?) -> Set<T>? {
            guard let a, let b else { return nil }
            let u = a.union(b)
            return u.count > limit ? nil : u
        }

        static func product(_ a: Set<UInt32>?, _ b: Set<UInt32>?) -> Set<UInt64>? {
            if let b, b.isEmpty { return [] }
            if let a, a.isEmpty { return [] }
            guard let a, let b, a.count * b.count <= limit else { return nil }
            var out: Set<UInt64> = []
            for x in a { for y in b { out.insert(pairKey(x, y)) } }
            return out
        }

        /// The tail of `self` followed by `next`.
        func followed(by next: Tail) -> Tail {
            Tail(nullable: nullable && next.nullable,
                 last: next.nullable ? Tail.union(next.last, last) : next.last,
                 single: Tail.union(nullable ? next.single : [], next.nullable ? single : []),
                 pairs: Tail.union(Tail.union(next.pairs, Tail.product(last, next.single)), next.nullable ? pairs : []))
        }
    }

    /// The key of two consecutive code points.
    @inline(__always)
    static func pairKey(_ first: UInt32, _ second: UInt32) -> UInt64 { UInt64(first) << 21 | UInt64(second) }

    /// The ``Tail`` of node `index`.
    func tail(of index: Int32) -> Tail {
        let node = nodes[Int(index)]
        switch node.kind {
        case .empty, .textStart, .dollar, .textEnd, .wordBoundary, .notWordBoundary, .look:
            return .empty
        case .scalar:
            let c = UInt32(bitPattern: node.a)
            return Tail(nullable: false, last: [c], single: [c], pairs: [])
        case .set:
            let members = classes[Int(node.a)].members()
            return Tail(nullable: false, last: members, single: members, pairs: [])
        case .sequence:
            var result = Tail.empty
            for position in node.a..<node.b { result = result.followed(by: tail(of: lists[Int(position)])) }
            return result
        case .alternation:
            var result = Tail(nullable: false, last: [], single: [], pairs: [])
            for position in node.a..<node.b {
                let branch = tail(of: lists[Int(position)])
                result = Tail(nullable: result.nullable || branch.nullable, last: Tail.union(result.last, branch.last),
                              single: Tail.union(result.single, branch.single), pairs: Tail.union(result.pairs, branch.pairs))
            }
            return result
        case .repetition:
            if node.d == 0 { return .empty }
            let inner = tail(of: node.a)
            return Tail(nullable: node.c == 0 || inner.nullable, last: inner.last, single: inner.single,
                        pairs: Tail.union(inner.pairs, node.d >= 2 ? Tail.product(inner.last, inner.single) : []))
        }
    }

    /// A set of code points for a quick reject: explicit code points plus a few large classes.
    struct EdgeSet {
        var scalars: Set<UInt32> = []
        var classes: [CodePointClass] = []

        init(_ codePointClass: CodePointClass) {
            if let members = codePointClass.members(limit: 64) { scalars = members } else { classes = [codePointClass] }
        }

        init() {}

        /// The union, or `nil` when it grows beyond 1,024 code points and 16 classes.
        static func union(_ a: EdgeSet?, _ b: EdgeSet?) -> EdgeSet? {
            guard let a, let b else { return nil }
            var out = a
            out.scalars.formUnion(b.scalars)
            out.classes += b.classes
            return out.scalars.count > 1024 || out.classes.count > 16 ? nil : out
        }

        /// One class holding the set.
        var codePointClass: CodePointClass {
            let ranges = scalars.sorted().map { CodePointClass.Item.range($0, $0) }
            return CodePointClass.union([CodePointClass(items: ranges)] + classes)
        }
    }

    /// What the first or last two code points of a node's matches can be: enough to reject most
    /// positions with two table look-ups on each side. `nil` sets are unknown (too large).
    struct Edge {
        /// Whether the node can match the empty string (assertions and look-arounds count as empty).
        var nullable: Bool
        /// Whether the node can match exactly one code point.
        var canBeSingle: Bool
        /// The edge code point (the first or the last) of every nonempty match.
        var edge: EdgeSet?
        /// The code point next to the edge of every match of two or more code points.
        var second: EdgeSet?

        static let empty = Edge(nullable: true, canBeSingle: false, edge: EdgeSet(), second: EdgeSet())

        /// The edge facts of `inner` followed, on the edge side, by `outer`.
        static func combine(outer: Edge, inner: Edge) -> Edge {
            Edge(nullable: outer.nullable && inner.nullable,
                 canBeSingle: (outer.nullable && inner.canBeSingle) || (outer.canBeSingle && inner.nullable),
                 edge: outer.nullable ? EdgeSet.union(outer.edge, inner.edge) : outer.edge,
                 second: EdgeSet.union(EdgeSet.union(outer.second, outer.canBeSingle ? inner.edge : EdgeSet()),
                                       outer.nullable ? inner.second : EdgeSet()))
        }
    }

    /// The ``Edge`` facts of node `index` at its end (`atEnd`) or its start.
    func edge(of index: Int32, atEnd: Bool) -> Edge {
        let node = nodes[Int(index)]
        switch node.kind {
        case .empty, .textStart, .dollar, .textEnd, .wordBoundary, .notWordBoundary, .look:
            return .empty
        case .scalar:
            var set = EdgeSet()
            set.scalars = [UInt32(bitPattern: node.a)]
            return Edge(nullable: false, canBeSingle: true, edge: set, second: EdgeSet())
        case .set:
            return Edge(nullable: false, canBeSingle: true, edge: EdgeSet(classes[Int(node.a)]), second: EdgeSet())
        case .sequence:
            let positions = Array(node.a..<node.b)
            var result = Edge.empty
            for position in atEnd ? positions.reversed() : positions {
                result = Edge.combine(outer: result, inner: edge(of: lists[Int(position)], atEnd: atEnd))
            }
            return result
        case .alternation:
            var result = Edge(nullable: false, canBeSingle: false, edge: EdgeSet(), second: EdgeSet())
            for position in node.a..<node.b {
                let branch = edge(of: lists[Int(position)], atEnd: atEnd)
                result = Edge(nullable: result.nullable || branch.nullable, canBeSingle: result.canBeSingle || branch.canBeSingle,
                              edge: EdgeSet.union(result.edge, branch.edge), second: EdgeSet.union(result.second, branch.second))
            }
            return result
        case .repetition:
            if node.d == 0 { return .empty }
            let inner = edge(of: node.a, atEnd: atEnd)
            return Edge(nullable: node.c == 0 || inner.nullable, canBeSingle: inner.canBeSingle, edge: inner.edge,
                        second: EdgeSet.union(inner.second, node.d >= 2 && inner.canBeSingle ? inner.edge : EdgeSet()))
        }
    }

    /// Quick-reject classes for the pattern at `root`: the code point at its edge (the last one with
    /// `atEnd`, else the first) and the one next to it, each `nil` when no check is possible (the
    /// pattern can match the empty string, or, for the second, a single code point).
    func edgeFilters(of root: Int32, atEnd: Bool) -> (edge: CodePointClass?, second: CodePointClass?) {
        let facts = edge(of: root, atEnd: atEnd)
        if facts.nullable { return (nil, nil) }
        return (facts.edge?.codePointClass, facts.canBeSingle ? nil : facts.second?.codePointClass)
    }
}

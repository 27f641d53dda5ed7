/// The parse trees of SRX regular expressions (`<beforebreak>` and `<afterbreak>` patterns), from
/// which a ``RuleProgram`` is compiled. One tree holds many patterns, each with its own root node.
///
/// The syntax is a subset of ICU's (ICU User Guide, "Regular Expressions"), the language SRX 2.0
/// prescribes: literals and escapes, `.`, `[...]` sets with ranges, nested sets, `\p{…}` general
/// categories, `\d \s \w` and their complements, groups, alternation, greedy and lazy quantifiers,
/// look-ahead and look-behind, `^ $ \A \z \Z \b \B`, `\Q…\E`, comments, and free-spacing mode `(?x)`.
/// ``PatternTree/Unsupported`` is thrown for anything else (case-insensitive mode, back-references,
/// possessive quantifiers, atomic groups, set operations, other properties): such a rule keeps being
/// evaluated by ICU itself.
///
/// The trees are stored flat: nodes refer to each other by index.
struct PatternTree: Sendable {
    /// Thrown when a pattern uses syntax outside the subset; the message says what.
    struct Unsupported: Error, CustomStringConvertible {
        let description: String
    }

    enum Kind: UInt8, Sendable {
        /// Matches the empty string.
        case empty
        /// One code point: `a`.
        case scalar
        /// One code point of class `classes[a]`.
        case set
        /// The nodes `lists[a..<b]`, in order.
        case sequence
        /// One of the nodes `lists[a..<b]`; `c` is the index of its ``RuleProgram/SuffixTable`` in the
        /// compiled program, or -1.
        case alternation
        /// Node `a`, repeated from `c` to `d` times (`d == Int32.max`: unbounded).
        case repetition
        /// `^`, `\A`: the start of the text.
        case textStart
        /// `$`, `\Z`: the end of the text, or before a line terminator that ends it.
        case dollar
        /// `\z`: the end of the text.
        case textEnd
        /// `\b`.
        case wordBoundary
        /// `\B`.
        case notWordBoundary
        /// A look-around of node `a`; `b` bit 0: look-behind, bit 1: negative.
        case look
    }

    struct Node: Sendable {
        var kind: Kind
        var a: Int32 = 0
        var b: Int32 = 0
        var c: Int32 = 0
        var d: Int32 = 0
    }

    private(set) var nodes: [Node] = []
    private(set) var lists: [Int32] = []
    private(set) var classes: [CodePointClass] = []

    /// Parses `pattern` into the tree.
    /// - Returns: the index of its root node.
    /// - Throws: ``Unsupported`` for syntax outside the subset (the pattern may still be valid for ICU);
    ///   the tree is then left as it was.
    mutating func parse(_ pattern: String) throws -> Int32 {
        let saved = (nodes.count, lists.count, classes.count)
        do {
            var parser = Parser(pattern: Array(pattern.unicodeScalars))
            return try parser.parse(into: &self)
        } catch {
            nodes.removeLast(nodes.count - saved.0)
            lists.removeLast(lists.count - saved.1)
            classes.removeLast(classes.count - saved.2)
            throw error
        }
    }

    // MARK: - Building

    mutating func add(_ node: Node) -> Int32 {
        nodes.append(node)
        return Int32(nodes.count - 1)
    }

    mutating func add(_ kind: Kind, list items: [Int32]) -> Int32 {
        let start = Int32(lists.count)
        lists.append(contentsOf: items)
        return add(Node(kind: kind, a: start, b: Int32(lists.count), c: -1))
    }

    mutating func add(_ codePointClass: CodePointClass) -> Int32 {
        add(Node(kind: .set, a: add(class: codePointClass)))
    }

    /// Adds a class that no node refers to (yet). - Returns: its index in ``classes``.
    mutating func add(class codePointClass: CodePointClass) -> Int32 {
        classes.append(codePointClass)
        return Int32(classes.count - 1)
    }

    /// Whether node `index` consumes no text (an assertion or a look-around).
    func isZeroWidth(_ index: Int32) -> Bool {
        switch nodes[Int(index)].kind {
        case .textStart, .dollar, .textEnd, .wordBoundary, .notWordBoundary, .look: true
        default: false
        }
    }
}

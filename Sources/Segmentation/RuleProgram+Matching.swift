/// Existential matching of a ``RuleProgram``'s patterns at one position of a UTF-16 text, by backtracking with
/// continuations: forwards for an afterbreak (a match starting at the position), backwards for a
/// beforebreak (a match ending at the position: the pattern's parts are consumed from the last to the
/// first, which finds exactly the matches a forward match ending there would).
///
/// Semantics follow ICU with transparent bounds over the whole text: look-arounds see all of it, `^`
/// and `\A` hold only at offset 0, `$` and `\Z` at the end or before a line terminator (or CR LF) that
/// ends the text, `\b` between a word and a non-word code point, skipping marks and format characters
/// as ICU does. A code point is a surrogate pair or a single unit (a lone surrogate stands for itself).
///
/// Work is bounded by the text the pattern can reach from the position; for the short patterns of
/// segmentation rules it is a few steps, and a look-up in a ``RuleProgram/SuffixTable`` replaces a scan
/// through long alternations.
extension RuleProgram {
    /// Matching over one text: the program's memory and the text, as plain pointers (the caller keeps
    /// the ``RuleProgram`` alive), so that the recursion does no reference counting.
    struct Matcher {
        let nodes: UnsafeMutablePointer<Node>
        let lists: UnsafeMutablePointer<Int32>
        let classes: UnsafeMutablePointer<CodePointClass>
        let tables: UnsafeMutablePointer<SuffixTable>
        let keys: UnsafeMutablePointer<UInt64>
        let ranges: UnsafeMutablePointer<Int32>
        let alternatives: UnsafeMutablePointer<Int32>
        let rules: UnsafeMutablePointer<Rule>
        let ruleCount: Int
        let filters: UnsafeMutablePointer<Int32>
        let dispatch: UnsafeMutablePointer<UInt64>
        let words: Int
        let breakRows: UnsafeMutablePointer<UInt8>
        unowned(unsafe) let program: RuleProgram
        let text: UnsafeBufferPointer<UInt16>
        let count: Int

        init(_ program: RuleProgram, _ text: UnsafeBufferPointer<UInt16>) {
            nodes = program.nodes
            lists = program.lists
            classes = program.classes
            tables = program.tables
            keys = program.keys
            ranges = program.ranges
            alternatives = program.alternatives
            rules = program.rules
            ruleCount = program.ruleCount
            filters = program.filters
            dispatch = program.dispatch
            words = program.words
            breakRows = program.breakRows
            self.program = program
            self.text = text
            count = text.count
        }

        /// The native rules of word `word` (rules `64 word ..< 64 word + 64`) that pass the quick
        /// rejects at `position`, as a bit set: only they can match there (a rule matches at a position
        /// when ``backward(_:_:_:)`` of its beforebreak and ``forward(_:_:_:)`` of its afterbreak
        /// succeed there).
        /// - Complexity: four table look-ups when the code points around the position have dispatch
        ///   rows (Latin and general punctuation); otherwise up to 64 class checks per code point.
        @inline(__always)
        func candidates(at position: Int, word: Int) -> UInt64 {
            var last: UInt32? = nil, second: UInt32? = nil, first: UInt32? = nil, next: UInt32? = nil
            if position > 0 {
                let (c, j) = previous(position)
                last = c
                if j > 0 { second = previous(j).0 }
            }
            if position < count {
                let (c, j) = self.next(position)
                first = c
                if j < count { next = self.next(j).0 }
            }
            var mask = dispatchMask(.beforeLast, last, word)
            if mask == 0 { return 0 }
            mask &= dispatchMask(.afterFirst, first, word)
            if mask == 0 { return 0 }
            mask &= dispatchMask(.beforeSecond, second, word)
            if mask == 0 { return 0 }
            return mask & dispatchMask(.afterSecond, next, word)
        }

        /// The rules of word `word` whose `filter` accepts code point `c` (`nil`: the text ends there).
        @inline(__always)
        func dispatchMask(_ filter: Filter, _ c: UInt32?, _ word: Int) -> UInt64 {
            let base = filter.rawValue * (RuleProgram.dispatchRows + 1)
            guard let c else { return dispatch[(base + RuleProgram.dispatchRows) * words + word] }
            let row = RuleProgram.dispatchRow(of: c)
            if row >= 0 { return dispatch[(base + row) * words + word] }
            var mask: UInt64 = 0
            for index in (word * 64)..<min(word * 64 + 64, ruleCount) where rules[index].isNative {
                let classIndex = filters[index * 4 + filter.rawValue]
                if classIndex < 0 || classes[Int(classIndex)].contains(c) { mask |= 1 << UInt64(index % 64) }
            }
            return mask
        }

        /// Whether a native break rule may match at `position` (0 < `position` < `count`): the code
        /// points around it pass the union of the break rules' quick rejects.
        @inline(__always)
        func mayBreak(at position: Int) -> Bool {
            let after = text[position]
            if after < 0x300 {
                if breakRows[Int(after)] & 2 == 0 { return false }
            } else if program.breakAfterFirst >= 0 && !classContains(program.breakAfterFirst, next(position).0) {
                return false
            }
            let before = text[position - 1]
            if before < 0x300 { return breakRows[Int(before)] & 1 != 0 }
            if before & 0xFC00 == 0xD800 && after & 0xFC00 == 0xDC00 { return false }  // inside a pair
            return program.breakBeforeLast < 0 || classContains(program.breakBeforeLast, previous(position).0)
        }

        /// Whether class `index` holds `c`.
        @inline(__always)
        func classContains(_ index: Int32, _ c: UInt32) -> Bool { classes[Int(index)].contains(c) }

        // MARK: Code points

        /// The code point starting at `i` (`i < count`) and the offset after it.
        @inline(__always)
        func next(_ i: Int) -> (UInt32, Int) {
            let u = text[i]
            if u & 0xFC00 == 0xD800, i + 1 < count {
                let v = text[i + 1]
                if v & 0xFC00 == 0xDC00 { return (0x10000 + (UInt32(u & 0x3FF) << 10 | UInt32(v & 0x3FF)), i + 2) }
            }
            return (UInt32(u), i + 1)
        }

        /// The code point ending at `i` (`i > 0`) and the offset before it.
        @inline(__always)
        func previous(_ i: Int) -> (UInt32, Int) {
            let u = text[i - 1]
            if u & 0xFC00 == 0xDC00, i >= 2 {
                let h = text[i - 2]
                if h & 0xFC00 == 0xD800 { return (0x10000 + (UInt32(h & 0x3FF) << 10 | UInt32(u & 0x3FF)), i - 2) }
            }
            return (UInt32(u), i - 1)
        }

        /// Whether node `index` (a scalar or a set) accepts code point `c`.
        @inline(__always)
        func accepts(_ node: Node, _ c: UInt32) -> Bool {
            node.kind == .scalar ? c == UInt32(bitPattern: node.a) : classes[Int(node.a)].contains(c)
        }

        // MARK: Forward

        func forward(_ index: Int32, _ i: Int, _ k: (Int) -> Bool) -> Bool {
            let node = nodes[Int(index)]
            switch node.kind {
            case .empty:
                return k(i)
            case .scalar, .set:
                guard i < count else { return false }
                let (c, j) = next(i)
                return accepts(node, c) && k(j)
            case .sequence:
                return forwardSequence(node.a, node.b, i, k)
            case .alternation:
                for position in node.a..<node.b where forward(lists[Int(position)], i, k) { return true }
                return false
            case .repetition:
                let child = nodes[Int(node.a)]
                if child.kind == .scalar || child.kind == .set {
                    var j = i, n: Int32 = 0
                    while n < node.d, j < count {
                        let (c, after) = next(j)
                        guard accepts(child, c) else { break }
                        j = after
                        n += 1
                    }
                    if n < node.c { return false }
                    while true {
                        if k(j) { return true }
                        if n == node.c { return false }
                        let (_, before) = previous(j)
                        j = max(before, i)
                        n -= 1
                    }
                }
                return forwardRepeat(node.a, node.c, node.d, 0, i, k)
            case .look:
                return look(node, i) && k(i)
            default:
                return assertion(node.kind, i) && k(i)
            }
        }

        func forwardSequence(_ from: Int32, _ to: Int32, _ i: Int, _ k: (Int) -> Bool) -> Bool {
            if from == to { return k(i) }
            if from + 1 == to { return forward(lists[Int(from)], i, k) }
            return forward(lists[Int(from)], i) { j in forwardSequence(from + 1, to, j, k) }
        }

        func forwardRepeat(_ child: Int32, _ min: Int32, _ max: Int32, _ n: Int32, _ i: Int, _ k: (Int) -> Bool) -> Bool {
            if n == Self.recursionLimit {
                return repeatByLevels(
                    min: min - n, max: max == Int32.max ? max : max - n, from: i, k,
                    step: { p, collect in _ = forward(child, p) { j in collect(j); return false } })
            }
            if n < max {
                let more = forward(child, i) { j in
                    (j != i || n < min) && forwardRepeat(child, min, max, n + 1, j, k)
                }
                if more { return true }
            }
            return n >= min && k(i)
        }

        /// Iterations of a group's repetition that the continuation-passing recursion takes before
        /// ``repeatByLevels(min:max:from:_:step:)`` takes over. Each recursive iteration costs a few stack
        /// frames, so a long run of what the group matches (3,000 opening brackets or quotation marks in a
        /// row, as a damaged or hostile file may hold) overflowed the thread's stack and crashed the process.
        static let recursionLimit: Int32 = 32

        /// Matches the rest of a repetition, `min ... max` more iterations of a group from offset `i`,
        /// without recursion: level by level, the offsets reachable after one more iteration
        /// (`step` hands each end of one iteration to its `collect` argument), each offset kept once.
        /// The match is existential (only whether some way through succeeds counts), so visiting the ways
        /// in another order than backtracking would finds the same answer: the continuation `k` is tried at
        /// every offset reached with `min ... max` iterations, the farthest level first, as greedy
        /// backtracking would. An iteration that consumes nothing adds no offset once `min` is reached.
        /// - Complexity: O(r · w) child matches and O(r) memory, where r is the number of offsets the
        ///   repetition can reach and w the work of one child match; the stack depth is the child's.
        func repeatByLevels(
            min: Int32, max: Int32, from i: Int, _ k: (Int) -> Bool,
            step: (Int, (Int) -> Void) -> Void
        ) -> Bool {
            var level = [i]
            var n: Int32 = 0
            while n < min {
                var next: [Int] = []
                var inNext = Set<Int>()
                for p in level { step(p) { j in if inNext.insert(j).inserted { next.append(j) } } }
                if next.isEmpty { return false }
                level = next
                n += 1
            }
            var seen = Set(level)
            var levels = [level]
            while n < max, !level.isEmpty {
                var next: [Int] = []
                for p in level { step(p) { j in if j != p, seen.insert(j).inserted { next.append(j) } } }
                if !next.isEmpty { levels.append(next) }
                level = next
                n += 1
            }
            for reached in levels.reversed() {
                for p in reached where k(p) { return true }
            }
            return false
        }

        // MARK: Backward

        func backward(_ index: Int32, _ i: Int, _ k: (Int) -> Bool) -> Bool {
            let node = nodes[Int(index)]
            switch node.kind {
            case .empty:
                return k(i)
            case .scalar, .set:
                guard i > 0 else { return false }
                let (c, j) = previous(i)
                return accepts(node, c) && k(j)
            case .sequence:
                return backwardSequence(node.a, node.b, i, k)
            case .alternation:
                if node.c >= 0 { return backwardIndexed(node, i, k) }
                for position in node.a..<node.b where backward(lists[Int(position)], i, k) { return true }
                return false
            case .repetition:
                let child = nodes[Int(node.a)]
                if child.kind == .scalar || child.kind == .set {
                    var j = i, n: Int32 = 0
                    while n < node.d, j > 0 {
                        let (c, before) = previous(j)
                        guard accepts(child, c) else { break }
                        j = before
                        n += 1
                    }
                    if n < node.c { return false }
                    while true {
                        if k(j) { return true }
                        if n == node.c { return false }
                        let (_, after) = next(j)
                        j = min(after, i)
                        n -= 1
                    }
                }
                return backwardRepeat(node.a, node.c, node.d, 0, i, k)
            case .look:
                return look(node, i) && k(i)
            default:
                return assertion(node.kind, i) && k(i)
            }
        }

        /// Tries only the alternatives whose possible endings fit the one or two code points before `i`.
        func backwardIndexed(_ node: Node, _ i: Int, _ k: (Int) -> Bool) -> Bool {
            let table = tables[Int(node.c)]
            var position = table.othersStart
            while position < table.othersEnd {
                if backward(alternatives[Int(position)], i, k) { return true }
                position += 1
            }
            guard i > 0 else { return false }
            let (last, j) = previous(i)
            if tryAlternatives(table, RuleProgram.singleKey(last), i, k) { return true }
            guard j > 0 else { return false }
            let (before, _) = previous(j)
            return tryAlternatives(table, RuleProgram.pairKey(before, last), i, k)
        }

        /// Tries, backwards from `i`, the alternatives stored under `key` in `table`.
        @inline(__always)
        func tryAlternatives(_ table: SuffixTable, _ key: UInt64, _ i: Int, _ k: (Int) -> Bool) -> Bool {
            var slot = RuleProgram.slot(of: key, mask: table.mask)
            while true {
                let found = keys[Int(table.first + slot)]
                if found == RuleProgram.emptySlot { return false }
                if found == key { break }
                slot = (slot + 1) & table.mask
            }
            let at = Int(2 * (table.first + slot))
            var position = ranges[at]
            while position < ranges[at + 1] {
                if backward(alternatives[Int(position)], i, k) { return true }
                position += 1
            }
            return false
        }

        /// Matches `lists[from..<to]` backwards from `i`: the last part first, then the parts before it.
        ///
        /// A run of two or more zero-width parts at the end (look-arounds and assertions) all hold or fail
        /// at `i` alone, so they are checked first and in the order written, as a forward engine (ICU)
        /// checks them: a rule's author puts the cheap test first ("(?=\s{1,3}2\.\s)" before a look-behind
        /// that reads back up to 300 code units, rule 2e). Consuming them from the last would run the long
        /// look-behind at every sentence end of a long paragraph and only then the look-ahead that rejects
        /// it. The answer is the same; only the order of the checks changes.
        func backwardSequence(_ from: Int32, _ to: Int32, _ i: Int, _ k: (Int) -> Bool) -> Bool {
            if from == to { return k(i) }
            if from + 1 == to { return backward(lists[Int(from)], i, k) }
            var start = to
            while start > from && isZeroWidth(lists[Int(start - 1)]) { start -= 1 }
            if to - start >= 2 {
                for position in start..<to where !holds(lists[Int(position)], at: i) { return false }
                return backwardSequence(from, start, i, k)
            }
            return backward(lists[Int(to - 1)], i) { j in backwardSequence(from, to - 1, j, k) }
        }

        /// Whether node `index` matches only the empty string: a look-around, an assertion or `empty`.
        @inline(__always)
        func isZeroWidth(_ index: Int32) -> Bool {
            switch nodes[Int(index)].kind {
            case .empty, .look, .textStart, .dollar, .textEnd, .wordBoundary, .notWordBoundary: return true
            default: return false
            }
        }

        /// Whether the zero-width node `index` (``isZeroWidth(_:)``) holds at `i`.
        func holds(_ index: Int32, at i: Int) -> Bool {
            let node = nodes[Int(index)]
            switch node.kind {
            case .empty: return true
            case .look: return look(node, i)
            default: return assertion(node.kind, i)
            }
        }

        func backwardRepeat(_ child: Int32, _ min: Int32, _ max: Int32, _ n: Int32, _ i: Int, _ k: (Int) -> Bool) -> Bool {
            if n == Self.recursionLimit {
                return repeatByLevels(
                    min: min - n, max: max == Int32.max ? max : max - n, from: i, k,
                    step: { p, collect in _ = backward(child, p) { j in collect(j); return false } })
            }
            if n < max {
                let more = backward(child, i) { j in
                    (j != i || n < min) && backwardRepeat(child, min, max, n + 1, j, k)
                }
                if more { return true }
            }
            return n >= min && k(i)
        }

        // MARK: Zero-width

        func look(_ node: Node, _ i: Int) -> Bool {
            let found = node.b & 1 != 0 ? backward(node.a, i) { _ in true } : forward(node.a, i) { _ in true }
            return found != (node.b & 2 != 0)
        }

        func assertion(_ kind: Kind, _ i: Int) -> Bool {
            switch kind {
            case .textStart: return i == 0
            case .textEnd: return i == count
            case .dollar: return isDollar(i)
            case .wordBoundary: return isWordBoundary(i)
            case .notWordBoundary: return !isWordBoundary(i)
            default: return false
            }
        }

        static func isLineTerminator(_ c: UInt32) -> Bool {
            (c >= 0x0A && c <= 0x0D) || c == 0x85 || c == 0x2028 || c == 0x2029
        }

        /// ICU's `$` without multi-line mode: the end, or a line terminator (not the LF of a CR LF)
        /// that ends the text, or a CR LF that ends it.
        func isDollar(_ i: Int) -> Bool {
            if i >= count { return true }
            let (c, j) = next(i)
            if j >= count {
                return Matcher.isLineTerminator(c) && !(c == 0x0A && i > 0 && text[i - 1] == 0x0D)
            }
            return c == 0x0D && text[j] == 0x0A && j + 1 >= count
        }

        /// ICU's `\b` (without `UREGEX_UWORD`): the code point at `i` and the one before it (skipping
        /// Grapheme_Extend and format characters) differ in being word characters; never before a
        /// Grapheme_Extend or format character.
        func isWordBoundary(_ i: Int) -> Bool {
            var isWord = false
            if i < count {
                let (c, _) = next(i)
                if CodePointClass.isBoundaryTransparent(c) { return false }
                isWord = CodePointClass.isWordCharacter(c)
            }
            var wasWord = false
            var j = i
            while j > 0 {
                let (c, before) = previous(j)
                if !CodePointClass.isBoundaryTransparent(c) {
                    wasWord = CodePointClass.isWordCharacter(c)
                    break
                }
                j = before
            }
            return isWord != wasWord
        }
    }
}

/// A *gap*: the run of whitespace around a candidate position (empty when there is none), where a
/// sentence boundary may sit. Offsets are UTF-16 offsets; the gap spans `start..<end`.
struct Gap {
    var start: Int
    var end: Int
    /// Whether ICU proposed a boundary in the gap (or a hard break lies in it).
    var icu: Bool = false

    /// The gap around `position` in `units`, or `nil` when it touches either end of the text (a gap
    /// there never separates two sentences).
    init?<C: RandomAccessCollection<UInt16>>(around position: Int, in units: C, icu: Bool = true) where C.Index == Int {
        var s = position, e = position
        while s > 0 && Segmenter.isWhitespace(units[s - 1]) { s -= 1 }
        while e < units.count && Segmenter.isWhitespace(units[e]) { e += 1 }
        if s == 0 || e == units.count { return nil }
        self.start = s
        self.end = e
        self.icu = icu
    }

    /// `gaps` sorted by start, with gaps of the same start merged (ICU's flag is kept when any had it).
    static func merged(_ gaps: [Gap]) -> [Gap] {
        var out: [Gap] = []
        out.reserveCapacity(gaps.count)
        for gap in gaps.sorted(by: { $0.start < $1.start }) {
            if let last = out.last, last.start == gap.start {
                out[out.count - 1].icu = last.icu || gap.icu
            } else {
                out.append(gap)
            }
        }
        return out
    }
}

/// Chooses the breaks of one text: collects the candidate gaps and lets the rules decide each one
/// (``Segmenter`` step 3). One chooser serves one call; it caches the positions of rules that are
/// scanned.
struct BreakChooser {
    let matcher: RuleMatcher
    let program: RuleProgram.Matcher
    let text: UnsafeBufferPointer<UInt16>
    /// Whether rules with a native form are evaluated natively at candidate positions
    /// (``Segmenter/RuleEvaluation/candidates``) rather than scanned.
    let native: Bool
    private var string: String?
    private var scanned: [Int: [Int]] = [:]
    private var lastBefore: (root: Int32, position: Int, matches: Bool) = (-1, 0, false)

    init(matcher: RuleMatcher, text: UnsafeBufferPointer<UInt16>, native: Bool) {
        self.matcher = matcher
        self.program = RuleProgram.Matcher(matcher.program, text)
        self.text = text
        self.native = native
    }

    /// The gaps that break, in order.
    mutating func breaks(icu: [Int], hardGapStarts: [Int]) -> [Gap] {
        let n = text.count
        var gaps: [Gap] = []
        for b in icu where b < n {
            if let gap = Gap(around: b, in: text) { gaps.append(gap) }
        }
        for s in hardGapStarts {
            if let gap = Gap(around: s, in: text) { gaps.append(gap) }
        }
        // Gaps where a break rule may match. Natively: every position that passes the break rules'
        // quick reject (a superset: the decision below evaluates the rules). Scanned: where they match.
        if native && matcher.program.hasNativeBreakRules && n > 1 {
            for p in 1..<n where program.mayBreak(at: p) {
                if let gap = Gap(around: p, in: text, icu: false) { gaps.append(gap) }
            }
        }
        for index in 0..<matcher.program.ruleCount where program.rules[index].isBreak && !(native && program.rules[index].isNative) {
            for p in positions(of: index) {
                if let gap = Gap(around: p, in: text, icu: false) { gaps.append(gap) }
            }
        }

        var breaks: [Gap] = []
        for gap in Gap.merged(gaps) {
            let decision: Bool
            if Segmenter.contains(hardGapStarts, from: gap.start, through: gap.end) {
                decision = true
            } else if let rule = firstMatchingRule(from: gap.start, through: gap.end) {
                decision = program.rules[rule].isBreak
            } else {
                decision = gap.icu
            }
            if decision { breaks.append(gap) }
        }
        return breaks
    }

    /// The first rule, in SRX order, that matches at some position in `from...through`.
    mutating func firstMatchingRule(from: Int, through: Int) -> Int? {
        guard native else {
            for index in 0..<matcher.program.ruleCount
            where Segmenter.contains(positions(of: index), from: from, through: through) {
                return index
            }
            return nil
        }
        let span = through - from + 1
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: span) { masks in
            for word in 0..<program.words {
                // Rules (in order) that may match somewhere in the gap: those passing the quick rejects
                // at one of its positions, and those that are scanned.
                var rules = matcher.program.scanned[word]
                for offset in 0..<span {
                    masks[offset] = program.candidates(at: from + offset, word: word)
                    rules |= masks[offset]
                }
                while rules != 0 {
                    let bit = rules.trailingZeroBitCount
                    rules &= rules - 1
                    let index = word * 64 + bit
                    let rule = program.rules[index]
                    if rule.isNative {
                        for offset in 0..<span where masks[offset] >> UInt64(bit) & 1 != 0 {
                            if matches(rule, at: from + offset) { return index }
                        }
                    } else if Segmenter.contains(positions(of: index), from: from, through: through) {
                        return index
                    }
                }
            }
            return nil
        }
    }

    /// Whether native `rule` matches at `position`: its afterbreak first (usually the cheaper), then
    /// its beforebreak, whose last answer is remembered (consecutive rules often share one: the
    /// generated abbreviation rules of the class that may end a sentence).
    mutating func matches(_ rule: RuleProgram.Rule, at position: Int) -> Bool {
        guard program.forward(rule.after, position, { _ in true }) else { return false }
        if rule.before != lastBefore.root || position != lastBefore.position {
            lastBefore = (rule.before, position, program.backward(rule.before, position) { _ in true })
        }
        return lastBefore.matches
    }

    /// Where rule `index` matches when scanned (computed once per text).
    mutating func positions(of index: Int) -> [Int] {
        if let known = scanned[index] { return known }
        if string == nil { string = String(decoding: text, as: UTF16.self) }
        let found = matcher.scannedPositions(of: index, in: string!, length: text.count)
        scanned[index] = found
        return found
    }
}

extension PatternTree {
    /// A recursive-descent parser for the subset, following ICU's syntax.
    struct Parser {
        let pattern: [Unicode.Scalar]
        var i = 0
        /// Free-spacing mode, `(?x)`: white space and `#` comments between tokens are ignored. It lasts
        /// to the end of the enclosing group, as in ICU.
        var freeSpacing = false

        init(pattern: [Unicode.Scalar]) { self.pattern = pattern }

        var peek: Unicode.Scalar? { i < pattern.count ? pattern[i] : nil }

        func unsupported(_ what: String) -> Unsupported {
            Unsupported(description: "\(what) at position \(i) of \(String(String.UnicodeScalarView(pattern)))")
        }

        mutating func parse(into p: inout PatternTree) throws -> Int32 {
            let root = try alternation(&p)
            if i < pattern.count { throw unsupported("unexpected \"\(pattern[i])\"") }
            return root
        }

        /// ICU's Pattern_White_Space, skipped in free-spacing mode.
        static func isPatternWhiteSpace(_ c: Unicode.Scalar) -> Bool {
            switch c.value {
            case 0x09...0x0D, 0x20, 0x85, 0x200E, 0x200F, 0x2028, 0x2029: true
            default: false
            }
        }

        mutating func skipFreeSpace() {
            guard freeSpacing else { return }
            while let c = peek {
                if Parser.isPatternWhiteSpace(c) {
                    i += 1
                } else if c == "#" {
                    while let d = peek, !(d == "\n" || d == "\r" || d.value == 0x85 || d.value == 0x2028) { i += 1 }
                } else {
                    return
                }
            }
        }

        mutating func alternation(_ p: inout PatternTree) throws -> Int32 {
            var branches = [try sequence(&p)]
            while peek == "|" {
                i += 1
                branches.append(try sequence(&p))
            }
            return branches.count == 1 ? branches[0] : p.add(.alternation, list: branches)
        }

        mutating func sequence(_ p: inout PatternTree) throws -> Int32 {
            var items: [Int32] = []
            while true {
                skipFreeSpace()
                guard let c = peek, c != "|", c != ")" else { break }
                guard let atom = try atom(&p) else { continue }
                skipFreeSpace()
                items.append(try quantified(atom, &p))
            }
            if items.isEmpty { return p.add(Node(kind: .empty)) }
            return items.count == 1 ? items[0] : p.add(.sequence, list: items)
        }

        mutating func quantified(_ atom: Int32, _ p: inout PatternTree) throws -> Int32 {
            guard let c = peek, c == "*" || c == "+" || c == "?" || c == "{" else { return atom }
            var min: Int32 = 0, max: Int32 = Int32.max
            switch c {
            case "*": i += 1
            case "+": min = 1; i += 1
            case "?": max = 1; i += 1
            default:
                i += 1
                min = try number()
                if peek == "," {
                    i += 1
                    max = peek == "}" ? Int32.max : try number()
                } else {
                    max = min
                }
                guard peek == "}", min <= max else { throw unsupported("a malformed {n,m} quantifier") }
                i += 1
            }
            if peek == "+" { throw unsupported("a possessive quantifier") }
            if peek == "?" { i += 1 }  // lazy: the same answer for an existential match
            skipFreeSpace()
            if let next = peek, next == "*" || next == "+" || next == "?" || next == "{" {
                throw unsupported("a quantifier after a quantifier")
            }
            if p.isZeroWidth(atom) { throw unsupported("a quantified assertion") }
            return p.add(Node(kind: .repetition, a: atom, c: min, d: max))
        }

        mutating func number() throws -> Int32 {
            var value: Int32 = 0
            var digits = 0
            while let c = peek, c.value >= 0x30, c.value <= 0x39 {
                value = value * 10 + Int32(c.value - 0x30)
                digits += 1
                i += 1
                if value > 100_000 { throw unsupported("a repetition count above 100000") }
            }
            if digits == 0 { throw unsupported("a {n,m} quantifier without a number") }
            return value
        }

        /// One atom, or `nil` for something that matches nothing and takes no quantifier (a flag
        /// group such as `(?x)`, or a comment `(?#…)`).
        mutating func atom(_ p: inout PatternTree) throws -> Int32? {
            let c = pattern[i]
            switch c {
            case "(":
                if i + 3 < pattern.count, pattern[i + 1] == "?", pattern[i + 2] == "x", pattern[i + 3] == ")" {
                    // (?x): free spacing to the end of the enclosing group (whose parse restores the flag).
                    i += 4
                    freeSpacing = true
                    return nil
                }
                i += 1
                return try group(&p)
            case "[":
                return p.add(try setExpression())
            case ".":
                i += 1
                return p.add(CodePointClass.dot)
            case "^":
                i += 1
                return p.add(Node(kind: .textStart))
            case "$":
                i += 1
                return p.add(Node(kind: .dollar))
            case "\\":
                return try escape(&p)
            case "*", "+", "?", "{", "}", "]":
                throw unsupported("\"\(c)\" where an atom was expected")
            default:
                i += 1
                return p.add(Node(kind: .scalar, a: Int32(bitPattern: c.value)))
            }
        }

        mutating func group(_ p: inout PatternTree) throws -> Int32? {
            let saved = freeSpacing
            defer { freeSpacing = saved }
            var look: Int32? = nil
            if peek == "?" {
                i += 1
                guard let c = peek else { throw unsupported("an unterminated group") }
                switch c {
                case ":": i += 1
                case "=": i += 1; look = 0
                case "!": i += 1; look = 2
                case "#":
                    while let d = peek, d != ")" { i += 1 }
                    guard peek == ")" else { throw unsupported("an unterminated comment") }
                    i += 1
                    return nil
                case "<":
                    i += 1
                    if peek == "=" { i += 1; look = 1 } else if peek == "!" { i += 1; look = 3 } else {
                        // A named capture (?<name>…): a group like any other here.
                        while let d = peek, d != ">" {
                            guard d.properties.isAlphabetic || d.properties.numericType != nil else {
                                throw unsupported("a malformed group name")
                            }
                            i += 1
                        }
                        guard peek == ">" else { throw unsupported("an unterminated group name") }
                        i += 1
                    }
                case "x":
                    // (?x:…): free spacing inside this group only. (?x) alone is handled in atom(_:).
                    i += 1
                    guard peek == ":" else { throw unsupported("inline flags other than (?x)") }
                    i += 1
                    freeSpacing = true
                default:
                    throw unsupported("the group kind (?\(c)")
                }
            }
            let inner = try alternation(&p)
            guard peek == ")" else { throw unsupported("an unterminated group") }
            i += 1
            guard let look else { return inner }
            return p.add(Node(kind: .look, a: inner, b: look))
        }

        mutating func escape(_ p: inout PatternTree) throws -> Int32 {
            i += 1
            guard let c = peek else { throw unsupported("a trailing backslash") }
            switch c {
            case "b": i += 1; return p.add(Node(kind: .wordBoundary))
            case "B": i += 1; return p.add(Node(kind: .notWordBoundary))
            case "A": i += 1; return p.add(Node(kind: .textStart))
            case "z": i += 1; return p.add(Node(kind: .textEnd))
            case "Z": i += 1; return p.add(Node(kind: .dollar))
            case "Q":
                i += 1
                var items: [Int32] = []
                while i < pattern.count {
                    if pattern[i] == "\\", i + 1 < pattern.count, pattern[i + 1] == "E" { i += 2; break }
                    items.append(p.add(Node(kind: .scalar, a: Int32(bitPattern: pattern[i].value))))
                    i += 1
                }
                if items.isEmpty { return p.add(Node(kind: .empty)) }
                return items.count == 1 ? items[0] : p.add(.sequence, list: items)
            default:
                i -= 1
                switch try classEscape() {
                case .codePoint(let value): return p.add(Node(kind: .scalar, a: Int32(bitPattern: value)))
                case .item(let item): return p.add(CodePointClass(items: [item]))
                }
            }
        }

        enum EscapeResult {
            case codePoint(UInt32)
            case item(CodePointClass.Item)
        }

        /// An escape that stands for one code point or a class: `\d \D \s \S \w \W \p{…} \P{…}`,
        /// `\t \n \r \f \a \e \uhhhh \Uhhhhhhhh \x{h…} \xhh`, or an escaped punctuation character.
        /// `i` is at the backslash.
        mutating func classEscape() throws -> EscapeResult {
            i += 1
            guard let c = peek else { throw unsupported("a trailing backslash") }
            i += 1
            switch c {
            case "d": return .item(.categories(CodePointClass.categoryMask("Nd")!, negated: false))
            case "D": return .item(.categories(CodePointClass.categoryMask("Nd")!, negated: true))
            case "s": return .item(.whiteSpace(negated: false))
            case "S": return .item(.whiteSpace(negated: true))
            case "w": return .item(.word(negated: false))
            case "W": return .item(.word(negated: true))
            case "p", "P":
                guard peek == "{" else { throw unsupported("\\\(c) without braces") }
                i += 1
                var name = ""
                while let d = peek, d != "}" { name.unicodeScalars.append(d); i += 1 }
                guard peek == "}" else { throw unsupported("an unterminated \\\(c){") }
                i += 1
                var negated = c == "P"
                if name.hasPrefix("^") { negated.toggle(); name.removeFirst() }
                guard let mask = CodePointClass.categoryMask(name) else { throw unsupported("the property \\\(c){\(name)}") }
                return .item(.categories(mask, negated: negated))
            case "t": return .codePoint(0x09)
            case "n": return .codePoint(0x0A)
            case "r": return .codePoint(0x0D)
            case "f": return .codePoint(0x0C)
            case "a": return .codePoint(0x07)
            case "e": return .codePoint(0x1B)
            case "u": return .codePoint(try hex(count: 4))
            case "U": return .codePoint(try hex(count: 8))
            case "x":
                if peek == "{" {
                    i += 1
                    var value: UInt32 = 0
                    var digits = 0
                    while let d = peek, d != "}" {
                        guard d.isASCII, let digit = UInt32(String(d), radix: 16) else {
                            throw unsupported("a malformed \\x{…}")
                        }
                        value = value * 16 + digit
                        digits += 1
                        i += 1
                        if digits > 6 { throw unsupported("a malformed \\x{…}") }
                    }
                    guard peek == "}", digits > 0, value <= 0x10FFFF else { throw unsupported("a malformed \\x{…}") }
                    i += 1
                    return .codePoint(value)
                }
                return .codePoint(try hex(count: 2))
            default:
                if c.isASCII && (c.properties.isAlphabetic || c.properties.numericType != nil) {
                    throw unsupported("the escape \\\(c)")
                }
                return .codePoint(c.value)
            }
        }

        mutating func hex(count: Int) throws -> UInt32 {
            var value: UInt32 = 0
            for _ in 0..<count {
                guard let d = peek, d.isASCII, let digit = UInt32(String(d), radix: 16) else {
                    throw unsupported("a malformed hexadecimal escape")
                }
                value = value * 16 + digit
                i += 1
            }
            guard value <= 0x10FFFF else { throw unsupported("a code point above U+10FFFF") }
            return value
        }

        /// A `[...]` set; `i` is at the `[`. Supported: negation, literals, escapes, ranges between two
        /// code points, class escapes and nested sets (union). Set operations, POSIX classes and
        /// anything unusual are not.
        mutating func setExpression() throws -> CodePointClass {
            i += 1
            var negated = false
            if peek == "^" { negated = true; i += 1 }
            var items: [CodePointClass.Item] = []
            var first = true
            while true {
                guard let c = peek else { throw unsupported("an unterminated set") }
                if c == "]" {
                    if first { throw unsupported("a set that starts with \"]\"") }
                    i += 1
                    break
                }
                if freeSpacing && (Parser.isPatternWhiteSpace(c) || c == "#") {
                    throw unsupported("white space or # inside a set in free-spacing mode")
                }
                switch c {
                case "[":
                    if i + 1 < pattern.count, pattern[i + 1] == ":" { throw unsupported("a POSIX class") }
                    items.append(.nested(try setExpression()))
                    first = false
                    continue
                case "&", "-":
                    if i + 1 < pattern.count, pattern[i + 1] == c { throw unsupported("a set operation") }
                case "{", "}", "$":
                    throw unsupported("\"\(c)\" inside a set")
                default:
                    break
                }
                // One code point (possibly the start of a range) or a class escape.
                let lower: UInt32
                if c == "\\" {
                    switch try classEscape() {
                    case .item(let item):
                        items.append(item)
                        first = false
                        if peek == "-", i + 1 < pattern.count, pattern[i + 1] != "]" {
                            throw unsupported("a range from a class")
                        }
                        continue
                    case .codePoint(let value): lower = value
                    }
                } else if c == "-" {
                    // A literal "-" only first or last.
                    guard first || (i + 1 < pattern.count && pattern[i + 1] == "]") else {
                        throw unsupported("\"-\" inside a set where it is neither first nor last")
                    }
                    i += 1
                    lower = c.value
                } else {
                    i += 1
                    lower = c.value
                }
                first = false
                if peek == "-", i + 1 < pattern.count, pattern[i + 1] != "]" {
                    i += 1
                    guard let d = peek else { throw unsupported("an unterminated range") }
                    let upper: UInt32
                    if d == "\\" {
                        guard case .codePoint(let value) = try classEscape() else { throw unsupported("a range to a class") }
                        upper = value
                    } else if d == "[" || d == "]" || d == "-" || d == "&" || d == "{" || d == "}" || d == "$" {
                        throw unsupported("a range to \"\(d)\"")
                    } else {
                        i += 1
                        upper = d.value
                    }
                    guard lower <= upper else { throw unsupported("a reversed range") }
                    items.append(.range(lower, upper))
                } else {
                    items.append(.range(lower, lower))
                }
            }
            return CodePointClass(items: items, negated: negated)
        }
    }
}

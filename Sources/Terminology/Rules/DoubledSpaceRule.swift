import TaalgrensCore

/// `doubled-space`: two or more spaces in a row in a target (ordinary, no-break, narrow no-break, thin
/// spaces or tabs, in any mix). Spaces on both sides of an inline code ("line <br/> line") are not in a
/// row: the code stands between them. The source's own doubled spaces are not the translator's and are
/// not reported: a target run next to the same word as a run of the source (before or after it) is taken
/// for the source's, copied.
struct DoubledSpaceRule: UnitRule {
    let rule = CheckRule.doubledSpace

    func check(_ unit: UnitAnalysis, _ context: CheckContext) -> [Finding] {
        var out: [Finding] = []
        // The source's own runs are not the translator's: a target run next to the same word as a source run
        // (before or after it) is the source's, copied ("Hotline:  www.childfocus.be" / "Meldpunt:  www.childfocus.be").
        let sourceRuns = unit.source.map { Self.runs(in: $0.content) } ?? []
        for target in unit.targets where !target.isUntranslated {
            var copied = sourceRuns
            // Offsets count the plain text (a line break stands for one space there); runs are looked
            // for inside each text element only.
            var offset = 0
            for element in target.content.elements {
                guard case .text(let run) = element else {
                    if case .code(let code) = element { offset += code.plainText.utf16.count }
                    continue
                }
                let units = Array(run.utf16)
                defer { offset += units.count }
                var i = 0
                while i < units.count {
                    guard Self.isHorizontalSpace(units[i]) else { i += 1; continue }
                    var j = i
                    while j < units.count, Self.isHorizontalSpace(units[j]) { j += 1 }
                    let neighbours = Self.neighbours(units, i, j)
                    if j - i >= 2, let k = copied.firstIndex(where: { !$0.before.isEmpty && $0.before == neighbours.before
                                                                 || !$0.after.isEmpty && $0.after == neighbours.after }) {
                        copied.remove(at: k)
                    } else if j - i >= 2 {
                        out.append(rule.finding(target.locale, unit.id, text: String(decoding: units[i..<j], as: UTF16.self),
                                                start: offset + i, end: offset + j,
                                                message: "\(j - i) spaces in a row: one is enough.", suggestion: " "))
                    }
                    i = j
                }
            }
        }
        return out
    }

    /// The runs of two or more spaces inside the text elements of `content`, each with the words next to it
    /// (the order they occur in).
    static func runs(in content: RichText) -> [(before: String, after: String)] {
        var out: [(before: String, after: String)] = []
        for element in content.elements {
            guard case .text(let run) = element else { continue }
            let units = Array(run.utf16)
            var i = 0
            while i < units.count {
                guard isHorizontalSpace(units[i]) else { i += 1; continue }
                var j = i
                while j < units.count, isHorizontalSpace(units[j]) { j += 1 }
                if j - i >= 2 { out.append(neighbours(units, i, j)) }
                i = j
            }
        }
        return out
    }

    /// The non-space text just before `start` and just after `end` in `units` (UTF-16), up to the next space.
    static func neighbours(_ units: [UInt16], _ start: Int, _ end: Int) -> (before: String, after: String) {
        var b = start
        while b > 0, !isHorizontalSpace(units[b - 1]), units[b - 1] != 0x0A { b -= 1 }
        var a = end
        while a < units.count, !isHorizontalSpace(units[a]), units[a] != 0x0A { a += 1 }
        return (String(decoding: units[b..<start], as: UTF16.self), String(decoding: units[end..<a], as: UTF16.self))
    }

    static func isHorizontalSpace(_ u: UInt16) -> Bool {
        u == 0x20 || u == 0x09 || u == 0xA0 || u == 0x202F || u == 0x2009
    }
}

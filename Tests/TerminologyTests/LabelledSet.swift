import Foundation
import TaalgrensCore
import Terminology

/// A labelled set of translation units in the format of `Tests/Fixtures/terminology/README.md`
/// (`units.jsonl`, `labels.jsonl`): the development set and the blind set share it.
struct LabelledSet {
    struct Unit: Decodable {
        var group: String
        var unit: String
        var clean: Bool
        var variants: [String: String]
        var naive: [String]?
    }
    struct Label: Decodable, Hashable {
        var unit: String
        var locale: String
        var rule: String
    }
    /// Precision and recall of one rule.
    struct RuleScore {
        var rule: String
        var expected: Int
        var found: Int
        var truePositives: Int
        var precision: Double { found == 0 ? 1 : Double(truePositives) / Double(found) }
        var recall: Double { expected == 0 ? 1 : Double(truePositives) / Double(expected) }
    }

    let folder: URL
    let units: [Unit]
    let labels: Set<Label>

    init(folder: URL) throws {
        self.folder = folder
        units = try Self.lines(folder.appendingPathComponent("units.jsonl"), as: Unit.self)
        labels = Set(try Self.lines(folder.appendingPathComponent("labels.jsonl"), as: Label.self))
    }

    static func lines<T: Decodable>(_ file: URL, as type: T.Type) throws -> [T] {
        let text = try String(contentsOf: file, encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(T.self, from: Data($0.utf8)) }
    }

    /// Reads the fixture markup for inline codes: `<a href="…">…</a>`, `<b>…</b>`, `<i>…</i>`, `<br/>`.
    static func richText(_ text: String) -> RichText {
        var elements: [InlineElement] = []
        var rest = Substring(text)
        var open: [(String, String)] = []
        var next = 1
        let tag = /<(\/?)([abi])(?: href="([^"]*)")?>|<br\/>/
        while let m = rest.firstMatch(of: tag) {
            elements.append(.text(String(rest[..<m.range.lowerBound])))
            if m.output.2 == nil {
                elements.append(.code(InlineCode(id: "\(next)", kind: .standalone, type: .lineBreak)))
                next += 1
            } else {
                let name = String(m.output.2!)
                let type: InlineCode.CodeType = name == "a" ? .link : name == "b" ? .strong : .emphasis
                if m.output.1 == "/" {
                    let id = open.lastIndex { $0.0 == name }.map { open.remove(at: $0).1 } ?? "\(next)"
                    elements.append(.code(InlineCode(id: id, kind: .closing, type: type)))
                } else {
                    let id = "\(next)"
                    next += 1
                    open.append((name, id))
                    elements.append(.code(InlineCode(id: id, kind: .opening, type: type,
                                                     attributes: m.output.3.map { ["href": String($0)] } ?? [:])))
                }
            }
            rest = rest[m.range.upperBound...]
        }
        elements.append(.text(String(rest)))
        return RichText(elements)
    }

    /// Checks every group once and scores each rule against the labels.
    /// - Returns: the scores in `CheckRule.all` order, and one line per finding that differs from the labels.
    func evaluate(with checker: TermChecker) -> (scores: [RuleScore], misses: [String]) {
        var groups: [String: [CheckUnit]] = [:]
        var order: [String] = []
        for u in units {
            if groups[u.group] == nil { order.append(u.group) }
            let variants = Dictionary(uniqueKeysWithValues: u.variants.map { (LanguageTag($0.key)!, Self.richText($0.value)) })
            groups[u.group, default: []].append(CheckUnit(id: u.unit, variants: variants))
        }
        var found: Set<Label> = []
        var messages: [Label: String] = [:]
        for group in order {
            for f in checker.check(groups[group]!) {
                let label = Label(unit: f.unit, locale: f.locale.identifier, rule: f.rule)
                found.insert(label)
                messages[label] = "\(f.text) — \(f.message)"
            }
        }
        var scores: [RuleScore] = []
        var misses: [String] = []
        for rule in CheckRule.all.map(\.id) {
            let expected = labels.filter { $0.rule == rule }
            let got = found.filter { $0.rule == rule }
            scores.append(RuleScore(rule: rule, expected: expected.count, found: got.count,
                                    truePositives: expected.intersection(got).count))
            misses += got.subtracting(expected).sorted(by: { $0.unit < $1.unit })
                .map { "  \(rule) FP \($0.unit) \($0.locale): \(messages[$0] ?? "")" }
            misses += expected.subtracting(got).sorted(by: { $0.unit < $1.unit }).map { "  \(rule) FN \($0.unit) \($0.locale)" }
        }
        return (scores, misses)
    }

    /// Checks the set with a checker over `termbase`, prints the scores under `title` and the findings that differ
    /// from the labels, and returns one line per rule below its floor (`floors`, else 95 % precision and recall)
    /// followed by those findings, or nothing when every rule keeps its floor.
    func belowFloors(termbase: Termbase, title: String,
                     floors: [String: (precision: Double, recall: Double)]) throws -> [String] {
        let checker = TermChecker(termbase: termbase, sourceLocale: "en", data: try localeData())
        let (scores, misses) = evaluate(with: checker)
        print(([title] + report(scores) + ["Findings that differ from the labels:"] + misses).joined(separator: "\n"))
        let failures = scores.filter {
            let floor = floors[$0.rule] ?? (0.95, 0.95)
            return $0.precision < floor.precision || $0.recall < floor.recall
        }.map { "\($0.rule): precision \($0.precision), recall \($0.recall)" }
        return failures.isEmpty ? [] : failures + misses
    }

    /// A printable table of the scores.
    func report(_ scores: [RuleScore]) -> [String] {
        var lines = ["rule                        seeded  found  TP  FP  FN  precision  recall  naive-flagged clean units"]
        for s in scores {
            let naive = units.filter { $0.clean && ($0.naive ?? []).contains(s.rule) }.count
            lines.append(s.rule.padding(toLength: 26, withPad: " ", startingAt: 0)
                         + String(format: " %6d %6d %4d %3d %3d %9.1f%% %6.1f%%  %d", s.expected, s.found, s.truePositives,
                                  s.found - s.truePositives, s.expected - s.truePositives, s.precision * 100, s.recall * 100, naive))
        }
        let clean = units.filter(\.clean)
        lines.append("\(units.count) units in \(Set(units.map(\.group)).count) groups; \(clean.count) clean; \(labels.count) labels")
        return lines
    }
}

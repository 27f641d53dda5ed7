import Foundation
import TaalgrensCore
import Testing
import Terminology

/// The terminology development set (`Tests/Fixtures/terminology/devset/`): units seeded with errors by
/// `seed.py`, clean units that a naive checker would flag, and the labels. Precision and recall of
/// every rule are printed and must be 95 % or more.
@Suite struct DevSetTests {
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

    static let folder = fixtures.appendingPathComponent("devset")

    static func lines<T: Decodable>(_ name: String, as type: T.Type) throws -> [T] {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
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

    @Test func precisionAndRecallPerRuleAtLeast95Percent() throws {
        let units = try Self.lines("units.jsonl", as: Unit.self)
        let labels = Set(try Self.lines("labels.jsonl", as: Label.self))
        let termbase = try Termbase.load([Self.folder.appendingPathComponent("termbase.tbx")])
        let checker = TermChecker(termbase: termbase, sourceLocale: "en", data: try localeData())

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

        let rules = CheckRule.all.map(\.id)
        var report = ["rule                        seeded  found  TP  FP  FN  precision  recall  naive-flagged clean units"]
        var failures: [String] = []
        var misses: [String] = []
        for rule in rules {
            let expected = labels.filter { $0.rule == rule }
            let got = found.filter { $0.rule == rule }
            let tp = expected.intersection(got).count
            let fp = got.subtracting(expected), fn = expected.subtracting(got)
            let precision = got.isEmpty ? 1 : Double(tp) / Double(got.count)
            let recall = expected.isEmpty ? 1 : Double(tp) / Double(expected.count)
            let naive = units.filter { $0.clean && ($0.naive ?? []).contains(rule) }.count
            report.append(rule.padding(toLength: 26, withPad: " ", startingAt: 0)
                          + String(format: " %6d %6d %4d %3d %3d %9.1f%% %6.1f%%  %d", expected.count, got.count, tp, fp.count, fn.count,
                                   precision * 100, recall * 100, naive))
            misses += fp.sorted(by: { $0.unit < $1.unit }).map { "  \(rule) FP \($0.unit) \($0.locale): \(messages[$0] ?? "")" }
            misses += fn.sorted(by: { $0.unit < $1.unit }).map { "  \(rule) FN \($0.unit) \($0.locale)" }
            if precision < 0.95 || recall < 0.95 {
                failures.append("\(rule): precision \(precision), recall \(recall)")
            }
            #expect(expected.count >= 20, "\(rule): only \(expected.count) seeded errors")
            #expect(naive >= 20, "\(rule): only \(naive) clean units that a naive checker flags")
        }
        let clean = units.filter(\.clean)
        report.append("\(units.count) units in \(order.count) groups; \(clean.count) clean, of which \(clean.filter { !($0.naive ?? []).isEmpty }.count) a naive checker flags; \(labels.count) labels")
        print((report + ["Findings that differ from the labels:"] + misses).joined(separator: "\n"))
        #expect(failures.isEmpty, "\((failures + misses).joined(separator: "\n"))")
    }
}

import ArgumentParser
import Foundation
import TaalgrensCore
import Terminology

/// `taalgrens-bench terms`: precision and recall of every check rule on a labelled terminology set, one JSON
/// line per rule and one summary (issue 6, "Measured"): the development set (`Tests/Fixtures/terminology/devset/`,
/// its own termbase), the blind set (`Tests/Fixtures/terminology/blind/`, the shipped `Glossary/`), blind set 2
/// (`Tests/Fixtures/terminology/blind2/`, its own termbase), blind set 3 (`Tests/Fixtures/terminology/blind3/`,
/// its own termbase), blind set 4 (`Tests/Fixtures/terminology/blind4/`, its own termbase as a spreadsheet glossary)
/// blind set 5 (`Tests/Fixtures/terminology/blind5/`, its own termbase as TBX 2008), blind set 6
/// (`Tests/Fixtures/terminology/blind6/`, its own termbase as a CSV of term rows), blind set 7
/// (`Tests/Fixtures/terminology/blind7/`, its own termbase as a MultiTerm XML export) or blind set 8
/// (`Tests/Fixtures/terminology/blind8/`, its own termbase as TBX v3 in the DCT style).
struct TermsBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terms",
        abstract: "Precision and recall per check rule on the terminology development set or a blind set.",
        discussion: """
            Reads units.jsonl and labels.jsonl of Tests/Fixtures/terminology/<set>/ (see its README) and the \
            set's termbase (devset, blind2, blind3, blind5 and blind8: its termbase.tbx; blind4 and blind6: its termbase.csv; blind7: its termbase.xml; blind: the shipped Glossary/), checks each group of units \
            once with the repository's locale rules, and compares the findings (unit, locale, rule) with the labels.
            """)

    @Flag(help: "Exit 1 when any rule's precision or recall is below the target.")
    var check = false

    @Option(help: "The labelled set: devset (the development set), blind (the blind set), blind2 (blind set 2), blind3 (blind set 3), blind4 (blind set 4), blind5 (blind set 5), blind6 (blind set 6), blind7 (blind set 7) or blind8 (blind set 8).")
    var set = "devset"

    /// Issue 6's target for both precision and recall.
    static let target = 0.95

    struct Unit: Decodable {
        var group: String
        var unit: String
        var clean: Bool
        var variants: [String: String]
    }

    struct Label: Decodable, Hashable {
        var unit: String
        var locale: String
        var rule: String
    }

    func run() throws {
        let paths = try BenchmarkPaths.locate()
        guard ["devset", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8"].contains(set) else {
            throw ValidationError("--set must be devset, blind, blind2, blind3, blind4, blind5, blind6, blind7 or blind8, not \(set)")
        }
        let folder = paths.repository.appendingPathComponent("Tests/Fixtures/terminology/\(set)")
        let units = try TermsBenchmark.lines(folder.appendingPathComponent("units.jsonl"), as: Unit.self)
        let labels = Set(try TermsBenchmark.lines(folder.appendingPathComponent("labels.jsonl"), as: Label.self))
        let termbase = try Termbase.load([set == "blind" ? paths.repository.appendingPathComponent("Glossary")
                                                          : folder.appendingPathComponent(set == "blind7" ? "termbase.xml"
                                                              : ["blind4", "blind6"].contains(set) ? "termbase.csv" : "termbase.tbx")])
        let checker = TermChecker(termbase: termbase, sourceLocale: "en", data: try TerminologyData.load(from: paths.data))

        var groups: [String: [CheckUnit]] = [:]
        var order: [String] = []
        for u in units {
            if groups[u.group] == nil { order.append(u.group) }
            var variants: [LanguageTag: RichText] = [:]
            for (tag, text) in u.variants {
                guard let locale = LanguageTag(tag) else { throw BenchmarkError("unit \(u.unit) has a malformed locale \(tag)") }
                variants[locale] = try FixtureMarkup.richText(text, unit: u.unit)
            }
            groups[u.group, default: []].append(CheckUnit(id: u.unit, variants: variants))
        }
        let watch = Stopwatch()
        var found = Set<Label>()
        for group in order {
            for f in checker.check(groups[group]!) { found.insert(Label(unit: f.unit, locale: f.locale.identifier, rule: f.rule)) }
        }
        let seconds = watch.seconds

        var failed: [String] = []
        for rule in CheckRule.all.map(\.id) {
            let expected = labels.filter { $0.rule == rule }
            let got = found.filter { $0.rule == rule }
            let tp = expected.intersection(got).count
            let precision = got.isEmpty ? 1 : Double(tp) / Double(got.count)
            let recall = expected.isEmpty ? 1 : Double(tp) / Double(expected.count)
            var line = JSONLine()
            line.set("benchmark", "terms")
            line.set("set", set)
            line.set("rule", rule)
            line.set("seeded", expected.count)
            line.set("found", got.count)
            line.set("true_positives", tp)
            line.set("false_positives", got.count - tp)
            line.set("false_negatives", expected.count - tp)
            line.set("precision", precision, decimals: 4)
            line.set("recall", recall, decimals: 4)
            line.emit()
            if precision < TermsBenchmark.target || recall < TermsBenchmark.target { failed.append(rule) }
            for miss in got.subtracting(expected).sorted(by: { ($0.unit, $0.locale) < ($1.unit, $1.locale) }) {
                note("\(rule): false positive \(miss.unit) \(miss.locale)")
            }
            for miss in expected.subtracting(got).sorted(by: { ($0.unit, $0.locale) < ($1.unit, $1.locale) }) {
                note("\(rule): false negative \(miss.unit) \(miss.locale)")
            }
        }
        var summary = JSONLine()
        summary.set("benchmark", "terms")
        summary.set("set", set)
        summary.set("units", units.count)
        summary.set("clean_units", units.filter(\.clean).count)
        summary.set("groups", order.count)
        summary.set("labels", labels.count)
        summary.set("check_s", seconds, decimals: 3)
        summary.set("units_per_s", Double(units.count) / seconds, decimals: 0)
        summary.set("target", TermsBenchmark.target, decimals: 2)
        summary.set("below_target", .array(failed.map { .string($0) }))
        summary.emit()
        if check && !failed.isEmpty { throw ExitCode(1) }
    }

    static func lines<T: Decodable>(_ file: URL, as type: T.Type) throws -> [T] {
        let text: String
        do { text = try String(contentsOf: file, encoding: .utf8) } catch {
            throw BenchmarkError("cannot read \(file.path): \(error)")
        }
        return try text.split(separator: "\n").enumerated().map { index, line in
            do { return try JSONDecoder().decode(T.self, from: Data(line.utf8)) } catch {
                throw BenchmarkError("\(file.path):\(index + 1): \(error)")
            }
        }
    }
}

/// The inline-code notation of the terminology development set (its README): `<a href="…">…</a>`,
/// `<b>…</b>`, `<i>…</i>` and `<br/>` inside otherwise plain text, read into ``RichText`` with one
/// ``InlineCode`` per tag (paired codes share an id).
enum FixtureMarkup {
    /// - Throws: ``BenchmarkError`` for a `<` that starts none of the four tags.
    static func richText(_ text: String, unit: String) throws -> RichText {
        var elements: [InlineElement] = []
        var open: [(name: String, id: String)] = []
        var next = 1
        var plain = ""
        var rest = Substring(text)
        while let lt = rest.firstIndex(of: "<") {
            plain += rest[..<lt]
            guard let gt = rest[lt...].firstIndex(of: ">") else { throw BenchmarkError("unit \(unit): unclosed tag in \(text)") }
            let tag = rest[rest.index(after: lt)..<gt]
            rest = rest[rest.index(after: gt)...]
            elements.append(.text(plain))
            plain = ""
            if tag == "br/" {
                elements.append(.code(InlineCode(id: "\(next)", kind: .standalone, type: .lineBreak)))
                next += 1
            } else if tag.hasPrefix("/") {
                let name = String(tag.dropFirst())
                let id = open.lastIndex { $0.name == name }.map { open.remove(at: $0).id } ?? "\(next)"
                elements.append(.code(InlineCode(id: id, kind: .closing, type: try type(name, unit))))
            } else {
                let name = String(tag.prefix { $0 != " " })
                var attributes: [String: String] = [:]
                if let start = tag.range(of: "href=\"") {
                    let value = tag[start.upperBound...].prefix { $0 != "\"" }
                    attributes["href"] = String(value)
                }
                let id = "\(next)"
                next += 1
                open.append((name, id))
                elements.append(.code(InlineCode(id: id, kind: .opening, type: try type(name, unit), attributes: attributes)))
            }
        }
        elements.append(.text(plain + rest))
        return RichText(elements)
    }

    static func type(_ name: String, _ unit: String) throws -> InlineCode.CodeType {
        switch name {
        case "a": .link
        case "b": .strong
        case "i": .emphasis
        default: throw BenchmarkError("unit \(unit): unexpected tag <\(name)> (the set uses a, b, i and br/)")
        }
    }
}

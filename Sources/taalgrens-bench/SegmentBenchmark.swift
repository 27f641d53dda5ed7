import Articles
import ArgumentParser
import Foundation
import Segmentation
import TaalgrensCore

/// `taalgrens-bench segment`: sentence segmentation speed per locale, the shipped rules against raw ICU in
/// the same pipeline (issue 3, "Measured"), and with `--check` the shared development set and the team's
/// news sets (boundary F1 per set and locale).
struct SegmentBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Segmentation speed per locale: shipped SRX rules vs raw ICU (MB/s, sentences/s, ratio).",
        discussion: """
            The text per locale is the example articles' blocks plus the LibreOffice help paragraphs when \
            cached (scripts/bench-data.sh), repeated to the requested size. Both pipelines take UTF-8 bytes, \
            cut them into paragraphs, decode each, find its sentences and build each sentence as a String.
            """)

    @Flag(help: "Segment a small text only, run the shared development set and the news sets; exit 1 below 80/80 or below boundary F1 0.99.")
    var check = false

    @Option(help: "Megabytes (10^6 bytes of UTF-8) of text per locale (default 4; 0.2 with --check).")
    var mb: Double?

    @Option(help: "Timed runs per pipeline; the one with the least CPU time counts (default 3; 1 with --check).")
    var repeats: Int?

    @Flag(help: "Use the example articles only, even when the LibreOffice help is cached (longer paragraphs).")
    var examplesOnly = false

    /// The ratio the issue sets: the shipped rules may take at most twice raw ICU's time.
    static let targetRatio = 2.0

    func run() throws {
        let paths = try BenchmarkPaths.locate()
        let size = Int((mb ?? (check ? 0.2 : 4)) * 1e6)
        let runs = max(1, repeats ?? (check ? 1 : 3))
        // --check measures the shipped examples only: the same small input in CI and here.
        let libreOffice = check || examplesOnly ? nil : try ParallelCorpus.libreOfficeParagraphs(paths)
        var failed = false
        for locale in ParallelCorpus.locales {
            let segmenter = try Segmenter(locale: locale, data: paths.data)
            var paragraphs = try exampleParagraphs(paths, locale)
            var data = "examples"
            if let libreOffice {
                paragraphs += libreOffice.map { $0[locale] }
                data += "+libreoffice-help"
            }
            let text = SegmentBenchmark.repeated(paragraphs, toBytes: size)
            let rules = SegmentBenchmark.best(runs) { SegmentBenchmark.rulesPipeline(text, segmenter) }
            let icu = SegmentBenchmark.best(runs) { SegmentBenchmark.icuPipeline(text, segmenter.icuLocale) }
            let megabytes = Double(text.count) / 1e6
            var line = JSONLine()
            line.set("benchmark", "segment")
            line.set("locale", locale.identifier)
            line.set("data", data)
            line.set("mb", megabytes, decimals: 2)
            line.set("paragraphs", rules.paragraphs)
            line.set("rules_sentences", rules.sentences)
            line.set("rules_mb_per_s", megabytes / rules.seconds, decimals: 2)
            line.set("rules_mb_per_cpu_s", megabytes / rules.cpuSeconds, decimals: 2)
            line.set("rules_sentences_per_s", Double(rules.sentences) / rules.seconds, decimals: 0)
            line.set("icu_locale", segmenter.icuLocale)
            line.set("icu_sentences", icu.sentences)
            line.set("icu_mb_per_s", megabytes / icu.seconds, decimals: 2)
            line.set("icu_mb_per_cpu_s", megabytes / icu.cpuSeconds, decimals: 2)
            line.set("icu_sentences_per_s", Double(icu.sentences) / icu.seconds, decimals: 0)
            // CPU time: on a shared machine, wall-clock time also counts waiting for a core.
            line.set("ratio", rules.cpuSeconds / icu.cpuSeconds, decimals: 2)
            line.set("ratio_wall", rules.seconds / icu.seconds, decimals: 2)
            line.set("target_ratio", SegmentBenchmark.targetRatio, decimals: 0)
            line.set("runs", runs)
            line.emit()
            // A pipeline that finds no sentences measures nothing.
            if rules.sentences < rules.paragraphs || icu.sentences < icu.paragraphs { failed = true }
        }
        if check {
            failed = try devSet(paths) || failed
            failed = try newsSet(paths) || failed
            if failed { throw ExitCode(1) }
        }
    }

    /// The plain text of every block of the example articles in `locale` (`Examples/articles/*/<locale>.md`).
    func exampleParagraphs(_ paths: BenchmarkPaths, _ locale: LanguageTag) throws -> [String] {
        let root = paths.repository.appendingPathComponent("Examples/articles")
        var out: [String] = []
        for name in (try FileManager.default.contentsOfDirectory(atPath: root.path)).sorted() {
            let file = root.appendingPathComponent(name).appendingPathComponent("\(locale.identifier).md")
            guard FileManager.default.fileExists(atPath: file.path) else { continue }
            out += try ArticleReader.read(file, locale: locale).blocks.map(\.content.plainText)
        }
        guard !out.isEmpty else { throw BenchmarkError("no \(locale.identifier).md article under \(root.path)") }
        return out
    }

    /// The paragraphs in order, separated by blank lines and starting over after the last, as UTF-8,
    /// until the text holds at least `bytes` bytes.
    static func repeated(_ paragraphs: [String], toBytes bytes: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes + 4096)
        var i = 0
        while out.count < bytes {
            out += paragraphs[i % paragraphs.count].utf8
            out += [0x0A, 0x0A]
            i += 1
        }
        return out
    }

    struct Run {
        /// Wall-clock seconds.
        var seconds: Double
        /// CPU seconds of the process.
        var cpuSeconds: Double
        var paragraphs: Int
        var sentences: Int
        /// The total length of the sentences built, so that no work can be skipped.
        var characters: Int
    }

    /// The run with the least CPU time of `count` runs.
    static func best(_ count: Int, _ body: () -> Run) -> Run {
        var best: Run?
        for _ in 0..<count {
            let r = body()
            if best == nil || r.cpuSeconds < best!.cpuSeconds { best = r }
        }
        return best!
    }

    /// Calls `body` with each paragraph (UTF-8 between blank lines) decoded as a String.
    static func forEachParagraph(_ bytes: [UInt8], _ body: (String) -> Void) {
        var start = 0
        var i = 0
        let n = bytes.count
        bytes.withUnsafeBufferPointer { buffer in
            while i < n {
                if buffer[i] == 0x0A, i + 1 < n, buffer[i + 1] == 0x0A {
                    if i > start { body(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<i]), as: UTF8.self)) }
                    i += 2
                    start = i
                } else {
                    i += 1
                }
            }
            if start < n { body(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<n]), as: UTF8.self)) }
        }
    }

    /// UTF-8 in, sentences out, through the shipped ``Segmenter`` (ICU plus the locale's SRX rules).
    static func rulesPipeline(_ bytes: [UInt8], _ segmenter: Segmenter) -> Run {
        let watch = Stopwatch()
        var paragraphs = 0, sentences = 0, characters = 0
        forEachParagraph(bytes) { text in
            paragraphs += 1
            let units = Array(text.utf16)
            for range in segmenter.sentenceRanges(in: text) {
                let sentence = String(decoding: units[range], as: UTF16.self)
                sentences += 1
                characters += sentence.utf16.count
            }
        }
        return Run(seconds: watch.seconds, cpuSeconds: watch.cpuSeconds, paragraphs: paragraphs, sentences: sentences, characters: characters)
    }

    /// UTF-8 in, sentences out, through ICU's sentence iterator alone (the same locale id the
    /// segmenter uses), each sentence trimmed of surrounding whitespace as the segmenter trims.
    static func icuPipeline(_ bytes: [UInt8], _ icuLocale: String) -> Run {
        let watch = Stopwatch()
        var paragraphs = 0, sentences = 0, characters = 0
        forEachParagraph(bytes) { text in
            paragraphs += 1
            let units = Array(text.utf16)
            let boundaries = (try? ICU.sentenceBoundaries(utf16: units, locale: icuLocale)) ?? [units.count]
            var from = 0
            for b in boundaries {
                var lower = from, upper = b
                while lower < upper && isSpace(units[lower]) { lower += 1 }
                while upper > lower && isSpace(units[upper - 1]) { upper -= 1 }
                if lower < upper {
                    let sentence = String(decoding: units[lower..<upper], as: UTF16.self)
                    sentences += 1
                    characters += sentence.utf16.count
                }
                from = b
            }
        }
        return Run(seconds: watch.seconds, cpuSeconds: watch.cpuSeconds, paragraphs: paragraphs, sentences: sentences, characters: characters)
    }

    /// Unicode White_Space in the Basic Multilingual Plane (as the segmenter trims).
    static func isSpace(_ u: UInt16) -> Bool {
        switch u {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Runs the shared development set (`shared/data/segmentation/dev.jsonl`) and prints its line.
    /// - Returns: whether the check fails (a case wrong, or the set missing in CI).
    func devSet(_ paths: BenchmarkPaths) throws -> Bool {
        var line = JSONLine()
        line.set("benchmark", "segment")
        line.set("dev_set", "shared/data/segmentation/dev.jsonl")
        guard let shared = paths.shared else {
            line.set("cases", .null)
            line.set("passed", .null)
            line.set("note", "shared/ not found beside the repository: the development set was not run")
            line.emit()
            note("shared/data/segmentation/dev.jsonl not found (expected at <repo>/../shared)\(BenchmarkPaths.inCI ? "; failing in CI" : "")")
            return BenchmarkPaths.inCI
        }
        struct Case: Decodable { let id: String; let locale: String; let text: String; let segments: [String] }
        let file = shared.appendingPathComponent("data/segmentation/dev.jsonl")
        var cases: [Case] = []
        for (index, raw) in try String(contentsOf: file, encoding: .utf8).split(separator: "\n").enumerated() {
            do { cases.append(try JSONDecoder().decode(Case.self, from: Data(raw.utf8))) } catch {
                throw BenchmarkError("\(file.path):\(index + 1): expected a case with id, locale, text and segments (\(error))")
            }
        }
        var segmenters: [String: Segmenter] = [:]
        var failedIDs: [String] = []
        for c in cases {
            guard let locale = LanguageTag(c.locale) else { throw BenchmarkError("\(file.path): case \(c.id) has a malformed locale \(c.locale)") }
            if segmenters[c.locale] == nil { segmenters[c.locale] = try Segmenter(locale: locale, data: paths.data) }
            // The set reads a single line break inside a paragraph as a space.
            let got = ParallelCorpus.sentences(c.text, segmenters[c.locale]!).map { $0.replacingOccurrences(of: "\n", with: " ") }
            if got != c.segments {
                failedIDs.append(c.id)
                note("dev set \(c.id): expected \(c.segments), got \(got)")
            }
        }
        let passed = cases.count - failedIDs.count
        line.set("cases", cases.count)
        line.set("passed", passed)
        line.set("failed", .array(failedIDs.map { .string($0) }))
        line.set("target", "80/80")
        line.emit()
        return passed < 80 || !failedIDs.isEmpty
    }

    /// The boundary F1 the issue sets as the target on news text.
    static let targetF1 = 0.99

    /// Floors below ``targetF1`` for a set's locale whose known limitations keep it under the target,
    /// keyed "set/locale": the set's figure after its fixes, so a regression still fails the check.
    /// Blind sets 11 and 12 had floors until their fixes in session 13 raised every locale above the
    /// target, blind set 13 reached it with its fixes in session 14, and blind set 14
    /// with its fixes in session 15, and blind set 15 with its fixes in session 16, and blind set 16 with its fixes in session 17 (`docs/segmentation.md`), and blind set 17 with its fixes in session 18, and blind set 18 with its fixes in session 19.
    static let floorF1: [String: Double] = [:]

    /// The F1 a set's locale must reach: ``targetF1`` unless ``floorF1`` lowers it.
    static func requiredF1(set: String, locale: String) -> Double { floorF1["\(set)/\(locale)"] ?? targetF1 }

    /// The team's news sets under `Tests/Fixtures/segmentation/`: the first (`news`), the second, written
    /// blind in session 3 (`blind2`), the third, written blind in session 4 (`blind3`), the fourth (`blind4`, session 5) and the fifth (`blind5`,
    /// session 6: online-safety and digital-literacy copy) and the sixth (`blind6`, session 7: Belgian wire copy, live blogs,
    /// sport, politics, economy, weather, culture, science and court) and the seventh (`blind7`, session 8: advice and Q&A copy,
    /// technology news, health, traffic, international politics, sport results) and the eighth (`blind8`, session 9: finance,
    /// court, science, reviews, weather, opinion, social media, Markdown-like marks, numerals, dates, bullet lists) and the ninth
    /// (`blind9`, session 10: wire datelines and credits, corrections, results, bulletins, schedules, recipes, notices and
    /// tenders, nested and multi-paragraph quotes, URLs, money, phones, times, titles, typographic mess) and the tenth
    /// (`blind10`, session 11: science and health units and Latin names, court and parliament references, markets, weather,
    /// sport in prose, abbreviations that end a sentence, initials, Roman numerals, quoted questions before a verb, emoji
    /// and hashtags, quoted posts, headlines inside a paragraph) and the eleventh (`blind11`, session 12: consumer and
    /// online-safety news, press releases, transcripts, obituaries, insurance law, recipes, sport, TV listings, typography)
    /// and the twelfth (`blind12`, session 13: wire copy, court and parliament, economic figures, weather, science news,
    /// quotes and interjections, initials, ordinals, times, addresses, contact blocks) and the thirteenth (`blind13`, session 14:
/// technology and online-safety news, culture listings, sport, health, school news, brackets, ellipses, quotations)
/// and the fourteenth (`blind14`, session 15: municipal and regional news, public-service pages and legal citations,
/// abbreviations of running text, titles and addresses, Roman numerals, traffic news, place names, kickers) and the
/// fifteenth (`blind15`, session 16: interviews, quoted questions, sport scores, markets, online posts, awareness steps)
/// and the sixteenth (`blind16`, session 17: legal and court news, company forms, addresses and phones, weather, wire
/// credits, strike notices, parliamentary questions, lists, quoted titles, shortened months, titles, Word-style typography)
/// and the seventeenth (`blind17`, session 18: science and health, culture reviews, school, transport, elections, royal and
/// religious titles, prices, text glued by tools, addresses at a sentence end, cuts and nested quotations) and the
/// eighteenth (`blind18`, session 19: sport, technology and cyber news, business, agendas, interviews, enumerations, ranks,
/// quotations in another language, ellipses, social posts).
    static let newsSets = ["news", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18"]

    /// Runs the team's news sets (`Tests/Fixtures/segmentation/<set>/<locale>.jsonl`, gold written by
    /// hand; each README says how) and prints one line per set and locale: boundary precision, recall
    /// and F1 (``BoundaryScore``) and the paragraphs cut exactly right.
    /// - Returns: whether the check fails (a set's locale below ``targetF1``).
    func newsSet(_ paths: BenchmarkPaths) throws -> Bool {
        struct Case: Decodable { let id: String; let locale: String; let text: String; let segments: [String] }
        var failed = false
        for set in SegmentBenchmark.newsSets {
            let folder = paths.repository.appendingPathComponent("Tests/Fixtures/segmentation/\(set)")
            for locale in ParallelCorpus.locales {
                let file = folder.appendingPathComponent("\(locale.identifier).jsonl")
                let segmenter = try Segmenter(locale: locale, data: paths.data)
                var score = BoundaryScore()
                var cases = 0, exact = 0
                var failedIDs: [String] = []
                for (index, raw) in try String(contentsOf: file, encoding: .utf8).split(separator: "\n").enumerated() {
                    let c: Case
                    do { c = try JSONDecoder().decode(Case.self, from: Data(raw.utf8)) } catch {
                        throw BenchmarkError("\(file.path):\(index + 1): expected a case with id, locale, text and segments (\(error))")
                    }
                    cases += 1
                    // A single line break inside a paragraph reads as a space, as in the development set.
                    let got = ParallelCorpus.sentences(c.text, segmenter).map { $0.replacingOccurrences(of: "\n", with: " ") }
                    score.add(expected: c.segments, found: got)
                    if got == c.segments { exact += 1 } else {
                        failedIDs.append(c.id)
                        note("\(set) set \(c.id): expected \(c.segments), got \(got)")
                    }
                }
                var line = JSONLine()
                line.set("benchmark", "segment")
                line.set("news_set", "Tests/Fixtures/segmentation/\(set)/\(locale.identifier).jsonl")
                line.set("locale", locale.identifier)
                line.set("paragraphs", cases)
                line.set("exact", exact)
                line.set("boundaries", score.expectedBoundaries)
                line.set("missed", score.falseNegatives)
                line.set("false_breaks", score.falsePositives)
                line.set("precision", score.precision, decimals: 3)
                line.set("recall", score.recall, decimals: 3)
                line.set("f1", score.f1, decimals: 3)
                line.set("target_f1", SegmentBenchmark.requiredF1(set: set, locale: locale.identifier), decimals: 3)
                line.set("failed", .array(failedIDs.map { .string($0) }))
                line.emit()
                if score.f1 < SegmentBenchmark.requiredF1(set: set, locale: locale.identifier) { failed = true }
            }
        }
        return failed
    }
}

import Foundation
import Testing

/// Exit codes and messages for option values (`cli-json.md`): a malformed or out-of-range value is a usage
/// error (64, from swift-argument-parser); a well-formed locale that `Locales/` has no folder for is bad
/// input (2, one message naming the option).
@Suite("taalgrens option values: usage errors (64) and unknown locales (2)")
struct OptionErrorCLITests {
    static let article = "Examples/articles/safer-internet-day-2020"

    /// Every command that takes a locale, with an unknown one, and the option the message must name.
    static let unknownLocales: [([String], String)] = [
        (["segment", "\(article)/en.md", "--locale", "xx"], "--locale"),
        (["align", article, "--source", "xx"], "--source"),
        (["query", "Safer Internet Day", "--from", "xx", "--to", "nl-BE"], "--from"),
        (["query", "Safer Internet Day", "--from", "en", "--to", "xx"], "--to"),
        (["concordance", "hulplijn", "--locale", "xx"], "--locale"),
        (["tm", "export", "--pair", "en,xx"], "--pair"),
        (["export", article, "--to", "nl-BE,xx", "--out", "bundles"], "--to"),
        (["analyze", article, "--to", "xx"], "--to"),
        (["publish", article, "--to", "xx", "--out", "bundles"], "--to"),
        (["terms", "lookup", "hulplijn", "--locale", "xx"], "--locale"),
    ]

    @Test("an unknown locale is bad input: exit 2 and one message naming the option", arguments: unknownLocales)
    func unknownLocale(arguments: [String], option: String) throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let result = try CLI.run(arguments.map { $0 == "bundles" ? scratch.appendingPathComponent("bundles").path : $0 }, memory: memory)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "error: \(option): unknown locale 'xx': Locales/ has rules for en, fr-BE, nl-BE (add a folder Locales/xx/ to support it)\n")
        // Nothing was written: the check comes before the memory is opened or a bundle is made.
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("bundles").path))
    }

    /// Sixteenth trial, finding 5's rest: `--to dut` said to add a folder `Locales/dut/`, a second Dutch beside
    /// nl-BE. A three-letter ISO 639-2/639-3 code of a language `Locales/` serves names the two-letter code
    /// and the locales of that language instead; a three-letter code of another language keeps the general
    /// message.
    @Test("a three-letter code of a served language names the BCP 47 locales", arguments: [
        (["query", "Safer Internet Day", "--from", "en", "--to", "dut"], "--to", "'dut' is an ISO 639-2/639-3 code; BCP 47 writes this language 'nl' (RFC 5646, 2.2.1): expected nl-BE"),
        (["concordance", "hulplijn", "--locale", "fra-BE"], "--locale", "'fra' is an ISO 639-2/639-3 code; BCP 47 writes this language 'fr' (RFC 5646, 2.2.1): expected fr-BE"),
        (["query", "Safer Internet Day", "--from", "en", "--to", "ger"], "--to", "Locales/ has rules for en, fr-BE, nl-BE (add a folder Locales/ger/ to support it)"),
    ])
    func threeLetterCode(arguments: [String], option: String, message: String) throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let result = try CLI.run(arguments, memory: scratch.appendingPathComponent("tm.sqlite"))
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("error: \(option): unknown locale '"), "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    /// Malformed or out-of-range values, and a fragment of the message swift-argument-parser must print.
    static let usageErrors: [([String], String)] = [
        (["export", article, "--to", "nl-BE", "--out", "b", "--min-score", "200"], "--min-score must be between 0 and 101; got 200"),
        (["analyze", article, "--to", "nl-BE", "--min-score", "-5"], "--min-score must be between 0 and 101; got -5"),
        (["publish", article, "--to", "nl-BE", "--out", "b", "--min-score", "101.5"], "--min-score must be between 0 and 101; got 101.5"),
        (["query", "x", "--from", "en", "--to", "nl-BE", "--min-score", "-5"], "--min-score must be between 0 and 101; got -5"),
        (["query", "x", "--from", "en", "--to", "nl-BE", "--limit", "0"], "--limit must be at least 1; got 0"),
        (["align", article, "--review-threshold", "5"], "--review-threshold must be between 0 and 1; got 5"),
        (["align", article, "--review-threshold", "-0.5"], "--review-threshold must be between 0 and 1; got -0.5"),
        (["tm", "export", "--since", "yesterday"], "'yesterday' is not a date (expected yyyy-MM-dd"),
        (["tm", "export", "--since", "2020-02-30"], "'2020-02-30' is not a date"),
        (["tm", "export", "--status", "good"], "'good' is not a status (expected one of reviewed, aligned, translated, needsReview, untrusted)"),
        (["tm", "export", "--pair", "en"], "expected two locales, e.g. en,nl-BE; got 1"),
        (["tm", "export", "--pair", "en,en"], "locale en is given twice"),
        (["export", article, "--to", "nl-BE,nl-BE", "--out", "b"], "locale nl-BE is given twice"),
        (["analyze", article, "--to", ","], "expected at least one locale"),
        (["segment", "\(article)/en.md", "--locale", "e n"], "'e n' is not a BCP 47 language tag"),
        (["concordance", "", "--locale", "en"], "the phrase is empty"),
        (["concordance", "   ", "--locale", "en"], "the phrase is empty"),
        (["concordance", "hulp", "--locale", "nl-BE", "--limit", "-1"], "--limit must be at least 1; got -1"),
        (["query", " ", "--from", "en", "--to", "nl-BE"], "the sentence is empty"),
        // The fourth fresh-user trial: a query from a locale into itself was accepted (exit 0).
        (["query", "x", "--from", "en", "--to", "en"], "--from and --to are both en"),
        (["query", "Hello", "--from", "nl_BE", "--to", "nl-BE"], "--from and --to are both nl-BE"),
        // REVIEW5 item 23: --quiet silently won over --verbose.
        (["segment", "\(article)/en.md", "--locale", "en", "--quiet", "--verbose"], "give --quiet or --verbose, not both"),
        (["tm", "stats", "-q", "-v"], "give --quiet or --verbose, not both"),
    ]

    @Test("a malformed or out-of-range value is a usage error: exit 64 with a message", arguments: usageErrors)
    func usageError(arguments: [String], message: String) throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        // Run in an empty folder: a usage error stops before any file is read or written.
        let result = try CLI.run(arguments, in: scratch, memory: scratch.appendingPathComponent("tm.sqlite"))
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty)
    }

    @Test("the ends of the ranges are accepted")
    func rangeEnds() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        try CLI.createMemory(memory)  // only import, publish and tm migrate create one
        for score in ["0", "101"] {
            let query = try CLI.run(["query", "Safer Internet Day", "--from", "en", "--to", "nl-BE", "--min-score", score], memory: memory)
            #expect(query.status == 0, "\(score): \(query.stderr)")
        }
        for threshold in ["0", "1"] {
            let align = try CLI.run(["align", Self.article, "--review-threshold", threshold, "--format", "json"])
            #expect(align.status == 0, "\(threshold): \(align.stderr)")
        }
        let status = try CLI.run(["tm", "export", "--since", "2020-02-11", "--status", "needsReview", "--pair", "en,nl-BE"], memory: memory)
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.contains("<tmx version=\"1.4\""))
    }
}

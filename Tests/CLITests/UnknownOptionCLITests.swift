import Foundation
import Testing

/// Mistyped options and commands, and the short flags (`docs/cli.md`, "Options").
@Suite("taalgrens unknown options and short flags (process)")
struct UnknownOptionCLITests {
    static let article = "Examples/articles/safer-internet-day-2020"

    /// One mistyped option for every command, the option as the message must name it, and the nearest
    /// known option it must suggest (`nil`: none is near enough).
    static let mistyped: [([String], String, String?)] = [
        // The fourth fresh-user trial: swift-argument-parser said "Missing expected argument '--from'".
        (["query", "Hello", "--form", "en", "--to", "nl-BE"], "--form", "--from"),
        (["query", "Hello", "--from", "en", "--to", "nl-BE", "--limt", "3"], "--limt", "--limit"),
        (["query", "Hello", "--from", "en", "--to", "nl-BE", "--min", "80"], "--min", "--min-score"),
        (["query", "Hello", "-from", "en", "--to", "nl-BE"], "-from", "--from"),
        (["segment", "\(article)/en.md", "--locael", "en"], "--locael", "--locale"),
        (["align", article, "--sorce", "en"], "--sorce", "--source"),
        (["import", article, "--fromat", "json"], "--fromat", "--format"),
        (["concordance", "hulplijn", "--locale", "nl-BE", "--limits", "2"], "--limits", "--limit"),
        (["check", article, "--termbsae", "x.tbx"], "--termbsae", "--termbase"),
        (["export", article, "--to", "nl-BE", "--out", "b", "--xlif"], "--xlif", "--xliff"),
        (["analyze", article, "--too", "nl-BE"], "--too", "--to"),
        (["publish", article, "--to", "nl-BE", "--outt", "b"], "--outt", "--out"),
        (["terms", "lookup", "hulplijn", "--lcoale", "nl-BE"], "--lcoale", "--locale"),
        (["terms", "list", "--no-default-termbse"], "--no-default-termbse", "--no-default-termbase"),
        (["terms", "export", "--fomrat", "tbx"], "--fomrat", "--format"),
        (["tm", "stats", "--verbos"], "--verbos", "--verbose"),
        (["tm", "export", "--snce", "2020-01-01"], "--snce", "--since"),
        (["tm", "migrate", "--tmm", "x.tm"], "--tmm", "--tm"),
        // Nothing near: named without a suggestion.
        (["query", "Hello", "--from", "en", "--to", "nl-BE", "--colour"], "--colour", nil),
        (["segment", "\(article)/en.md", "-x"], "-x", nil),
        // A short flag run with one unknown letter names that letter.
        (["query", "Hello", "--from", "en", "--to", "nl-BE", "-qz"], "-z", nil),
    ]

    @Test("a mistyped option is named, with the nearest known one; exit 64", arguments: mistyped)
    func mistypedOption(arguments: [String], typed: String, suggestion: String?) throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let result = try CLI.run(arguments, in: scratch, memory: scratch.appendingPathComponent("tm.sqlite"))
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "Error: Unknown option '\(typed)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? ""), "\(result.stderr)")
        // The usage and the help hint are the mistyped command's, not the root's.
        let command = arguments.prefix { !$0.hasPrefix("-") && ["query", "segment", "align", "import", "concordance", "check", "export",
                                                                 "analyze", "publish", "terms", "tm", "lookup", "list", "stats", "migrate"].contains($0) }
        #expect(lines.count == 3 && lines[1].hasPrefix("Usage: taalgrens \(command.joined(separator: " ")) "), "\(result.stderr)")
        #expect(lines.last == "  See 'taalgrens \(command.joined(separator: " ")) --help' for more information.")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty)
    }

    @Test("a mistyped command is named, with the nearest one; exit 64")
    func mistypedCommand() throws {
        let root = try CLI.run(["qeury", "Hello", "--from", "en", "--to", "nl-BE"])
        #expect(root.status == 64)
        #expect(root.stderr.hasPrefix("Error: Unknown command 'qeury'. Did you mean 'query'?\nUsage: taalgrens <subcommand>\n"), "\(root.stderr)")
        let tm = try CLI.run(["tm", "exprt"])
        #expect(tm.status == 64)
        #expect(tm.stderr.hasPrefix("Error: Unknown command 'exprt'. Did you mean 'export'?\nUsage: taalgrens tm <subcommand>\n"), "\(tm.stderr)")
    }

    @Test("known options, values that look like options and text after -- are not reported")
    func notUnknown() throws {
        // A negative number is a value (a usage error of its own, not an unknown option).
        let negative = try CLI.run(["query", "x", "--from", "en", "--to", "nl-BE", "--min-score", "-5"])
        #expect(negative.status == 64)
        #expect(negative.stderr.hasPrefix("Error: --min-score must be between 0 and 101; got -5"), "\(negative.stderr)")
        // The parser's own message stays when every option is known (a missing one).
        let missing = try CLI.run(["query", "Hello", "--to", "nl-BE"])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("Missing expected argument '--from <from>'"), "\(missing.stderr)")
    }

    @Test("short flags: -t, -n, -l, -o, -q and -v mean their long options")
    func shortFlags() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let imported = try CLI.run(["import", Self.article, "-q"], memory: memory)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("19 units read") && imported.stderr.isEmpty, "-q prints the result only: \(imported.stdout)")
        let sentence = "On Tuesday, 11 February 2020, the world celebrated Safer Internet Day."
        let long = try CLI.run(["query", sentence, "--from", "en", "--to", "nl-BE", "--limit", "1", "--min-score", "0", "--format", "json"], memory: memory)
        let short = try CLI.run(["query", sentence, "--from", "en", "-t", "nl-BE", "-n", "1", "--min-score", "0", "--format", "json"], memory: memory)
        #expect(short.status == 0, "\(short.stderr)")
        #expect(short.stdout == long.stdout)
        #expect((try short.json()["matches"] as? [Any])?.count == 1)
        let concordance = try CLI.run(["concordance", "hulplijn", "-l", "nl-BE", "-n", "1", "--format", "json"], memory: memory)
        #expect(concordance.status == 0, "\(concordance.stderr)")
        let concordanceLong = try CLI.run(["concordance", "hulplijn", "--locale", "nl-BE", "--limit", "1", "--format", "json"], memory: memory)
        #expect(concordance.stdout == concordanceLong.stdout)
        let segmented = try CLI.run(["segment", "\(Self.article)/nl-BE.md", "-l", "nl-BE", "--format", "json"])
        let segmentedLong = try CLI.run(["segment", "\(Self.article)/nl-BE.md", "--locale", "nl-BE", "--format", "json"])
        #expect(segmented.status == 0 && segmented.stdout == segmentedLong.stdout)
        let tmx = scratch.appendingPathComponent("out.tmx")
        let exported = try CLI.run(["tm", "export", "-o", tmx.path, "-v"], memory: memory)
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(try String(contentsOf: tmx, encoding: .utf8).contains("<tmx version=\"1.4\""))
        let bundles = scratch.appendingPathComponent("bundles")
        let bundle = try CLI.run(["export", Self.article, "-t", "fr-BE", "-o", bundles.path, "-q"], memory: memory)
        #expect(bundle.status == 0, "\(bundle.stderr)")
        #expect(FileManager.default.fileExists(atPath: bundles.appendingPathComponent("safer-internet-day-2020/fr-BE").path))
        // The help lists them.
        let help = try CLI.run(["query", "--help"]).stdout
        #expect(help.contains("-t, --to <to>") && help.contains("-n, --limit <limit>") && help.contains("-q, --quiet") && help.contains("-v, --verbose"))
    }
}

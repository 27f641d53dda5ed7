import ArgumentParser
import Foundation
import TaalgrensCore

/// Finds a mistyped or unknown option (or subcommand name) on a command line that swift-argument-parser
/// refused, so that the usage error names it. swift-argument-parser reports a missing required option before an unknown one:
/// `query "Hello" --form en --to nl-BE` said "Missing expected argument '--from <from>'" and never named
/// `--form`. This check runs only after the parser refused the line (usage error, exit code 64), and walks
/// it the way the parser does: subcommand names pick the command whose options count, an option that
/// takes a value skips it, and `--` ends the options.
///
/// The commands' option names come from swift-argument-parser's own description of the tool (the JSON of
/// `--experimental-dump-help`, "ToolInfo" version 0), so every command and every option added later is
/// covered without a list to keep up to date.
struct UnknownOption: Equatable {
    /// The option as typed, without a value given with `=` (`--form`, `-x`).
    var typed: String
    /// The nearest known option of the same command, if one is close enough (`--from`).
    var suggestion: String?
    /// The subcommand path the option was given to (`["query"]`, `["tm", "export"]`).
    var commandPath: [String]
    /// Whether `typed` is a subcommand name, not an option (`taalgrens qeury …`).
    var isCommand = false

    /// The usage error's first line: "Unknown option '--form'. Did you mean '--from'?".
    var message: String {
        "Unknown \(isCommand ? "command" : "option") '\(typed)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
    }

    /// One command's names, as the tool description gives them.
    struct Command {
        var name: String
        /// Every name an option or flag answers to, with its dashes (`--from`, `-o`, `-help`).
        var names: Set<String> = []
        /// The names of options that take a value (the next argument, unless given with `=`).
        var takesValue: Set<String> = []
        /// The long names (`--from`), the candidates for a suggestion.
        var longNames: [String] = []
        var subcommands: [Command] = []
        /// Whether the command takes positional arguments (then a word that is no subcommand is one).
        var hasPositionals = false

        /// Reads a command object of the tool description (`commandName`, `arguments`, `subcommands`).
        init?(_ object: [String: Any]) {
            guard let name = object["commandName"] as? String else { return nil }
            self.name = name
            for argument in object["arguments"] as? [[String: Any]] ?? [] {
                let kind = argument["kind"] as? String
                if kind == "positional" { hasPositionals = true }
                guard kind == "option" || kind == "flag" else { continue }
                for entry in argument["names"] as? [[String: Any]] ?? [] {
                    guard let n = entry["name"] as? String else { continue }
                    let written: String
                    switch entry["kind"] as? String {
                    case "long": written = "--" + n; longNames.append(written)
                    case "short", "longWithSingleDash": written = "-" + n
                    default: continue
                    }
                    names.insert(written)
                    if kind == "option" { takesValue.insert(written) }
                }
            }
            subcommands = (object["subcommands"] as? [[String: Any]] ?? []).compactMap(Command.init)
        }
    }

    /// The first unknown option of `arguments` (without the program name) for the tool `root`, or of a
    /// command that takes only subcommands, the first word that is none of them (`taalgrens qeury`);
    /// `nil` when every option is known to the command it was given to.
    /// - Complexity: O(a · n · k²) for a arguments, n option names of a command and names of k characters
    ///   (the suggestion's edit distance); microseconds for a command line.
    static func first(in arguments: [String], root: Command) -> UnknownOption? {
        var command = root
        var path: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" { return nil }
            if argument.hasPrefix("--") {
                let name = String(argument.prefix { $0 != "=" })
                guard command.names.contains(name) else {
                    return UnknownOption(typed: name, suggestion: nearest(name, among: command.longNames), commandPath: path)
                }
                if command.takesValue.contains(name) && !argument.contains("=") { index += 1 }
            } else if argument.hasPrefix("-") && argument.count > 1 && !isNumber(argument) {
                if command.names.contains(argument) {  // `-o`, or a long name with one dash (`-help`)
                    if command.takesValue.contains(argument) { index += 1 }
                    continue
                }
                // Short flags run together (`-qv`); an option that takes a value ends the run, and the
                // rest of the argument (`-ofolder`) or the next argument is its value.
                for (offset, letter) in argument.dropFirst().enumerated() {
                    let short = "-" + String(letter)
                    guard command.names.contains(short) else {
                        // A long name typed with one dash (`-from`) gets the long name suggested.
                        let long = offset == 0 && argument.count > 2 ? nearest("-" + argument, among: command.longNames) : nil
                        return UnknownOption(typed: offset == 0 ? argument : short, suggestion: long, commandPath: path)
                    }
                    if command.takesValue.contains(short) {
                        if offset == argument.count - 2 { index += 1 }
                        break
                    }
                }
            } else if let sub = command.subcommands.first(where: { $0.name == argument }) {
                command = sub
                path.append(sub.name)
            } else if !command.subcommands.isEmpty && !command.hasPositionals {
                return UnknownOption(typed: argument, suggestion: nearest(argument, among: command.subcommands.map(\.name)),
                                     commandPath: path, isCommand: true)
            }
        }
        return nil
    }

    /// A negative number given as a value or an argument (`-5`, `-0.5`), not an option.
    static func isNumber(_ argument: String) -> Bool {
        Double(argument) != nil
    }

    /// The known name nearest to `typed` by optimal string alignment distance (Levenshtein with adjacent
    /// transpositions counted as one edit; Damerau 1964), if it is at most 2 edits and fewer than half the
    /// letters (`--form` gives `--from`, one transposition, before `--format`, two insertions); else the
    /// only known name that `typed` begins (`--min` gives `--min-score`).
    static func nearest(_ typed: String, among names: [String]) -> String? {
        let letters = typed.drop { $0 == "-" }.count
        var best: (name: String, distance: Int)?
        for name in names {
            let d = distance(Array(typed), Array(name))
            if d <= 2 && 2 * d < letters && d < (best?.distance ?? Int.max) { best = (name, d) }
        }
        if let best { return best.name }
        let prefixed = names.filter { $0.hasPrefix(typed) }
        return prefixed.count == 1 ? prefixed[0] : nil
    }

    /// Optimal string alignment distance between two character sequences (Damerau 1964; Wagner & Fischer
    /// 1974 dynamic programming with the transposition case).
    /// - Complexity: O(|a|·|b|) time and space.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }
}

extension Taalgrens {
    /// Parses and runs the command line like swift-argument-parser's own `main()`, except that a refused
    /// line with an unknown option reports that option (with the nearest known one) instead of whatever
    /// the parser noticed first. The exit code of a usage error stays 64. First it installs the interruption
    /// clean-up (``InterruptCleanup``: Ctrl-C or `SIGTERM` removes what a job had half written).
    static func main() {
        InterruptCleanup.install()
        let arguments = Array(CommandLine.arguments.dropFirst())
        var command: any ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            if exitCode(for: error) == .validationFailure,
               let description = try? JSONSerialization.jsonObject(with: Data(_dumpHelp().utf8)) as? [String: Any],
               let root = (description["command"] as? [String: Any]).flatMap(UnknownOption.Command.init),
               let unknown = UnknownOption.first(in: arguments, root: root) {
                let name = (["taalgrens"] + unknown.commandPath).joined(separator: " ")
                printError("Error: \(unknown.message)\nUsage: \(usage(of: unknown.commandPath))\n  See '\(name) --help' for more information.")
                Foundation.exit(ExitCode.validationFailure.rawValue)
            }
            exit(withError: error)
        }
        do {
            try command.run()
        } catch {
            exit(withError: error)
        }
    }

    /// The usage line of the subcommand at `path` (`taalgrens query <text> --from <from> …`).
    static func usage(of path: [String]) -> String {
        var type: any ParsableCommand.Type = Taalgrens.self
        for name in path {
            guard let sub = type.configuration.subcommands.first(where: { $0._commandName == name }) else { break }
            type = sub
        }
        // A command's usage line starts with its own name: the root's is the whole line.
        return path.isEmpty ? type.usageString() : (["taalgrens"] + path.dropLast()).joined(separator: " ") + " " + type.usageString()
    }
}

import Foundation
import Interchange
import Logging
import TaalgrensCore
import Terminology
import Tokenization

/// How much a job reports on standard error while it runs.
public enum Verbosity: Sendable {
    case quiet, normal, verbose
}

/// The entry point of every job: the data folder (`Locales/`, `Glossary/`), the memory location and a
/// logger. Each job is one method; the command line calls exactly one per subcommand.
///
/// Jobs return values (reports that encode to the JSON of `cli-json.md` and render as text); they never
/// print. They throw ``InputError`` for bad input and ``TaalgrensKitError`` for other failures (a refusal,
/// exit code 2; an internal or environment failure, exit code 3): each public job runs inside one error
/// boundary (``TaalgrensKitError/documented(_:)``) that turns the errors of the libraries below
/// (translation memory, terminology, bundles, Foundation) into these two types.
public struct Workspace: Sendable {
    /// Where `Locales/` and `Glossary/` were found.
    public let data: DataDirectory
    /// Progress and details; written to standard error by the default handler.
    public let logger: Logger
    /// The languages of a termbase given with `--termbase` that does not name them (OmegaT's `glossary.txt`,
    /// a two-column `source,target` CSV): `--termbase-languages en,nl-BE`. `nil` refuses such a file with a
    /// message that says so, except in ``check(paths:termbases:includeDefaultTermbase:memory:)`` when what is
    /// checked is one language pair, which is then the glossary's.
    public var glossaryLanguages: GlossaryLanguages?
    /// Termbases given with `--termbase` to the jobs that check terms without being given termbases
    /// one by one: the QA report of `export`, `analyze` and `publish` (``BundleOptions/termbase``) and the
    /// term anchors of alignment (`import`, `align`, `publish`). Empty by default.
    public var extraTermbases: [URL] = []
    /// Whether those jobs load `Glossary/` (`--no-default-termbase` sets it to false). True by default.
    public var includeDefaultTermbase = true

    /// Opens a workspace.
    /// - Parameters:
    ///   - dataDirectory: an explicit data folder (`--data-dir`); `nil` runs the documented lookup
    ///     (``DataDirectory/locate(explicit:environment:executable:workingDirectory:)``).
    ///   - verbosity: how much to log on standard error.
    /// The folder found becomes the tokenizer's for the whole process (``Tokenizer/useDataDirectory(_:)``), so
    /// numbers and dates read the same way at import and at query time wherever the program runs.
    /// - Throws: ``InputError`` when no data folder is found, or names a malformed `Locales/*/dates.json`.
    public init(dataDirectory: URL? = nil, verbosity: Verbosity = .normal) throws {
        data = try DataDirectory.locate(explicit: dataDirectory)
        try Tokenizer.useDataDirectory(data)
        var logger = Logger(label: "taalgrens") { _ in PlainLogHandler() }
        switch verbosity {
        case .quiet: logger.logLevel = .error
        case .normal: logger.logLevel = .notice
        case .verbose: logger.logLevel = .debug
        }
        self.logger = logger
    }

    /// Opens a workspace over a known data folder (for tests and embedding).
    public init(data: DataDirectory, logger: Logger = Logger(label: "taalgrens", factory: { _ in SwiftLogNoOpLogHandler() })) {
        self.data = data
        self.logger = logger
    }

    /// The locales that have a folder in `Locales/`, sorted.
    public var knownLocales: [LanguageTag] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: data.locales.path)) ?? []
        return names.compactMap(LanguageTag.init).sorted()
    }

    /// Checks that every locale is known: `Locales/` has a folder that serves it (region fallback both
    /// ways, as ``localeFolder(for:option:)``). Every job that takes a locale from its caller checks it
    /// here before doing anything else, so an unknown locale is bad input (exit code 2) everywhere.
    /// - Parameters:
    ///   - locales: the locales to check, in the order given.
    ///   - option: where they came from, for the message: an option name (`--to`) or a file path.
    /// - Throws: ``InputError`` for the first unknown locale, naming `option`, the locale and the known ones.
    /// - Complexity: one listing of `Locales/` per locale.
    public func checkKnown(_ locales: [LanguageTag], option: String) throws {
        for locale in locales { _ = try localeFolder(for: locale, option: option) }
    }

    /// The `Locales/` folder locale that serves `locale` (region fallback both ways).
    /// - Throws: ``InputError`` naming the locale and the known ones when none matches; for a three-letter
    ///   ISO 639-2/639-3 code of a language `Locales/` serves (`dut`, `nld`, `fre`), the message names the
    ///   two-letter code BCP 47 uses instead (RFC 5646, section 2.2.1) and the locales of that language,
    ///   rather than suggesting a second folder for the same language (sixteenth trial, finding 5).
    public func localeFolder(for locale: LanguageTag, option: String = "--locale") throws -> LanguageTag {
        guard let match = locale.bestMatch(in: knownLocales) else {
            let known = knownLocales.map(\.identifier).joined(separator: ", ")
            if let three = ToolLanguageTag.threeLetterLanguage(locale.identifier) {
                let same = knownLocales.filter { $0.language == three.twoLetter }.map(\.identifier)
                if !same.isEmpty {
                    throw InputError(file: option, "unknown locale '\(locale)': '\(three.code)' is an ISO 639-2/639-3 code; BCP 47 writes this "
                                     + "language '\(three.twoLetter)' (RFC 5646, 2.2.1): expected \(same.joined(separator: " or ")) "
                                     + "(Locales/ has rules for \(known))")
                }
            }
            throw InputError(file: option, "unknown locale '\(locale)': Locales/ has rules for \(known) (add a folder Locales/\(locale)/ to support it)")
        }
        return match
    }
}

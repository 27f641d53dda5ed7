import Foundation
import TaalgrensCore
import XMLSupport

/// A Segmentation Rules eXchange (SRX) 2.0 document: named sets of break and no-break rules, and the map
/// that says which sets apply to which language.
///
/// The format is LISA's SRX 2.0 (OSCAR Recommendation, 7 April 2008): `<srx version="2.0">` holds a
/// `<header>` (attributes `segmentsubflows` and `cascade`, optional `<formathandle>` elements) and a
/// `<body>` with `<languagerules>` (one `<languagerule languagerulename="…">` per rule set, each a list
/// of `<rule break="yes|no">` with an optional `<beforebreak>` and `<afterbreak>` regular expression)
/// and `<maprules>` (`<languagemap languagepattern="…" languagerulename="…"/>` in priority order).
///
/// Parsing is strict about structure and regular expressions (each error names the file and line) and
/// lenient where real files differ from the schema: an empty `<header/>` is accepted and then means
/// `cascade="yes"` (the behaviour OmegaT, the best-known writer of such files, relies on), and a rule
/// without a `break` attribute is a break rule, as the standard's schema defaults it.
public struct SRXDocument: Hashable, Sendable {
    /// One `<rule>`: a break position is where ``beforeBreak`` matches the text ending there and
    /// ``afterBreak`` matches the text starting there.
    public struct Rule: Hashable, Sendable {
        /// `break="yes"` (a boundary) or `break="no"` (an exception that keeps the text together).
        public var isBreak: Bool
        /// ICU regular expression for the text before the position; empty matches anywhere.
        public var beforeBreak: String
        /// ICU regular expression for the text after the position; empty matches anywhere.
        public var afterBreak: String
        /// 1-based line of the `<rule>` element in its file, for messages.
        public var line: Int

        /// A rule with its two patterns (ICU regular-expression syntax, SRX 2.0 §2.4 "Rule").
        /// - Parameters:
        ///   - isBreak: `true` for a break rule, `false` for an exception.
        ///   - beforeBreak: the pattern that must end at the position (empty: no condition).
        ///   - afterBreak: the pattern that must start at the position (empty: no condition).
        ///   - line: the 1-based line of the `<rule>` in its file; 0 when the rule was not read from a file.
        public init(isBreak: Bool, beforeBreak: String, afterBreak: String, line: Int = 0) {
            self.isBreak = isBreak
            self.beforeBreak = beforeBreak
            self.afterBreak = afterBreak
            self.line = line
        }
    }

    /// One `<languagerule>`: a named, ordered list of rules.
    public struct LanguageRule: Hashable, Sendable {
        /// The `languagerulename` that language maps refer to.
        public var name: String
        /// The rules in document order: at a position, the first rule whose two patterns match decides.
        public var rules: [Rule]
        /// 1-based line of the element.
        public var line: Int

        /// A named rule set (SRX 2.0 §2.3 "languagerule").
        /// - Parameters:
        ///   - name: the name language maps refer to.
        ///   - rules: the rules in priority order.
        ///   - line: the 1-based line of the element; 0 when not read from a file.
        public init(name: String, rules: [Rule], line: Int = 0) {
            self.name = name
            self.rules = rules
            self.line = line
        }
    }

    /// One `<languagemap>`: languages whose code matches ``pattern`` use the rules named ``ruleName``.
    public struct LanguageMap: Hashable, Sendable {
        /// ICU regular expression matched against the whole language code, ignoring case.
        public var pattern: String
        /// The name of the ``LanguageRule`` this map selects.
        public var ruleName: String
        /// 1-based line of the element.
        public var line: Int

        /// A map from language codes to a rule set (SRX 2.0 §2.5 "languagemap").
        /// - Parameters:
        ///   - pattern: ICU regular expression over the whole language code, matched ignoring case.
        ///   - ruleName: the ``LanguageRule/name`` to use.
        ///   - line: the 1-based line of the element; 0 when not read from a file.
        public init(pattern: String, ruleName: String, line: Int = 0) {
            self.pattern = pattern
            self.ruleName = ruleName
            self.line = line
        }
    }

    /// Whether every matching language map contributes its rules, in map order (`yes`), or only the first
    /// (`no`): the `cascade` attribute of SRX 2.0's `<header>`.
    public var cascade: Bool
    /// Whether text in subflows (for example a `title` attribute) is segmented. Recorded; Taalgrens's
    /// blocks already separate subflows.
    public var segmentSubflows: Bool
    /// The rule sets in document order.
    public var languageRules: [LanguageRule]
    /// The language maps in priority order.
    public var languageMaps: [LanguageMap]
    /// The file the document was read from, as given, for messages.
    public var file: String

    /// A document built in code; ``init(contentsOf:)`` reads one from a file and checks its references.
    /// - Parameters:
    ///   - cascade: SRX 2.0's `cascade` header attribute (every matching map contributes, in order).
    ///   - segmentSubflows: the `segmentsubflows` header attribute (recorded only).
    ///   - languageRules: the rule sets in document order.
    ///   - languageMaps: the language maps in priority order.
    ///   - file: a name for messages.
    public init(cascade: Bool = true, segmentSubflows: Bool = true, languageRules: [LanguageRule],
                languageMaps: [LanguageMap], file: String = "<srx>") {
        self.cascade = cascade
        self.segmentSubflows = segmentSubflows
        self.languageRules = languageRules
        self.languageMaps = languageMaps
        self.file = file
    }

    /// Reads and validates an SRX 2.0 file.
    /// - Throws: ``InputError`` naming the file (and line where known) when it is missing, unreadable, not
    ///   well-formed XML, not SRX 2.0, refers to an undefined rule set, or holds a regular expression ICU
    ///   cannot compile.
    public init(contentsOf url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw InputError(file: url.path, "cannot read the SRX file: \(error.localizedDescription)")
        }
        try self.init(data: data, file: url.path)
    }

    /// Parses and validates an SRX 2.0 document held in memory.
    /// - Parameters:
    ///   - data: the document's bytes (any encoding libxml2 detects; UTF-8 in practice).
    ///   - file: the name used in error messages.
    /// - Throws: ``InputError`` as ``init(contentsOf:)``.
    /// - Complexity: O(n) in the document size plus the cost of compiling each regular expression once.
    public init(data: Data, file: String) throws {
        let root = try XMLTree.parse(data, file: file)
        self = try SRXDocument.build(root: root, file: file)
    }

    /// The rules that apply to `language`, in the order SRX evaluates them: the rules of the first
    /// language map whose pattern matches the code, followed (when ``cascade`` is on) by those of every
    /// later matching map. A rule set named by several matching maps contributes once.
    /// - Parameter language: matched as its BCP 47 identifier (`nl-BE`), ignoring case.
    /// - Returns: the rules, or `nil` when no language map matches.
    public func rules(for language: LanguageTag) -> [Rule]? {
        var names: [String] = []
        for map in languageMaps where SRXDocument.languagePattern(map.pattern, matches: language.identifier) {
            if !names.contains(map.ruleName) { names.append(map.ruleName) }
            if !cascade { break }
        }
        if names.isEmpty { return nil }
        return names.flatMap { name in languageRules.first { $0.name == name }?.rules ?? [] }
    }

    /// Whether an SRX language pattern matches a language code as a whole, ignoring case.
    static func languagePattern(_ pattern: String, matches code: String) -> Bool {
        guard let regex = try? NSRegularExpression(pattern: "^(?:\(pattern))$", options: [.caseInsensitive]) else { return false }
        let range = NSRange(location: 0, length: code.utf16.count)
        return regex.firstMatch(in: code, range: range) != nil
    }
}

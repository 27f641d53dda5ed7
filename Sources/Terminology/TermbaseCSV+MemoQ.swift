import Foundation
import TaalgrensCore

/// memoQ's termbase CSV export (memoQ and QTerm, "Export to CSV" or the server's term base service):
/// one row per entry, the columns in a fixed order — entry fields first (`Entry_ID`, `Entry_Subject`,
/// `Entry_Domain`, `Entry_ClientID`, `Entry_ProjectID`, `Entry_Created`, `Entry_Creator`,
/// `Entry_LastModified`, `Entry_Modifier`, `Entry_Note`), then for each language its language fields
/// (`<Language>_Def`, the definition) and, for each of its terms, the term column named after the
/// language (`English_United_States`, `Dutch_Belgium`) followed by that term's fields (`Term_Info`,
/// `Term_Example`, …). Because language and term columns repeat, columns are read by position: a
/// `Term_…` column belongs to the term column before it. Format: memoQ's documentation of its term
/// base CSV format (docs.memoq.com, "Term base in CSV format").
///
/// Language columns are named with the English names of the language and region, joined by `_`
/// (`Dutch_Belgium`, `French_Belgium`, `English`): they are matched against the English display names
/// of every locale Foundation knows (CLDR), so any language memoQ offers resolves, plus the few names
/// memoQ takes from Windows instead of CLDR (`Chinese_PRC`). A BCP 47 tag (`nl-BE`) is accepted too.
extension TermbaseCSV {
    /// Whether a header row (names lowercased) is memoQ's: it opens with entry fields (`Entry_ID`, …).
    static func isMemoQHeader(_ lower: [String]) -> Bool {
        lower.contains("entry_id") || (lower.first?.hasPrefix("entry_") ?? false)
    }

    /// Reads memoQ rows (the layout above) into entries.
    /// - Parameters:
    ///   - rows: the data rows (after the header).
    ///   - names: the header's column names, as written.
    ///   - file: the file name for messages and notes.
    /// - Returns: the entries in row order, and one note naming the columns that are neither an entry, a
    ///   language nor a term field Taalgrens reads (so that nothing is dropped in silence).
    /// - Throws: `InputError` with file and line: a column named like a language Taalgrens cannot resolve
    ///   (with the name), a `Term_…` column before any term column, a row wider than the header, an id
    ///   used twice, a row without any term.
    /// - Complexity: O(rows × columns).
    static func readMemoQ(_ rows: ArraySlice<Row>, names: [String], file: String) throws -> (entries: [TermEntry], notes: [TermbaseNote]) {
        let columns = try memoQColumns(names, file: file)
        var notes: [TermbaseNote] = []
        var unread: [String] = []
        for (i, column) in columns.enumerated() where column == .ignored && !unread.contains(names[i]) { unread.append(names[i]) }
        if !unread.isEmpty {
            notes.append(TermbaseNote(file: file, line: 1,
                "memoQ columns Taalgrens keeps no place for are not read: \(unread.joined(separator: ", "))"))
        }
        var entries: [TermEntry] = []
        var seen: [String: Int] = [:]
        for row in rows where !row.isBlank {
            try row.check(width: names.count, file: file)
            var entry = TermEntry(id: "", terms: [], file: file)
            var id: String?
            var domain: String?
            var current: Int?   // index in entry.terms of the term the following Term_ columns describe
            for (i, column) in columns.enumerated() {
                let value = row.field(i)
                switch column {
                case .entryID: id = value
                case .entrySubject: entry.subjectField = value
                case .entryDomain: domain = value
                case .entryNote:
                    if let value { try apply(value, to: &entry.properties, notes: &entry.notes, file: file, line: row.line) }
                case .definition(let locale):
                    if let value { entry.definitions[locale] = value }
                case .term(let locale):
                    current = nil
                    guard let value else { continue }
                    entry.terms.append(Term(text: value, locale: locale))
                    current = entry.terms.count - 1
                case .termInfo:
                    guard let value, let c = current else { continue }
                    if let status = memoQStatus(value) { entry.terms[c].status = status }
                case .termNote:
                    guard let value, let c = current else { continue }
                    var term = entry.terms[c]
                    try apply(value, to: &term.properties, notes: &term.notes, file: file, line: row.line)
                    entry.terms[c] = term
                case .ignored:
                    continue
                }
            }
            if entry.subjectField == nil { entry.subjectField = domain }
            entry.id = id ?? "r\(row.line)"
            if let first = seen[entry.id] {
                throw InputError(file: file, line: row.line, "concept id '\(entry.id)' is used twice (first on line \(first)): expected unique Entry_ID values")
            }
            seen[entry.id] = row.line
            guard !entry.terms.isEmpty else {
                throw InputError(file: file, line: row.line, "expected at least one term in the language columns (\(languageNames(columns, names)))")
            }
            entries.append(entry)
        }
        return (entries, notes)
    }

    /// What one memoQ column holds.
    enum MemoQColumn: Equatable {
        case entryID, entrySubject, entryDomain, entryNote
        /// `<Language>_Def`: the definition in that language.
        case definition(LanguageTag)
        /// A term in that language.
        case term(LanguageTag)
        /// `Term_Info`: matching settings and the forbidden flag of the term before it.
        case termInfo
        /// `Term_Note` (or `Term_Usage`): a note on the term before it.
        case termNote
        /// A field Taalgrens does not read (`Entry_Created`, `Term_Example`, …).
        case ignored
    }

    /// Classifies the header's columns by name and position.
    static func memoQColumns(_ names: [String], file: String) throws -> [MemoQColumn] {
        var out: [MemoQColumn] = []
        var sawTerm = false
        for (i, raw) in names.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespaces)
            let lower = name.lowercased()
            if lower.hasPrefix("entry_") {
                switch lower {
                case "entry_id": out.append(.entryID)
                case "entry_subject": out.append(.entrySubject)
                case "entry_domain": out.append(.entryDomain)
                case "entry_note": out.append(.entryNote)
                default: out.append(.ignored)
                }
            } else if lower.hasPrefix("term_") {
                guard sawTerm else {
                    throw InputError(file: file, line: 1, column: i + 1,
                                     "expected the term field '\(name)' after a term column (a language name such as English_United_States)")
                }
                switch lower {
                case "term_info": out.append(.termInfo)
                case "term_note", "term_usage": out.append(.termNote)
                default: out.append(.ignored)
                }
            } else if lower.hasSuffix("_def"), let locale = memoQLanguage(String(name.dropLast(4))) {
                out.append(.definition(locale))
            } else if let locale = memoQLanguage(name) {
                out.append(.term(locale))
                sawTerm = true
            } else if name.isEmpty {
                out.append(.ignored)
            } else {
                throw InputError(file: file, line: 1, column: i + 1,
                                 "expected a memoQ column: an Entry_ or Term_ field, or a language name such as English_United_States, Dutch_Belgium or French_Belgium (with _Def for its definition), found '\(name)'")
            }
        }
        return out
    }

    /// The language of a memoQ language column name (`Dutch_Belgium`, `English`, `Chinese_PRC`), or of a
    /// BCP 47 tag written in its place; `nil` when neither.
    static func memoQLanguage(_ name: String) -> LanguageTag? {
        if let tag = memoQNames[folded(name)] { return tag }
        guard name.contains("-") || name.count <= 3 else { return nil }
        return LanguageTag(name)
    }

    /// The language a spreadsheet's header names in words: its English name as CLDR gives it (memoQ's too,
    /// ``memoQLanguage(_:)``: "Dutch (Belgium)", "English (United Kingdom)", "French"), its name in the
    /// language itself ("Nederlands (België)", "Nederlands", "Français (Belgique)"), or its name in Dutch,
    /// French or German (``belgianDisplayLanguages``: "Engels", "Frans", "Anglais", "Néerlandais"); `nil` for
    /// anything else.
    /// - Complexity: O(1) after the first call, which reads the names of every locale CLDR knows.
    static func languageNamed(_ name: String) -> LanguageTag? {
        let key = folded(name)
        guard !key.isEmpty else { return nil }
        return memoQNames[key] ?? autonyms[key] ?? belgianNames[key]
    }

    /// The languages in whose words a Belgian newsroom's sheet names its columns besides English and the
    /// column's own language: Dutch and French (the product's languages) and German (Belgium's third).
    static let belgianDisplayLanguages = ["nl", "fr", "de"]

    /// Folded names of every locale Foundation knows, as CLDR gives them in ``belgianDisplayLanguages``
    /// ("Engels", "Frans", "Nederlands (België)"; "Anglais", "Néerlandais", "Français (Belgique)"; twelfth
    /// trial, finding 15: a header `Engels;Nederlands;Frans` kept only its Dutch column).
    private static let belgianNames: [String: LanguageTag] = {
        var out: [String: LanguageTag] = [:]
        for display in belgianDisplayLanguages.map({ Locale(identifier: $0) }) {
            for identifier in Locale.availableIdentifiers.sorted() {
                guard let name = display.localizedString(forIdentifier: identifier),
                      let tag = LanguageTag(identifier.replacingOccurrences(of: "_", with: "-")) else { continue }
                let key = folded(name)
                if out[key] == nil { out[key] = tag }
            }
        }
        return out
    }()

    /// Folded names of every locale Foundation knows in its own language ("nederlands_belgie").
    private static let autonyms: [String: LanguageTag] = {
        var out: [String: LanguageTag] = [:]
        for identifier in Locale.availableIdentifiers.sorted() {
            guard let display = Locale(identifier: identifier).localizedString(forIdentifier: identifier),
                  let tag = LanguageTag(identifier.replacingOccurrences(of: "_", with: "-")) else { continue }
            let key = folded(display)
            if out[key] == nil { out[key] = tag }
        }
        return out
    }()

    /// A column name or display name reduced to lower-case letters and digits joined by `_`
    /// ("English (United States)" and "English_United_States" both give `english_united_states`).
    static func folded(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            .joined(separator: "_")
    }

    /// Folded English display names of every locale Foundation knows (CLDR), and the names memoQ takes
    /// from Windows where CLDR names the region otherwise.
    private static let memoQNames: [String: LanguageTag] = {
        var out: [String: LanguageTag] = [:]
        let english = Locale(identifier: "en_US")
        for identifier in Locale.availableIdentifiers {
            guard let display = english.localizedString(forIdentifier: identifier),
                  let tag = LanguageTag(identifier.replacingOccurrences(of: "_", with: "-")) else { continue }
            let key = folded(display)
            if out[key] == nil { out[key] = tag }
        }
        // Windows region names memoQ writes (CLDR says "China mainland", "Hong Kong SAR China", …).
        let windows: [String: String] = [
            "chinese_prc": "zh-CN", "chinese_hong_kong_sar": "zh-HK", "chinese_macao_sar": "zh-MO",
            "chinese_taiwan": "zh-TW", "chinese_singapore": "zh-SG",
        ]
        for (key, tag) in windows { out[key] = LanguageTag(tag) }
        return out
    }()

    /// The status a `Term_Info` value gives: memoQ lists the term's settings separated by `;`
    /// (`CasePermissive;HalfPrefix`); a `Forbidden` (or `Preferred`) among them is its usage.
    static func memoQStatus(_ info: String) -> TermStatus? {
        let flags = info.split(whereSeparator: { $0 == ";" || $0 == "," || $0 == "|" })
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if flags.contains("forbidden") { return .deprecated }
        if flags.contains("preferred") { return .preferred }
        return nil
    }

    private static func languageNames(_ columns: [MemoQColumn], _ names: [String]) -> String {
        zip(columns, names).compactMap { column, name in
            if case .term = column { return name } else { return nil }
        }.joined(separator: ", ")
    }
}

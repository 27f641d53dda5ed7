import Foundation
import TaalgrensCore

/// Reads and writes termbases as CSV or TSV with a header row (RFC 4180 quoting: a field holding the
/// separator, a quote or a line break is quoted, and a quote inside it is doubled).
///
/// The separator is a tab for `.tsv` files; otherwise the one of `,` `;` and tab that occurs most often
/// in the header row outside quotes. Header names are matched without regard to case. Two layouts:
///
/// **Term rows** (what ``write(_:)`` produces), one row per term. The header holds `term` and `locale`:
///
/// | column | meaning |
/// |---|---|
/// | `id` | concept id; rows with the same id form one entry (required) |
/// | `locale` | the term's BCP 47 language tag (required) |
/// | `term` | the term (required) |
/// | `status` | `preferred`, `admitted`, `deprecated` (or `forbidden`), `superseded`; empty = preferred |
/// | `partOfSpeech` | TBX part of speech |
/// | `definition` | definition for this language |
/// | `note` | notes on the term, one per line; `taalgrens:` conventions apply to the term |
/// | `entryNote` | notes on the entry, one per line; `taalgrens:` conventions apply to the entry |
/// | `subjectField` | the entry's subject field |
///
/// **Concept rows**, one row per concept, for glossaries kept in a spreadsheet. Every column whose
/// header is a BCP 47 tag (`en`, `nl-BE`, `fr-BE`) or a language's name holds that language's terms,
/// separated by `|` or `;` (``synonyms(in:)``): the first is preferred, the others admitted, and a term
/// written with a leading `!` is deprecated. A column "Do not use (NL)" (``forbiddenColumn(_:languages:)``)
/// holds deprecated terms of that language; such a column without a language whose cells are all yes/no
/// flags (Matecat's `Forbidden`) makes the terms of each row it says yes for deprecated. Several note
/// columns, each after a language's column, are notes on that language's terms. Optional columns (``conceptField(_:)`` gives the names in
/// English, Dutch and French): `id` (else the row number gives `r<line>`), `note` (entry notes and
/// conventions, one per line), `definition`, `subjectField`, `partOfSpeech`.
///
/// **memoQ's export** (a header opening with `Entry_ID`), read as ``readMemoQ(_:names:file:)`` says.
///
/// **A glossary that does not name its languages** (no header, or a header such as `source,target`;
/// OmegaT's `glossary.txt`) is read only when its languages are given (``GlossaryLanguages``), as
/// `readBilingual` says; without them it is refused with a message that says how to give them.
enum TermbaseCSV {
    /// Parses a CSV/TSV termbase in either layout.
    /// - Parameters:
    ///   - text: the file's text.
    ///   - file: the file name for messages.
    ///   - separator: forced separator; `nil` to detect it from the header.
    /// - Throws: `InputError` with file and line: no header, a header that fits none of the layouts, an
    ///   unterminated quote, a row with more fields than the header, a missing id/locale/term, a
    ///   malformed language tag, an unknown status or `taalgrens:` note.
    /// - Returns: the entries, and notes about columns left unread (memoQ's export, and a concept-row header
    ///   column that names no language and no field).
    static func read(_ text: String, file: String, separator: Character? = nil,
                     languages: GlossaryLanguages? = nil) throws -> (entries: [TermEntry], notes: [TermbaseNote]) {
        let sep = separator ?? detectSeparator(text)
        let rows = try parse(text, separator: sep, file: file)
        guard let header = rows.first else { throw InputError(file: file, line: 1, "expected a header row naming the columns (see docs/terminology.md)") }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        let lower = names.map { $0.lowercased() }
        // Term rows, by the names people and tools give the fields (eighteenth trial, finding 4: IATE's
        // `ID;Domain;Language code;Term;Term type;Reliability;Evaluation` was refused): ``termRowField(_:)``.
        let termFields = names.map(termRowField)
        if termFields.contains("term") && termFields.contains("locale") {
            let unread = names.indices.filter { termFields[$0] == nil && !names[$0].isEmpty }
            var notes: [TermbaseNote] = []
            if !unread.isEmpty {
                notes.append(TermbaseNote(file: file, line: header.line,
                    "header columns naming no field Taalgrens reads in a glossary of term rows are left unread: "
                    + unread.map { "'\(names[$0])' (column \($0 + 1))" }.joined(separator: ", ")))
            }
            return (try readTermRows(rows.dropFirst(), header: names.indices.map { termFields[$0] ?? lower[$0] }, file: file), notes)
        }
        if isMemoQHeader(lower) {
            return try readMemoQ(rows.dropFirst(), names: names, file: file)
        }
        // A column is a language by its tag (`nl-BE`) or, as a spreadsheet names it, by the language's name in
        // English or in itself ("Dutch (Belgium)", "Nederlands (België)", "Français"; ``languageNamed(_:)``).
        // A field's column is named as people write headers ("Part of speech", "Opmerking"; ``conceptField(_:)``).
        let fields = names.map(conceptField)
        var languageColumns = names.enumerated().compactMap { i, name -> (Int, LanguageTag)? in
            fields[i] != nil ? nil : (LanguageTag(name) ?? languageNamed(name)).map { (i, $0) }
        }
        // A source-term column headed `term` (`source`, `source term`) beside language columns, as Lokalise,
        // Phrase, Lingohub and Crowdin head theirs (fifteenth trial, finding 6: its terms were dropped
        // without a word): it holds the glossary's source language, which the file does not name.
        if !languageColumns.isEmpty, let i = names.indices.first(where: { fields[$0] == nil && sourceTermHeaders.contains(foldedHeader(names[$0])) }),
           !languageColumns.contains(where: { $0.0 == i }) {
            guard let source = languages?.source else {
                throw InputError(file: file, line: header.line,
                                 "column '\(names[i])' (column \(i + 1)) holds the source terms but names no language: give the glossary's languages "
                                 + "(`--termbase-languages en,nl-BE`, the first is this column's) or write its language tag in the header (such as 'en')")
            }
            if !languageColumns.contains(where: { $0.1 == source }) { languageColumns.insert((i, source), at: 0) }
        }
        // A "Do not use (NL)" column holds that language's deprecated terms (finding 6 of the thirteenth trial).
        var forbidden: [(Int, LanguageTag)] = []
        var unresolvedForbidden: [Int] = []
        if !languageColumns.isEmpty {
            let languageIndices = Set(languageColumns.map(\.0))
            for (i, name) in names.enumerated() where fields[i] == nil && !languageIndices.contains(i) {
                switch forbiddenColumn(name, languages: languageColumns.map(\.1)) {
                case .language(let tag)?: forbidden.append((i, tag))
                case .unresolved?: unresolvedForbidden.append(i)
                case nil: break
                }
            }
        }
        // A column named like no language and no field is left unread, and said so: it may hold terms in a
        // language whose name the reader does not know (twelfth trial, finding 15: "Engels;Nederlands;Frans"
        // kept only "Nederlands" without a word), or a column of the sheet's own ("Domain", "Opmerking").
        var notes: [TermbaseNote] = []
        // A "Forbidden" column of yes/no flags (Matecat's column A, Lokalise's and Phrase Strings' `forbidden`)
        // marks its row's terms as not to use (sixteenth trial, finding 14: they were stored as preferred).
        let flagColumns = unresolvedForbidden.filter { c in rows.dropFirst().allSatisfy { row in row.field(c).map { yesNo($0) != nil } ?? true } }
        // Several note columns, each after a language's column (Matecat's "Notes" per locale): each holds notes
        // on that language's terms; a single note column is the entry's.
        var termNotes: [(Int, LanguageTag)] = []
        let noteColumns = names.indices.filter { fields[$0] == "note" }
        if noteColumns.count > 1 {
            for c in noteColumns {
                if let language = languageColumns.filter({ $0.0 < c }).max(by: { $0.0 < $1.0 }) { termNotes.append((c, language.1)) }
            }
        }
        let entryNoteColumn = noteColumns.first { c in !termNotes.contains { $0.0 == c } }
        if !languageColumns.isEmpty {
            let readIndices = Set(languageColumns.map(\.0) + forbidden.map(\.0) + unresolvedForbidden)
            let unread = names.enumerated().filter { i, name in
                !name.isEmpty && !readIndices.contains(i) && fields[i] == nil && !genericColumnNames.contains(name.lowercased())
            }
            if !unread.isEmpty {
                notes.append(TermbaseNote(file: file, line: header.line,
                    "header columns naming no language and no field Taalgrens reads are left unread: "
                    + unread.map { "'\($0.element)' (column \($0.offset + 1))" }.joined(separator: ", ")
                    + "; if one holds terms, write its language tag (such as nl-BE) in the header"))
            }
            let unnamed = unresolvedForbidden.filter { !flagColumns.contains($0) }
            if !unnamed.isEmpty {
                notes.append(TermbaseNote(file: file, line: header.line,
                    "columns of terms not to use name no language of the glossary and are left unread: "
                    + unnamed.map { "'\(names[$0])' (column \($0 + 1))" }.joined(separator: ", ")
                    + "; name the language in the header, such as 'Do not use (nl-BE)'"))
            }
        }
        guard !languageColumns.isEmpty else {
            if let languages { return (try readBilingual(rows[...], languages: languages, file: file), []) }
            let generic = isGenericHeader(lower)
            throw InputError(file: file, line: header.line,
                             "expected a header with the columns id, locale, term (term rows), with language tags such as en, nl-BE, fr-BE (concept rows), or memoQ's Entry_ID and language names (a memoQ export), found: \(names.joined(separator: ", "))"
                             + (header.fields.count >= 3 && !generic
                                ? " — a glossary of \(header.fields.count) columns: write its languages as tags in its header row (en-GB;nl-BE;fr-BE), one per column"
                                : generic || header.fields.count >= 2 || names.first?.hasPrefix("#") == true
                                ? " — \(generic ? "a two-column glossary whose header does not name its languages" : "a glossary without a header row, perhaps"): give its languages (`--termbase-languages en,nl-BE`) or write them as its header row"
                                : ""))
        }
        let columnNames = names.enumerated().map { fields[$0.offset] ?? $0.element.lowercased() }
        return (try readConceptRows(rows.dropFirst(), header: columnNames, languages: languageColumns, forbidden: forbidden,
                                    flags: flagColumns, termNotes: termNotes, entryNote: entryNoteColumn, file: file), notes)
    }

    /// Folded headers (``foldedHeader(_:)``) of a concept-row sheet's source-term column.
    static let sourceTermHeaders: Set<String> = ["term", "terms", "source", "sourceterm", "sourceterms"]

    /// Names a glossary's header may give its columns without naming a language (Weblate's `source,target`,
    /// `term,translation`, a note column), compared in lower case.
    static let genericColumnNames: Set<String> = [
        "source", "target", "term", "translation", "source term", "target term", "comment", "comments", "note",
        "notes", "description", "definition", "explanation", "translator_comments", "context", "pos",
    ]

    /// Whether every non-empty field of a first row is a ``genericColumnNames`` name (so the row is a header).
    static func isGenericHeader(_ lower: [String]) -> Bool {
        let names = lower.filter { !$0.isEmpty }
        return !names.isEmpty && names.allSatisfy { genericColumnNames.contains($0) }
    }

    /// A bilingual glossary that does not name its languages (OmegaT's tab-separated `glossary.txt`, Weblate's
    /// and DeepL's two-column CSV): the first column holds the source term, the second the target term, a
    /// third (and further) the entry's comment. A first row of ``genericColumnNames`` is a header; a row whose
    /// only field starts with `#` is a comment (OmegaT's first line). Each row is an entry `r<line>`.
    /// - Throws: `InputError` with the line for a row of fewer than two fields or without a term.
    private static func readBilingual(_ rows: ArraySlice<Row>, languages: GlossaryLanguages, file: String) throws -> [TermEntry] {
        var rows = rows
        if let first = rows.first, isGenericHeader(first.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            rows = rows.dropFirst()
        }
        var entries: [TermEntry] = []
        for row in rows where !row.isBlank {
            if row.fields.count == 1, row.fields[0].trimmingCharacters(in: .whitespaces).hasPrefix("#") { continue }
            guard row.fields.count >= 2 else {
                throw InputError(file: file, line: row.line, "expected two fields, the \(languages.source) term and the \(languages.target) term, found one")
            }
            guard let source = row.field(0), let target = row.field(1) else {
                throw InputError(file: file, line: row.line, "expected a \(languages.source) term in the first field and a \(languages.target) term in the second")
            }
            var entry = TermEntry(id: "r\(row.line)", terms: [Term(text: source, locale: languages.source), Term(text: target, locale: languages.target)], file: file)
            let comment = row.fields.dropFirst(2).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            if !comment.isEmpty { entry.notes.append(comment.joined(separator: " ")) }
            entries.append(entry)
        }
        return entries
    }

    private static func readTermRows(_ rows: ArraySlice<Row>, header: [String], file: String) throws -> [TermEntry] {
        func column(_ name: String) -> Int? { header.firstIndex(of: name.lowercased()) }
        guard let idColumn = column("id") else {
            throw InputError(file: file, line: 1, "expected an id column (the concept id) next to locale and term")
        }
        let localeColumn = column("locale")!, termColumn = column("term")!
        var entries: [TermEntry] = []
        var index: [String: Int] = [:]
        for row in rows where !row.isBlank {
            try row.check(width: header.count, file: file)
            func value(_ name: String) -> String? {
                guard let c = column(name), c < row.fields.count else { return nil }
                let v = row.fields[c].trimmingCharacters(in: .whitespacesAndNewlines)
                return v.isEmpty ? nil : v
            }
            guard let id = row.field(idColumn) else { throw InputError(file: file, line: row.line, "expected a concept id in the id column") }
            guard let rawLocale = row.field(localeColumn) else { throw InputError(file: file, line: row.line, "expected a language tag in the locale column") }
            guard let locale = LanguageTag(rawLocale) else { throw InputError(file: file, line: row.line, "expected a BCP 47 language tag in the locale column, found '\(rawLocale)'") }
            guard let text = row.field(termColumn) else { throw InputError(file: file, line: row.line, "expected a term in the term column") }
            var term = Term(text: text, locale: locale)
            if let s = value("status") {
                guard let status = TermStatus(fieldValue: s) else {
                    throw InputError(file: file, line: row.line, "expected a status (preferred, admitted, deprecated, forbidden or superseded), found '\(s)'")
                }
                term.status = status
            }
            term.partOfSpeech = value("partOfSpeech")
            term.termType = value("termType")
            if let r = value("reliability") {
                guard let code = Term.reliability(from: r) else {
                    throw InputError(file: file, line: row.line, "expected IATE's reliability code in the reliability column (1 to 4, or Reliability not verified, Minimum reliability, Reliable, Very reliable), found '\(r)'")
                }
                term.reliability = code
            }
            if let notes = value("note") { try apply(notes, to: &term.properties, notes: &term.notes, file: file, line: row.line) }
            let position: Int
            if let i = index[id] { position = i } else {
                position = entries.count
                index[id] = position
                entries.append(TermEntry(id: id, terms: [], file: file))
            }
            entries[position].terms.append(term)
            if let d = value("definition"), entries[position].definitions[locale] == nil { entries[position].definitions[locale] = d }
            if let s = value("subjectField") { entries[position].subjectField = s }
            if let notes = value("entryNote") {
                var entry = entries[position]
                try apply(notes, to: &entry.properties, notes: &entry.notes, file: file, line: row.line)
                entry.notes = entry.notes.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
                entries[position] = entry
            }
        }
        return entries
    }

    /// Reads concept rows.
    /// - Parameters:
    ///   - header: each column's field name (``conceptField(_:)``) or its name in lower case.
    ///   - languages: the language columns (index, language).
    ///   - forbidden: the columns of deprecated terms (index, language).
    /// - Parameters:
    ///   - flags: yes/no columns whose yes makes every term of the row deprecated.
    ///   - termNotes: note columns whose text is a note on the row's terms of that language.
    ///   - entryNote: the note column of the entry (its notes and `taalgrens:` conventions), if any.
    private static func readConceptRows(_ rows: ArraySlice<Row>, header: [String], languages: [(Int, LanguageTag)],
                                        forbidden: [(Int, LanguageTag)], flags: [Int], termNotes: [(Int, LanguageTag)],
                                        entryNote: Int?, file: String) throws -> [TermEntry] {
        func column(_ name: String) -> Int? { header.firstIndex(of: name.lowercased()) }
        var entries: [TermEntry] = []
        var seen: [String: Int] = [:]
        for row in rows where !row.isBlank {
            try row.check(width: header.count, file: file)
            let id = column("id").flatMap(row.field) ?? "r\(row.line)"
            if let first = seen[id] {
                throw InputError(file: file, line: row.line, "concept id '\(id)' is used twice (first on line \(first)): expected unique ids")
            }
            seen[id] = row.line
            var entry = TermEntry(id: id, terms: [], file: file)
            entry.subjectField = column("subjectField").flatMap(row.field)
            entry.definition = column("definition").flatMap(row.field)
            let pos = column("partOfSpeech").flatMap(row.field)
            // Lokalise's and Phrase's flags: `translatable` no is a term not to translate, `casesensitive`.
            if let flag = column("translatable").flatMap(row.field).flatMap(Self.yesNo), !flag { entry.properties.doNotTranslate = true }
            if let flag = column("caseSensitive").flatMap(row.field).flatMap(Self.yesNo) { entry.properties.caseSensitive = flag }
            if let notes = entryNote.flatMap(row.field) { try apply(notes, to: &entry.properties, notes: &entry.notes, file: file, line: row.line) }
            let rowForbidden = flags.contains { row.field($0).flatMap(Self.yesNo) == true }
            for (c, locale) in languages {
                guard let cell = row.field(c) else { continue }
                for (n, variant) in synonyms(in: cell).enumerated() {
                    let deprecated = variant.hasPrefix("!")
                    let text = deprecated ? variant.dropFirst().trimmingCharacters(in: .whitespaces) : variant
                    let status: TermStatus = deprecated || rowForbidden ? .deprecated : (n == 0 ? .preferred : .admitted)
                    guard !text.isEmpty else { continue }
                    entry.terms.append(Term(text: text, locale: locale, status: status, partOfSpeech: pos))
                }
            }
            for (c, locale) in termNotes {
                guard let cell = row.field(c) else { continue }
                let lines = cell.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                for i in entry.terms.indices where entry.terms[i].locale == locale { entry.terms[i].notes += lines }
            }
            for (c, locale) in forbidden {
                guard let cell = row.field(c) else { continue }
                for variant in synonyms(in: cell) {
                    let text = variant.hasPrefix("!") ? variant.dropFirst().trimmingCharacters(in: .whitespaces) : variant
                    guard !text.isEmpty, !entry.terms.contains(where: { $0.locale == locale && $0.text == text }) else { continue }
                    entry.terms.append(Term(text: text, locale: locale, status: .deprecated, partOfSpeech: pos))
                }
            }
            guard !entry.terms.isEmpty else { throw InputError(file: file, line: row.line, "expected at least one term in the language columns") }
            entries.append(entry)
        }
        return entries
    }

    /// A yes/no cell as spreadsheets write it (`yes`, `no`, `true`, `false`, `1`, `0`, `ja`, `nee`, `oui`, `non`,
    /// and Excel's Dutch and French booleans `WAAR`/`ONWAAR`, `VRAI`/`FAUX`; any case), or `nil`.
    static func yesNo(_ cell: String) -> Bool? {
        switch cell.trimmingCharacters(in: .whitespaces).lowercased() {
        case "yes", "y", "true", "1", "ja", "oui", "x", "waar", "vrai": true
        case "no", "n", "false", "0", "nee", "non", "onwaar", "faux": false
        default: nil
        }
    }

    static func apply(_ cell: String, to properties: inout TermProperties, notes: inout [String], file: String, line: Int) throws {
        for note in cell.split(whereSeparator: \.isNewline).map({ $0.trimmingCharacters(in: .whitespaces) }) where !note.isEmpty {
            do {
                if try !properties.apply(note: note) { notes.append(note) }
            } catch {
                throw InputError(file: file, line: line, error.message)
            }
        }
    }

    /// Writes term rows (the layout above) with a header, one row per term, entries in order.
    /// - Parameter separator: `,` for CSV, a tab for TSV.
    static func write(_ entries: [TermEntry], separator: Character = ",") -> String {
        let header = ["id", "locale", "term", "status", "partOfSpeech", "definition", "note", "entryNote", "subjectField"]
        var lines = [header.map { quote($0, separator) }.joined(separator: String(separator))]
        for entry in entries {
            let entryNote = (entry.properties.notes + entry.notes).joined(separator: "\n")
            var definitionWritten: Set<LanguageTag> = []
            for (n, term) in entry.terms.enumerated() {
                let definition = definitionWritten.insert(term.locale).inserted ? (entry.definitions[term.locale] ?? "") : ""
                let fields = [entry.id, term.locale.identifier, term.text, term.status.rawValue, term.partOfSpeech ?? "", definition,
                              (term.properties.notes + term.notes).joined(separator: "\n"),
                              n == 0 ? entryNote : "", n == 0 ? (entry.subjectField ?? "") : ""]
                lines.append(fields.map { quote($0, separator) }.joined(separator: String(separator)))
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    private static func quote(_ field: String, _ separator: Character) -> String {
        guard field.contains(where: { $0 == separator || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // MARK: RFC 4180 parsing

    struct Row {
        var fields: [String]
        var line: Int
        var isBlank: Bool { fields.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
        func field(_ i: Int) -> String? {
            guard i < fields.count else { return nil }
            let v = fields[i].trimmingCharacters(in: .whitespacesAndNewlines)
            return v.isEmpty ? nil : v
        }
        func check(width: Int, file: String) throws {
            if fields.count > width {
                throw InputError(file: file, line: line, "expected at most \(width) fields as in the header, found \(fields.count)")
            }
        }
    }

    static func detectSeparator(_ text: String) -> Character {
        var counts: [Character: Int] = [",": 0, ";": 0, "\t": 0]
        var inQuotes = false
        for c in text {
            if c == "\"" { inQuotes.toggle() }
            else if !inQuotes && c.isNewline { break }
            else if !inQuotes, counts[c] != nil { counts[c]! += 1 }
        }
        return [Character("\t"), ",", ";"].max { counts[$0]! < counts[$1]! } ?? ","
    }

    /// Splits `text` into rows of fields; each row knows the 1-based line it starts on.
    static func parse(_ text: String, separator: Character, file: String) throws -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field = ""
        var line = 1, rowLine = 1, quoteLine = 0
        var inQuotes = false, wasQuoted = false
        var chars = text.makeIterator()
        var pending: Character? = nil
        func nextChar() -> Character? {
            if let p = pending { pending = nil; return p }
            return chars.next()
        }
        var started = false
        while let c = nextChar() {
            started = true
            if inQuotes {
                if c == "\"" {
                    if let n = nextChar() {
                        if n == "\"" { field.append("\"") } else { inQuotes = false; pending = n }
                    } else { inQuotes = false }
                } else {
                    if c.isNewline { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.trimmingCharacters(in: .whitespaces).isEmpty && !wasQuoted:
                inQuotes = true; wasQuoted = true; field = ""; quoteLine = line
            case separator:
                fields.append(field); field = ""; wasQuoted = false
            case "\r\n", "\n", "\r":
                fields.append(field); field = ""; wasQuoted = false
                rows.append(Row(fields: fields, line: rowLine))
                fields = []
                line += 1
                rowLine = line
            default:
                field.append(c)
            }
        }
        if inQuotes { throw InputError(file: file, line: quoteLine, "expected a closing quote \" for the field opened here") }
        if started && (!field.isEmpty || !fields.isEmpty) {
            fields.append(field)
            rows.append(Row(fields: fields, line: rowLine))
        }
        // A leading byte-order mark belongs to no header name.
        if var first = rows.first, var name = first.fields.first, name.hasPrefix("\u{FEFF}") {
            name.removeFirst()
            first.fields[0] = name
            rows[0] = first
        }
        return rows
    }
}

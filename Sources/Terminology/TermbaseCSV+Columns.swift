import Foundation
import TaalgrensCore

/// How a concept-row glossary's header names its columns as people write them in a spreadsheet
/// (thirteenth trial, finding 6: `English;Nederlands;Français;Part of speech;Do not use (NL);Opmerking`).
extension TermbaseCSV {
    /// The field a concept-row header column holds, as the lower-case name ``readConceptRows`` looks up
    /// (`partofspeech`, `note`, `definition`, `subjectfield`, `id`, `status`), or `nil` for a column that names
    /// none. Case, accents, spaces, `-` and `_` are ignored, and the names are those English, Dutch and French
    /// sheets use: "Part of speech", "POS", "Woordsoort", "Catégorie grammaticale"; "Note", "Comment",
    /// "Opmerking", "Remarque", "Commentaire"; "Definition", "Definitie", "Définition"; "Subject field",
    /// "Domain", "Domein", "Domaine".
    static func conceptField(_ header: String) -> String? {
        conceptFieldAliases[foldedHeader(header)]
    }

    private static let conceptFieldAliases: [String: String] = {
        let lists: [(String, [String])] = [
            ("id", ["id", "conceptid", "entryid"]),
            ("status", ["status"]),
            ("partofspeech", ["partofspeech", "pos", "wordclass", "grammaticalcategory", "woordsoort", "woordklasse",
                              "categoriegrammaticale", "classegrammaticale", "naturegrammaticale"]),
            ("note", ["note", "notes", "comment", "comments", "remark", "remarks", "opmerking", "opmerkingen",
                      "toelichting", "remarque", "remarques", "commentaire", "commentaires"]),
            ("definition", ["definition", "definitie", "omschrijving"]),
            ("subjectfield", ["subjectfield", "subject", "domain", "domein", "vakgebied", "domaine"]),
            ("translatable", ["translatable", "vertaalbaar", "traduisible"]),
            ("casesensitive", ["casesensitive", "matchcase", "hoofdlettergevoelig"]),
        ]
        var out: [String: String] = [:]
        for (field, names) in lists { for name in names { out[name] = field } }
        return out
    }()

    /// The field a term-row header column holds, as the lower-case name `readTermRows` looks up (`id`,
    /// `locale`, `term`, `status`, `partofspeech`, `note`, `entrynote`, `definition`, `subjectfield`), or
    /// `nil` for a column it does not read. Case, accents, spaces, `-`, `_` and `.` are ignored. Besides the
    /// names of `docs/terminology.md`, the names IATE's export and import templates give the fields (IATE
    /// online help, "Import": `ID`, `Domain`, `Language code`, `Term`, `Evaluation`) and those spreadsheets use
    /// in English, Dutch and French: "Language", "Lang", "Taal", "Langue" for the locale; "Evaluation",
    /// "Usage", "Term status", "Statut" for the status; the concept-row names (``conceptField(_:)``) for the
    /// others; `Term type` is the term's TBX termType; `Reliability` (also "Reliability code",
    /// "Betrouwbaarheid", "Fiabilité") is IATE's reliability code (``Term/reliability``).
    static func termRowField(_ header: String) -> String? {
        let folded = foldedHeader(header)
        if let field = termRowAliases[folded] { return field }
        guard let field = conceptField(header), ["id", "status", "partofspeech", "note", "definition", "subjectfield"].contains(field) else {
            return nil
        }
        return field
    }

    private static let termRowAliases: [String: String] = {
        let lists: [(String, [String])] = [
            ("locale", ["locale", "language", "languagecode", "languagetag", "lang", "langcode", "taal", "taalcode", "langue",
                        "codelangue", "codedelangue", "xmllang"]),
            ("term", ["term", "termtext", "terme", "termen"]),
            ("status", ["evaluation", "usage", "usagestatus", "termstatus", "administrativestatus", "statut"]),
            ("entrynote", ["entrynote"]),
            ("termtype", ["termtype", "typeofterm", "termtyp", "typeterme", "typedeterme"]),
            ("reliability", ["reliability", "reliabilitycode", "betrouwbaarheid", "betrouwbaarheidscode", "fiabilite", "codedefiabilite"]),
        ]
        var out: [String: String] = [:]
        for (field, names) in lists { for name in names { out[name] = field } }
        return out
    }()

    /// `header` in lower case without accents, spaces, `-`, `_` and `.`.
    static func foldedHeader(_ header: String) -> String {
        String(header.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .filter { !($0.isWhitespace || $0 == "-" || $0 == "_" || $0 == ".") })
    }

    /// The language whose deprecated ("do not use") terms a header column holds, or `nil` when the header is
    /// no such column or names no language one of `languages` has.
    ///
    /// A column is a forbidden-terms column when its name, without a language written in brackets or as its
    /// last word, is a word ``TermStatus/init(fieldValue:)`` reads as deprecated ("Do not use", "Forbidden",
    /// "Niet gebruiken", "Verboden", "À éviter", "Ne pas utiliser"), optionally followed by "terms"/"termen"/
    /// "termes". The language is written as a tag or a name ("(NL)", "(nl-BE)", "(Nederlands)", "- FR"); a
    /// Dutch or French word without a language ("Niet gebruiken", "À éviter") means its own language. The
    /// language resolves to the glossary's column of the same tag, else of the same primary language
    /// ("NL" is the `nl-BE` column).
    /// - Returns: `.unresolved` for a forbidden-terms column whose language cannot be told (English words
    ///   without a language, or a language no column has), so the caller can say so.
    static func forbiddenColumn(_ header: String, languages: [LanguageTag]) -> ForbiddenColumn? {
        let name = header.trimmingCharacters(in: .whitespaces)
        var candidates: [(name: Substring, language: String?)] = [(name[...], nil)]
        if name.hasSuffix(")") || name.hasSuffix("]"), let open = name.lastIndex(where: { $0 == "(" || $0 == "[" }) {
            let inside = name[name.index(after: open)..<name.index(before: name.endIndex)]
            candidates.insert((name[..<open], inside.trimmingCharacters(in: .whitespaces)), at: 0)
        } else if let cut = name.lastIndex(where: { $0 == " " || $0 == ":" || $0 == "–" }) {
            candidates.insert((name[..<cut], name[name.index(after: cut)...].trimmingCharacters(in: .whitespaces)), at: 0)
        }
        for (rest, written) in candidates {
            guard let word = forbiddenWord(rest) else { continue }
            let tag: LanguageTag?
            if let written {
                guard let t = LanguageTag(written) ?? languageNamed(written) else { continue }
                tag = t
            } else {
                tag = wordLanguage[word].flatMap { LanguageTag($0) }
            }
            guard let tag else { return .unresolved }
            if let exact = languages.first(where: { $0 == tag }) { return .language(exact) }
            if let same = languages.first(where: { $0.language == tag.language }) { return .language(same) }
            return .unresolved
        }
        return nil
    }

    /// `text` folded (lower case, no accents, no surrounding spaces or dashes, without a trailing
    /// "terms"/"termen"/"termes", or after a leading "termes")  when it is a word ``TermStatus/init(fieldValue:)`` reads as deprecated.
    private static func forbiddenWord(_ text: Substring) -> String? {
        var word = text.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "-–:")))
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        for suffix in [" terms", " termen", " termes", " words", " woorden", " mots"] where word.hasSuffix(suffix) {
            word.removeLast(suffix.count)
        }
        for prefix in ["termes ", "mots "] where word.hasPrefix(prefix) { word.removeFirst(prefix.count) }
        if word.hasSuffix("s"), TermStatus(fieldValue: String(word.dropLast())) == .deprecated { word.removeLast() }
        return TermStatus(fieldValue: word) == .deprecated ? word : nil
    }

    /// What ``forbiddenColumn(_:languages:)`` finds in a forbidden-terms header.
    enum ForbiddenColumn: Equatable {
        /// The column holds deprecated terms of this language (one of the glossary's language columns).
        case language(LanguageTag)
        /// The column holds deprecated terms, but of a language the header does not tell.
        case unresolved
    }

    /// The language of a Dutch or French "do not use" word written without a language in a header.
    private static let wordLanguage: [String: String] = [
        "niet gebruiken": "nl", "verboden": "nl", "afgeraden": "nl", "vermijden": "nl", "te vermijden": "nl",
        "afgekeurd": "nl", "fout": "nl",
        "ne pas utiliser": "fr", "interdit": "fr", "interdits": "fr", "a eviter": "fr", "deconseille": "fr",
        "proscrit": "fr", "rejete": "fr",
    ]

    /// The terms a concept-row cell holds: its synonyms are separated by `|` or `;` (a term — a word or a
    /// phrase — never holds a semicolon, and a spreadsheet user writes "ambtenaar; overheidspersoneel" for two
    /// terms). A comma does not separate: names of institutions and titles hold commas ("Minister van Justitie,
    /// belast met de Noordzee"). Surrounding spaces are trimmed and empty parts dropped.
    /// - Complexity: O(n) in the cell's Characters.
    static func synonyms(in cell: String) -> [String] {
        cell.split(whereSeparator: { $0 == "|" || $0 == ";" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}

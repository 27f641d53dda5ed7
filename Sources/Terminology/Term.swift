import TaalgrensCore

/// One term of a term entry: a word or phrase that names the entry's concept in one language
/// (TBX `termSec`, or `tig`/`ntig` in TBX 2008).
public struct Term: Hashable, Codable, Sendable {
    /// The term as written in the termbase ("réseau social", "Safer Internet Day").
    public var text: String
    /// The language of the section the term came from (its `xml:lang`), as written there.
    public var locale: LanguageTag
    /// Usage status; a term without one counts as ``TermStatus/preferred`` (as `docs/glossary.md` says).
    public var status: TermStatus
    /// TBX `partOfSpeech` ("noun", "verb", "properNoun", …), when given.
    public var partOfSpeech: String?
    /// TBX `termType` ("fullForm", "abbreviation", "acronym", "shortForm", …; TBX-Basic, as IATE and MultiTerm
    /// write it), when given: kept through lookups and exports, and a deprecated abbreviation's fix is an
    /// approved term of the same type (``TermEntry/replacement(for:in:)``).
    public var termType: String?
    /// IATE's reliability level of the term, 1 to 4 (an IATE CSV's `Reliability` column; TBX's `<descrip
    /// type="reliabilityCode">` on ISO 12620's scale of 1 to 10, read by ``reliability(fromTBXCode:)``): 1
    /// "reliability not verified", 2 "minimum reliability", 3 "reliable", 4 "very reliable" (IATE's scale);
    /// `nil` when the termbase gives none. A term of low reliability
    /// (``hasLowReliability``) makes its check findings warnings, not errors (`docs/terminology.md`,
    /// "Reliability").
    public var reliability: Int?
    /// Ordinary notes on this term (convention notes are parsed into ``properties`` instead).
    public var notes: [String]
    /// Term-level Taalgrens properties; `nil` fields inherit from the entry.
    public var properties: TermProperties

    /// Whether the termbase gives the term's part of speech as a noun (TBX `noun`, `commonNoun`; case ignored).
    public var isNoun: Bool { ["noun", "commonnoun"].contains(partOfSpeech?.lowercased() ?? "") }
    /// Whether the termbase gives the term's part of speech as a verb (TBX `verb`; case ignored).
    public var isVerb: Bool { partOfSpeech?.lowercased() == "verb" }
    /// Whether the termbase gives the term's part of speech as an adjective (TBX `adjective`; case ignored).
    public var isAdjective: Bool { partOfSpeech?.lowercased() == "adjective" }

    /// Whether the termbase rates the term's reliability low: IATE's code 1 (not verified) or 2 (minimum).
    public var hasLowReliability: Bool { (reliability ?? 3) <= 2 }

    /// A term; without a status it is preferred; `reliability` is IATE's code, 1–4 (``reliability``).
    public init(text: String, locale: LanguageTag, status: TermStatus = .preferred, partOfSpeech: String? = nil,
                notes: [String] = [], properties: TermProperties = TermProperties(), termType: String? = nil, reliability: Int? = nil) {
        self.termType = termType
        self.reliability = reliability
        self.text = text
        self.locale = locale
        self.status = status
        self.partOfSpeech = partOfSpeech
        self.notes = notes
        self.properties = properties
    }
}

extension Term {
    /// IATE's name of each reliability code, 1 to 4.
    static let reliabilityNames = [1: "reliability not verified", 2: "minimum reliability", 3: "reliable", 4: "very reliable"]

    /// What a check finding adds when its term is of low reliability (``hasLowReliability``): `the termbase
    /// rates "stofdeeltjes" 2 of 4 for reliability (minimum reliability), so this is a warning`; empty otherwise.
    func lowReliabilityClause(_ quotedText: String) -> String {
        guard hasLowReliability, let code = reliability else { return "" }
        return " The termbase rates \(quotedText) \(code) of 4 for reliability (\(Self.reliabilityNames[code] ?? "")), so this is a warning."
    }

    /// The level (1–4, ``reliability``) of a TBX `reliabilityCode`, which ISO 12620 (the data category TBX
    /// takes it from) rates from 1, least reliable, to 10, most reliable, and IATE's TBX export writes on that
    /// scale (its reliable terms are `9`): 1–3 "reliability not verified", 4–6 "minimum reliability", 7–9
    /// "reliable", 10 "very reliable". A level's name ("Minimum reliability") is read as that level; `nil` for
    /// anything else. ``tbxCode(forReliability:)`` is the way back.
    public static func reliability(fromTBXCode value: String) -> Int? {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if let code = Int(trimmed) {
            switch code {
            case 1...3: return 1
            case 4...6: return 2
            case 7...9: return 3
            case 10: return 4
            default: return nil
            }
        }
        guard trimmed.first?.isNumber != true else { return nil }
        return reliability(from: trimmed)
    }

    /// The TBX `reliabilityCode` written for a level (1–4): 1, 6, 9, 10, each read back as its level by
    /// ``reliability(fromTBXCode:)``.
    public static func tbxCode(forReliability level: Int) -> Int {
        [1: 1, 2: 6, 3: 9, 4: 10][level] ?? 9
    }

    /// IATE's reliability code written as a termbase gives it: the digit `1`–`4`, the name of the level in
    /// IATE's English interface ("Reliability not verified", "Minimum reliability", "Reliable", "Very
    /// reliable"; case and surrounding spaces ignored), or both as IATE's CSV export writes them ("3 -
    /// Reliable", the name agreeing with the digit); `nil` for anything else.
    /// - Complexity: O(length of `value`).
    public static func reliability(from value: String) -> Int? {
        let folded = value.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if let code = Int(folded), (1...4).contains(code) { return code }
        // IATE's CSV export writes the code with its name: "3 - Reliable", "2 - Minimum reliability".
        if let first = folded.first, let code = first.wholeNumberValue, (1...4).contains(code),
           folded.dropFirst().first.map({ !$0.isNumber }) ?? true,
           folded.dropFirst().drop(while: { $0 == " " || $0 == "-" || $0 == ":" || $0 == "." }).isEmpty == false {
            let name = String(folded.dropFirst().drop(while: { $0 == " " || $0 == "-" || $0 == ":" || $0 == "." }))
            if let named = reliability(from: name), named == code { return code }
            return nil
        }
        switch folded.split(whereSeparator: \.isWhitespace).joined(separator: " ") {
        case "reliability not verified", "not verified": return 1
        case "minimum reliability": return 2
        case "reliable": return 3
        case "very reliable": return 4
        default: return nil
        }
    }
}

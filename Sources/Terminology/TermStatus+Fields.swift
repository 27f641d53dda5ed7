import Foundation

/// Term statuses as other termbase tools record them: SDL MultiTerm and spreadsheet glossaries keep the
/// status in a field of their own choosing (`<termNote type="Usage">forbidden</termNote>`,
/// `<descrip type="Status">approved</descrip>`) instead of TBX's `administrativeStatus`.
extension TermStatus {
    /// Whether a TBX field (the `type` of a `termNote`/`descrip`/`admin`, or a DCT element name) holds a
    /// term's status: the TBX data categories `administrativeStatus`, `normativeAuthorization`,
    /// `termStatus`, and the names tools and users give such fields in English, Dutch and French
    /// (`Usage`, `Status`, `Usage status`, `Term status`, `Acceptability`, `Gebruik`, `Statuut`, `Statut`,
    /// `Utilisation`, `Emploi`). Case, spaces, `-` and `_` are ignored.
    static func isStatusField(_ name: String) -> Bool {
        statusFields.contains(folded(name))
    }

    private static let statusFields: Set<String> = [
        "administrativestatus", "normativeauthorization", "termstatus", "status", "usage", "usagestatus",
        "usagelabel", "acceptability", "termusage", "gebruik", "statuut", "gebruiksstatus", "statut",
        "utilisation", "emploi", "usagestatut",
    ]

    /// Reads a status value from a tool's own field: first as ``init(tbx:)`` does, then the words
    /// terminology tools and newsrooms use for the four statuses in English, Dutch and French ("do not
    /// use", "verboden", "interdit" are deprecated; "allowed", "toegestaan", "admis" admitted;
    /// "recommended", "valid" (XTM's export), "voorkeur", "privilégié" preferred; "outdated", "verouderd", "vieilli" superseded).
    /// Case, accents and surrounding spaces are ignored.
    /// - Returns: `nil` for a value that is none of these.
    init?(fieldValue text: String) {
        if let status = TermStatus(tbx: text) { self = status; return }
        let word = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
            .replacingOccurrences(of: "’", with: "'")
        guard let status = Self.valueWords[word] else { return nil }
        self = status
    }

    private static let valueWords: [String: TermStatus] = {
        var out: [String: TermStatus] = [:]
        let lists: [(TermStatus, [String])] = [
            (.preferred, ["recommended", "preferred term", "valid", "standard", "main term", "primary", "required", "mandatory",
                          "voorkeur", "voorkeursterm", "aanbevolen", "goedgekeurd", "verplicht",
                          "prefere", "privilegie", "recommande", "approuve", "normalise", "terme privilegie"]),
            (.admitted, ["allowed", "permitted", "acceptable", "tolerated", "alternative", "secondary", "synonym",
                         "toegestaan", "toegelaten", "aanvaardbaar", "aanvaard", "synoniem", "alternatief",
                         "admis", "tolere", "accepte", "autorise", "acceptable", "synonyme"]),
            (.deprecated, ["do not use", "don't use", "dont use", "not allowed", "prohibited", "banned", "avoid",
                           "incorrect", "wrong", "not approved", "unapproved", "blacklisted", "forbidden term",
                           "verboden", "afgeraden", "niet gebruiken", "vermijden", "te vermijden", "fout", "afgekeurd",
                           "interdit", "deconseille", "a eviter", "proscrit", "rejete", "ne pas utiliser", "refuse"]),
            (.superseded, ["outdated", "replaced", "old", "former", "archaic",
                           "verouderd", "vervangen", "oud",
                           "vieilli", "remplace", "desuet", "ancien"]),
        ]
        for (status, words) in lists { for word in words { out[word] = status } }
        return out
    }()

    private static func folded(_ name: String) -> String {
        String(name.lowercased().filter { $0 != " " && $0 != "-" && $0 != "_" })
    }
}

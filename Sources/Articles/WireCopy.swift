import Foundation

/// A news agency's wire copy as plain text (Belga, ANP, AFP, Reuters, dpa): the lines around the story
/// that are the agency's instructions and bookkeeping for the newsrooms it serves, not text they publish.
///
/// A wire story reaches an editor as
/// ```
/// EMBARGO TOT DINSDAG 14 MAART 2023, 06.00 UUR
///
/// Nationale actiedag verstoort openbaar vervoer
///
/// BRUSSEL (Belga) - De vakbonden houden dinsdag …
///
/// (belga)
///
/// KDW/JVD/
/// ```
/// The embargo line says when the story may run; the closing tag in brackets and the desk's initials
/// (the writers' and the editor's, with an optional time stamp) end the copy. Read as text, the embargo
/// line was the article's title and the headline a heading; the tag and initials were headings to
/// translate (thirteenth trial, finding 1). A byline ("Door Jan Peeters") and a picture credit ("Foto:
/// Belga / Nicolas Maeterlinck") are text, never headings. The dateline ("BRUSSEL (Belga) -") is part of the published story and stays.
enum WireCopy {
    /// Whether `paragraph` (the lines of one paragraph, trimmed) is an embargo line: one line starting with
    /// `EMBARGO` in capitals, with `Embargo:` or `Embargo` followed by "until", "till", "tot", "jusqu'…", or
    /// with "Embargoed", "Under embargo", "Onder embargo", "Sous embargo", "Not for publication", "Niet
    /// publiceren", "Niet voor publicatie", "Pas de publication", "Ne pas publier" (any case). "Embargo on
    /// Russian oil extended" is a headline and stays.
    static func isEmbargoLine(_ paragraph: [String]) -> Bool {
        guard paragraph.count == 1, let line = paragraph.first else { return false }
        let lower = line.lowercased().replacingOccurrences(of: "\u{00A0}", with: " ")
        if line.hasPrefix("EMBARGO") { return true }
        let releaseNotices = ["embargoed", "under embargo", "onder embargo", "sous embargo", "not for publication",
                              "niet publiceren", "niet voor publicatie", "pas de publication", "ne pas publier"]
        if releaseNotices.contains(where: { lower.hasPrefix($0) }) { return true }
        guard lower.hasPrefix("embargo") else { return false }
        let rest = lower.dropFirst("embargo".count).drop { $0 == " " }
        return rest.hasPrefix(":") || ["until ", "till ", "tot ", "jusqu'", "jusqu’"].contains { rest.hasPrefix($0) }
    }

    /// Whether `token` is an agency's tag in round brackets: letters, with `/` between agencies, 2 to 24
    /// characters inside: "(belga)", "(BELGA)", "(ANP)", "(afp)", "(Reuters)", "(ANP/Belga)".
    static func isAgencyTag(_ token: Substring) -> Bool {
        let text = token.hasSuffix(".") ? token.dropLast() : token
        guard text.hasPrefix("("), text.hasSuffix(")") else { return false }
        let word = text.dropFirst().dropLast()
        return (2...24).contains(word.count) && word.first?.isLetter == true && word.last?.isLetter == true
            && word.allSatisfy { $0.isLetter || $0 == "/" }
    }

    /// Whether `token` is a desk's initials: groups of two to five letters joined by `/`, at least two
    /// groups or one with a slash at an end ("KDW/JVD/", "VDB/JPE", "/ADB/", "ane/cf").
    static func isInitials(_ token: Substring) -> Bool {
        let groups = token.split(separator: "/")
        return !groups.isEmpty && groups.count <= 6 && groups.allSatisfy { (2...5).contains($0.count) && $0.allSatisfy(\.isLetter) }
            && (groups.count >= 2 || token.hasSuffix("/") || token.hasPrefix("/"))
    }

    /// Whether `paragraph` is the copy's end line: one line that is an agency's tag (``isAgencyTag(_:)``),
    /// a desk's initials (``isInitials(_:)``) or a tag followed by initials, with an optional time stamp of
    /// digits and capitalised month or year tokens after them: "(belga)", "KDW/JVD/", "(belga) VDB/JPE",
    /// "ane/cf 141200 MAR 23".
    static func isEndLine(_ paragraph: [String]) -> Bool {
        guard paragraph.count == 1, let line = paragraph.first else { return false }
        var tokens = line.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" })[...]
        var marked = false
        if let first = tokens.first, isAgencyTag(first) {
            marked = true
            tokens = tokens.dropFirst()
        }
        if let first = tokens.first, isInitials(first) {
            marked = true
            tokens = tokens.dropFirst()
        }
        // A time stamp after them: digits, and month or year tokens ("141200 MAR 23").
        return marked && tokens.allSatisfy { token in
            token.allSatisfy(\.isNumber) || (token.count <= 4 && token.allSatisfy(\.isLetter) && token.uppercased() == String(token))
        }
    }

    /// Whether a one-line paragraph is a byline or a picture credit rather than a heading: "Door Jan Peeters",
    /// "By Sarah De Vos", "Par Marie Dupont", "Van onze redacteur …", "Foto: Belga / Nicolas Maeterlinck",
    /// "Photo : Belga", "Beeld: …", "Image: …", "Illustratie: …" (a word, an optional space, a colon). A byline
    /// is at most six words, the word after "Door"/"By"/"Par" capitalised ("By Tuesday evening" is a
    /// heading's start too, so the name's second word must be capitalised as well, or the line two words).
    static func isBylineOrCredit(_ line: String) -> Bool {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" })
        guard let first = words.first else { return false }
        let creditWords: Set<String> = ["foto", "foto's", "fotos", "photo", "photos", "beeld", "image", "images",
                                        "illustratie", "illustration", "video", "vidéo", "credit", "crédit", "bron", "source"]
        let head = first.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ":"))
        if creditWords.contains(head), first.hasSuffix(":") || (words.count > 1 && words[1] == ":") { return true }
        guard ["door", "by", "par"].contains(first.lowercased()), (2...6).contains(words.count) else {
            return ["van onze", "de notre", "from our"].contains { line.lowercased().hasPrefix($0 + " ") }
        }
        let name = words.dropFirst()
        let capitalised = name.filter { $0.first?.isUppercase == true }.count
        return name.first?.first?.isUppercase == true && (capitalised >= 2 || name.count == 1)
    }

    /// Words that name the kind of document a press office sends, in en, nl and fr: a first line in capitals
    /// holding one of them ("PRESS RELEASE", "PERSBERICHT", "COMMUNIQUÉ DE PRESSE", "MEDIA ADVISORY", "FOR
    /// IMMEDIATE RELEASE") is the document's label, not its title (fifteenth trial, finding 5).
    static let documentTypeWords: Set<String> = [
        "release", "advisory", "statement", "persbericht", "persmededeling", "perscommuniqué", "persuitnodiging",
        "mededeling", "nieuwsbericht", "communiqué", "communique", "persnota",
    ]

    /// Whether `paragraph` is a press release's document label: one line of at most six words, every letter
    /// a capital, with a word of ``documentTypeWords``. Such a line heads the release as a kicker heads a
    /// web page's title; the headline after it is the title.
    static func isDocumentLabel(_ paragraph: [String]) -> Bool {
        guard paragraph.count == 1, let line = paragraph.first else { return false }
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" })
        let letters = line.filter(\.isLetter)
        guard (1...6).contains(words.count), letters.count >= 4, letters.allSatisfy(\.isUppercase) else { return false }
        return words.contains { documentTypeWords.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) }
    }

    /// Whether `paragraph` is a press release's end mark: one line that is "###", "- 30 -" / "-30-", or the
    /// word for "end" ("ENDS", "END", "EINDE", "FIN") either in capitals or between dashes, hashes or
    /// asterisks ("-- ENDS --", "-ENDS-", "— Einde —", "*** FIN ***"). It is the release's bookkeeping, as a
    /// wire's closing tag is (fifteenth trial, finding 5); what follows it (the press contact, "Notes to
    /// editors") is still the release's text.
    static func isEndMark(_ paragraph: [String]) -> Bool {
        guard paragraph.count == 1, let line = paragraph.first else { return false }
        let marks: Set<Character> = ["-", "–", "—", "#", "*", " ", "\u{00A0}"]
        let core = line.drop { marks.contains($0) }.reversed().drop { marks.contains($0) }.reversed()
        let word = String(core)
        if word.isEmpty { return line.filter { $0 == "#" }.count == 3 && line.allSatisfy { $0 == "#" || $0 == " " } }
        let decorated = word.count < line.count
        if word == "30" { return decorated }
        guard ["ends", "end", "einde", "fin"].contains(word.lowercased()) else { return false }
        return decorated || word.allSatisfy(\.isUppercase)
    }

    /// The paragraphs of `paragraphs` (each the trimmed lines of one paragraph, in order) that are the
    /// agency's and not the story: embargo lines wherever they are (some agencies repeat them at the end),
    /// and the closing tags and initials lines that end the text. A text that would keep nothing has none.
    /// - Returns: the indices of those paragraphs.
    static func agencyParagraphs(_ paragraphs: [[String]]) -> Set<Int> {
        var found: Set<Int> = []
        for (index, paragraph) in paragraphs.enumerated() where isEmbargoLine(paragraph) {
            found.insert(index)
        }
        // Closing tags and initials only at the end: after them comes nothing but more of them.
        var index = paragraphs.count - 1
        while index >= 0, isEndLine(paragraphs[index]) {
            found.insert(index)
            index -= 1
        }
        return found.count < paragraphs.count ? found : []
    }
}

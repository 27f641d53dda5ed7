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
/// translate. The dateline ("BRUSSEL (Belga) -") is part of the published story and stays.
enum WireCopy {
    /// Whether `paragraph` (the lines of one paragraph, trimmed) is an embargo line: one line starting with
    /// `EMBARGO` in capitals, with `Embargo:` or `Embargo` followed by "until", "till", "tot", "jusqu'…", or
    /// with "Embargoed", "Under embargo", "Onder embargo", "Sous embargo" (any case). "Embargo on Russian
    /// oil extended" is a headline and stays.
    static func isEmbargoLine(_ paragraph: [String]) -> Bool {
        guard paragraph.count == 1, let line = paragraph.first else { return false }
        let lower = line.lowercased()
        if line.hasPrefix("EMBARGO") { return true }
        if ["embargoed", "under embargo", "onder embargo", "sous embargo"].contains(where: { lower.hasPrefix($0) }) { return true }
        guard lower.hasPrefix("embargo") else { return false }
        let rest = lower.dropFirst("embargo".count).drop { $0 == " " || $0 == "\u{00A0}" }
        return rest.hasPrefix(":") || ["until ", "till ", "tot ", "jusqu'", "jusqu’"].contains { rest.hasPrefix($0) }
    }

    /// Whether `paragraph` is an agency's closing tag: one line that is a word of two to twelve letters in
    /// round brackets, with an optional final full stop: "(belga)", "(BELGA)", "(ANP)", "(afp)", "(Reuters)".
    static func isClosingTag(_ paragraph: [String]) -> Bool {
        guard paragraph.count == 1, let line = paragraph.first else { return false }
        let text = line.hasSuffix(".") ? String(line.dropLast()) : line
        guard text.hasPrefix("("), text.hasSuffix(")") else { return false }
        let word = text.dropFirst().dropLast()
        return (2...12).contains(word.count) && word.allSatisfy { $0.isLetter }
    }

    /// Whether `paragraph` is a desk's initials line: one line of groups of two to five letters, each
    /// followed by or following a `/`, at least two groups or one group with a slash ("KDW/JVD/", "/ADB/",
    /// "ane/cf", "KDW/JVD/ 141200 MAR 23"), optionally followed by a time stamp of digits and a
    /// month abbreviation.
    static func isInitialsLine(_ paragraph: [String]) -> Bool {
        guard paragraph.count == 1, let line = paragraph.first, line.contains("/") else { return false }
        let parts = line.split(separator: " ")
        guard let first = parts.first else { return false }
        let groups = first.split(separator: "/")
        guard !groups.isEmpty, groups.count <= 6, groups.allSatisfy({ (2...5).contains($0.count) && $0.allSatisfy(\.isLetter) }),
              groups.count >= 2 || first.hasSuffix("/") || first.hasPrefix("/") else { return false }
        // A time stamp after the initials: digits, and month or year tokens ("141200 MAR 23").
        return parts.dropFirst().allSatisfy { token in
            token.allSatisfy(\.isNumber) || (token.count <= 4 && token.allSatisfy(\.isLetter) && token.uppercased() == String(token))
        }
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
        while index >= 0, isClosingTag(paragraphs[index]) || isInitialsLine(paragraphs[index]) {
            found.insert(index)
            index -= 1
        }
        return found.count < paragraphs.count ? found : []
    }
}

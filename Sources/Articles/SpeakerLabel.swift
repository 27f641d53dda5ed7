import Foundation

/// The speaker label at the start of a plain-text line of an interview or a transcript (`Q:`, `A:`,
/// `Vraag:`, `Question :`, `R.`, `Sarah Lambert:`, `SL :`), and the line-end rule that decides whether
/// such a line starts a paragraph or merely continues a soft-wrapped sentence (tenth trial, finding 7;
/// `docs/articles.md`, "Plain text").
///
/// A label is, at the start of the line:
/// - **the colon form:** one to four words of at most 40 characters in all, the first starting with an
///   uppercase letter, each made of letters with inner `-`, `'`, `’` or `.` (`Jean-Luc`, `S.L.`), the
///   later ones capitalised or a lowercase name particle (`van`, `de`, `der`, `du`, `le`, …), then an
///   optional space (ordinary, no-break, narrow no-break or thin: French writes `Question :`) and a colon
///   followed by white space or the end of the line. `14:30` and `https://` are not labels: the colon
///   must follow letters and be followed by a space.
/// - **the dot form:** one of the interview letters `Q`, `A`, `R` (réponse), `V` (vraag) followed by
///   `.` and a space (`Q. How many?`, `R. Environ…`).
struct SpeakerLabel: Equatable {
    /// The label as written, without its colon or dot (`Q`, `Sarah Lambert`).
    let name: String
    /// Whether the label uses the dot form (`Q.`).
    let isDotForm: Bool

    /// Labels that name the interview's roles in English, Dutch and French: such a line is a turn of an
    /// interview even when it is the only labelled line of its paragraph. Compared case-insensitively.
    static let interviewRoles: Set<String> = ["q", "a", "r", "v", "question", "réponse", "reponse", "answer",
                                               "vraag", "antwoord", "interviewer", "interview"]

    /// Lowercase words a person's name may hold between its capitalised words (Dutch, French, German
    /// and Italian name particles).
    static let nameParticles: Set<String> = ["van", "de", "der", "den", "het", "ten", "ter", "te", "du", "des",
                                              "le", "la", "von", "zu", "di", "da", "del", "della", "d'", "d’"]

    private static let dotFormLetters: Set<Character> = ["Q", "A", "R", "V"]
    private static let spacesBeforeColon: Set<Character> = [" ", "\u{00A0}", "\u{202F}", "\u{2009}"]
    private static let spacesAfter: Set<Character> = [" ", "\t", "\u{00A0}", "\u{202F}", "\u{2009}"]

    /// Whether the label names an interview role (``interviewRoles``).
    var isInterviewRole: Bool { Self.interviewRoles.contains(name.lowercased()) }

    /// Whether the label is initials: one word of at most four uppercase letters, dots allowed (`SL`, `S.L.`).
    var isInitials: Bool {
        let letters = name.filter { $0 != "." }
        return !name.contains(" ") && (1...4).contains(letters.count) && letters.allSatisfy { $0.isUppercase }
    }

    /// The label at the start of `line` (already trimmed of leading white space), or `nil`.
    /// Complexity: O(n) in the label's length (at most about 45 characters are looked at).
    static func at(startOf line: String) -> SpeakerLabel? {
        let characters = Array(line.prefix(48))
        guard let first = characters.first, first.isUppercase else { return nil }
        if characters.count >= 3, dotFormLetters.contains(first), characters[1] == ".", spacesAfter.contains(characters[2]) {
            return SpeakerLabel(name: String(first), isDotForm: true)
        }
        guard let colon = characters.firstIndex(of: ":"), colon > 0, colon <= 41 else { return nil }
        if colon + 1 < characters.count, !spacesAfter.contains(characters[colon + 1]) { return nil }
        var end = colon
        if spacesBeforeColon.contains(characters[end - 1]) { end -= 1 }
        let name = String(characters[..<end])
        guard !name.isEmpty, name.count <= 40, !name.hasSuffix(" ") else { return nil }
        let words = name.split(separator: " ", omittingEmptySubsequences: false)
        guard (1...4).contains(words.count) else { return nil }
        for (index, word) in words.enumerated() {
            guard let initial = word.first, initial.isLetter, word.last != "-",
                  word.allSatisfy({ $0.isLetter || "-'’.".contains($0) }) else { return nil }
            if index > 0, !initial.isUppercase, !nameParticles.contains(String(word)) { return nil }
        }
        return SpeakerLabel(name: name, isDotForm: false)
    }

    /// Whether `line` (trimmed) ends a sentence or introduces what follows: its last character, after any
    /// closing quotation marks and brackets, is `.`, `!`, `?`, `…` or `:`. A line ending otherwise is cut by
    /// a soft wrap in the middle of a sentence, so the line after it continues that sentence whatever it
    /// starts with.
    static func endsSentence(_ line: String) -> Bool {
        let closers: Set<Character> = ["\"", "'", "”", "’", "»", ")", "]", "\u{00A0}", "\u{202F}", " "]
        guard let last = line.reversed().first(where: { !closers.contains($0) }) else { return false }
        return ".!?…:".contains(last)
    }
}

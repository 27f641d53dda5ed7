import Foundation
import Segmentation
import TaalgrensCore

/// Reads plain text, as copied from an e-mail or a word processor.
///
/// Rules (also in `docs/articles.md`):
/// - Paragraphs are separated by blank lines (lines holding only whitespace count as blank).
/// - A single line break inside a paragraph is a soft wrap: the lines are joined with one space. A line
///   that ends in a letter followed by `-` is joined without a space, keeping the hyphen ("well-" +
///   "known" → "well-known"); one that ends in a soft hyphen is joined without a space.
/// - Except a line ended on purpose: a line break that the segmenter's step 1 keeps
///   (``Segmenter/keptLineBreaks(in:)``: after a heading line, between the lines of a block of fields such
///   as a press contact block, before a dateline) is a line-break code, so the article keeps the line
///   (`<br>` in HTML, a hard break in Markdown) and the segmenter cuts there as it does in the text.
/// - A line starting with `•`, `-`, `*`, `▪` or `◦` followed by a space starts a list item; the lines
///   after it, up to the next item or blank line, continue it. Lines before the first item of a
///   paragraph form a paragraph of their own. So does a line opened by an emoji and a space (``emojiItem(_:)``:
///   ✅, 👉, 1️⃣) when at least two lines of its paragraph are so opened; the item keeps its emoji.
/// - A line starting with an en dash `–` or an em dash `—` followed by a space is dialogue (the dash that
///   opens a reply in Dutch and French reporting, an interview's question), not a list item: it starts a
///   paragraph of its own that keeps the dash as text, and is never a title or heading.
/// - A line starting with a speaker label (``SpeakerLabel``: `Q:`, `A:`, `Vraag:`, `Question :`, `R.`,
///   `Sarah Lambert:`, `SL :`) is a turn of an interview or transcript and starts a paragraph of its own
///   when at least two lines of its paragraph start with a label, or when its label names an interview
///   role (`Q`, `A`, `R`, `V`, `Vraag`, `Antwoord`, `Question`, `Réponse`, …; colon form). A line
///   starting with an interview role's label is never a title or heading, one starting with initials
///   (`SL:`) never a heading.
/// - A dialogue or speaker line starts a paragraph only after a line that ends a sentence or introduces
///   what follows (``SpeakerLabel/endsSentence(_:)``: `.`, `!`, `?`, `…` or `:`, closing quotes and
///   brackets aside) or at a paragraph's start; after a line cut in mid-sentence it is a soft wrap and
///   continues that line ("the campaign\n– which started in May – reached" is one sentence).
/// - The title: the first paragraph, when it is a single line of at most 200 characters that is not a list
///   item and does not end in `.`, `,`, `;` or `:` (a title may end in `?` or `!`).
/// - A heading: a later paragraph that is a single line of at most 100 characters, not a list item, and
///   ends in neither `.`, `,`, `;`, `:`, `!`, `?` nor `…`, followed by a paragraph that is not such a line
///   itself: a heading heads text, so a run of one-line items (a social post's lines, a newsletter's list of
///   posts) and a last line are paragraphs.
/// - For both, a line's end is read without a post's closing tail (``lineEnd(_:)``: emoji, hashtags,
///   handles), so "Scan de QR-code NIET! #phishing #itsme" ends in `!`; a line that ends in a web or e-mail
///   address ("Meld het: verdacht@safeonweb.be") or holds nothing but such a tail is neither.
/// - A news agency's embargo line, closing tag and desk initials (``WireCopy``), a press release's document
///   label over its headline ("PRESS RELEASE", "PERSBERICHT") and its end mark ("-- ENDS --", "###") and an
///   e-mail's signature are not read.
enum PlainTextReader {
    /// The index of an e-mail's signature separator: the last line that is `-- ` (RFC 3676, 4.3, the
    /// "sig dash" mail programs strip) or `--`, after at least one line of text and before at most 12;
    /// `nil` when there is none.
    /// What follows it (a name, a job title, telephone numbers, a confidentiality notice) is the sender's
    /// signature, not the article.
    static func signatureSeparator(_ lines: [Substring]) -> Int? {
        guard let index = lines.lastIndex(where: { $0 == "-- " || $0 == "--" }) else { return nil }
        // A signature is short: at most 12 lines of text after the separator (a `--` line between an
        // article's sections is followed by more).
        let after = lines[(index + 1)...].filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count
        return after <= 12 && lines[..<index].contains(where: { $0.contains(where: \.isLetter) }) ? index : nil
    }

    /// The index of a letter's closing ("Kind regards,", "Met vriendelijke groeten,", "Bien à vous,",
    /// "Cordialement,") as the last paragraph before a signature: one line of at most five words ending in
    /// a comma, alone between blank lines; `nil` otherwise.
    static func closingLine(_ lines: [Substring]) -> Int? {
        guard let last = lines.lastIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else { return nil }
        let text = lines[last].trimmingCharacters(in: .whitespaces)
        guard text.hasSuffix(","), text.split(separator: " ").count <= 5,
              last == 0 || lines[last - 1].trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return last
    }

    /// The last character of a one-line paragraph for the title and heading rules, read without a social
    /// post's closing tail: the words at its end that are hashtags (`#` and a letter or digit), handles (`@`
    /// and a letter or digit) or hold no letter, digit nor terminator (an emoji with its skin tone, flag or
    /// ZWJ sequence, `→`). `nil` when nothing but such a tail is left, or when the line ends in a web
    /// address (a scheme `://`, or `www.`) or an e-mail address: a call to act, not a heading.
    /// - Parameter line: the paragraph's plain text.
    /// - Complexity: O(n) in the line's Characters.
    static func lineEnd(_ line: String) -> Character? {
        let words = line.split(whereSeparator: \.isWhitespace)
        func isTail(_ word: Substring) -> Bool {
            if let first = word.first, first == "#" || first == "@" {
                return word.count > 1 && word.dropFirst().allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
            }
            return !word.contains { $0.isLetter || $0.isNumber || ".,;:!?…".contains($0) }
        }
        guard let last = words.lastIndex(where: { !isTail($0) }) else { return nil }
        let word = words[last].lowercased()
        let trimmed = word.drop { "([{\"'“‘«<".contains($0) }
        if trimmed.contains("://") || trimmed.hasPrefix("www.") { return nil }
        if let at = trimmed.firstIndex(of: "@"), at != trimmed.startIndex,
           trimmed[trimmed.index(after: at)...].contains("."), trimmed.last?.isLetter == true { return nil }
        return words[last].last
    }

    /// A line opened by an emoji used as a bullet (a Character with an Extended_Pictographic or
    /// Regional_Indicator scalar, or a keycap sequence such as 1️⃣: UTS #51) and a space, with text after it:
    /// the whole line, the emoji kept (a ✅ or ❌, a number 1️⃣, says something a `•` does not); else `nil`.
    static func emojiItem(_ line: String) -> String? {
        guard let first = line.first, line.dropFirst().first == " ",
              line.dropFirst(2).contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
        let scalars = first.unicodeScalars
        let isEmoji = scalars.contains("\u{20E3}") || scalars.contains { ICU.hasProperty($0, .extendedPictographic) || ICU.hasProperty($0, .regionalIndicator) }
        return isEmoji ? line : nil
    }

    private static let bullets: Set<Character> = ["•", "-", "*", "▪", "◦"]
    private static let dialogueDashes: Set<Character> = ["–", "—"]

    static func read(_ text: String, locale: LanguageTag, articleID: String) -> Article {
        var blocks: [Block] = []
        var paragraph: [(line: Int, text: String)] = []
        // Blocks made headings by the one-line rule (a heading followed by another is a paragraph, below).
        var headingLines: Set<Int> = []

        func startsDialogue(_ line: String) -> Bool {
            guard let first = line.first, dialogueDashes.contains(first), let space = line.dropFirst().first else { return false }
            return space == " " || space == "\t" || space == "\u{00A0}"
        }

        func bulletContent(_ line: String) -> String? {
            guard let first = line.first, bullets.contains(first) else { return nil }
            let rest = line.dropFirst()
            guard let space = rest.first, space == " " || space == "\t" || space == "\u{00A0}" else { return nil }
            return String(rest.drop { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" })
        }

        func join(_ lines: [String]) -> String {
            var out = ""
            for line in lines {
                if out.isEmpty { out = line; continue }
                if out.hasSuffix("\u{00AD}") {
                    out += line
                } else if out.hasSuffix("-"), out.dropLast().last?.isLetter == true, line.first?.isLetter == true {
                    out += line
                } else {
                    out += " " + line
                }
            }
            return out
        }

        // The lines of one block grouped at the line breaks the segmenter keeps (fourteenth trial, finding
        // 10: a press contact block was one segment of name, function, phone and e-mail).
        func keptLines(_ lines: [String]) -> [[String]] {
            guard lines.count > 1 else { return [lines] }
            let kept = Segmenter.keptLineBreaks(in: lines.joined(separator: "\n"))
            guard !kept.isEmpty else { return [lines] }
            var groups: [[String]] = [[]]
            var offset = 0
            var next = 0
            for (index, line) in lines.enumerated() {
                groups[groups.count - 1].append(line)
                offset += line.utf16.count
                if index + 1 < lines.count {
                    while next < kept.count, kept[next] < offset { next += 1 }
                    if next < kept.count, kept[next] == offset { groups.append([]) }
                    offset += 1
                }
            }
            return groups
        }

        func flush() {
            defer { paragraph = [] }
            guard !paragraph.isEmpty else { return }
            var pending: [String] = []
            var pendingLine = paragraph[0].line
            var pendingIsItem = false
            var emitted: [Block] = []
            func emit() {
                guard !pending.isEmpty else { return }
                let content = BlockBuilder.plainContent(lines: keptLines(pending).map(join))
                if !BlockBuilder.isBlank(content) {
                    emitted.append(Block(kind: pendingIsItem ? .listItem : .paragraph, content: content,
                                         level: pendingIsItem ? 1 : nil, line: pendingLine))
                }
                pending = []
            }
            // Speaker labels count as turns when at least two lines of the paragraph have one, or when the
            // label names an interview role (`Q:`, `Vraag:`): a lone "Note: …" line stays in its paragraph.
            // Lines opened by emoji bullets (✅, 👉, 1️⃣ 2️⃣ 3️⃣) are list items when at least two lines of the
            // paragraph are (nineteenth trial, finding 13: soft-wrapped into the lead-in and each other).
            let emojiItems = paragraph.filter { emojiItem($0.text) != nil }.count >= 2
            let labels = paragraph.map { SpeakerLabel.at(startOf: $0.text) }
            let labelledLines = labels.filter { $0 != nil }.count
            for (index, (line, text)) in paragraph.enumerated() {
                let turn = startsDialogue(text)
                    || labels[index].map { labelledLines >= 2 || (!$0.isDotForm && $0.isInterviewRole) } == true
                if let item = bulletContent(text) ?? (emojiItems ? emojiItem(text) : nil) {
                    emit()
                    pending = [item]
                    pendingLine = line
                    pendingIsItem = true
                } else if turn, index == 0 || SpeakerLabel.endsSentence(paragraph[index - 1].text) {
                    emit()
                    pending = [text]
                    pendingLine = line
                    pendingIsItem = false
                } else {
                    if pending.isEmpty { pendingLine = line }
                    pending.append(text)
                }
            }
            emit()
            let label = paragraph.count == 1 ? SpeakerLabel.at(startOf: paragraph[0].text) : nil
            if paragraph.count == 1, emitted.count == 1, emitted[0].kind == .paragraph, !startsDialogue(paragraph[0].text),
               label?.isInterviewRole != true {
                let plain = emitted[0].content.plainText
                if blocks.isEmpty {
                    if plain.count <= 200, let last = lineEnd(plain), !".,;:".contains(last) { emitted[0].kind = .title }
                } else if plain.count <= 100, let last = lineEnd(plain), !".,;:!?…".contains(last), label?.isInitials != true,
                          !WireCopy.isBylineOrCredit(plain) {
                    emitted[0].kind = .heading
                    emitted[0].level = 2
                    headingLines.insert(blocks.count)
                }
            }
            blocks += emitted
        }

        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let separator = signatureSeparator(lines) {
            // An e-mail's signature is not the article (twelfth trial, finding 6): nor is the closing before it.
            lines = Array(lines[..<separator])
            if let closing = closingLine(lines) { lines = Array(lines[..<closing]) }
        }
        // A news agency's embargo line, closing tag and desk initials are not the story (session 13).
        var paragraphLines: [[Int]] = [[]]
        for (index, raw) in lines.enumerated() {
            if raw.trimmingCharacters(in: .whitespaces).isEmpty {
                if !paragraphLines[paragraphLines.count - 1].isEmpty { paragraphLines.append([]) }
            } else {
                paragraphLines[paragraphLines.count - 1].append(index)
            }
        }
        if paragraphLines.last?.isEmpty == true { paragraphLines.removeLast() }
        let trimmedParagraphs = paragraphLines.map { $0.map { lines[$0].trimmingCharacters(in: .whitespaces) } }
        var dropped = WireCopy.agencyParagraphs(trimmedParagraphs)
        // A press release's document label before its headline, and its end mark (fifteenth trial, finding 5).
        if trimmedParagraphs.count > 1, WireCopy.isDocumentLabel(trimmedParagraphs[0]) { dropped.insert(0) }
        for (index, paragraph) in trimmedParagraphs.enumerated() where WireCopy.isEndMark(paragraph) { dropped.insert(index) }
        if dropped.count < trimmedParagraphs.count {
            for paragraph in dropped { for index in paragraphLines[paragraph] { lines[index] = "" } }
        }
        for (index, raw) in lines.enumerated() {
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { flush() } else { paragraph.append((index + 1, trimmed)) }
        }
        flush()
        // A heading heads text: one followed by another heading line, or by nothing, is a paragraph (a run
        // of one-line posts or items; session 19, social posts and newsletter items).
        for index in headingLines where index + 1 == blocks.count || headingLines.contains(index + 1) {
            blocks[index].kind = .paragraph
            blocks[index].level = nil
        }
        return Article(id: articleID, locale: locale, format: .text, blocks: blocks)
    }
}

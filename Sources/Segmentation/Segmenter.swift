import Foundation
import TaalgrensCore

/// Cuts text into sentences: ICU proposes sentence boundaries, then SRX 2.0 rules from the locale's
/// `segmentation.srx` veto some, add others, and so move boundaries (for example past a closing
/// guillemet).
///
/// How a boundary is decided (`docs/segmentation.md` has the full account):
/// 1. Single line breaks inside the text are soft wraps and read as spaces; a blank line (two or more
///    line breaks with only spaces between) is a hard break that no rule can veto, and so is a single
///    line break after a heading line (no final punctuation, a capital after it, and the next word would
///    have fit on it: ``endsHeadingLine(_:breakStart:breakEnd:)``).
/// 2. ICU's rule-based sentence iterator for the locale's language (the plain iterator, without
///    `@ss=standard`: the SRX layer carries the abbreviation data) proposes boundaries. This is UAX #29,
///    "Unicode Text Segmentation", section 5.
/// 3. A boundary sits in a *gap*: the run of whitespace around a position (empty when there is
///    none). For each gap holding an ICU proposal or a `break="yes"` match, the first rule that matches
///    anywhere in the gap decides (break or no break), in SRX 2.0's order: document order within a
///    `<languagerule>`, map order across cascaded maps. When no rule matches, ICU's proposal stands.
///    A rule matches at a position when a beforebreak match ends there and an afterbreak match starts
///    there; how that is found is ``RuleEvaluation``.
/// 4. Sentences are the text between the chosen gaps, trimmed of whitespace, never empty.
///
/// A `Segmenter` is immutable and safe to share between tasks.
public struct Segmenter: Sendable {
    /// The locale the segmenter was made for.
    public let locale: LanguageTag
    /// The SRX file whose rules apply, or `nil` when no `Locales/` folder matches the locale and ICU
    /// alone segments (callers may warn about that).
    public let rulesFile: URL?
    /// The ICU locale id used for the sentence iterator (the language subtag, for example `nl`).
    public let icuLocale: String
    /// How rules are evaluated: ``RuleEvaluation/candidates`` unless the initializer said otherwise.
    public let evaluation: RuleEvaluation
    let matcher: RuleMatcher

    /// The rules that ``RuleEvaluation/candidates`` cannot compile natively (syntax outside
    /// ``PatternTree``'s subset: case-insensitive mode, back-references, possessive quantifiers, other
    /// Unicode properties, …). They are scanned over the text with ICU, as ``RuleEvaluation/scan`` does
    /// for all rules, which is slower. Empty for the shipped rules (a test checks it).
    public var scannedRules: [SRXDocument.Rule] {
        matcher.rules.indices.filter { !matcher.program.rules[$0].isNative }.map { matcher.rules[$0].rule }
    }

    /// Creates a segmenter from the rules in `Locales/<folder>/segmentation.srx` of `data`, where
    /// `<folder>` is the folder whose name (a BCP 47 tag) best matches `locale` by language with region
    /// fallback both ways: `nl-BE` uses `nl-BE/`, `nl` uses `nl-BE/` when there is no `nl/`, `de-BE` uses
    /// `de/` when there is no `de-BE/`. Only folders holding a `segmentation.srx` count.
    ///
    /// When no folder matches, ICU alone segments and ``rulesFile`` is `nil`. Rules are evaluated with
    /// ``RuleEvaluation/candidates``.
    /// - Throws: ``InputError`` when `data` has no `Locales/` folder, when the SRX file is malformed
    ///   (naming the file and line) or has no language map for `locale`, or when ICU has no sentence
    ///   iterator for the language.
    public init(locale: LanguageTag, data: DataDirectory) throws {
        try self.init(locale: locale, data: data, evaluation: .candidates)
    }

    /// Creates a segmenter as ``init(locale:data:)`` does, evaluating rules as `evaluation` says
    /// (``RuleEvaluation/scan`` is the slow reference the tests compare the fast path with).
    /// - Throws: as ``init(locale:data:)``.
    public init(locale: LanguageTag, data: DataDirectory, evaluation: RuleEvaluation) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: data.locales.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError(file: data.locales.path, "expected a Locales/ folder holding one folder per locale")
        }
        if let folder = Segmenter.localeFolder(for: locale, in: data) {
            try self.init(locale: locale, rules: folder.appendingPathComponent("segmentation.srx"), evaluation: evaluation)
        } else {
            try self.init(locale: locale, matcher: RuleMatcher(rules: [], file: ""), rulesFile: nil, evaluation: evaluation)
        }
    }

    /// Creates a segmenter from any SRX 2.0 file (the command line's `--rules FILE`), using the rules its
    /// language maps give `locale` (with cascade when the file asks for it), evaluated with
    /// ``RuleEvaluation/candidates``.
    /// - Throws: ``InputError`` naming the file (and line) when it is missing, malformed, or has no
    ///   language map whose pattern matches `locale`.
    public init(locale: LanguageTag, rules: URL) throws {
        try self.init(locale: locale, rules: rules, evaluation: .candidates)
    }

    /// Creates a segmenter from any SRX 2.0 file as ``init(locale:rules:)`` does, evaluating rules as
    /// `evaluation` says.
    /// - Throws: as ``init(locale:rules:)``.
    public init(locale: LanguageTag, rules: URL, evaluation: RuleEvaluation) throws {
        let document = try SRXDocument(contentsOf: rules)
        try self.init(locale: locale, document: document, rulesFile: rules, evaluation: evaluation)
    }

    /// Creates a segmenter from an SRX document already in memory, evaluated with
    /// ``RuleEvaluation/candidates``.
    /// - Throws: ``InputError`` when no language map of `document` matches `locale`, or a rule does not
    ///   compile.
    public init(locale: LanguageTag, document: SRXDocument) throws {
        try self.init(locale: locale, document: document, rulesFile: nil, evaluation: .candidates)
    }

    /// Creates a segmenter from an SRX document already in memory, evaluating rules as `evaluation`
    /// says.
    /// - Throws: as ``init(locale:document:)``.
    public init(locale: LanguageTag, document: SRXDocument, evaluation: RuleEvaluation) throws {
        try self.init(locale: locale, document: document, rulesFile: nil, evaluation: evaluation)
    }

    private init(locale: LanguageTag, document: SRXDocument, rulesFile: URL?, evaluation: RuleEvaluation) throws {
        guard let rules = document.rules(for: locale) else {
            throw InputError(file: document.file,
                             "expected a <languagemap> whose languagepattern matches the locale \(locale.identifier)")
        }
        try self.init(locale: locale, matcher: RuleMatcher(rules: rules, file: document.file), rulesFile: rulesFile,
                      evaluation: evaluation)
    }

    private init(locale: LanguageTag, matcher: RuleMatcher, rulesFile: URL?, evaluation: RuleEvaluation) throws {
        self.locale = locale
        self.rulesFile = rulesFile
        self.icuLocale = locale.language
        self.evaluation = evaluation
        self.matcher = matcher
        do { _ = try ICU.sentenceBoundaries(in: "a", locale: icuLocale) } catch {
            throw InputError(file: "<locale>", "ICU has no sentence iterator for \(locale.identifier): \(error)")
        }
    }

    /// The folder of `data`'s `Locales/` whose name best matches `locale` (see
    /// ``init(locale:data:)``) and that holds a `segmentation.srx`, or `nil`.
    /// - Complexity: O(f) in the number of locale folders.
    public static func localeFolder(for locale: LanguageTag, in data: DataDirectory) -> URL? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: data.locales.path)) ?? []
        var candidates: [LanguageTag: URL] = [:]
        for name in names.sorted() {
            guard let tag = LanguageTag(name) else { continue }
            let folder = data.locales.appendingPathComponent(name, isDirectory: true)
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("segmentation.srx").path) {
                candidates[tag] = folder
            }
        }
        guard let best = locale.bestMatch(in: candidates.keys.sorted()) else { return nil }
        return candidates[best]
    }

    /// The sentences of `text` as ranges of UTF-16 offsets (end exclusive), in order, each trimmed of
    /// surrounding whitespace and never empty. Offsets refer to `text` as given, including any line
    /// breaks inside it.
    /// - Complexity: O(n) for n UTF-16 code units with ``RuleEvaluation/candidates``: ICU's linear pass,
    ///   one pass of table look-ups over the text, and for each candidate gap the rules' work near it.
    ///   O(r · n) for r rules with ``RuleEvaluation/scan``.
    public func sentenceRanges(in text: String) -> [Range<Int>] {
        let original = Array(text.utf16)
        let n = original.count
        if n == 0 { return [] }
        var analysis = original
        let hardGapStarts = Segmenter.softenLineBreaks(&analysis)
        let icu = (try? ICU.sentenceBoundaries(utf16: analysis, locale: icuLocale)) ?? [n]
        let breaks = matcher.rules.isEmpty
            ? Segmenter.icuBreaks(icu, hardGapStarts: hardGapStarts, in: analysis)
            : analysis.withUnsafeBufferPointer { units in
                var chooser = BreakChooser(matcher: matcher, text: units, native: evaluation == .candidates)
                return chooser.breaks(icu: icu, hardGapStarts: hardGapStarts)
            }
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(breaks.count + 1)
        var from = 0
        for gap in breaks {
            if let trimmed = Segmenter.trim(from..<gap.start, in: original) { ranges.append(trimmed) }
            from = gap.end
        }
        if let trimmed = Segmenter.trim(from..<n, in: original) { ranges.append(trimmed) }
        return ranges
    }

    /// The breaks when there are no rules: every gap with an ICU proposal or a hard break.
    static func icuBreaks(_ icu: [Int], hardGapStarts: [Int], in units: [UInt16]) -> [Gap] {
        var gaps: [Gap] = []
        for b in icu where b < units.count {
            if let gap = Gap(around: b, in: units) { gaps.append(gap) }
        }
        for s in hardGapStarts {
            if let gap = Gap(around: s, in: units) { gaps.append(gap) }
        }
        return Gap.merged(gaps)
    }

    // MARK: - Helpers on UTF-16 code units

    /// Replaces soft line breaks (a whitespace run with one line break) by spaces, keeping the length.
    /// A single line break after a heading line (``endsHeadingLine(_:breakStart:breakEnd:)``) is not
    /// soft: it stays and is a hard break, like a blank line.
    /// - Returns: the start offsets of whitespace runs with two or more line breaks, or with one line
    ///   break that ends a heading line (hard breaks).
    static func softenLineBreaks(_ units: inout [UInt16]) -> [Int] {
        lineBreakDecisions(&units).hardGapStarts
    }

    /// What step 1 decided about the line breaks of a text (``lineBreakDecisions(_:)``).
    struct LineBreakDecisions {
        /// The start offsets of the whitespace runs that are hard breaks.
        var hardGapStarts: [Int] = []
        /// The UTF-16 offsets of the line-break characters of the hard runs that hold one line break only,
        /// and of the soft line break before a heading line kept after a line that ended a sentence
        /// (``keptLineBreaks(in:)``).
        var keptSingleBreaks: [Int] = []
    }

    /// Step 1 on `units`: soft line breaks become spaces (the length is kept), and the hard ones are
    /// reported.
    /// - Complexity: O(n) in the text's length.
    static func lineBreakDecisions(_ units: inout [UInt16]) -> LineBreakDecisions {
        var decisions = LineBreakDecisions()
        var i = 0
        let n = units.count
        // Where the current line starts when it may be a heading line: at the block start, after a kept
        // break, or after a line that ended a sentence; `nil` inside a wrapped sentence.
        var lineStart: Int? = 0
        // The line break before the current line when that line starts after a sentence-ending line.
        var breakBeforeLine: Int? = nil
        let fieldBreaks = fieldBlockBreaks(units)
        while i < n {
            guard isWhitespace(units[i]) else { i += 1; continue }
            var j = i
            var lineBreaks = 0
            var breakAt: Int? = nil
            while j < n && isWhitespace(units[j]) {
                switch units[j] {
                case 0x0D:
                    lineBreaks += 1
                    breakAt = j
                    if j + 1 < n && units[j + 1] == 0x0A { j += 1 }
                case 0x0A, 0x0B, 0x0C, 0x85, 0x2028: lineBreaks += 1; breakAt = j
                case 0x2029: lineBreaks += 2
                default: break
                }
                j += 1
            }
            let heading = lineBreaks == 1
                && lineStart.map { endsHeadingLine(units, lineStart: $0, breakStart: i, breakEnd: j) } == true
            if lineBreaks >= 2 || (lineBreaks == 1 && (fieldBreaks.contains(i) || opensWithDateline(units, at: j))) || heading {
                decisions.hardGapStarts.append(i)
                if lineBreaks == 1, let breakAt {
                    if heading, let before = breakBeforeLine { decisions.keptSingleBreaks.append(before) }
                    decisions.keptSingleBreaks.append(breakAt)
                }
                lineStart = j
                breakBeforeLine = nil
            } else if lineBreaks == 1 {
                let endsSentence = i > 0 && endsWithTerminator(units, before: i)
                lineStart = endsSentence ? j : nil
                breakBeforeLine = endsSentence ? breakAt : nil
                for k in i..<j where isLineBreak(units[k]) { units[k] = 0x20 }
            }
            i = j
        }
        return decisions
    }

    /// The single line breaks of `text` that step 1 keeps ("How a boundary is decided" in
    /// `docs/segmentation.md`): those after a heading line, between the lines of a block of fields, and
    /// before a dateline; and the line break before a kept heading line that follows a line ending a
    /// sentence ("… closed.⏎Traffic advice⏎Drivers …"). A reader of plain text keeps these lines apart in
    /// the article (as line-break codes), so that an article shows them as the file has them; the other
    /// line breaks of a paragraph are soft wraps. Made into line-break codes, which ``segment(_:blockIndex:)``
    /// reads as line feeds, and the other line breaks into spaces, the lines give the same segments as
    /// the text itself: the break before such a heading line is returned so that the heading line still
    /// starts a line when the sentence-ending line before it is joined with a space.
    /// - Parameter text: the text, its line breaks as written (a paragraph's lines joined with `\n`).
    /// - Returns: the UTF-16 offsets of those line-break characters (of `\r` in a `\r\n`), ascending.
    /// - Complexity: O(n) in the text's length; no ICU and no rules are used.
    public static func keptLineBreaks(in text: String) -> [Int] {
        var units = Array(text.utf16)
        return lineBreakDecisions(&units).keptSingleBreaks
    }

    /// Whether the single line break in the whitespace run `breakStart..<breakEnd`, ending the line that
    /// starts at `lineStart` (the block start, or after a kept break or a line that ended a sentence:
    /// ``softenLineBreaks(_:)`` never asks about a line inside a wrapped sentence), ends a heading, a
    /// kicker or a label rather than wrapping a sentence (blind set 10: "Flu season starts early⏎Doctors
    /// see …", "Analyse⏎Waarom …"). It does when the line before it has at most ``maxHeadingLine`` UTF-16
    /// code units, a letter or a digit, no final punctuation (`. ? ! … : ; ,` or a dash, closing quotes
    /// and brackets skipped) and no `. ? ! …` before a space inside it, the line after it
    /// starts with a capital letter (after opening quotes or brackets), and the first word of the line
    /// after would have fit on the line before: the line before plus a space plus that word is no longer
    /// than the line after. Greedy wrapping (every editor's and `fmt`'s) moves a word to the next line
    /// only when it does not fit, so a wrapped line is never that short; a line that is, was ended on
    /// purpose. The last line of a paragraph is the only short wrapped line, and it has no line after it.
    /// - Parameters:
    ///   - units: the block's UTF-16 code units, soft line breaks before `breakStart` already replaced
    ///     by spaces.
    ///   - lineStart: the UTF-16 offset where the line before the break starts.
    ///   - breakStart: the UTF-16 offset where the whitespace run starts.
    ///   - breakEnd: the UTF-16 offset just after the run.
    /// - Complexity: O(l) for the two lines' lengths l in UTF-16 code units.
    static func endsHeadingLine(_ units: [UInt16], lineStart: Int, breakStart: Int, breakEnd: Int) -> Bool {
        let n = units.count
        // The line after: up to the next line break, trimmed.
        var afterEnd = breakEnd
        while afterEnd < n && !isLineBreak(units[afterEnd]) { afterEnd += 1 }
        guard let after = trim(breakEnd..<afterEnd, in: units) else { return false }
        guard let before = trim(lineStart..<breakStart, in: units), before.count <= maxHeadingLine else { return false }
        // No final punctuation on the line before.
        var last = before.upperBound - 1
        while last > before.lowerBound, isClosingMark(units[last]) { last -= 1 }
        switch units[last] {
        case 0x2E, 0x3F, 0x21, 0x2026, 0x3A, 0x3B, 0x2C, 0x2D, 0x2013, 0x2014: return false
        default: break
        }
        guard units[before].contains(where: { isLetterOrDigit($0) }) else { return false }
        // No terminator before a space inside it either: "The tribunal cited Art. 8 of the European⏎
        // Convention …" is a sentence, whatever its length.
        for k in before.lowerBound..<(before.upperBound - 1) where isWhitespace(units[k + 1]) {
            switch units[k] {
            case 0x2E, 0x3F, 0x21, 0x2026: return false
            default: break
            }
        }
        // A capital letter opens the line after (opening quotes and brackets skipped).
        var first = after.lowerBound
        while first < after.upperBound, isOpeningMark(units[first]) { first += 1 }
        guard first < after.upperBound, let scalar = scalar(at: first, in: units),
              scalar.properties.generalCategory == .uppercaseLetter else { return false }
        // The first word of the line after would have fit on the line before.
        var wordEnd = after.lowerBound
        while wordEnd < after.upperBound && !isWhitespace(units[wordEnd]) { wordEnd += 1 }
        return before.count + 1 + (wordEnd - after.lowerBound) <= after.count
    }

    /// The single line breaks of the block that separate the lines of a *block of fields*: a contact
    /// block ("Press contact⏎Els Peeters, spokesperson⏎+32 2 542 35 55⏎els.peeters@…") or a listing
    /// ("Vanavond op tv⏎20.00 u. Het Journaal (Eén)⏎20.40 u. Thuis (Eén)"), whose lines are fields, each a
    /// segment, not a sentence wrapped over lines (blind sets 11 and 12). A run of lines joined by single
    /// line breaks (blank lines end a run) is a block of fields when it has three lines or more, every
    /// line has at most ``maxFieldLine`` UTF-16 code units and does not end in a comma, a semicolon or a
    /// hyphen (a wrapped sentence goes on after those), and at least two of its lines are fields by their
    /// shape (``isFieldLine(_:in:)``): a phone number, an e-mail or web address, or a clock time that
    /// opens the line. Wrapped prose has lines of 60 to 80 characters, and a line of it that is only a
    /// phone number or an address is rare; two are rarer still.
    /// - Parameter units: the block's UTF-16 code units, line breaks as written.
    /// - Returns: the UTF-16 offsets where the whitespace runs holding those line breaks start.
    /// - Complexity: O(n) in the block's length.
    static func fieldBlockBreaks(_ units: [UInt16]) -> Set<Int> {
        let n = units.count
        var result = Set<Int>()
        // The lines of the current run and the starts of the single breaks between them.
        var lines: [Range<Int>] = []
        var breaks: [Int] = []
        func closeRun() {
            defer { lines.removeAll(); breaks.removeAll() }
            guard lines.count >= 3 else { return }
            var fields = 0
            for line in lines {
                guard let trimmed = trim(line, in: units), trimmed.count <= maxFieldLine else { return }
                switch units[trimmed.upperBound - 1] {
                case 0x2C, 0x3B, 0x2D, 0xAD: return
                default: break
                }
                if isFieldLine(trimmed, in: units) { fields += 1 }
            }
            if fields >= 2 { result.formUnion(breaks) }
        }
        var lineStart = 0
        var i = 0
        while i < n {
            guard isLineBreak(units[i]) else { i += 1; continue }
            // The whitespace run around this line break, and how many line breaks it holds.
            var runStart = i
            while runStart > lineStart, isWhitespace(units[runStart - 1]) { runStart -= 1 }
            var j = i, lineBreaks = 0
            while j < n && isWhitespace(units[j]) {
                if units[j] == 0x0D { lineBreaks += 1; if j + 1 < n && units[j + 1] == 0x0A { j += 1 } }
                else if units[j] == 0x2029 { lineBreaks += 2 }
                else if isLineBreak(units[j]) { lineBreaks += 1 }
                j += 1
            }
            lines.append(lineStart..<runStart)
            if lineBreaks == 1 { breaks.append(runStart) } else { closeRun() }
            lineStart = j
            i = j
        }
        // The last line; a line break that ends the block separates no lines.
        if lineStart < n { lines.append(lineStart..<n) } else if !breaks.isEmpty { breaks.removeLast() }
        closeRun()
        return result
    }

    /// Whether a dateline opens the text at `offset`: a place in capitals (at least three capital letters;
    /// spaces, hyphens, apostrophes and periods between them; at most 30 UTF-16 code units), then either an
    /// agency's credit in brackets, after a date set off by a comma or right away, and a dash ("BRUSSELS,
    /// Dec 3 (Reuters) -", "LIÈGE (Belga) —"), or a dash right away ("GENT — Een brand …"). A dateline opens
    /// a story, so the line break before it is kept whatever the line before it: a wire headline longer
    /// than a heading line ("UPDATE 2-Bekaert cuts 2026 outlook as steel wire demand slows⏎BRUSSELS, Dec 3
    /// (Reuters) - …", blind set 12) or an embargo line.
    /// - Parameters:
    ///   - units: the block's UTF-16 code units.
    ///   - offset: the UTF-16 offset just after a line break's whitespace run.
    static func opensWithDateline(_ units: [UInt16], at offset: Int) -> Bool {
        let n = units.count
        var k = offset
        var capitals = 0
        while k < n, k - offset < 30 {
            let u = units[k]
            if let scalar = Unicode.Scalar(u), scalar.properties.isUppercase { capitals += 1 }
            else if u == 0x20 || u == 0x2D || u == 0x27 || u == 0x2019 || u == 0x2E {
                // A space goes on the place only before another capital ("NEW YORK", "LA LOUVIÈRE").
                if u == 0x20, !(k + 1 < n && Unicode.Scalar(units[k + 1]).map({ $0.properties.isUppercase }) == true) { break }
            } else { break }
            k += 1
        }
        guard capitals >= 3, k < n else { return false }
        func dash(_ at: Int) -> Bool {
            var d = at
            while d < n, units[d] == 0x20 || units[d] == 0xA0 { d += 1 }
            return d > at && d + 1 < n && [0x2D, 0x2013, 0x2014].contains(units[d]) && isWhitespace(units[d + 1])
        }
        if dash(k) { return true }
        // A date set off by a comma ("BRUSSELS, Dec 3"), then the agency's credit in brackets and a dash.
        if units[k] == 0x2C {
            let limit = min(n, k + 30)
            k += 1
            while k < limit, units[k] != 0x28, !isLineBreak(units[k]) { k += 1 }
            guard k < limit, units[k] == 0x28, units[k - 1] == 0x20 else { return false }
        } else {
            guard units[k] == 0x20, k + 1 < n, units[k + 1] == 0x28 else { return false }
            k += 1
        }
        // "(Belga)", "(Reuters)", "(BELGA)", "(AFP/Belga)".
        k += 1
        guard k < n, Unicode.Scalar(units[k]).map({ $0.properties.isUppercase }) == true else { return false }
        let limit = min(n, k + 25)
        while k < limit, units[k] != 0x29, isLetterOrDigit(units[k]) || units[k] == 0x2F || units[k] == 0x20 { k += 1 }
        guard k < limit, units[k] == 0x29 else { return false }
        return dash(k + 1)
    }

    /// The longest line of a block of fields (``fieldBlockBreaks(_:)``), in UTF-16 code units.
    static let maxFieldLine = 60

    /// Whether a trimmed line is a field by its shape: a phone number (seven digits or more and at most
    /// six letters: "+32 2 542 35 55", "T +32 3 205 22 11", "GSM +32 476 12 34 56"), a line holding an
    /// e-mail address or a web address (a word with "@" inside, or starting "www." or "http"), or a line
    /// that opens with a clock time ("20.00 u. Het Journaal", "19 h 30 Le JT", "8.30 p.m. The News",
    /// "20h35 Film").
    /// - Parameters:
    ///   - line: the line's UTF-16 range, trimmed.
    ///   - units: the block's UTF-16 code units.
    static func isFieldLine(_ line: Range<Int>, in units: [UInt16]) -> Bool {
        var digits = 0, letters = 0
        var wordStart = true
        for k in line {
            let u = units[k]
            if u >= 0x30 && u <= 0x39 { digits += 1 } else if isLetterOrDigit(u) { letters += 1 }
            if u == 0x40, k > line.lowerBound, k + 1 < line.upperBound,
               isLetterOrDigit(units[k - 1]), isLetterOrDigit(units[k + 1]) { return true }
            if wordStart, startsWith("www.", at: k, in: units) || startsWith("http", at: k, in: units) { return true }
            wordStart = isWhitespace(u)
        }
        if digits >= 7 && letters <= 6 { return true }
        return opensWithClockTime(line, in: units)
    }

    /// Whether the line opens with a clock time followed by a space and more text: one or two digits,
    /// then minutes after ".", ":", "h" or "u" ("20.00", "20:00", "20h35", "19 h 30"), or a time word
    /// right after the hour ("20 u.", "9 h", "8 p.m."), then a space.
    static func opensWithClockTime(_ line: Range<Int>, in units: [UInt16]) -> Bool {
        func isDigit(_ k: Int) -> Bool { k < line.upperBound && units[k] >= 0x30 && units[k] <= 0x39 }
        var k = line.lowerBound
        guard isDigit(k) else { return false }
        k += 1
        if isDigit(k) { k += 1 }
        var timed = false
        var m = k
        if m < line.upperBound, units[m] == 0x20 { m += 1 }
        if m < line.upperBound, [0x2E, 0x3A, 0x68, 0x75].contains(units[m]) {  // . : h u
            var d = m + 1
            if d < line.upperBound, units[d] == 0x20 { d += 1 }
            if isDigit(d) && isDigit(d + 1) && !isDigit(d + 2) { k = d + 2; timed = true }
            else if units[m] == 0x68 || units[m] == 0x75 { k = m + 1; timed = true }
        }
        if !timed {
            if startsWith(" a.m.", at: k, in: units) || startsWith(" p.m.", at: k, in: units) { k += 5; timed = true }
        }
        guard timed else { return false }
        // An optional time word after the minutes ("u.", "h", "p.m.") and a space before the text.
        if k < line.upperBound, units[k] == 0x2E { k += 1 }
        for word in [" u.", " h", " a.m.", " p.m."] where startsWith(word, at: k, in: units) { k += word.utf16.count; break }
        return k + 1 < line.upperBound && isWhitespace(units[k]) && isLetterOrDigit(units[k + 1])
    }

    /// Whether the ASCII `prefix` stands at `offset` in `units`.
    static func startsWith(_ prefix: String, at offset: Int, in units: [UInt16]) -> Bool {
        var k = offset
        for u in prefix.utf16 {
            guard k < units.count, units[k] == u else { return false }
            k += 1
        }
        return true
    }

    /// The longest heading line ``endsHeadingLine(_:breakStart:breakEnd:)`` accepts, in UTF-16 code units.
    /// Headlines, kickers and labels are short; a paragraph broken once after a longer line ("… at a
    /// standstill between⏎Ternat and …", blind set 4) is a sentence wrapped by hand, whose rest is not
    /// wrapped again, so the fit test alone would take it for a heading.
    static let maxHeadingLine = 50

    /// Whether the text before `offset` (whitespace and closing quotes and brackets skipped) ends in a
    /// terminator (`. ? ! …`): the line that ends there ended a sentence, so the next line may be a heading.
    static func endsWithTerminator(_ units: [UInt16], before offset: Int) -> Bool {
        var k = offset - 1
        while k >= 0, isWhitespace(units[k]) || isClosingMark(units[k]) { k -= 1 }
        guard k >= 0 else { return false }
        switch units[k] {
        case 0x2E, 0x3F, 0x21, 0x2026: return true
        default: return false
        }
    }

    /// Closing quotes and brackets (ASCII and typographic) skipped at the end of a heading line.
    static func isClosingMark(_ u: UInt16) -> Bool {
        switch u {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0xBB, 0x2019, 0x201D, 0x203A: true
        default: false
        }
    }

    /// Opening quotes and brackets (ASCII and typographic) skipped at the start of a line.
    static func isOpeningMark(_ u: UInt16) -> Bool {
        switch u {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0xAB, 0x2018, 0x201C, 0x201E, 0x2039: true
        default: false
        }
    }

    /// The scalar that starts at `offset` (a surrogate pair read as one), or `nil` for a lone surrogate.
    static func scalar(at offset: Int, in units: [UInt16]) -> Unicode.Scalar? {
        let u = units[offset]
        if UTF16.isLeadSurrogate(u), offset + 1 < units.count, UTF16.isTrailSurrogate(units[offset + 1]) {
            return Unicode.Scalar(UInt32(0x10000) + (UInt32(u - 0xD800) << 10) + UInt32(units[offset + 1] - 0xDC00))
        }
        return Unicode.Scalar(u)
    }

    /// Whether the code unit is a letter or a digit of the Basic Multilingual Plane, or a surrogate (the
    /// letters and digits beyond it count: a heading line needs only one).
    static func isLetterOrDigit(_ u: UInt16) -> Bool {
        if UTF16.isLeadSurrogate(u) || UTF16.isTrailSurrogate(u) { return true }
        guard let scalar = Unicode.Scalar(u) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    static func isLineBreak(_ u: UInt16) -> Bool {
        u == 0x0A || u == 0x0D || u == 0x0B || u == 0x0C || u == 0x85 || u == 0x2028 || u == 0x2029
    }

    /// Unicode White_Space (all of it lies in the Basic Multilingual Plane), including NBSP and NNBSP.
    static func isWhitespace(_ u: UInt16) -> Bool {
        switch u {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    static func trim(_ range: Range<Int>, in units: [UInt16]) -> Range<Int>? {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper && isWhitespace(units[lower]) { lower += 1 }
        while upper > lower && isWhitespace(units[upper - 1]) { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }

    /// Whether the sorted `positions` hold a value in `from...through` (binary search).
    static func contains(_ positions: [Int], from: Int, through: Int) -> Bool {
        var low = 0, high = positions.count
        while low < high {
            let mid = (low + high) / 2
            if positions[mid] < from { low = mid + 1 } else { high = mid }
        }
        return low < positions.count && positions[low] <= through
    }
}

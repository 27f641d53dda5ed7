import Foundation
import TaalgrensCore

/// The typographic conventions of a target locale, applied to the text runs of rendered articles:
/// quotation marks, the apostrophe, and the (narrow) no-break spaces French puts before `; ! ? :` and
/// inside « ».
///
/// The rules are data, read from `Locales/<locale>/typography.json` (found through ``DataDirectory``).
/// Keys, all optional:
///
/// | key | meaning | fr-BE |
/// |---|---|---|
/// | `quotes.open`, `quotes.close` | what a straight double quote `"` becomes, opening or closing | `«`, `»` |
/// | `spaceInsideQuotes` | the space put (or put instead of an ordinary space or no-break space) after an opening and before a closing quotation mark of `quotes` | U+202F |
/// | `spaceBefore` | punctuation → the space put before it (or instead of the space before it) | `;` `!` `?` → U+202F, `:` → U+00A0 |
/// | `apostrophe` | what a straight `'` becomes after a letter, or at a word start before a letter (`'s`) | `’` |
/// | `dateLocale` | the BCP 47 locale whose long date format renders dates (default: the article's locale) | `fr-BE` |
///
/// The rules touch text only: never a link's address (an attribute of its code), never the inside of a
/// code span, never a token that looks like a URL, an e-mail address or a handle (a word holding `://`,
/// starting with `www.`, or holding `@`). A space goes before a punctuation mark only when the mark ends a
/// word: it follows a non-space character and is followed by a space, the end of the text, a closing
/// quotation mark or bracket, or another such mark (`14:30`, `?id=3` and `?!` keep their form).
public struct Typography: Hashable, Codable, Sendable {
    /// Quotation marks for a straight double quote.
    public struct Quotes: Hashable, Codable, Sendable {
        /// The opening mark (`«`, `“`).
        public var open: String
        /// The closing mark (`»`, `”`).
        public var close: String
        /// Creates a pair of quotation marks.
        public init(open: String, close: String) {
            self.open = open
            self.close = close
        }
    }

    /// What a straight double quote becomes (`nil`: it stays).
    public var quotes: Quotes?
    /// The space inside ``quotes`` (U+202F in French), or `nil` for none.
    public var spaceInsideQuotes: String?
    /// Punctuation mark (one character) → the space that goes before it.
    public var spaceBefore: [String: String]
    /// What a straight apostrophe becomes (`nil`: it stays).
    public var apostrophe: String?
    /// Quotation marks for a straight single quote used as a quotation mark (`'ultra's'` → `‘ultra’s’`), or
    /// `nil`: such quotes are treated as apostrophes where one fits and left as they are otherwise.
    public var singleQuotes: Quotes?
    /// Words that are written with a leading apostrophe standing for elided letters, lowercase and
    /// without the apostrophe (Dutch `s` for `'s avonds`, `t` for `'t`; English `tis`, `em`). A straight
    /// `'` before one of them at a word start is an apostrophe, never an opening quotation mark.
    public var elisions: [String]
    /// The locale whose long date format renders dates, as a BCP 47 tag.
    public var dateLocale: String?

    /// Creates rules from values (the files in `Locales/` are the usual source, see ``load(for:in:)``).
    public init(quotes: Quotes? = nil, spaceInsideQuotes: String? = nil, spaceBefore: [String: String] = [:],
                apostrophe: String? = nil, dateLocale: String? = nil, singleQuotes: Quotes? = nil, elisions: [String] = []) {
        self.quotes = quotes
        self.spaceInsideQuotes = spaceInsideQuotes
        self.spaceBefore = spaceBefore
        self.apostrophe = apostrophe
        self.singleQuotes = singleQuotes
        self.elisions = elisions
        self.dateLocale = dateLocale
    }

    enum CodingKeys: String, CodingKey {
        case quotes, spaceInsideQuotes, spaceBefore, apostrophe, dateLocale, singleQuotes, elisions
    }

    /// Decodes the JSON form documented above; absent keys mean "no rule".
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        quotes = try container.decodeIfPresent(Quotes.self, forKey: .quotes)
        spaceInsideQuotes = try container.decodeIfPresent(String.self, forKey: .spaceInsideQuotes)
        spaceBefore = try container.decodeIfPresent([String: String].self, forKey: .spaceBefore) ?? [:]
        apostrophe = try container.decodeIfPresent(String.self, forKey: .apostrophe)
        dateLocale = try container.decodeIfPresent(String.self, forKey: .dateLocale)
        singleQuotes = try container.decodeIfPresent(Quotes.self, forKey: .singleQuotes)
        elisions = try container.decodeIfPresent([String].self, forKey: .elisions) ?? []
    }

    /// Reads a `typography.json` file.
    /// - Throws: ``InputError`` naming the file when it is missing, unreadable or not the documented JSON
    ///   (each `spaceBefore` key must be one character).
    public static func load(from url: URL) throws -> Typography {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw InputError(file: url.path, "cannot read the typography rules: \(error.localizedDescription)")
        }
        let typography: Typography
        do {
            typography = try JSONDecoder().decode(Typography.self, from: data)
        } catch let DecodingError.dataCorrupted(context) {
            throw InputError(file: url.path, "expected typography rules as JSON: \(context.debugDescription) \(context.underlyingError.map { "(\($0))" } ?? "")")
        } catch let DecodingError.typeMismatch(_, context) {
            throw InputError(file: url.path, "expected typography rules as JSON: wrong type at \(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)")
        } catch let DecodingError.keyNotFound(key, context) {
            throw InputError(file: url.path, "expected typography rules as JSON: missing key \(key.stringValue) at \(context.codingPath.map(\.stringValue).joined(separator: "."))")
        } catch {
            throw InputError(file: url.path, "expected typography rules as JSON: \(error)")
        }
        for key in typography.spaceBefore.keys where key.count != 1 {
            throw InputError(file: url.path, "expected one punctuation character per spaceBefore key, found \"\(key)\"")
        }
        if let dateLocale = typography.dateLocale, LanguageTag(dateLocale) == nil {
            throw InputError(file: url.path, "expected a BCP 47 tag for dateLocale, found \"\(dateLocale)\"")
        }
        return typography
    }

    /// The rules for `locale` from `Locales/<folder>/typography.json`, where the folder is the one whose
    /// name matches `locale` best (``LanguageTag/bestMatch(in:)``: `fr` finds `fr-BE`).
    /// - Returns: `nil` when no locale folder matches or the matching folder has no `typography.json`.
    /// - Throws: ``InputError`` for a malformed `typography.json`.
    public static func load(for locale: LanguageTag, in data: DataDirectory) throws -> Typography? {
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: data.locales.path)) ?? []
        let tags = folders.sorted().compactMap { name -> LanguageTag? in
            guard FileManager.default.fileExists(atPath: data.locales.appendingPathComponent(name).appendingPathComponent("typography.json").path) else { return nil }
            return LanguageTag(name)
        }
        guard let best = locale.bestMatch(in: tags),
              let folder = folders.first(where: { LanguageTag($0) == best }) else { return nil }
        return try load(from: data.locales.appendingPathComponent(folder).appendingPathComponent("typography.json"))
    }

    // MARK: Applying

    /// Applies the rules to plain text (a title, a byline).
    /// - Complexity: O(n) in the length of the text.
    public func apply(to text: String) -> String {
        apply(to: RichText(plain: text)).plainText
    }

    /// Applies the rules to the text runs of a rich text; codes stay where they are, and the text inside
    /// code spans is left alone.
    /// - Complexity: O(n) in the number of characters and codes.
    public func apply(to content: RichText) -> RichText {
        var text = TypesetText(content)
        text.protectURLLikeWords()
        // Straight single quotes: apostrophes and single quotation marks, decided for the whole text first
        // (an opening mark needs its closing one); replaced from the end so that indices stay valid.
        for (index, replacement) in singleQuoteReplacements(
            count: text.items.count, character: text.character, isProtected: text.isProtected, neighbour: text.neighbour,
            openers: Self.openers
        ).sorted(by: { $0.key > $1.key }) {
            text.replace(index, with: replacement)
        }
        var i = 0
        while i < text.items.count {
            guard let c = text.character(i), !text.isProtected(i) else { i += 1; continue }
            let previous = text.neighbour(i, -1).flatMap(text.character)
            let next = text.neighbour(i, 1).flatMap(text.character)
            // Straight double quote → locale quotation marks.
            if c == "\"", let quotes {
                let opening = previous == nil || previous!.isWhitespace || Self.openers.contains(previous!) || previous == "-" || previous == "—" || previous == "–"
                text.replace(i, with: opening ? quotes.open : quotes.close)
                continue   // re-visit: the new mark may take a space inside
            }
            i = spaceInsideQuotes(at: i, c, in: &text)
            i = spaceBeforePunctuation(at: i, c, next: next, in: &text)
            i += 1
        }
        return text.richText
    }

    /// Characters after which a mark opens (brackets, opening quotation marks).
    static let openers: Set<Character> = ["(", "[", "{", "«", "“", "‘", "„", "‹"]
    /// Characters before which a mark still ends a word (closing quotation marks, brackets).
    static let closers: Set<Character> = ["»", "”", "’", "\"", "'", ")", "]", "}", "›"]

    /// Whether `c` is a space a rule may replace by its own.
    static func isSpace(_ c: Character?) -> Bool { c == " " || c == "\u{00A0}" || c == "\u{202F}" || c == "\u{2009}" }

    /// The ``spaceInsideQuotes`` rule at the quotation mark `c` at `i`: after an opening and before a closing
    /// mark of ``quotes``, the space there becomes the locale's, or the locale's is put in.
    /// - Returns: the index of the mark afterwards (one more when a space was put before it).
    private func spaceInsideQuotes(at i: Int, _ c: Character, in text: inout TypesetText) -> Int {
        guard let quotes, let space = spaceInsideQuotes, let spaceCharacter = space.first else { return i }
        var i = i
        if String(c) == quotes.open, let n = text.neighbour(i, 1), let nc = text.character(n), !text.isProtected(n) {
            if Self.isSpace(nc) { text.put(spaceCharacter, at: n, insert: false) }
            else if !nc.isWhitespace { text.put(spaceCharacter, at: i + 1, insert: true); i += 1 }
        }
        if String(c) == quotes.close, let p = text.neighbour(i, -1), let pc = text.character(p), !text.isProtected(p) {
            if Self.isSpace(pc) { text.put(spaceCharacter, at: p, insert: false) }
            else if !pc.isWhitespace { text.put(spaceCharacter, at: i, insert: true); i += 1 }
        }
        return i
    }

    /// The ``spaceBefore`` rule at the punctuation `c` at `i` (followed by the character `next`, as it was
    /// before this position's rules ran): when it ends a word, the space before it becomes the locale's,
    /// or the locale's is put in.
    /// - Returns: the index of the punctuation afterwards (one more when a space was put before it).
    private func spaceBeforePunctuation(at i: Int, _ c: Character, next: Character?, in text: inout TypesetText) -> Int {
        guard let space = spaceBefore[String(c)], let spaceCharacter = space.first else { return i }
        let endsWord = next == nil || next!.isWhitespace || Self.closers.contains(next!) || spaceBefore[String(next!)] != nil
        guard endsWord, let p = text.neighbour(i, -1), let pc = text.character(p), !text.isProtected(p),
              spaceBefore[String(pc)] == nil, !Self.openers.contains(pc) else { return i }
        if Self.isSpace(pc) {
            text.put(spaceCharacter, at: p, insert: false)
        } else if !pc.isWhitespace {
            text.put(spaceCharacter, at: i, insert: true)
            return i + 1
        }
        return i
    }

    /// What each unprotected straight `'` becomes, by index. The rules, for every locale:
    /// - between two letters or digits (`ultra's`, `l'homme`, `rock'n'roll`): the apostrophe;
    /// - at a word start (after nothing, white space, an opening bracket or quotation mark, or a dash) before
    ///   two digits that are not followed by a third (an elided year: `'90`, `'90s`), or before a word of
    ///   ``elisions`` (`'s avonds`, `'t`): the apostrophe;
    /// - at another word start before a letter or digit: an opening single quotation mark when a closing one
    ///   follows, that is a `'` after a non-space character and before a non-letter (`'ultra's'`); the pair
    ///   becomes ``singleQuotes``. Without a closing one, or without ``singleQuotes``, it is the apostrophe
    ///   before a letter (`'tis`) and stays otherwise;
    /// - a closing candidate without an opening one is the apostrophe after a letter or digit (`students'`)
    ///   and stays otherwise (a `'` between spaces always stays).
    /// - Complexity: O(n) in the number of items (each candidate looks ahead over one word at most).
    private func singleQuoteReplacements(
        count: Int, character: (Int) -> Character?, isProtected: (Int) -> Bool, neighbour: (Int, Int) -> Int?,
        openers: Set<Character>
    ) -> [Int: String] {
        var result: [Int: String] = [:]
        let elided = Set(elisions.map { $0.lowercased() })
        var pendingOpeners: [Int] = []
        func isWordCharacter(_ c: Character?) -> Bool { c?.isLetter == true || c?.isNumber == true }
        /// The characters of the word after `i` while they satisfy `accept` (at most `limit`).
        func run(after i: Int, limit: Int, _ accept: (Character) -> Bool) -> (text: String, next: Character?) {
            var text = ""
            var j = neighbour(i, 1)
            while let k = j, let c = character(k), accept(c), text.count < limit {
                text.append(c)
                j = neighbour(k, 1)
            }
            return (text, j.flatMap(character))
        }
        for i in 0..<count {
            guard character(i) == "'", !isProtected(i) else { continue }
            let previous = neighbour(i, -1).flatMap(character)
            let next = neighbour(i, 1).flatMap(character)
            let atWordStart = previous == nil || previous!.isWhitespace || openers.contains(previous!)
                || previous == "\"" || previous == "-" || previous == "–" || previous == "—"
            if isWordCharacter(previous) && isWordCharacter(next) {
                if let apostrophe { result[i] = apostrophe }
            } else if atWordStart && isWordCharacter(next) {
                let digits = run(after: i, limit: 3) { $0.isASCII && $0.isNumber }
                let word = run(after: i, limit: 12) { $0.isLetter }
                let isElidedYear = digits.text.count == 2 && !(digits.next?.isNumber ?? false)
                let isElision = !word.text.isEmpty && !(word.next?.isLetter ?? false) && elided.contains(word.text.lowercased())
                if isElidedYear || isElision {
                    if let apostrophe { result[i] = apostrophe }
                } else {
                    pendingOpeners.append(i)
                }
            } else if !atWordStart && !isWordCharacter(next) {
                if let singleQuotes, let opener = pendingOpeners.popLast() {
                    result[opener] = singleQuotes.open
                    result[i] = singleQuotes.close
                } else if isWordCharacter(previous), let apostrophe {
                    result[i] = apostrophe
                }
            }
        }
        // Openers that found no closing mark (or had no marks to become): apostrophes before a letter.
        for opener in pendingOpeners where result[opener] == nil {
            if neighbour(opener, 1).flatMap(character)?.isLetter == true, let apostrophe { result[opener] = apostrophe }
        }
        return result
    }
}

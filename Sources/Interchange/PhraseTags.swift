import TaalgrensCore

/// Phrase TMS's (formerly Memsource's) inline tags kept as text. Phrase shows the tags of a source
/// document in its editor in a short notation of its own and writes that notation as plain text into
/// the `<source>` and `<target>` of its MXLIFF files (XLIFF 1.2 with the namespace
/// `http://www.memsource.com/mxlf/2.0`; the tags' original content sits apart, in `m:tunit-metadata`),
/// and wrote it into the TMX exports of its memories until it switched them to `<bpt>`/`<ept>`/`<ph>`:
/// `<target>Klik {1>hier<1} voor {2} meer.</target>`.
///
/// The shapes (each exact, anything else stays text):
/// - `{` digits `}`: a standalone code, id the digits (`{2}`);
/// - `{` digits `>` and `<` digits `}`: an opening and its closing, id the digits (`{1>` … `<1}`);
/// - `{` letters `>` and `<` letters `}` with letters from `b` bold, `i` italic, `u` underline, `^`
///   superscript, `_` subscript: a formatting pair, id the letters (`{b>` … `<b}`); one letter gives the
///   code's type, a combination (`{bi>`) is an `other` code;
/// - `{j}`: Phrase's join marker, a standalone code with id `j`.
/// The tag text is the code's native text, so a TMX export writes `{1>` back as the code's content and
/// the same sentence with and without tags differs only by its codes.
///
/// ``XLIFFReader`` applies this to a Phrase MXLIFF (a `<file>` or `<trans-unit>` with attributes in
/// Phrase's namespace), ``TMXReader`` to a TMX whose `creationtool` names Memsource or Phrase: in other
/// tools' files `{1}` is their text (a placeholder of the product being translated).
///
/// Source: Phrase's description of its tag notation (Memsource blog, "New format of tags in TMX export",
/// 2016: tags shown as `{1>` and `<1}` or `{2}` and saved so in the memory) and the MXLIFF files it writes.
enum PhraseTags {
    /// The characters a Phrase tag starts with.
    static let triggers: Set<Character> = ["{", "<"]

    /// Whether a TMX `creationtool` names Phrase or its former name Memsource (without case).
    static func isPhrase(creationTool: String) -> Bool {
        let tool = creationTool.lowercased()
        return tool.hasPrefix("memsource") || tool.hasPrefix("phrase")
    }

    /// The code type formatting letters declare: one letter a type, anything else `nil` (`other`).
    static func type(forFormatting letters: Substring) -> InlineCode.CodeType? {
        switch letters {
        case "b": .strong
        case "i": .emphasis
        case "u": .underline
        case "^": .superscript
        case "_": .subscript
        default: nil
        }
    }

    /// The Phrase tag starting at `start` (a `{` or `<`), or `nil` when the text there has none of the shapes.
    /// - Complexity: O(length of the tag).
    static func tag(in text: Substring, at start: Substring.Index) -> TextTagScanner.Tag? {
        let scalars = text.unicodeScalars
        var i = start
        guard i < scalars.endIndex else { return nil }
        let opener = scalars[i]
        guard opener == "{" || opener == "<" else { return nil }
        i = scalars.index(after: i)
        let bodyStart = i
        var digits = true, formatting = true
        while i < scalars.endIndex {
            let s = scalars[i]
            if TextTagScanner.isDigit(s) { formatting = false } else if "biu^_".unicodeScalars.contains(s) { digits = false } else { break }
            guard digits || formatting else { return nil }
            i = scalars.index(after: i)
        }
        guard i > bodyStart, i < scalars.endIndex else { return nil }
        let body = text[bodyStart..<i]
        let closer = scalars[i]
        let end = scalars.index(after: i)
        let whole = text[start..<end]
        switch (opener, closer) {
        case ("{", "}") where digits:
            return TextTagScanner.Tag(id: body, kind: .standalone, type: nil, text: whole)
        case ("{", ">"):
            return TextTagScanner.Tag(id: body, kind: .opening, type: digits ? nil : type(forFormatting: body), text: whole)
        case ("<", "}"):
            return TextTagScanner.Tag(id: body, kind: .closing, type: digits ? nil : type(forFormatting: body), text: whole)
        default:
            return nil
        }
    }

    /// `elements` with every Phrase tag in their text runs turned into a code (``TextTagScanner``).
    /// - Complexity: O(total length of the text runs).
    static func codes(in elements: [InlineElement],
                      makeCode: (_ id: String, _ kind: InlineCode.Kind, _ type: InlineCode.CodeType?, _ native: String) -> InlineCode) -> [InlineElement] {
        TextTagScanner.codes(in: elements, triggers: triggers, match: { text, start in
            if text[start...].hasPrefix("{j}") {
                return TextTagScanner.Tag(id: "j", kind: .standalone, type: nil, text: text[start..<text.index(start, offsetBy: 3)])
            }
            return tag(in: text, at: start)
        }, makeCode: makeCode)
    }
}

import Foundation
import TaalgrensCore

extension Termbase {
    /// The file formats a termbase can be read from.
    public enum Format: String, Hashable, Sendable, CaseIterable {
        /// TBX v3, TBX 2008, TBX-Min or MultiTerm XML, told apart by the root element.
        case tbx
        /// Comma- (or semicolon-) separated values with a header row.
        case csv
        /// Tab-separated values with a header row (or, with ``GlossaryLanguages``, a bilingual glossary without
        /// one, such as OmegaT's `glossary.txt`).
        case tsv

        /// The format for a file extension (`tbx`, `xml`, `csv`, `tsv`, `tab`, `txt`, `utf8`), or `nil`. OmegaT
        /// names its tab-separated glossaries `.txt` and `.utf8` (UTF-8) and `.tab` (the system's encoding).
        public init?(fileExtension: String) {
            switch fileExtension.lowercased() {
            case "tbx", "xml": self = .tbx
            case "csv": self = .csv
            case "tsv", "tab", "txt", "utf8": self = .tsv
            default: return nil
            }
        }
    }

    /// Reads one termbase from bytes.
    /// - Parameters:
    ///   - data: the file's bytes (UTF-8, or UTF-16 with or without a byte-order mark (``UTF16Text``), for
    ///     CSV/TSV: a spreadsheet's "Unicode text"; TBX declares its own encoding).
    ///   - format: how to read them.
    ///   - file: the name used in messages and recorded in ``TermEntry/file``.
    ///   - languages: the languages of a CSV/TSV glossary that does not name them (no header, or `source,target`);
    ///     `nil` refuses such a file with a message saying how to give them.
    /// - Throws: `InputError` naming the file, the line and what was expected (see ``load(_:languages:)``).
    public static func read(_ data: Data, format: Format, file: String, languages: GlossaryLanguages? = nil) throws -> Termbase {
        switch format {
        case .tbx:
            let (entries, notes) = try TBXReader.read(data, file: file)
            return Termbase(entries: entries, notes: notes)
        case .csv, .tsv:
            let text: String
            if let utf16 = try UTF16Text.decode([UInt8](data), file: file) {
                text = utf16.text
            } else if let utf8 = String(data: data, encoding: .utf8) {
                text = utf8
            } else if let legacy = systemEncodedGlossary(data, file: file) {
                let (entries, notes) = try TermbaseCSV.read(legacy, file: file, separator: "\t", languages: languages)
                return Termbase(entries: entries, notes: [TermbaseNote(file: file, "not UTF-8: read as Windows-1252, the system encoding in which OmegaT writes a .tab glossary on a Western European Windows PC; save it as .utf8 to be sure of its characters")] + notes)
            } else {
                throw notUTF8(data, format: format, file: file)
            }
            let (entries, notes) = try TermbaseCSV.read(text, file: file, separator: format == .tsv ? "\t" : nil, languages: languages)
            return Termbase(entries: entries, notes: notes)
        }
    }

    /// The text of an OmegaT `.tab` glossary that is not UTF-8, read as Windows-1252, or `nil` for any other
    /// file or for bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D). OmegaT reads and writes
    /// `.tab` glossaries in the system's default encoding (its manual, "Glossaries"), which is Windows-1252 on
    /// the Windows PCs of Belgian translators (fifteenth trial, finding 16: refused with advice for Excel).
    /// - Parameter file: the file's name; only a name ending in `.tab` (any case) is read so.
    static func systemEncodedGlossary(_ data: Data, file: String) -> String? {
        guard (file as NSString).pathExtension.lowercased() == "tab",
              !data.contains(where: { [0x81, 0x8D, 0x8F, 0x90, 0x9D].contains($0) }) else { return nil }
        return String(data: data, encoding: .windowsCP1252)
    }

    /// The error for CSV/TSV bytes that are not UTF-8: the line, the byte column and the byte of the first
    /// invalid sequence (RFC 3629), and how to save the file as UTF-8. Spreadsheets save "CSV" in the
    /// system's legacy code page (Windows-1252 in Western Europe): a byte 0x80–0xFF alone is that.
    /// - Complexity: O(n) in the number of bytes.
    static func notUTF8(_ data: Data, format: Format, file: String) -> InputError {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = data.makeIterator()
        var offset = 0, line = 1, lineStart = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                if scalar.count == 1, scalar.first == 0x0A { line += 1; lineStart = offset + 1 }
                offset += scalar.count
                continue
            case .error:
                let byte = String(data[data.startIndex + offset], radix: 16, uppercase: true)
                let kind = format.rawValue.uppercased()
                return InputError(file: file, line: line, column: offset - lineStart + 1,
                    "expected UTF-8 text in a \(kind) termbase, found the byte 0x\(byte) (byte \(offset - lineStart + 1) of the line, \(offset) from the start): the file is in another encoding, such as the Windows-1252 of Excel's plain \"CSV\"; save it as \"CSV UTF-8\" (Excel) or with the UTF-8 character set (LibreOffice)")
            case .emptyInput:
                return InputError(file: file, "expected UTF-8 text in a \(format.rawValue.uppercased()) termbase")
            }
        }
    }

    /// Reads one termbase file, choosing the format by its extension.
    /// - Parameter languages: the languages of a glossary that does not name them (see ``read(_:format:file:languages:)``).
    /// - Throws: `InputError` when the file is missing or unreadable, its extension is not one of
    ///   `.tbx`, `.xml`, `.csv`, `.tsv`, `.tab`, `.txt`, `.utf8`, or its content is malformed (with the line and what was expected).
    public static func read(contentsOf url: URL, languages: GlossaryLanguages? = nil) throws -> Termbase {
        guard let format = Format(fileExtension: url.pathExtension) else {
            let expected = "expected a termbase file ending in .tbx, .csv or .tsv (or .xml for MultiTerm XML, .txt, .utf8 or .tab for OmegaT's glossary)"
            throw InputError(file: url.path, otherToolFile(url).map { "\($0); \(expected)" } ?? expected)
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw InputError(file: url.path, "the termbase file does not exist or cannot be read")
        }
        return try read(data, format: format, file: url.path, languages: languages)
    }

    /// What a file given as a termbase is when its extension is another tool's (thirteenth trial, finding 15:
    /// the team's Excel sheet refused by extension only), and how to get a file Taalgrens reads: a spreadsheet
    /// (`.xlsx`, `.xlsm`, `.xls`, `.ods`, `.numbers`) is saved as CSV UTF-8; a MultiTerm termbase (`.sdltb`)
    /// is exported as MultiTerm XML; a translation memory (`.sdltm`, `.tmx`) is imported, not a termbase;
    /// a `.zip` or `.gz` is unpacked first. By extension, in lower case.
    /// - Returns: the explanation, or `nil` for an extension none of these has.
    static func otherToolFile(_ url: URL) -> String? {
        let stem = url.deletingPathExtension().lastPathComponent
        switch url.pathExtension.lowercased() {
        case "xlsx", "xlsm", "xls", "ods", "numbers":
            return "it is a spreadsheet: save it as CSV UTF-8 (Excel: File › Save As › CSV UTF-8; LibreOffice: File › Save As › Text CSV, character set UTF-8), with a header row naming its languages (en, nl-BE, fr-BE), and give \(stem).csv"
        case "sdltb":
            return "it is a MultiTerm termbase: in MultiTerm, File › Export writes MultiTerm XML, and Taalgrens reads that .xml file"
        case "sdltm", "tmx", "tmw":
            return "it is a translation memory, not a termbase: import it into a memory (taalgrens import; a .sdltm is first exported as TMX from Trados Studio) and give a termbase here"
        case "zip", "gz":
            return "it is a compressed archive: unpack it (unzip or gunzip) and give the termbase file inside"
        default:
            return nil
        }
    }

    /// Loads several termbases and merges them, in the order given. A folder stands for every
    /// termbase file directly inside it (`.tbx`, `.csv`, `.tsv`, sorted by name).
    /// - Parameter languages: the languages of the glossaries among them that do not name theirs.
    /// - Throws: `InputError` for the first file that is missing or malformed.
    /// - Complexity: O(total size of the files).
    public static func load(_ urls: [URL], languages: GlossaryLanguages? = nil) throws -> Termbase {
        var result = Termbase()
        for url in urls {
            for file in try files(at: url) { result = result.merging(try read(contentsOf: file, languages: languages)) }
        }
        return result
    }

    /// The default termbase: every termbase file in the data folder's `Glossary/`
    /// (``DataDirectory/glossary``). An absent `Glossary/` gives an empty termbase.
    /// - Throws: `InputError` for a malformed file.
    public static func loadDefault(from data: DataDirectory) throws -> Termbase {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: data.glossary.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return Termbase()
        }
        return try load([data.glossary])
    }

    private static func files(at url: URL) throws -> [URL] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw InputError(file: url.path, "the termbase file does not exist")
        }
        guard isDirectory.boolValue else { return [url] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.sorted()
            .filter { !$0.hasPrefix(".") && Format(fileExtension: ($0 as NSString).pathExtension) != nil
                && !["xml", "txt"].contains(($0 as NSString).pathExtension.lowercased()) }
            .map { url.appendingPathComponent($0) }
    }
}

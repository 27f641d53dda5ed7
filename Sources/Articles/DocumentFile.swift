import Foundation

/// Word-processor documents given where an article file was expected (fourteenth trial, finding 4): a
/// communications team gets its translations back as `.docx` files, and Taalgrens reads none of these formats
/// (a `.docx` is a zip of XML parts; reading it is left to the tool that wrote it). The commands that meet one
/// say what it is and how to get an article from it, instead of "expected an article file ending in .md, …"
/// or "the article folder holds no language file".
public enum DocumentFile {
    /// Extension (lower case) → what the file is.
    static let kinds: [String: String] = [
        "docx": "a Word document", "docm": "a Word document", "doc": "a Word 97–2003 document",
        "dotx": "a Word template", "odt": "an OpenDocument text (LibreOffice Writer)", "rtf": "a Rich Text Format document",
        "pages": "an Apple Pages document", "gdoc": "a Google Docs shortcut",
    ]

    /// What the file at `url` is by its extension ("a Word document (.docx)"), or `nil` when it is no
    /// word-processor document.
    public static func describe(_ url: URL) -> String? {
        let ext = url.pathExtension.lowercased()
        return kinds[ext].map { "\($0) (.\(ext))" }
    }

    /// How to get an article from such a document.
    public static let advice = "save it as HTML (in Word: File › Save As › Web Page, Filtered (*.htm); in Google Docs: "
        + "File › Download › Web page; in LibreOffice: File › Save As › HTML Document) and name it after its language "
        + "(en.htm, nl-BE.htm, fr-BE.htm) in a folder named after the article"
}

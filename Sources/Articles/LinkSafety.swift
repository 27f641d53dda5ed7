/// Which link targets and image sources a rendered page may carry.
///
/// A browser runs code when a link to a `javascript:` or `vbscript:` URL is followed, and a `data:` URL
/// can hold a whole HTML page with scripts (`data:text/html,…`) or an SVG image with scripts. An article
/// read from a contributor's Markdown or HTML may hold such links, and ``HTMLRenderer`` must not pass them
/// into a page. The scheme is read the way the WHATWG URL Standard (section 4.4, "URL parsing") reads it:
/// leading and trailing C0 controls and spaces are ignored, tabs and newlines anywhere are removed, and the
/// scheme is compared without regard to case, so `" JaVa\tScript:alert(1)"` is a `javascript:` URL.
public enum LinkSafety {
    /// Schemes never written into a page, whatever they point at.
    public static let scriptSchemes: Set<String> = ["javascript", "vbscript", "livescript", "mocha"]

    /// Whether `href` may be written as a link target: not a script scheme, and not a `data:` URL (a link
    /// to one opens a document the article's author wrote inline).
    /// - Complexity: O(n) in the length of `href`.
    public static func isSafeLink(_ href: String) -> Bool {
        guard let scheme = scheme(of: href) else { return true }
        return !scriptSchemes.contains(scheme) && scheme != "data"
    }

    /// Whether `src` may be written as an image source: not a script scheme, and a `data:` URL only for a
    /// raster image (`data:image/png`, `jpeg`, `gif`, `webp`, `avif`, `bmp`); SVG can hold scripts.
    /// - Complexity: O(n) in the length of `src`.
    public static func isSafeImageSource(_ src: String) -> Bool {
        guard let scheme = scheme(of: src) else { return true }
        if scriptSchemes.contains(scheme) { return false }
        guard scheme == "data" else { return true }
        let rest = normalized(src).dropFirst("data:".count)
        let mediaType = rest.prefix { $0 != ";" && $0 != "," }
        return ["image/png", "image/jpeg", "image/gif", "image/webp", "image/avif", "image/bmp"].contains(String(mediaType))
    }

    /// The lower-case scheme of `url` (`javascript`), or `nil` when it has none (a relative reference).
    static func scheme(of url: String) -> String? {
        let text = normalized(url)
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let scheme = text[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }) else { return nil }
        return String(scheme)
    }

    /// `url` lower-cased, without leading and trailing C0 controls and spaces and without any tab, line
    /// feed or carriage return (WHATWG URL parsing, the first steps of the basic URL parser).
    private static func normalized(_ url: String) -> String {
        let scalars = url.unicodeScalars
        let isC0OrSpace: (Unicode.Scalar) -> Bool = { $0.value <= 0x20 }
        let trimmed = scalars.drop(while: isC0OrSpace).reversed().drop(while: isC0OrSpace).reversed()
        var out = String.UnicodeScalarView()
        for s in trimmed where s != "\t" && s != "\n" && s != "\r" { out.append(s) }
        return String(out).lowercased()
    }
}

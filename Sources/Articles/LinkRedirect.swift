import Foundation

/// Links that a tool wrapped in its own redirector when the article was exported or copied (session 12).
///
/// Google Docs' "Download as HTML" writes every link as `https://www.google.com/url?q=<target>&sa=D&source=
/// editors&ust=…&usg=…`; Outlook's Safe Links (text pasted from a received e-mail) write
/// `https://<region>.safelinks.protection.outlook.com/?url=<target>&data=…`; Facebook and Instagram write
/// `https://l.facebook.com/l.php?u=<target>&h=…`; YouTube descriptions `https://www.youtube.com/redirect?q=`.
/// Kept as written, the translated article would send every reader through the tool's tracker, with a
/// signature (`usg`, `data`, `h`) that expires, and a reviewer could not see where a link goes. The link's
/// target is the one its redirector names.
enum LinkRedirect {
    /// The address `href` redirects to when it is one of the redirectors above and names an absolute
    /// `http`, `https` or `mailto` address in its parameter (percent-decoded, as URL query parsing gives
    /// it); otherwise `href` unchanged.
    /// - Complexity: O(n) in the length of `href`.
    static func target(of href: String) -> String {
        guard href.count < 8192, let components = URLComponents(string: href),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host?.lowercased() else { return href }
        let path = components.path
        let parameter: String
        if path == "/url", host == "google.com" || host.hasPrefix("www.google.") || host.hasPrefix("google.") {
            parameter = components.queryItems?.contains(where: { $0.name == "q" }) == true ? "q" : "url"
        } else if host.hasSuffix(".safelinks.protection.outlook.com") {
            parameter = "url"
        } else if path == "/l.php", ["l.facebook.com", "lm.facebook.com", "l.instagram.com"].contains(host) {
            parameter = "u"
        } else if path == "/redirect", host == "www.youtube.com" || host == "youtube.com" {
            parameter = "q"
        } else {
            return href
        }
        guard let value = components.queryItems?.first(where: { $0.name == parameter })?.value,
              let target = URLComponents(string: value), let targetScheme = target.scheme?.lowercased(),
              ["http", "https", "mailto"].contains(targetScheme), targetScheme == "mailto" || target.host?.isEmpty == false
        else { return href }
        return value
    }
}

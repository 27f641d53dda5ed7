/// Lazy-loaded images and frames: the address a page's loading script puts in place once the element
/// scrolls into view.
///
/// News sites and CMS plug-ins (lazysizes, lozad, vanilla-lazyload, WP Rocket, a3 Lazy Load, jQuery Lazy
/// Load, Slick) publish `<img src="data:image/gif;base64,…" data-src="/photo.jpg">`: `src` holds a
/// placeholder (a transparent pixel, a grey square, nothing) and the real address waits in a `data-`
/// attribute that the script copies into `src` (and `data-srcset` into `srcset`). A reader that takes `src`
/// keeps the placeholder and loses the photograph; the page as its readers see it has the `data-` address.
enum LazyLoading {
    /// The attributes that hold a lazy element's real address, most common first: `data-src` (lazysizes,
    /// lozad, vanilla-lazyload), `data-lazy-src` (WP Rocket, a3 Lazy Load), `data-original` (jQuery Lazy
    /// Load), `data-lazy` (Slick).
    static let addressAttributes = ["data-src", "data-lazy-src", "data-original", "data-lazy"]
    /// The attributes that hold a lazy element's real candidate list (`srcset`).
    static let candidateAttributes = ["data-srcset", "data-lazy-srcset"]
    /// The elements whose addresses are loaded lazily: images, a `<picture>`'s or a medium's sources, frames.
    static let elements: Set<String> = ["img", "source", "iframe"]

    /// An element's attributes as the page shows them after its loading script ran: `src` is replaced by the
    /// first non-empty address attribute, `srcset` by the first non-empty candidate attribute; any other
    /// attribute, and any other element, is returned unchanged.
    /// - Parameters:
    ///   - element: the element's lower-case name.
    ///   - attributes: its attributes by lower-case name.
    /// - Returns: the attributes with the lazy addresses in place.
    static func loaded(_ element: String, _ attributes: [String: String]) -> [String: String] {
        guard elements.contains(element) else { return attributes }
        var result = attributes
        if let address = firstValue(of: addressAttributes, in: attributes) { result["src"] = address }
        if let candidates = firstValue(of: candidateAttributes, in: attributes) { result["srcset"] = candidates }
        return result
    }

    private static func firstValue(of names: [String], in attributes: [String: String]) -> String? {
        names.lazy.compactMap { name in
            attributes[name].flatMap { $0.contains(where: { !$0.isWhitespace }) ? $0 : nil }
        }.first
    }
}

/// An HTML element around one or more blocks that holds no text of its own and is kept so that a translated
/// article has the source's structure: a live blog's `<section id="p4">` or `<article class="post">`, a
/// `<details>` box, an `<aside>` fact box, a `<header>` or `<footer>` inside the article.
///
/// The blocks of one container are consecutive and carry equal values (the same ``serial``), so two
/// sections next to each other with the same attributes stay two sections.
public struct BlockContainer: Hashable, Codable, Sendable {
    /// The element's name, lower case (`section`, `article`, `details`, `aside`, `header`, `footer`).
    public var element: String
    /// The element's attributes that carry no text (`id`, `class`, `open`, `data-*`, …), by name. Text a
    /// reader would see (`title`, `aria-label`) and the language (`lang`) are not kept: the translation
    /// would show the source's.
    public var attributes: [String: String]
    /// Distinguishes containers in reading order (1, 2, …, over the whole article).
    public var serial: Int

    /// Creates a container; every parameter sets the property of the same name.
    public init(element: String, attributes: [String: String] = [:], serial: Int) {
        self.element = element
        self.attributes = attributes
        self.serial = serial
    }
}

import Foundation

/// The image candidates of a `srcset` attribute (`<source srcset>` in a `<picture>`, `<img srcset>`):
/// each an address and its descriptor (`2x`, `640w`, or none).
///
/// Parsed as the HTML Living Standard's "parse a srcset attribute" algorithm splits it (§4.8.4.3.10):
/// white space and commas separate candidates; an address is a run of characters up to white space, and a
/// comma at its end closes the candidate; otherwise the descriptor runs to the next comma outside
/// parentheses. Descriptors are kept as written, not validated: the browser judges them, and the bundle only
/// needs the addresses (to copy the images) and a faithful way to write the attribute back.
struct SourceSet: Equatable {
    /// One image candidate.
    struct Candidate: Equatable {
        /// The address as written (`images/photo-640.webp`).
        var address: String
        /// The descriptor as written, trimmed (`640w`, `2x`), empty when there is none.
        var descriptor: String
    }

    /// The candidates, in the attribute's order.
    var candidates: [Candidate]

    /// Parses a `srcset` value.
    /// - Parameter text: the attribute value.
    /// - Complexity: O(n) in the Characters of `text`.
    init(_ text: String) {
        let characters = Array(text)
        var candidates: [Candidate] = []
        var i = 0
        func isSpace(_ c: Character) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" }
        while i < characters.count {
            while i < characters.count, isSpace(characters[i]) || characters[i] == "," { i += 1 }
            guard i < characters.count else { break }
            let start = i
            while i < characters.count, !isSpace(characters[i]) { i += 1 }
            var address = String(characters[start..<i])
            if address.hasSuffix(",") {
                while address.hasSuffix(",") { address.removeLast() }
                if !address.isEmpty { candidates.append(Candidate(address: address, descriptor: "")) }
                continue
            }
            var descriptor = ""
            var depth = 0
            while i < characters.count {
                let c = characters[i]
                if c == "(" { depth += 1 } else if c == ")" && depth > 0 { depth -= 1 } else if c == "," && depth == 0 { i += 1; break }
                descriptor.append(c)
                i += 1
            }
            candidates.append(Candidate(address: address, descriptor: descriptor.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        self.candidates = candidates
    }

    /// The addresses of the candidates, in order.
    var addresses: [String] { candidates.map(\.address) }

    /// The attribute value with each address that `replacements` names replaced (the others, and every
    /// descriptor, kept), written `address descriptor, address descriptor`; `nil` when no address changes, so
    /// that an unchanged attribute is kept byte for byte.
    /// - Parameter replacements: address as written → new address.
    func replacing(_ replacements: [String: String]) -> String? {
        guard candidates.contains(where: { candidate in replacements[candidate.address].map { $0 != candidate.address } ?? false }) else { return nil }
        return candidates.map { candidate in
            let address = replacements[candidate.address] ?? candidate.address
            return candidate.descriptor.isEmpty ? address : address + " " + candidate.descriptor
        }.joined(separator: ", ")
    }
}

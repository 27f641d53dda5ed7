import TaalgrensCore

/// How the stores keep review status per locale (`docs/memory.md`, "Review status").
///
/// Every stored variant row holds the status that holds for its locale: the variant's own
/// (``Variant/status``), else its unit's. A unit read back carries a variant status only where it differs
/// from the unit's (``own(_:unit:)``), so a unit that was written with `nil` statuses reads back equal.
package enum VariantStatus {
    /// `variants` with each status equal to the unit's `status` cleared (`nil`: the unit's).
    /// - Complexity: O(v).
    package static func own(_ variants: [Variant], unit status: UnitStatus) -> [Variant] {
        variants.map { v in
            guard v.status == status else { return v }
            var v = v
            v.status = nil
            return v
        }
    }

    /// The status stored in `variant`'s row: its own, else its unit's.
    package static func stored(_ variant: Variant, of unit: TranslationUnit) -> UnitStatus {
        variant.status ?? unit.status
    }

    /// Whether two units have the same unit status and, locale by locale, the same status for every
    /// variant (own or inherited). Locales only one of the units has are not compared (the caller
    /// compares the variants).
    package static func same(_ a: TranslationUnit, _ b: TranslationUnit) -> Bool {
        guard a.status == b.status else { return false }
        for x in a.variants {
            guard let y = b.variants.first(where: { $0.locale == x.locale }) else { continue }
            if stored(x, of: a) != stored(y, of: b) { return false }
        }
        return true
    }

    /// Whether a person gave this status (a translator's or reviewer's sign-off), as opposed to the
    /// aligner's verdict or an import's default.
    package static func isHuman(_ status: UnitStatus) -> Bool { status == .reviewed || status == .translated }
}

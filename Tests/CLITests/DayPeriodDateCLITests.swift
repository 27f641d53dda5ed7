import Foundation
import Testing

/// Eighteenth trial, finding 5: `check` of an EUR-Lex/DGT-TM memory gave two `number-mismatch` errors for every
/// German date "25. Mai 2018", and suggested the un-German "25 Mai 2018". The kind: every locale whose CLDR
/// long date pattern writes the day with a period (`d. MMMM y`: German, Danish, Norwegian, Finnish, Czech, …).
@Suite("check: a date written with a period after the day (German, Danish) is that date (process)")
struct DayPeriodDateCLITests {
    @Test("the same dates pass; a wrong day is one finding, its suggestion written with the period")
    func dayPeriod() throws {
        let file = CLI.repository.appendingPathComponent("Tests/Fixtures/interop/dates18/regulation-de.tmx").path
        let result = try CLI.run(["check", file, "--no-default-termbase", "--format", "json"])
        let findings = try result.json()["findings"] as? [[String: Any]] ?? []
        let numbers = findings.filter { $0["rule"] as? String == "number-mismatch" }
        // Only the third unit's German "7. Juli 2022" for 6 July 2022 is wrong.
        #expect(numbers.count == 1, "\(numbers)")
        #expect(numbers.first?["locale"] as? String == "de-DE", "\(numbers)")
        #expect(numbers.first?["suggestion"] as? String == "6. Juli 2022", "\(numbers)")
    }
}

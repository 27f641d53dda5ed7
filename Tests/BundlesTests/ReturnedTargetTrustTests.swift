import Bundles
import Foundation
import Interchange
import TaalgrensCore
import Testing

/// What a returned XLIFF's target says about itself beyond its `state` (ninth trial, findings 2 and 9): a
/// machine-translation or rejection qualifier, and white space a tool or translator put around it.
@Suite("BundleXLIFF: machine translation and padding in returned targets")
struct ReturnedTargetTrustTests {
    /// A bundle as XLIFF 1.2 (Taalgrens's `<group>` per block, `tg:segment` per trans-unit), with the
    /// `state-qualifier` values Okapi, memoQ and Translate Toolkit write for machine translation.
    static let bundle12 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:tg="urn:taalgrens:xliff-extensions:1.0" version="1.2">
          <file original="school-phones/en.md" source-language="en" target-language="nl-BE" datatype="x-taalgrens" tg:id="school-phones">
            <header><prop-group name="file"><prop prop-type="article">school-phones</prop></prop-group></header>
            <body>
              <group id="b1">
                <trans-unit id="b1_b1.s0" tg:segment="b1.s0">
                  <source xml:lang="en">Schools may ban phones during lessons.</source>
                  <target xml:lang="nl-BE" state="translated" state-qualifier="mt-suggestion">Scholen mogen telefoons verbieden tijdens de lessen.</target>
                </trans-unit>
                <trans-unit id="b1_b1.s1" tg:segment="b1.s1">
                  <source xml:lang="en">The rule starts in September.</source>
                  <target xml:lang="nl-BE" state="translated" state-qualifier="leveraged-mt">De regel gaat in september in.</target>
                </trans-unit>
                <trans-unit id="b1_b1.s2" tg:segment="b1.s2">
                  <source xml:lang="en">Parents were consulted.</source>
                  <target xml:lang="nl-BE" state="translated" state-qualifier="rejected-inaccurate">De ouders werden gehoord.</target>
                </trans-unit>
                <trans-unit id="b1_b1.s3" tg:segment="b1.s3">
                  <source xml:lang="en">Teachers agree.</source>
                  <target xml:lang="nl-BE" state="translated" state-qualifier="fuzzy-match">De leerkrachten zijn het eens.</target>
                </trans-unit>
                <trans-unit id="b1_b1.s4" tg:segment="b1.s4">
                  <source xml:lang="en">Pupils do not.</source>
                  <target xml:lang="nl-BE" state="signed-off" state-qualifier="mt-suggestion">De leerlingen niet.</target>
                </trans-unit>
              </group>
            </body>
          </file>
        </xliff>
        """

    static func read(_ text: String) throws -> BundleXLIFF.Reading {
        var details = XLIFFReadDetails()
        let document = try XLIFFReader.read(Data(text.utf8), file: "article.xlf", details: &details)
        return BundleXLIFF.translationUnits(from: document, details: details, fileName: "article.xlf")
    }

    @Test("a machine-translated or rejected target is stored as needing review, with a warning naming the qualifier")
    func machineTranslationNeedsReview() throws {
        let reading = try Self.read(Self.bundle12)
        #expect(reading.article == "school-phones")
        // Before the fix the 1.2 bundle path dropped the qualifier, and all four unreviewed ones were `translated`.
        #expect(reading.units.map(\.status) == [.needsReview, .needsReview, .needsReview, .translated, .reviewed])
        let warnings = reading.reasons.filter { $0.contains("state-qualifier") }
        #expect(warnings.count == 3)
        #expect(warnings.first?.hasSuffix("unit b1 segment b1.s0: state-qualifier=\"mt-suggestion\" (machine translation): stored as "
                                          + "needing review, never offered as a 100 % match; set state=\"signed-off\" once a translator has checked it") == true)
        #expect(warnings.last?.contains("\"rejected-inaccurate\" (rejected by a reviewer)") == true)
        // The qualifier travels as segment metadata, as for another tool's trans-units.
        let document = try XLIFFReader.read(Data(Self.bundle12.utf8), file: "article.xlf")
        #expect(document.units.first?.segments.first?.metadata["state-qualifier"] == "mt-suggestion")
    }

    @Test("a tool's own x- qualifier that names MT counts; other provenance qualifiers do not")
    func qualifierWords() throws {
        let text = Self.bundle12.replacingOccurrences(of: "\"mt-suggestion\">Scholen", with: "\"x-deepl-mt\">Scholen")
            .replacingOccurrences(of: "\"leveraged-mt\"", with: "\"leveraged-tm\"")
        let reading = try Self.read(text)
        #expect(reading.units.map(\.status) == [.needsReview, .translated, .needsReview, .translated, .reviewed])
    }

    @Test("white space around a returned target that its source lacks is removed, with a warning; inner spacing stays")
    func paddingRemoved() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="nl-BE">
              <file id="f1" original="helpline.po">
                <unit id="u1">
                  <segment id="s1" state="translated">
                    <source>Questions?</source>
                    <target xml:space="preserve">  Vragen?\u{A0} </target>
                  </segment>
                  <segment id="s2" state="translated">
                    <source>Call 116 000.</source>
                    <target xml:space="preserve">Bel  116 000.</target>
                  </segment>
                </unit>
              </file>
            </xliff>
            """
        let reading = try Self.read(text)
        #expect(reading.units.map { $0.variants[1].content.plainText } == ["Vragen?", "Bel  116 000."])
        // The neighbour's context is the unpadded text too.
        #expect(reading.units[1].variants[1].previous == "Vragen?")
        #expect(reading.reasons.filter { $0.contains("white space around the target") }.count == 1)
    }
}

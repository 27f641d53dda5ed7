import Foundation
import Interchange
import TaalgrensCore
import Testing

@Suite("XLIFF 1.2 writer")
struct XLIFF12WriterTests {
    @Test("the output validates against the XLIFF 1.2 transitional schema")
    func validatesAgainstSchema() throws {
        let data = try XLIFFWriter.write(SampleDocuments.article, version: .v12)
        guard let xmllint = TestSupport.xmllint(), let schema = TestSupport.schema("xliff12/xliff-core-1.2-transitional.xsd") else { return }
        let problems = try TestSupport.validate(data, xmllint: xmllint, schema: schema)
        #expect(problems == nil, "\(problems ?? "")\n\(String(decoding: data, as: UTF8.self))")
    }
}

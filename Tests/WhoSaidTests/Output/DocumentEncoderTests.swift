import Testing
@testable import WhoSaid

@Suite struct DocumentEncoderTests {
    private let schema: JSONSchemaValidator = {
        let text = try! Repository.text("schema/whosaid-1.schema.json")
        return JSONSchemaValidator(root: try! JSONValue.parse(Array(text.utf8)))
    }()

    private func encode(_ document: Document, _ encoder: DocumentEncoder = DocumentEncoder()) throws -> JSONValue {
        try JSONValue.parse(encoder.encode(document))
    }

    @Test func outputMatchesThePublishedSchemaWithEveryOptionalPart() throws {
        var document = try newsPipeline.annotate("Sen. Jones spoke.\n\"Fine,\" he said. 😀", id: "fixture")
        document.entities = [Entity(id: "e1", name: "Jones", type: .person,
                                    mentions: [Mention(span: Span(start: 5, end: 10), text: "Jones", tokens: 1..<2)])]
        document.quotes = [
            Quote(id: "q1", type: .direct, span: Span(start: 19, end: 23), text: "Fine",
                  cue: .init(span: Span(start: 29, end: 33), text: "said"),
                  speaker: .init(span: Span(start: 26, end: 28), text: "he", entity: "e1"),
                  rule: "quote-comma-speaker-verb", confidence: 0.9),
            Quote(id: "q2", type: .indirect, span: Span(start: 0, end: 4), text: "Sen.", continues: "q1"),
        ]
        document.warnings = ["a warning"]
        let json = try encode(document, DocumentEncoder(includeTokens: true, includeText: true))
        #expect(schema.validate(json) == [])
        #expect(json["schema"] == .string("whosaid/1"))
        #expect(json["quotes"].map { if case let .array(q) = $0 { q.count } else { 0 } } == 2)
    }

    @Test func errorRecordsMatchTheSchema() throws {
        let record = try JSONValue.parse(DocumentEncoder().encodeError(id: nil, message: "bad"))
        #expect(schema.validate(record) == [])
        #expect(record["error"] == .string("bad"))
    }

    @Test func emptyDocumentIsValidWithEmptyArrays() throws {
        let json = try encode(try newsPipeline.annotate("", id: "empty"))
        #expect(schema.validate(json) == [])
        #expect(json["sentences"] == .array([]))
    }

    @Test func stringsAreEscapedSoEveryCharacterRoundTrips() throws {
        let nasty = "quote \" backslash \\ nul \u{0} tab \t cr \r ls \u{2028} ps \u{2029} del \u{7F} é 😀"
        let document = Document(id: nasty, text: nasty)
        let bytes = DocumentEncoder(includeText: true).encode(document)
        #expect(!bytes.contains(0) && !bytes.contains(UInt8(ascii: "\n")))
        let json = try JSONValue.parse(bytes)
        #expect(json["id"] == .string(nasty))
        #expect(json["text"] == .string(nasty))
    }

    @Test func prettyOutputParsesToTheSameValue() throws {
        let document = try newsPipeline.annotate("One. Two.", id: "p")
        let compact = try encode(document)
        let pretty = DocumentEncoder(pretty: true).encode(document)
        #expect(pretty.contains(UInt8(ascii: "\n")))
        #expect(try JSONValue.parse(pretty) == compact)
    }

    @Test func extraFieldsPassThroughUnchanged() throws {
        let document = try newsPipeline.annotate("Hi.", id: "m")
        let bytes = DocumentEncoder().encode(document, extraFields: [("meta", #"{"url":"https://x","n":1.50}"#)])
        #expect(String(decoding: bytes, as: UTF8.self).hasSuffix(#","meta":{"url":"https://x","n":1.50}}"#))
    }
}

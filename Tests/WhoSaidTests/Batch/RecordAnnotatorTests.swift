import Testing
@testable import WhoSaid

@Suite struct RecordAnnotatorTests {
    private let annotator = RecordAnnotator(pipeline: newsPipeline, encoder: DocumentEncoder())

    private func json(_ output: RecordAnnotator.Output) throws -> JSONValue { try JSONValue.parse(output.json) }

    @Test func recordKeepsItsIdAndPassesOtherFieldsThroughAsMeta() throws {
        let output = annotator.annotate(record: Array(#"{"url":"u","id":"a1","text":"Hi there.","n":2.0}"#.utf8), lineNumber: 1)
        #expect(!output.failed)
        let value = try json(output)
        #expect(value["id"] == .string("a1"))
        #expect(value["meta"]?.json == #"{"url":"u","n":2.0}"#)
    }

    @Test func badRecordsBecomeErrorRecords() throws {
        let broken = annotator.annotate(record: Array("{not json".utf8), lineNumber: 4)
        #expect(broken.failed)
        #expect(try json(broken)["id"] == .null)
        #expect(broken.messages.first?.hasPrefix("line 4: error: line 4: invalid JSON") == true)

        let noText = annotator.annotate(record: Array(#"{"id":"x","body":"..."}"#.utf8), lineNumber: 5)
        #expect(try json(noText)["error"] == .string("record has no string field 'text'"))
    }

    @Test func customFieldNamesAreHonoured() throws {
        var custom = annotator
        custom.textField = "body"
        custom.idField = "key"
        let value = try json(custom.annotate(record: Array(#"{"key":7,"body":"One. Two."}"#.utf8), lineNumber: 1))
        #expect(value["id"] == .string("7"))
        #expect(value["sentences"].map { if case let .array(s) = $0 { s.count } else { 0 } } == 2)
    }

    @Test func invalidUTF8IsReplacedWithAWarningOrFailsWhenStrict() throws {
        let bytes: [UInt8] = Array("caf".utf8) + [0xC3] + Array(" ok. ".utf8) + [0xED, 0xA0, 0x80] + Array("x".utf8)
        let lenient = annotator.annotate(bytes: bytes, id: "d")
        #expect(!lenient.failed)
        #expect(lenient.messages == ["d: warning: invalid UTF-8: 4 sequences replaced by U+FFFD"])
        var strict = annotator
        strict.strict = true
        #expect(strict.annotate(bytes: bytes, id: "d").failed)
    }

    @Test func tooLargeInputIsAnErrorRecord() throws {
        #expect(try json(annotator.tooLarge(id: "big", byteCount: 10, limit: 5))["error"] ==
                .string("input of 10 bytes is over the limit of 5 bytes (--max-bytes)"))
    }

    @Test func documentOverItsTimeBudgetBecomesAnErrorRecord() throws {
        var limited = annotator
        limited.timeLimit = .nanoseconds(1)
        let output = limited.annotate(bytes: Array("A sentence. Another one.".utf8), id: "slow")
        #expect(output.failed)
        #expect(try json(output)["error"] == .string("time budget exceeded in stage 'paragraphs' (raise it with --time-limit)"))
    }
}

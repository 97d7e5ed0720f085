import Testing
@testable import WhoSaid

@Suite struct JSONValueTests {
    private func parse(_ text: String) throws -> JSONValue { try JSONValue.parse(Array(text.utf8)) }

    @Test func objectsKeepMemberOrderAndNumbersKeepTheirText() throws {
        let value = try parse(#"{"b": 1.50, "a": [true, null, "x"], "c": -2e3}"#)
        #expect(value.json == #"{"b":1.50,"a":[true,null,"x"],"c":-2e3}"#)
    }

    @Test func escapesAndSurrogatePairsDecode() throws {
        #expect(try parse(#""a\"b\\c\n\u00e9\ud83d\ude00""#) == .string("a\"b\\c\né😀"))
        #expect(try parse(#""\ud800x""#) == .string("\u{FFFD}x"))  // a lone surrogate cannot be a Swift scalar
    }

    @Test func malformedJSONIsAnErrorWithItsPosition() {
        #expect(throws: JSONParseError(offset: 8, message: "expected ',' or '}'")) { try parse(#"{"a": 1 "b": 2}"#) }
        #expect(throws: JSONParseError.self) { try parse(#"{"a": 01}"#) }
        #expect(throws: JSONParseError.self) { try parse("[1,]") }
        #expect(throws: JSONParseError.self) { try parse(#""unterminated"#) }
        #expect(throws: JSONParseError.self) { try parse("{} {}") }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParseError.self) { try parse(deep) }
    }
}

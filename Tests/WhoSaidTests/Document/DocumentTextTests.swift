import Testing
@testable import WhoSaid

@Suite struct DocumentTextTests {
    @Test func codePointOffsetsCountAstralScalarsOnce() {
        let text = DocumentText("a😀b👍🏽c")
        #expect(text.codePointCount == 6)  // a, 😀, b, 👍, 🏽, c
        #expect(text.codePointOffset(utf16: 3) == 2)  // after "a😀"
        #expect(text.utf16Offset(codePoint: 2) == 3)
        #expect(text[Span(start: 1, end: 2)] == "😀")
        #expect(text[Span(start: 3, end: 5)] == "👍🏽")
        #expect(text.scalar(at: 5) == "c")
    }

    @Test func spansOfEveryUTF8LengthReadBackAsTheOriginalText() {
        let original = "Sé “fine” — 中文 😀 said"
        let text = DocumentText(original)
        #expect(text[Span(start: 0, end: text.codePointCount)] == original)
        #expect(text[Span(start: 3, end: 9)] == "“fine”")
        #expect(text.string(utf16: 0..<2) == "Sé")
    }

    @Test func aRangeSplittingASurrogatePairReadsTheLoneHalfAsAReplacementCharacter() {
        let text = DocumentText("a😀b")
        #expect(text.string(utf16: 0..<2) == "a\u{FFFD}")
        #expect(text.string(utf16: 2..<4) == "\u{FFFD}b")
    }

    @Test func everyRangeReadsTheSameUTF8BytesAsTheStandardLibraryDecoder() {
        let text = DocumentText("Ké “ok” — 中 😀, x\u{10FFFF}")
        for start in 0...text.utf16.count {
            for end in start...text.utf16.count {
                let expected = String(decoding: text.utf16[start..<end], as: UTF16.self)
                #expect(Array(text.string(utf16: start..<end).utf8) == Array(expected.utf8))
            }
        }
    }

    @Test func combiningMarksAreCodePointsOfTheirOwn() {
        let text = DocumentText("Jose\u{301} said")
        #expect(text.codePointCount == 10)
        #expect(text[Span(start: 0, end: 5)] == "Jose\u{301}")
    }

    @Test func bmpOnlyTextConvertsWithoutTables() {
        let text = DocumentText("Crème brûlée — “fine”")
        for offset in 0...text.codePointCount {
            #expect(text.codePointOffset(utf16: offset) == offset)
        }
    }

    @Test func conversionStaysFastOnManyAstralScalars() {
        // 200,000 emoji: each conversion is a binary search, so this is instant, not quadratic.
        let text = DocumentText(String(repeating: "😀x", count: 200_000))
        #expect(text.codePointOffset(utf16: 599_997) == 399_998)
        #expect(text.utf16Offset(codePoint: 399_998) == 599_997)
    }
}

import Testing
@testable import WhoSaid

/// Inputs that must neither crash nor go quadratic, with offsets that stay right.
@Suite struct BadInputTests {
    private func checkOffsets(_ document: Document) {
        for token in document.tokens { #expect(document.text[token.span] == token.text) }
        for sentence in document.sentences { #expect(document.text.codePointCount >= sentence.span.end) }
    }

    @Test func nulAndControlCharactersAreKeptAsText() throws {
        let document = try newsPipeline.annotate("Before\u{0}after.\u{1}\u{7} Next \u{1B}[0m sentence.")
        checkOffsets(document)
        #expect(document.tokens.contains { $0.text == "Next" })
    }

    @Test func oneLongLineWithoutBreaks() throws {
        let line = String(repeating: "The board met again and said nothing new, ", count: 50_000)  // 2.1 MB, one paragraph
        let document = try newsPipeline.annotate(line)
        #expect(document.paragraphs.count == 1)
        #expect(document.tokens.count == 450_000)
    }

    @Test func hundredThousandQuotationMarksInARow() throws {
        let document = try newsPipeline.annotate("He said " + String(repeating: "\"", count: 100_000) + " nothing.")
        #expect(document.tokens.filter { $0.kind == .quotationMark }.count == 100_000)
        #expect(document.sentences.count == 1)
    }

    @Test func mixedLineEndingsRightToLeftAndZeroWidthText() throws {
        let text = "First.\r\nSecond\u{200B}word.\rשלום עולם.\nمرحبا\u{200F} بالعالم.\r\n\u{FEFF}Last."
        let document = try newsPipeline.annotate(text)
        checkOffsets(document)
        #expect(document.paragraphs.count == 5)
    }

    @Test func replacementCharactersFromInvalidUTF8KeepOffsets() throws {
        let decoded = TextDecoding.decodeUTF8([0x41, 0xFF, 0x42, 0xF0, 0x9F, 0x98, 0x80, 0x43])
        #expect(decoded.text == "A\u{FFFD}B😀C")
        #expect(decoded.invalidSequences == 1)
        checkOffsets(try newsPipeline.annotate(decoded.text))
    }
}

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

    @Test func aRunOfQuotationMarksCostsNoQuotationPerEmptyPair() throws {
        let document = try newsPipeline.annotate("He said " + String(repeating: "\"", count: 10_000) + " nothing.")
        #expect(QuotationScanner().scan(document).isEmpty)
        let spoken = try newsPipeline.annotate(#"She said "yes" and "no" but "" stayed empty."#)
        #expect(QuotationScanner().scan(spoken).map { spoken.tokens[$0.content].map(\.text) } == [["yes"], ["no"]])
    }

    @Test func taggerKeepsOneAtomRecordPerDistinctWordNotPerToken() throws {
        let document = try newsPipeline.annotate(String(repeating: "The board said \"no\" to Smith. ", count: 2_000))
        var builder = TokenAtomBuilder(names: IgnoringPartNames())
        let context = DocumentContext(tokens: document.tokens, sentences: document.sentences,
                                      clusters: try WordClusters(nil), atomBuilder: &builder)
        #expect(context.atoms.count == document.tokens.count)
        #expect(context.atoms.distinctWords == Set(document.tokens.map(\.text)).count)
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

    @Test func tenThousandNestedQuotations() throws {
        let opening = (0..<10_000).map { $0 % 2 == 0 ? "\u{201C}level " : "\u{2018}level " }.joined()
        let closing = (0..<10_000).map { $0 % 2 == 0 ? "\u{2019}" : "\u{201D}" }.joined()
        let document = try newsPipeline.annotate("He said " + opening + "deep" + closing + " and left.")
        checkOffsets(document)
        for quote in document.quotes { #expect(quote.span.end <= document.text.codePointCount) }
    }

    @Test func longRunOfCapitalizedWordsIsTheEntityStagesWorstCase() throws {
        let names = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel"]
        let text = (0..<100_000).map { names[$0 % names.count] }.joined(separator: " ")
        let document = try newsPipeline.annotate(text)
        #expect(document.tokens.count == 100_000)
        for entity in document.entities {
            for mention in entity.mentions { #expect(document.text[mention.span] == mention.text) }
        }
    }

    @Test func binaryFilesGiveADocumentOrAnErrorNeverACrash() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
            + (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 104729) }
        let annotator = RecordAnnotator(pipeline: newsPipeline, encoder: DocumentEncoder())
        for bytes in [png, zip] {
            let output = annotator.annotate(bytes: bytes, id: "binary")
            #expect(!output.failed)
            #expect(try JSONValue.parse(output.json)["warnings"] != nil)
        }
    }
}

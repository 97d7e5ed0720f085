import Testing
@testable import WhoSaid

@Suite struct ParagraphStageTests {
    private func paragraphs(_ text: String) throws -> [String] {
        var options = StageOptions.defaults(for: ParagraphStage.name)
        var document = Document(id: "t", text: text)
        try ParagraphStage(options: &options).process(&document)
        return document.paragraphs.map { document.text[$0.span] }
    }

    @Test func everyLineBreakEndsAParagraph() throws {
        #expect(try paragraphs("First line\nSecond line\n\n\nThird  ") == ["First line", "Second line", "Third"])
    }

    @Test func crlfAndUnicodeSeparatorsBreakParagraphs() throws {
        #expect(try paragraphs("One\r\nTwo\rThree\u{2029}Four\u{2028}Five") == ["One", "Two", "Three", "Four", "Five"])
    }

    @Test func blankAndEmptyInputsHaveNoParagraphs() throws {
        #expect(try paragraphs("").isEmpty)
        #expect(try paragraphs(" \n\t\n \r\n").isEmpty)
    }
}

import Testing
@testable import WhoSaid

@Suite struct SentenceStageTests {
    private func sentences(_ text: String) throws -> [String] {
        try newsPipeline.annotate(text).sentenceTexts
    }

    @Test func issueExampleGivesTwoSentencesWithOffsets() throws {
        let document = try newsPipeline.annotate(#"Mr. Smith met Sen. Jones in Washington. "I disagree," he said."#)
        #expect(document.sentences.map(\.span) == [Span(start: 0, end: 39), Span(start: 40, end: 62)])
    }

    @Test func titlesUnknownToICUDoNotEndSentences() throws {
        #expect(try sentences("Gov. Newsom spoke with Dr. Lee and Gen. Milley. Then Rep. Ortiz left.") ==
                ["Gov. Newsom spoke with Dr. Lee and Gen. Milley.", "Then Rep. Ortiz left."])
    }

    @Test func prefixAbbreviationsEndSentencesOnlyBeforeSentenceOpeners() throws {
        #expect(try sentences("He joined U.S. Customs and Border Protection in 2019. It grew.") ==
                ["He joined U.S. Customs and Border Protection in 2019.", "It grew."])
        #expect(try sentences("The plant moved to the U.S. The union objected.") ==
                ["The plant moved to the U.S.", "The union objected."])
    }

    @Test func initialsDoNotEndSentences() throws {
        #expect(try sentences("The book by J. K. Rowling sold well. Fans cheered.") ==
                ["The book by J. K. Rowling sold well.", "Fans cheered."])
    }

    @Test func closingQuotationMarkStaysWithItsSentence() throws {
        #expect(try sentences(#"She called it "a disgrace." The mayor disagreed."#) ==
                [#"She called it "a disgrace.""#, "The mayor disagreed."])
    }

    @Test func questionInsideQuoteFollowedByLowercaseCueIsOneSentence() throws {
        #expect(try sentences(#""Why now?" he asked. "Because it's time!" she replied."#) ==
                [#""Why now?" he asked."#, #""Because it's time!" she replied."#])
    }

    @Test func ellipsesBreakOnlyBeforeANewSentence() throws {
        #expect(try sentences("He paused... and went on. Then... Nothing.") == ["He paused... and went on.", "Then...", "Nothing."])
    }

    @Test func decimalsUrlsAndEmailDoNotBreak() throws {
        #expect(try sentences("Shares fell 2.5 percent. Details at www.example.com. Mail tips@example.org now.") ==
                ["Shares fell 2.5 percent.", "Details at www.example.com.", "Mail tips@example.org now."])
    }

    @Test func paragraphBoundaryAlwaysEndsASentence() throws {
        let document = try newsPipeline.annotate("A headline without a period\r\nThe story begins here. It goes on")
        #expect(document.sentenceTexts == ["A headline without a period", "The story begins here.", "It goes on"])
        #expect(document.sentences.map(\.paragraph) == [0, 1, 1])
    }

    @Test func loneQuotationMarkIsNeverASentence() throws {
        #expect(try sentences("\" The quote starts after a stray mark.") == ["\" The quote starts after a stray mark."])
    }
}

import Testing
@testable import WhoSaid

@Suite struct TokenStageTests {
    private func tokens(_ text: String) throws -> [Token] {
        try newsPipeline.annotate(text).tokens
    }

    @Test func abbreviationsAndInitialsKeepTheirPeriod() throws {
        #expect(try tokens("Mr. Smith and Sen. Jones of the U.S. met J. K. Rowling.").map(\.text) ==
                ["Mr.", "Smith", "and", "Sen.", "Jones", "of", "the", "U.S.", "met", "J.", "K.", "Rowling", "."])
    }

    @Test func quotationMarksAreTokensOfTheirOwn() throws {
        let result = try tokens("“No,” she said. \"Yes.\" «Oui» ‘maybe’")
        #expect(result.filter { $0.kind == .quotationMark }.map(\.text) == ["“", "”", "\"", "\"", "«", "»", "‘", "’"])
    }

    @Test func possessivesSplitButContractionsStayWhole() throws {
        #expect(try tokens("Trump’s party and Benioff's memo don't shouldn’t").map(\.text) ==
                ["Trump", "’s", "party", "and", "Benioff", "'s", "memo", "don't", "shouldn’t"])
    }

    @Test func ruleStatusGivesWordNumberAndPunctuation() throws {
        let result = try tokens("Revenue rose 3.5 percent, to $1,200.")
        #expect(result.map(\.kind) == [.word, .word, .number, .word, .punctuation, .word, .symbol, .number, .punctuation])
        #expect(result[2].text == "3.5")
    }

    @Test func hyphenatedWordsStayWhole() throws {
        #expect(try tokens("a cloud-computing giant, up-to-date").map(\.text) == ["a", "cloud-computing", "giant", ",", "up-to-date"])
    }

    @Test func urlsAndEmailAddressesAreSingleTokens() throws {
        let result = try tokens("See https://example.com/news?id=7. Write to press@example.org, or www.example.net.")
        #expect(result.filter { $0.kind == .link }.map(\.text) ==
                ["https://example.com/news?id=7", "press@example.org", "www.example.net"])
        #expect(result.last?.text == ".")
    }

    @Test func offsetsStayRightAfterEmojiAndCombiningMarks() throws {
        let text = "😀😀 José\u{301} said \u{05E9}\u{05DC}\u{05D5}\u{05DD} 👍🏽 hi"
        let document = try newsPipeline.annotate(text)
        for token in document.tokens {
            #expect(document.text[token.span] == token.text)
        }
        #expect(document.tokens.first { $0.text == "said" }?.span == Span(start: 9, end: 13))
    }
}

import Testing

@testable import WhoSaid

/// The allocation-free word lookups the quote stage runs on every token.
@Suite struct WordLookupTests {
    @Test func wordTableFindsItsWordsAndNothingElse() {
        let words = (0..<500).map { "word\($0)" } + ["said", "according", "é", ""]
        let table = WordTable(words.enumerated().map { ($1, $0) })
        for (index, word) in words.enumerated() { #expect(table[word] == index) }
        for missing in ["says", "Said", "word500", "wor", "e", " "] { #expect(table[missing] == nil) }
    }

    @Test func wordTableKeepsTheFirstValueOfARepeatedWord() {
        let table = WordTable([("said", 1), ("said", 2), ("told", 3)])
        #expect(table["said"] == 1)
        #expect(table["told"] == 3)
    }

    @Test func negationIsFoundWithEitherApostrophe() {
        for word in ["didn't", "won\u{2019}t", "can't", "n't"] { #expect(SpeakerPhraseFinder.hasNegation(word)) }
        for word in ["dont", "n'", "nt", "n\u{2019}", "t'n", "said", ""] { #expect(!SpeakerPhraseFinder.hasNegation(word)) }
    }

    @Test func lowercasingKeepsLowercaseWordsAsTheyAre() {
        #expect(QuoteContext.lowercased("said") == "said")
        #expect(QuoteContext.lowercased("Said") == "said")
        #expect(QuoteContext.lowercased("ÉLAN") == "élan")
    }
}

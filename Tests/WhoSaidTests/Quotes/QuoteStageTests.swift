import Testing
import WhoSaid

@Suite struct QuoteStageTests {
    @Test func aQuotationInterruptedByItsAttributionIsOneQuoteInTwoParts() {
        let fixture = MarkedText(#""⟦The bridge is safe,⟧" ⟨Moss⟩ said, "⟦and it will reopen in May.⟧""#)
        let quotes = fixture.annotate().quotes
        #expect(quotes.map(\.span) == fixture.quotes)
        #expect(quotes.map(\.type) == [.direct, .direct])
        #expect(quotes.count == 2 && quotes[1].continues == quotes[0].id)
        #expect(quotes.allSatisfy { $0.speaker?.span == fixture.speakers[0] })
    }

    @Test func anInvertedAttributionWithAnAppositionAlsoInterrupts() {
        let quotes = MarkedText(#""It is over," said Ada Moss, the port director, "and we won.""#).annotate().quotes
        #expect(quotes.count == 2 && quotes[1].continues == quotes[0].id && quotes[1].type == .direct)
    }

    @Test func quotationsOfTwoSpeakersOrSentencesStayApart() {
        let twoSpeakers = MarkedText(#"Moss called it "a gift," and Haddad said it was "a waste.""#).annotate().quotes
        #expect(twoSpeakers.allSatisfy { $0.continues == nil })
        let twoSentences = MarkedText(#""We waited too long," Haddad said. "Nobody listened.""#).annotate().quotes
        #expect(twoSentences.count == 2 && twoSentences.allSatisfy { $0.continues == nil })
    }

    @Test func aSentenceQuotedWithinAReportLeavesItsCueToTheReport() {
        let marked = #"⟨Lopez⟩ said ⟦places like Iowa "have more history," while "Nevada is new⟧."#
        expectQuotes(marked, types: [.indirect])
    }

    @Test func aDirectQuotationAfterAnAdjunctOrObjectOfItsCueKeepsTheCue() {
        expectQuotes(#"⟨Moss⟩ said on Tuesday "⟦The bridge is safe.⟧""#, types: [.direct, .partial, .indirect])
        expectQuotes(#"⟨Moss⟩ told the Ledger "⟦The bridge is safe.⟧""#, types: [.direct, .partial, .indirect])
    }
}

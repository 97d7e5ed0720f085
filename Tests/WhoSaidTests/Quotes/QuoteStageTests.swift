import Testing
import WhoSaid

@Suite struct QuoteStageTests {
    /// Fragments that once trapped the stage (found by `scripts/fuzz-sentences.py`): a cue after a parenthesis or a
    /// subject at the document's first token, a speaker ending in `%`, a phrasal cue broken by a line or paragraph
    /// break, and a relative clause too short to end before.
    @Test(arguments: [
        "(AP) said.", "(Reuters)added", #"Moss "x", reported."#, #"Moss "bristled" and reported."#, "said 26%",
        "The plan works, said 26%.", "According to 26%.", "He pointed\nout", "Ada Moss said in a\n\nstatement that the plan works.",
        "Prices weighed\nin", ",which concede t", "m had\nsaid",
    ])
    func fragmentsAtTheEdgesOfADocumentYieldSpansInsideIt(text: String) {
        let document = MarkedText(text).annotate()
        let length = text.unicodeScalars.count
        for quote in document.quotes {
            #expect(quote.span.start < quote.span.end && quote.span.end <= length, "\(quote.text)")
            if let speaker = quote.speaker?.span { #expect(speaker.start < speaker.end && speaker.end <= length) }
        }
    }

    @Test func aPhrasalCueNeverSpansAParagraphBreak() {
        let quotes = MarkedText("Ada Moss said in a\n\nstatement that the plan works.").annotate().quotes
        #expect(!quotes.contains { $0.text.contains("\n") })
    }

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

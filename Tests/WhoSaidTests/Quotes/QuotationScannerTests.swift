import Testing
import WhoSaid

/// One test per quotation style, and the bad inputs that must not lose quotes.
@Suite struct QuotationScannerTests {
    @Test func straightQuotesPairedByContext() {
        expectQuotes(#""⟦We will appeal the ruling,⟧" ⟨Smith⟩ said. The deal faces "⟦a long fight over the contract.⟧""#,
                     speakerOf: [0, nil])
    }

    @Test func curlyQuotes() {
        expectQuotes("“⟦The plant will close in May,⟧” ⟨the company⟩ said.")
    }

    @Test func singleQuotesInsideDoubleStayInside() {
        expectQuotes("“⟦He told me, ‘Go home,’ and I did,⟧” ⟨Garcia⟩ said.")
    }

    @Test func guillemets() {
        expectQuotes("«⟦Nous allons gagner la bataille,⟧» ⟨Macron⟩ said.")
    }

    @Test func germanLowAndHighMarks() {
        expectQuotes("„⟦Wir schaffen das, und wir werden es schaffen,⟧“ ⟨Merkel⟩ said.")
    }

    @Test func wireCopyBackticksAndApostrophePairs() {
        expectQuotes("``⟦The vote was rigged from the start,⟧'' ⟨Jones⟩ said.")
        expectQuotes("''⟦The vote was rigged from the start,⟧'' ⟨Jones⟩ said.")
    }

    @Test func apostrophesAreNotQuotationMarks() {
        expectQuotes(#"The employees' letter came in the '70s style of rock 'n' roll protest, and it shouldn’t matter. "⟦We are not complicit,⟧" ⟨the workers⟩ wrote."#)
    }

    @Test func mixedCurlyMarksFromScrapedText() {
        expectQuotes("“⟦Taxes will go up for everyone,⟧“ ⟨Brown⟩ said.")
    }

    @Test func quoteOverSeveralSentences() {
        expectQuotes(#""⟦We tried. We failed. We will try again,⟧" ⟨Lee⟩ said."#)
    }

    @Test func quoteOverParagraphsGivesOneQuotePerParagraph() {
        let fixture = MarkedText("""
            ⟨Warren⟩ said: "⟦The banks wrote these rules.⟧

            "⟦They will not write the next ones.⟧"
            """)
        let quotes = fixture.annotate().quotes
        #expect(quotes.map(\.span) == fixture.quotes)
        #expect(quotes.count == 2 && quotes[1].continues == quotes[0].id)
        #expect(quotes.allSatisfy { $0.speaker?.span == fixture.speakers[0] })
    }

    @Test func unbalancedMarkLosesNoOtherQuote() {
        expectQuotes(#"He said "the plan. Then "⟦we will win the state,⟧" ⟨Cruz⟩ said. Later "⟦it is over,⟧" ⟨he⟩ added."#,
                     exclusive: false)
    }

    @Test func quoteThatNeverClosesEndsWithItsParagraph() {
        let fixture = MarkedText("⟨Obama⟩ said: \"⟦We will not forget this day⟧\n\nThe ceremony ended at noon.")
        let quotes = fixture.annotate().quotes.filter { $0.type != .indirect }
        #expect(quotes.map(\.span) == fixture.quotes)
        #expect(quotes.first?.speaker?.span == fixture.speakers.first)
    }

    @Test func scareQuotesAndTitlesAreNotSpeech() {
        let document = MarkedText(#"The letter opposed the "zero tolerance" policy. She appeared on "Face the Nation" on Sunday."#).annotate()
        // `opposed` may still report its object as an indirect quote; the quotations themselves are no speech.
        #expect(document.quotes.filter { $0.type != .indirect }.isEmpty)
    }

    @Test func aTitleMayHoldThePeriodOfTheSentenceItEnds() {
        let document = MarkedText(#""The port is safe," Moss said Thursday on the Ledger's "Morning Show.""#).annotate()
        #expect(document.quotes.map(\.text) == ["The port is safe,"])
        expectQuotes(#""⟦We are not a charity,⟧" ⟨the mayor⟩ added. "⟦We're Dover.⟧""#)
    }

    @Test func scareQuoteMadeSpeechByACue() {
        expectQuotes(#"⟨Trump⟩ called the senator "⟦a nasty guy⟧" on Tuesday."#)
    }

    @Test func quotedModifierAfterItsSpeakersVerbIsSpeech() {
        expectQuotes(#"⟨The mayor⟩ said the city "⟦clearly⟧" needed a second bridge."#, types: [.partial], exclusive: false)
        let document = MarkedText(#"The council believes the "zero tolerance" policy works."#).annotate()
        #expect(document.quotes.allSatisfy { $0.text != "zero tolerance" })
    }

    @Test func megabyteQuotationStaysOneQuote() {
        let words = String(repeating: "word ", count: 200_000)
        let document = MarkedText("\"\(words)end,\" Smith said.").annotate()
        #expect(document.quotes.count == 1)
        #expect(document.quotes.first?.speaker?.text == "Smith")
    }

    @Test func manyQuotationMarksInARow() {
        let document = MarkedText(String(repeating: "\"", count: 100_000)).annotate()
        #expect(document.quotes.isEmpty)
    }
}

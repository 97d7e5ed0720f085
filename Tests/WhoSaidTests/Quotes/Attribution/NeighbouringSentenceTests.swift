import Testing
import WhoSaid

/// Quotations whose speaker comes from outside their own clause: a source named after the
/// local speaker, the sentence before, the quotation before, or the sentence's subject.
@Suite struct NeighbouringSentenceTests {
    @Test func accordingToNamesTheSourceEvenAfterALocalCue() {
        expectQuotes(#""⟦We will not appeal,⟧" Moss said, according to the ⟨Daily Ledger⟩."#, rule: "according-to")
    }

    @Test func aQuotationAfterAReportTakesItsSpeaker() {
        expectQuotes(#"⟨Ines Varga⟩ added that the port would reopen soon. "⟦Nobody should worry about the harvest.⟧""#,
                     rule: "previous-sentence-cue")
        expectQuotes("""
            ⟨The governor⟩ says the budget is balanced.

            "⟦We kept every promise we made.⟧"
            """, rule: "previous-sentence-cue")
    }

    @Test func aQuotationInACuelessSentenceContinuesTheQuotationBefore() {
        expectQuotes(#""⟦The vote was close,⟧" said ⟨Omar Haddad⟩. Now, "⟦the real work begins for all of us.⟧""#, speakerOf: [0, 0])
    }

    @Test func aLongQuotationInASentenceWithoutCueIsTheSubjects() {
        expectQuotes(#"⟨Moss⟩ groused to a crowd in Dover that the paper "⟦never treats me fairly at all⟧" these days."#,
                     rule: "sentence-subject")
    }

    @Test func aShortScareQuoteGetsNoSpeakerFromTheSubject() {
        let document = MarkedText(#"The council approved the "fast track" plan on Monday."#).annotate()
        #expect(document.quotes.allSatisfy { $0.speaker == nil || $0.type == .indirect })
    }
}

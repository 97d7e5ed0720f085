import Testing
import WhoSaid

/// One test per attribution pattern family, each checking the rule that decided it.
@Suite struct AttributionSieveTests {
    @Test func quoteSpeakerCue() {
        expectQuotes(#""⟦We will not back down,⟧" ⟨Benioff⟩ said."#, rule: "quote-speaker-cue")
        expectQuotes(#""⟦It is over,⟧" ⟨he⟩ added."#, rule: "quote-speaker-cue")
    }

    @Test func theOutletOfAnInterviewIsNotTheSpeaker() {
        expectQuotes(#""⟦We will not raise fares this year,⟧" ⟨Moss⟩ said in an interview with the Dover Ledger."#)
        expectQuotes(#"In an interview with the Dover Ledger, ⟨Moss⟩ said: "⟦Fares stay where they are.⟧""#)
    }

    @Test func quoteSpeakerCueAfterATitleOverAnEarlierCue() {
        expectQuotes(#"The proposals offer a stark alternative and send a message that the priority "⟦is the tax at the top,⟧" Mr. ⟨Kamin⟩ said."#,
                     rule: "quote-speaker-cue")
    }

    @Test func quoteCueSpeaker() {
        expectQuotes(#""⟦The agency has no comment,⟧" said ⟨Maria Lopez⟩, a spokeswoman."#, rule: "quote-cue-speaker")
    }

    @Test func speakerCueColonAndComma() {
        expectQuotes(#"⟨Benioff⟩ wrote in a memo: "⟦I am opposed to separating children from their families.⟧""#,
                     rule: "speaker-cue-quote")
        expectQuotes(#"⟨The mayor⟩ said, "⟦We will rebuild the bridge.⟧""#, rule: "speaker-cue-quote")
    }

    @Test func quoteCueSpeakerAfterLowercaseModifiers() {
        expectQuotes(#""⟦The rally was a success,⟧" said former campaign adviser ⟨Dana Whitfield⟩."#, rule: "quote-cue-speaker")
        expectQuotes(#""⟦Welcome, everyone,⟧" said master of ceremonies ⟨Omar Haddad⟩."#, rule: "quote-cue-speaker")
    }

    @Test func relativePronounIsTheLocalSpeaker() {
        expectQuotes(#"The plan drew fire from Senator Ada Moss, ⟨who⟩ said, "⟦This will not pass.⟧""#, rule: "speaker-cue-quote")
    }

    @Test func participleSharesTheSpeakerOfTheCueBeforeIt() {
        expectQuotes(#""⟦We will appeal,⟧" ⟨Ruiz⟩ said, adding, "⟦I expect to win.⟧""#, speakerOf: [0, 0])
    }

    @Test func speakerWithApposition() {
        expectQuotes(#""⟦Sales will grow next year,⟧" ⟨Hugh Hill⟩, the chief executive of Acme Corp., said."#,
                     rule: "quote-speaker-cue")
    }

    @Test func unattributedContinuationKeepsTheSpeaker() {
        expectQuotes(#""⟦We lost the vote,⟧" ⟨Sanders⟩ said. "⟦But we won the argument.⟧""#)
        expectQuotes("""
            "⟦We lost the vote,⟧" ⟨Sanders⟩ said.

            "⟦But we won the argument.⟧"
            """, speakerOf: [0, 0])
    }

    @Test func accordingTo() {
        expectQuotes(#"The plan is "⟦dead on arrival,⟧" according to ⟨Reuters⟩."#, rule: "according-to")
    }

    @Test func aSentenceEndingWithAnOutletsReportIsTheOutlets() {
        expectQuotes(#"Moss "⟦bristled⟧" and said, "⟦No comment,⟧" The ⟨Dover Gazette⟩ reported."#, rule: "outlet-reported")
        expectQuotes(#"Moss called the audit "⟦a sham⟧" on his radio show, ⟨Right Wing Watch⟩ first reported."#, rule: "outlet-reported")
        expectQuotes(#""⟦The audit is a sham,⟧" said Omar Haddad, the treasurer, reports the ⟨Dover Gazette⟩."#, rule: "outlet-reported")
    }

    @Test func accordingToANounSpelledLikeAVerb() {
        expectQuotes(#"The order was meant to "⟦avoid a scandal before the vote,⟧" according to ⟨the report⟩."#, rule: "according-to")
    }

    @Test func leadInParagraph() {
        expectQuotes("""
            From the ⟨White House⟩:

            "⟦The president has full confidence in the director.⟧"
            """, rule: "lead-in-paragraph")
        expectQuotes("""
            ⟨Cruz⟩ said in a statement:

            "⟦Tonight the people of Iowa have spoken.⟧"
            """, rule: "lead-in-paragraph")
        expectQuotes("""
            Harbor pilot ⟨Jared Potts⟩ echoed:

            "⟦She speaks her mind, and that might be what the town needs.⟧"
            """, rule: "lead-in-paragraph")
    }

    @Test func dashByline() {
        expectQuotes(#""⟦Never give up, never surrender.⟧" — ⟨Winston Churchill⟩"#, rule: "quote-dash-speaker")
        expectQuotes("“⟦The buses never come on time.⟧” ― ⟨Dana Whitfield⟩", rule: "quote-dash-speaker")
    }

    @Test func aBylineParagraphAfterAQuotationNamesItsSpeaker() {
        expectQuotes(#""⟦The buses never come on time.⟧"\#n\#n- ⟨Dana Whitfield⟩, Salem.\#n\#nThe mayor disputes that."#,
                     rule: "quote-dash-speaker")
        // A paragraph that goes on about the name is no byline.
        expectQuotes(#""⟦The buses never come on time.⟧"\#n\#n- Dana Whitfield rides them daily to the port."#)
    }

    @Test func aShortReportAfterAQuotationClosedByAPeriodNamesItsSpeaker() {
        expectQuotes(#"The vote was close. "⟦I hope the council reads the audit first.⟧" ⟨Haddad⟩ said."#, rule: "quote-then-report")
        expectQuotes(#""⟦We will not close the depot.⟧" ⟨The mayor⟩ said Tuesday."#, rule: "quote-then-report")
    }

    @Test func aLeadInKeepsItsQuotationOverALaterReport() {
        expectQuotes(#"⟨Moss⟩ said: "⟦We will win the runoff.⟧" Haddad disagreed."#, rule: "speaker-cue-quote")
    }

    @Test func transcriptLabelInsideTheQuotation() {
        expectQuotes(#"The exchange went on. "⟦⟨HOLLIS⟩: Will you release the audit before the vote?⟧""#,
                     rule: "quoted-speaker-label")
        expectQuotes(#""⟦⟨SEN. MARSH⟩: We asked twice and heard nothing.⟧""#, rule: "quoted-speaker-label")
    }

    @Test func headlineLabelInsideTheQuotationIsNoSpeaker() {
        let document = MarkedText(#"The sign read "Warning: the bridge is closed to all traffic.""#).annotate()
        #expect(document.quotes.allSatisfy { $0.rule != "quoted-speaker-label" })
    }

    @Test func partialQuoteTakesTheCueOfItsSentence() {
        expectQuotes(#"⟨Salesforce⟩ announced a plan to overhaul hiring and "⟦manage border activities.⟧""#, rule: "sentence-cue")
    }

    @Test func verbInsideTheQuotationIsNotItsCue() {
        let document = MarkedText(#""I also wrote to the White House to end this horrible situation.""#).annotate()
        #expect(document.quotes.count == 1)
        #expect(document.quotes.first?.speaker == nil)
    }

    @Test func noRuleMeansNoSpeaker() {
        expectQuotes(#"The crowd fell silent. "⟦Nobody expected this outcome tonight.⟧""#)
    }
}

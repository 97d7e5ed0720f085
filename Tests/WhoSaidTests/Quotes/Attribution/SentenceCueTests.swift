import Testing
import WhoSaid

/// Partial quotes inside reported speech (`sentence-cue`) and the speaker phrases their cues find.
@Suite struct SentenceCueTests {
    @Test func aSpeechVerbWinsOverAnEarlierCognitionVerb() {
        expectQuotes(#"Analysts expect the vote to pass, but ⟨Ines Varga⟩ warned that it would be "⟦a betrayal⟧" of voters."#,
                     rule: "sentence-cue")
    }

    @Test func aPrepositionalAdjunctIsNotTheSpeaker() {
        expectQuotes(#"⟨Dana Whitfield⟩ at the time said the deal was "⟦a fair price⟧" for the land."#, rule: "sentence-cue")
        expectQuotes(#"The council heard from Omar Haddad, ⟨who⟩ has in the past described the tower as "⟦an eyesore⟧" in a letter."#,
                     rule: "sentence-cue")
    }

    @Test func aPartialQuoteLeavesItsCueToTheReportedClause() {
        let document = MarkedText(#"The mayor said the new bridge was "a gift to the city" and would open soon."#).annotate()
        #expect(document.quotes.contains { $0.type == .partial && $0.text == "a gift to the city" && $0.speaker?.text == "The mayor" })
        #expect(document.quotes.contains {
            $0.type == .indirect && $0.text.hasPrefix("the new bridge was") && $0.speaker?.text == "The mayor"
        })
    }

    @Test func aCognitionCueInsideAReportGivesWayToTheSpeechVerb() {
        expectQuotes(#"⟨Moss⟩ said on Monday that she hopes "⟦someone else takes up the case⟧" soon."#, rule: "speaker-cue-quote")
    }

    @Test func aFromLeadInNamesItsSource() {
        expectQuotes(#"The audit is short. From ⟨the report⟩: "⟦Samples with longer field periods were more accurate.⟧""#,
                     rule: "speaker-colon-quote")
    }

    @Test func aDashStartsANewLeadIn() {
        expectQuotes(#"Analysts agree - ⟨Dana Whitfield⟩: "⟦The count was slow but fair.⟧""#, rule: "speaker-colon-quote")
    }

    @Test func aSpeakerAndAnUnlistedVerbAfterTheQuotation() {
        expectQuotes(#""⟦Go back to your seat,⟧" ⟨Ada Moss⟩ barked, and the room fell silent."#, rule: "quote-speaker-verb")
        expectQuotes(#""⟦Not again!⟧" ⟨she⟩ harrumphed."#, rule: "quote-speaker-verb")
    }

    @Test func aReportAfterACoordinatedBreakIsItsOwn() {
        expectQuotes(#"⟨Dana Whitfield⟩, the police chief, said the video did not give "⟦definitive visual evidence,⟧" but ⟨she⟩ said the footage "⟦supports what we have heard⟧" about the case."#,
                     rule: "sentence-cue")
    }

    @Test func aRelativePronounAfterADashIsTheLocalSpeaker() {
        expectQuotes(#"Instead, the study -- ⟨which⟩ notes that the companies would owe "⟦more than three state budgets⟧" if taxed -- should alarm voters."#,
                     rule: "sentence-cue")
    }
}

import Testing
import WhoSaid

/// Speaker phrases that depend on the shape of the sentence around the cue: introductory
/// phrases, inverted verbs, passives and absolute participles.
@Suite struct SpeakerPhraseContextTests {
    @Test func anIntroductoryPhraseIsNotTheSpeaker() {
        expectQuotes(#"In March, ⟨Dana Whitfield⟩, who runs the port authority, told reporters the plan was "⟦a reckless gamble⟧" for the city."#,
                     rule: "sentence-cue")
        expectQuotes(#"Hours later, ⟨the governor⟩ answered the charge, saying "⟦we did nothing wrong⟧" in the vote."#,
                     rule: "speaker-cue-quote")
    }

    @Test func aRelativeClauseOnAnIntroductoryPhraseBelongsToIt() {
        expectQuotes(#"In March, which was rainy, ⟨the mayor⟩ called ⟦the ferry and its leaking hull "a disgrace⟧.""#, types: [.indirect])
    }

    @Test func anOpeningConjunctionOrAdverbIsNotPartOfTheSpeaker() {
        expectQuotes(#"Though ⟨she⟩ told reporters the audit was "⟦a waste of money and time,⟧" the mayor signed it."#)
        expectQuotes(#"As ⟨he⟩ told the crowd on Friday, "⟦We are not going anywhere.⟧""#)
    }

    @Test func aParticipleOpeningTheSentenceIsSpokenByTheMainSubject() {
        expectQuotes("Defending ⟦the new budget⟧, ⟨the mayor⟩ argued ⟦that the port would pay for itself within a decade⟧.",
                     types: [.indirect], speakerOf: [0, 0])
        expectQuotes("Now, after arguing ⟦that the tunnel was too costly⟧, ⟨the council⟩ has approved ⟦it⟧.", types: [.indirect],
                     speakerOf: [0, 0])
    }

    @Test func aNameAndItsVerbBeforeACommaAreTheMainClauseNotAnIntroduction() {
        expectQuotes("Mayor ⟨Ada Moss⟩ suspended her campaign on Friday, telling supporters ⟦that the fight was not over⟧.",
                     types: [.indirect])
        expectQuotes("Sen. ⟨Ada Moss⟩ (D-Maine) suspended her campaign on Friday, telling supporters ⟦that the fight was not over⟧.",
                     types: [.indirect])
        expectQuotes("Two days after the vote, ⟨the mayor⟩ conceded ⟦that the count was fair⟧.", types: [.indirect])
    }

    @Test func theNameInASpeakersToOrAdjectivePhraseIsNotTheSpeaker() {
        expectQuotes("⟨Aides to Moss⟩ said ⟦the ferry is late⟧.", types: [.indirect])
        expectQuotes("On Monday ⟨an aide to Moss⟩ said ⟦the ferry is late⟧.", types: [.indirect])
        expectQuotes("⟨A spokesman for the agency⟩ said ⟦the ferry is late⟧.", types: [.indirect])
        expectQuotes("⟨One of the protesters⟩ said ⟦the ferry is late⟧.", types: [.indirect])
        expectQuotes(#""⟦We will win,⟧" said ⟨Rick Tyler⟩, a spokesman for Ada Moss."#)
        expectQuotes("⟦The ferry is late⟧, ⟨people⟩ close to Mayor Moss say.", types: [.indirect])
        expectQuotes("⟦The ferry is late⟧, ⟨people⟩ familiar with the talks said.", types: [.indirect])
    }

    @Test func aTimePhraseBetweenCommasAfterTheSubjectIsSkipped() {
        expectQuotes("⟨The mayor⟩, this past week, announced ⟦the creation of a new ferry line⟧.", types: [.indirect])
        expectQuotes("⟨Moss⟩, on Monday, said ⟦the ferry is late⟧.", types: [.indirect])
    }

    @Test func anInvertedSpeakerAfterACommaIsAPhraseThatCanSpeak() {
        expectQuotes("⟦The ferry is late⟧, said ⟨a spokesman for the agency⟩.", types: [.indirect])
    }

    @Test func subjectsJoinedByAndAreOneSpeakerPhrase() {
        expectQuotes("⟨Ada Moss and her aides⟩ said ⟦the ferry is late⟧.", types: [.indirect])
        expectQuotes("In May, ⟨Moss and Lee⟩ said ⟦the ferry is late⟧.", types: [.indirect])
        // An object before `and` belongs to the verb before it.
        expectQuotes("He met the mayor and ⟨the council⟩ said ⟦the ferry is late⟧.", types: [.indirect])
    }

    @Test func aNameTheEntityStageFoundIsOneSpeakerPhrase() {
        expectQuotes("The ⟨Bank of America⟩ said ⟦the ferry loan is late⟧.", types: [.indirect])
        expectQuotes("Maine Secretary of State ⟨Jason Kander⟩ said ⟦the ferry loan is late⟧.", types: [.indirect])
        // A person's name before `of` is the speaker, not the place or company after it.
        expectQuotes("⟨Holger Smith⟩ of Harbor Bank said ⟦the ferry loan is late⟧.", types: [.indirect])
    }

    @Test func anIrregularPastTenseVerbEndsTheSpeakerPhrase() {
        expectQuotes("Gov. ⟨Ada Moss⟩ won the primary on Friday, saying ⟦she would return to the harbor⟧.", types: [.indirect])
        expectQuotes("⟨The former mayor⟩ began her speech by saying ⟦the city needs a new bridge⟧.", types: [.indirect])
        expectQuotes("⟨Moss⟩ spoke for an hour, saying ⟦that she expects to win⟧.", types: [.indirect])
    }

    @Test func aParticipleOnTheSpeakerMayTakeATimeOrItsAgent() {
        expectQuotes("⟨A poll⟩ released Friday found ⟦that most voters back the tunnel⟧.", types: [.indirect])
        expectQuotes("An early draft of ⟨the report⟩ seen by reporters said ⟦the audit was late⟧.", types: [.indirect])
    }

    @Test func aClauseAfterASemicolonOrColonHasItsOwnSubject() {
        expectQuotes("The mayor backs the levy; ⟨the council⟩ opposes it but supports ⟦a smaller fee for ferries⟧.",
                     types: [.indirect], exclusive: false)
        expectQuotes("One trend was clear: ⟨Dover voters⟩ were more likely to say ⟦the pier was unsafe⟧.", types: [.indirect])
    }

    @Test func aDocumentSpeaksForItsAuthors() {
        expectQuotes("⟨A memo⟩ obtained by reporters warned ⟦that the pier was unsafe⟧.", types: [.indirect])
    }

    @Test func anInfinitiveFarFromTheSentenceSubjectHasNoSpeaker() {
        expectQuotes(
            "The storm damage along the harbor over the winter has made it much harder for islanders to argue that the port will survive.",
            types: [.indirect])
        expectQuotes("⟨The mayor⟩ declined ⟦to say whether the pier would close⟧.", types: [.indirect])
    }

    @Test func aParticipleAfterAnAuxiliaryIsSpokenByTheAuxiliarysSubject() {
        expectQuotes("The vote went ahead on Tuesday as ⟨more lawmakers⟩ were urging ⟦the council to wait⟧.", types: [.indirect])
        expectQuotes("⟨Voters across the state⟩ are urging ⟦the council to wait⟧.", types: [.indirect])
    }

    @Test func aContractedAuxiliaryAfterAPronounLeavesTheVerbACue() {
        expectQuotes("⟨She⟩'s hoping ⟦Saturday's vote will settle the harbor fight⟧.", types: [.indirect])
        expectQuotes("⟨He⟩’s said ⟦that the ferry will run all winter⟧.", types: [.indirect])
    }

    @Test func aDescriptionBeforeANameAfterTheReportIsPartOfTheSpeaker() {
        expectQuotes("⟦The ferry will run all winter⟧, ministry spokesman ⟨Ada Moss⟩ said on Tuesday.", types: [.indirect])
        expectQuotes("⟦The levy is doomed⟧, veteran ⟨Republicans⟩ said.", types: [.indirect])
    }

    @Test func aQuestionAfterAPassiveCuesAgentIsTheAgentsReport() {
        expectQuotes("Moss was asked by host ⟨Ada Lee⟩ ⟦whether the ferry would run all winter⟧.", types: [.indirect])
        expectQuotes("⟦The ferry plan⟧ was criticized by ⟨the union⟩.", types: [.indirect])
    }

    @Test func aTimePhraseOpenedByADeterminerIsNotTheSpeaker() {
        expectQuotes("The day before, at a rally in Salem, Mr. ⟨Moss⟩ was just as blunt, claiming ⟦that the port was safe⟧.",
                     types: [.indirect])
        expectQuotes("The next morning, ⟨the mayor⟩ appeared on the radio, claiming ⟦that the port was safe⟧.", types: [.indirect])
    }

    @Test func aTimeAfterAnAppositionStandsBetweenSpeakerAndVerb() {
        expectQuotes("⟨Ada Moss⟩, who chairs the harbor board, on Friday warned ⟦that the plan was reckless⟧.", types: [.indirect])
        expectQuotes("The two had talked for hours, with ⟨Moss⟩ repeatedly urging ⟦the board to wait⟧.", types: [.indirect])
    }

    @Test func aClauseThatOnlyLooksIntroductoryHoldsTheSubject() {
        expectQuotes("⟨Moss⟩ then spoke at the harbor on Friday, saying ⟦that the port was safe⟧.", types: [.indirect])
    }

    @Test func aLoneGerundIsNoSpeaker() {
        expectQuotes("Even after the boom cooled, the borrowing continued.", types: [.indirect])
    }

    @Test func aGroupOfPeopleBeforeAnAsideSpeaks() {
        expectQuotes("⟨Three scholars⟩ — two from Yale and one from Harvard — agreed ⟦that the ruling was sound⟧.", types: [.indirect])
    }

    @Test func aNameAfterItsDescriptionIsTheSpeaker() {
        expectQuotes(#""⟦We expected it,⟧" said Democratic pollster ⟨Ada Moss⟩."#)
    }

    @Test func aSubordinatorBeforeANounThatCannotSpeakIsIntroductory() {
        expectQuotes("After the harbor vote, ⟨Moss⟩ went on the radio, calling ⟦the result a disgrace⟧.", types: [.indirect])
        expectQuotes("But ⟨the company⟩, which runs the ferry, said ⟦the plan was reckless⟧.", types: [.indirect])
    }

    @Test func aPlaceAfterAnIntroductoryPhraseIsNotTheSpeaker() {
        expectQuotes(#"At a rally in Dover, Delaware, on Monday, ⟨Moss⟩ praised the crowd, saying it was "⟦the best in the state⟧" this year."#,
                     rule: "sentence-cue")
    }

    @Test func aNameAfterAnOpeningAdverbIsTheSpeakerNotAPlace() {
        expectQuotes("Moreover, ⟨Ines Varga⟩, director of the harbor institute, noted this week ⟦that most of the pledges fall short⟧.",
                     types: [.indirect])
    }

    @Test func aSurnameEndingInErBeforeAnAuxiliaryIsTheSubject() {
        expectQuotes("⟨Weaver⟩ was not impressed, telling reporters, “⟦The governor should step down.⟧”", rule: "speaker-cue-quote")
    }

    @Test func aDatelineWithAWireCreditIsNotTheSpeaker() {
        expectQuotes("Salem (AFP) – ⟨The mayor⟩ toured the port on Friday, saying ⟦that it was reckless⟧.", types: [.indirect])
    }

    @Test func aDatelineIsNotTheSpeaker() {
        expectQuotes(#"BOSTON, May 2 (Wire) — Mayor ⟨Ada Moss⟩ addressed the council, saying: "⟦The budget is balanced.⟧""#,
                     rule: "speaker-cue-quote")
    }

    @Test func aVerbOpeningItsClauseComesBeforeItsSpeaker() {
        expectQuotes(#"The bridge reopened on Friday. Said ⟨Omar Haddad⟩, who drives it daily, "⟦It was worth the wait.⟧""#)
        expectQuotes(#"Most voters were pleased. But, said ⟨Ines Varga⟩, "⟦the hard part starts now.⟧""#)
    }

    @Test func aPhraseWithAVerbOfItsOwnAfterAnOpeningVerbIsTheReportNotTheSpeaker() {
        expectQuotes("⟨Border guards⟩, however, said ⟦they believed the smugglers had left⟧.", types: [.indirect])
    }

    @Test func anUnlistedVerbBeforeTheSpeakerAfterTheQuotation() {
        expectQuotes(#""⟦This is fantastic!⟧" beamed ⟨Dana Whitfield⟩ of Dover, who had waited all night."#, rule: "quote-speaker-verb")
        expectQuotes(#""⟦They never read the bill,⟧" ⟨Haddad⟩ fumed on Tuesday."#, rule: "quote-speaker-verb")
    }

    @Test func aSubjectPronounIsNeverAPrepositionsObject() {
        expectQuotes(#"The mayor has mellowed, but at 86 ⟨she⟩ still says, "⟦We are not done yet.⟧""#, rule: "speaker-cue-quote")
    }

    @Test func aNameInAppositionToADescriptionIsTheSpeaker() {
        expectQuotes(#"Another critic, ⟨Ada Moss⟩, likened the plan to "⟦a bridge to nowhere⟧" on Monday."#, rule: "sentence-cue")
    }

    @Test func aPlaceOrOutletAfterAPersonsNameIsNotTheSpeaker() {
        expectQuotes(#""⟦It was a long night,⟧" said ⟨Dana Whitfield⟩ of the Dover Gazette."#, rule: "quote-cue-speaker")
        expectQuotes(#"⟨Dana Whitfield⟩ of the Dover Gazette said: "⟦It was a long night.⟧""#, rule: "speaker-cue-quote")
    }

    @Test func anInfinitiveCueTakesTheSubjectBeforeItsVerbs() {
        expectQuotes(#"The hearing was so calm that Mr. ⟨Haddad⟩ was prompted to say, "⟦I cannot believe how civil it has been.⟧""#,
                     rule: "speaker-cue-quote")
    }

    @Test func aDegreeWordBeforeAnInfinitiveIsNoSpeaker() {
        expectQuotes("⟨Older voters⟩ were slightly more likely to say ⟦the port plan was a mistake⟧.", types: [.indirect])
    }

    @Test func theObjectOfAControlVerbSpeaksItsInfinitive() {
        expectQuotes("The landslide led party chairman ⟨Omar Haddad⟩ to declare ⟦the race over⟧.", types: [.indirect])
        expectQuotes("The narrow win led ⟨her⟩ to declare ⟦that the nomination was in sight⟧.", types: [.indirect])
    }

    @Test func aPrepositionsObjectInAnAppositionIsNotTheSpeaker() {
        expectQuotes("⟨A legal memo⟩ drafted in May, and obtained by the Ledger, concluded ⟦that the lease was void⟧.", types: [.indirect])
    }

    @Test func aNameBeforeItsPartyParenthesisIsTheSpeaker() {
        expectQuotes("Sen. ⟨Ada Moss⟩ (D-Maine), who has endorsed Haddad, said ⟦the port deal should be reopened⟧.",
                     types: [.indirect], exclusive: false)
    }

    @Test func aQuantifierOpeningAClauseSpeaks() {
        expectQuotes("The ferry plan is popular. ⟨Most⟩ believe ⟦that it will lower fares⟧.", types: [.indirect])
        expectQuotes("The port board met on Monday, but ⟨some⟩ say ⟦the vote was rushed⟧.", types: [.indirect])
        expectQuotes("⟨Several⟩ have suggested ⟦that the mayor step aside⟧.", types: [.indirect])
        expectQuotes("One rider left early. ⟨Another⟩ said ⟦the ferry was always late⟧.", types: [.indirect])
    }

    @Test func aQuantifierOrCountOfAPluralPronounSpeaks() {
        expectQuotes("The dockworkers met on Monday. ⟨Most of them⟩ said ⟦they had enjoyed working at the port⟧.", types: [.indirect])
        expectQuotes("⟨Two of us⟩ said ⟦the levy was unfair⟧.", types: [.indirect])
    }

    @Test func aQuantifierAfterAnArticleOrASubjectIsNoSpeaker() {
        expectQuotes("The most telling promise the mayor made was to keep the ferry running.", types: [.indirect])
        expectQuotes("The two unions both denounced the port plan in statements.", types: [.indirect])
    }

    @Test func anOpeningSentenceAdverbIsNoSpeaker() {
        expectQuotes("Essentially, ⟨the auditors⟩ read the ledgers and found ⟦that two accounts were missing⟧.", types: [.indirect])
    }

    @Test func aPhraseOpeningWithASubjectPronounIsTheMainClause() {
        expectQuotes(#"⟨He⟩ went further on Tuesday, saying that "⟦the audit was a sham⟧" from the start."#)
    }

    @Test func aParticipleAfterAQuotedTitleSharesTheCueBeforeIt() {
        expectQuotes(#"“⟦I think Moss would be the best nominee,⟧” ⟨Haddad⟩ said on "Morning Show," adding, “⟦Her problem is the calendar.⟧”"#)
    }

    @Test func aParticipleAfterACoordinatedClauseIsThatClausesSubjects() {
        expectQuotes("⟨Tenants⟩ say ⟦the rules are too strict⟧, and ⟨the union⟩ has sued the city over them, saying ⟦they break the lease⟧.",
                     types: [.indirect])
    }

    @Test func theSubjectOfASentenceOpeningWithAQuotationFollowsIt() {
        expectQuotes(#"“⟦We think the message will resonate,⟧” ⟨he⟩ said at a news conference, and then predicted: “⟦Our support is growing.⟧”"#)
    }

    @Test func anOpeningConjunctionComesBeforeTheSubjectOfALeadIn() {
        expectQuotes(#"And Mr. ⟨Haddad⟩ gloated: "⟦I told you he would not be ready.⟧""#, rule: "speaker-colon-quote")
        expectQuotes(#"But back on home soil, ⟨he⟩ returned to his familiar lines: "⟦Our port comes first!⟧""#,
                     rule: "speaker-colon-quote")
    }

    @Test func aLeadInsIntroductoryPhraseDoesNotCountTowardsItsLength() {
        expectQuotes(#"With city leaders increasingly worried about a lack of passion for the bond among young voters, Mayor ⟨Ada Moss⟩ is rolling out a new and more personal message: "⟦It is about our children.⟧""#,
                     rule: "speaker-colon-quote")
    }

    @Test func aVerbAfterACommaWithItsSubjectEndingTheSentenceIsInverted() {
        expectQuotes(#""⟦This will be a challenge⟧" for the mayor, said ⟨Ada Moss⟩."#, rule: "sentence-cue")
    }

    @Test func aWordAfterADeterminerIsANounHoweverItIsSpelled() {
        expectQuotes(#"⟨The report⟩ says the company "⟦has 987 subsidiaries in tax havens.⟧""#, rule: "sentence-cue")
    }

    @Test func aTimePhraseIsNotTheSpeakerOfAnAdjunctCue() {
        expectQuotes(#"A few days ago in an interview with the network ⟨he⟩ blasted the press for being "⟦unbelievably dishonest.⟧""#,
                     rule: "sentence-cue")
    }

    @Test func aPassiveCueTakesItsAgent() {
        expectQuotes(#"The senator was asked by ⟨Hugh Hill⟩ whether the law would risk "⟦a flood of lawsuits.⟧""#,
                     rule: "sentence-cue")
    }

    @Test func aParticipleAfterWithTakesThePhraseBeforeIt() {
        expectQuotes(#"The debate grew tense, with Senator ⟨Ada Moss⟩ calling the bill "⟦a giveaway⟧" to insurers."#, rule: "sentence-cue")
        expectQuotes(#"The two leaders met for an hour - ⟨Moss⟩ saying she was "⟦very encouraged⟧" by it."#, rule: "sentence-cue")
    }

    @Test func aParticipleAfterTheQuotationIsNotAnInversion() {
        expectQuotes(#"⟨Ruiz⟩ called the deal "⟦a disaster,⟧" blaming Omar Haddad for the delay."#, rule: "sentence-cue")
    }

    @Test func aVerbsBaseFormAfterAIsANoun() {
        expectQuotes(#"⟨Moss⟩ posted a Twitter comment of her own, saying, "⟦We are thrilled for the team!⟧""#,
                     rule: "speaker-cue-quote")
    }

    @Test func aCognitionVerbGivesWayToTheNearestSpeechVerbBeforeIt() {
        expectQuotes(#"On claims that neighbors agree with him, ⟨Haddad⟩ said he believes "⟦most of them do not⟧" in private."#,
                     rule: "speaker-cue-quote")
    }

    @Test func aTimePhraseBetweenSubjectAndVerbIsNotTheSpeaker() {
        expectQuotes("Senator ⟨Ada Moss⟩ (D-Ore.) last week said ⟦the harbor bill was dead⟧.", types: [.indirect])
        expectQuotes("⟨The council⟩ earlier this month said ⟦the ferry would run all winter⟧.", types: [.indirect])
    }

    @Test func aReflexiveOrAParticiplePhraseAfterTheSubjectIsNotTheSpeaker() {
        expectQuotes("⟨The ferry company⟩ itself said ⟦the crossing was safe⟧.", types: [.indirect])
        expectQuotes("⟨People⟩ briefed on the talks said ⟦that the deal was close⟧.", types: [.indirect])
        expectQuotes("⟨The report⟩ released on Tuesday said ⟦the ferry lost money⟧.", types: [.indirect])
    }

    @Test func aDashAsideAfterTheSubjectIsNotTheSpeaker() {
        expectQuotes("⟨Port officials⟩ — including two from the harbor district — said ⟦the vote was rushed⟧.", types: [.indirect])
        expectQuotes("⟨Moss⟩ — a veteran of the port — said ⟦the vote was rushed⟧.", types: [.indirect])
        expectQuotes("⟨Many workers⟩ at the port — including the crane crews — said ⟦the vote was rushed⟧.", types: [.indirect])
        expectQuotes("⟨Moss⟩ -- a veteran of the port -- said ⟦the vote was rushed⟧.", types: [.indirect])
    }

    @Test func aRestrictiveRelativeClauseGivesWayToItsAntecedent() {
        expectQuotes("⟨Voters⟩ who crossed the bridge said ⟦they wanted a new one⟧.", types: [.indirect])
        expectQuotes("⟨Voters⟩ ⟨who⟩ backed ⟦the levy⟧ said ⟦they wanted a new bridge⟧.", types: [.indirect], speakerOf: [1, 0])
    }

    @Test func theSubjectOfARelativeClauseIsNotTheSpeaker() {
        // Better no speaker than the wrong one.
        expectQuotes("Voters who Moss courted said the bridge was too low.", types: [.indirect])
        expectQuotes("The man Moss fired said the bridge was unsafe.", types: [.indirect])
    }

    @Test func aNonRestrictiveRelativeClausesAntecedentIsTheSubject() {
        expectQuotes(#"⟨The complaint⟩, which was filed in a court in Salem, alleged that the port "⟦ignored every warning.⟧""#,
                     rule: "sentence-cue")
        // Not inside an introductory phrase.
        expectQuotes(#"After the vote, which was close, ⟨Moss⟩, the mayor, said: "⟦The levy will pass.⟧""#)
    }

    @Test func aRelativeWithItsOwnSubjectIsNoSpeaker() {
        expectQuotes(#"To which ⟨she⟩ said, "⟦Thank you for coming.⟧""#, rule: "speaker-cue-quote")
    }

    @Test func anAdverbBetweenNegationAndVerbIsNotTheSpeaker() {
        expectQuotes("⟨The mayor⟩ has not yet responded ⟦to the port's claims⟧.", types: [.indirect])
    }

    @Test func dummySubjectsAndLoneFunctionWordsNameNoOne() {
        expectQuotes("In the harbor district, there are fears the storm will close the ferry for weeks.", types: [.indirect])
        expectQuotes("There is no doubt the bridge will need repairs before winter.", types: [.indirect])
        expectQuotes("But estimates for the repairs vary widely across the county.", types: [.indirect])
        expectQuotes("That said, the council has not set a date for the vote.", types: [.indirect])
    }

    @Test func aPronounWithAContractedVerbAndMoreWordsIsAClauseNotASpeaker() {
        expectQuotes("It's hard to imagine the council approving the bridge.", types: [.indirect])
        expectQuotes("I'm old enough to remember the mayor promising a new pier.", types: [.indirect])
        expectQuotes("⟨We've⟩ said ⟦the pier will reopen⟧.", types: [.indirect])
    }

    @Test func itBeforeBeAndANonVerbIsADummySubject() {
        expectQuotes("It is too soon to say whether the ferry will run this winter.", types: [.indirect])
        expectQuotes("It is hard to imagine the council approving the bridge.", types: [.indirect])
        expectQuotes("It was a way to show voters that the port still mattered.", types: [.indirect])
        // `it` with a verb of its own still speaks.
        expectQuotes("⟨It⟩ has refused ⟦to punish the harbor firms⟧.", types: [.indirect])
        expectQuotes("⟨It⟩ also said ⟦the pier would reopen⟧.", types: [.indirect])
    }

    @Test func anAsideAfterWordsThatCannotSpeakHidesNoSubject() {
        expectQuotes("An ambitious - some say reckless - plan made in May would widen the harbor.", types: [.indirect])
    }
}

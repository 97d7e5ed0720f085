import Testing
import WhoSaid

@Suite struct IndirectQuoteFinderTests {
    @Test func speakerSaysClause() {
        expectQuotes("⟨Marc Benioff⟩ says ⟦the company has no plans to end its contract⟧.", types: [.indirect])
        expectQuotes("⟨The minister⟩ said ⟦that the border would stay open all winter⟧.", types: [.indirect])
    }

    @Test func coordinatedVerbTakesTheSentenceSubject() {
        expectQuotes("⟨Salesforce⟩ didn't take part in the hearing but has previously said ⟦it wasn't aware of any such use⟧.",
                     types: [.indirect])
        // `respond to a request for comment` is a report of its own, as PolNeAR annotates it.
        expectQuotes(
            "⟨Salesforce⟩ didn't respond ⟦to a request for comment⟧ but has previously said ⟦it wasn't aware of any such use⟧.",
            types: [.indirect], speakerOf: [0, 0])
    }

    @Test func clauseThenSpeakerCue() {
        expectQuotes("⟦The factory will close by the end of the year⟧, ⟨a company spokesman⟩ said.", types: [.indirect])
        // A name's article is no part of its speaker phrase.
        expectQuotes("⟦Growth in the harbor towns is slowing⟧, the ⟨IMF⟩ said.", types: [.indirect])
        // A time after the cue may run to a comma and more narrative.
        expectQuotes("⟦The ferry fares are an insult to every islander⟧, ⟨local officials⟩ said Friday, as they met the port board.",
                     types: [.indirect])
    }

    @Test func accordingToClause() {
        expectQuotes("According to ⟨the police⟩, ⟦the driver fled the scene before dawn⟧.", types: [.indirect])
    }

    @Test func clauseEndsAtItsFirstBreak() {
        expectQuotes("⟨The mayor⟩ said ⟦the bridge will reopen in May⟧, while critics expect more delays.", types: [.indirect])
        expectQuotes("⟨The mayor⟩ said ⟦the bridge will reopen in May⟧, sending commuters back to the old route.", types: [.indirect])
        expectQuotes("⟨The mayor⟩ said ⟦the bridge will reopen soon because the repairs are done⟧.", types: [.indirect])
    }

    @Test func aRelativeOrHoweverAfterACommaEndsTheClause() {
        expectQuotes("⟨The mayor⟩ said ⟦the ferry service would resume⟧, whose timetable changed twice.", types: [.indirect])
        expectQuotes("⟨The mayor⟩ said ⟦the ferry service would resume⟧, however, the boats stayed in port all week.", types: [.indirect])
    }

    @Test func aReasonAfterACommaStaysInTheClause() {
        expectQuotes("⟨The mayor⟩ said ⟦the bridge will reopen soon, because the repairs are done⟧.", types: [.indirect])
        expectQuotes("⟨The mayor⟩ said ⟦the ferry will run late, as the crews are short⟧.", types: [.indirect])
    }

    @Test func aTimeReasonOrResultAfterACommaStaysInTheClause() {
        expectQuotes("⟨The mayor⟩ said ⟦the bridge reopened in May, when the repairs ended⟧.", types: [.indirect])
        expectQuotes("⟨The mayor⟩ said ⟦the ferry will keep running, so islanders can still reach the mainland⟧.", types: [.indirect])
    }

    @Test func aComparisonAfterACommaEndsTheClause() {
        expectQuotes("⟨The mayor⟩ said ⟦the port handled more ships this year⟧, compared with the slump of 2020.", types: [.indirect])
    }

    @Test func aColonDoesNotEndTheClause() {
        expectQuotes("⟨The mayor⟩ said ⟦the plan had two parts: a new bridge and a wider road⟧.", types: [.indirect])
    }

    @Test func aSingleDashEndsTheClauseButAPairedAsideStaysIn() {
        expectQuotes("⟨The mayor⟩ said ⟦the bridge will reopen in May⟧ - a date few commuters believe.", types: [.indirect])
        expectQuotes("⟨The mayor⟩ said ⟦the bridge — closed since March — will reopen in May⟧.", types: [.indirect])
    }

    @Test func aSubordinatorAfterAPrepositionStaysInTheObject() {
        expectQuotes("⟨Lopez⟩ mocked ⟦the council for not fixing the harbor⟧.", types: [.indirect], rule: "speaker-cue-object")
        expectQuotes("⟨Lopez⟩ criticized ⟦the council for how it ran the harbor⟧.", types: [.indirect], rule: "speaker-cue-object")
    }

    @Test func anObjectEndsAtACommaBeforeALowercaseWord() {
        expectQuotes("Ada Moss, ⟨who⟩ opposes ⟦the port tax⟧, vetoed the bill.", types: [.indirect], rule: "speaker-cue-object")
        expectQuotes("⟨The union⟩ praised ⟦the new contract⟧, its first in a decade.", types: [.indirect], rule: "speaker-cue-object")
        expectQuotes("⟨Lopez⟩ praised ⟦Ada Moss, Ben Chen and the crews⟧.", types: [.indirect], rule: "speaker-cue-object")
    }

    @Test func aCueFollowedByByReportsNothing() {
        expectQuotes("A 4-4 ruling by the high court would leave the port law in place.", types: [.indirect])
        expectQuotes("The fate of the ferry is likely to be decided by the state board.", types: [.indirect])
    }

    @Test func aCueFollowedByFromReportsNothing() {
        expectQuotes("Ada Moss reported from the harbor district, where the ferry sank on Friday.", types: [.indirect])
    }

    @Test func aCueFollowedByACoordinatorReportsNothing() {
        expectQuotes("The union complained and the council voted to close the pier on Friday.", types: [.indirect])
    }

    @Test func anObjectEndsBeforeAnAdjunctOpeningWithAnArticle() {
        expectQuotes("⟨The mayor⟩ praised ⟦the ferry crews⟧ in a radio interview.", types: [.indirect], rule: "speaker-cue-object")
        expectQuotes("⟨Lopez⟩ criticized ⟦the council for its delays⟧.", types: [.indirect], rule: "speaker-cue-object")
    }

    @Test func anObjectEndsBeforeTheSubjectsNextAct() {
        expectQuotes("⟨The union⟩ endorsed ⟦Ada Moss⟧ and handed her campaign a check.", types: [.indirect], rule: "speaker-cue-object")
    }

    @Test func aParentheticalReportOpensAfterADash() {
        expectQuotes("The bill bars new port deals - ⟦a provision, ⟨Lopez⟩ said, that the council wants kept⟧.",
                     types: [.indirect], rule: "parenthetical-cue")
    }

    @Test func aPassiveSpeechVerbWithoutAnAgentReportsNothingForItsSubject() {
        expectQuotes("Ada Moss was asked about the port closure on Tuesday.", types: [.indirect])
        expectQuotes("The harbor plan was widely criticized at the hearing.", types: [.indirect])
        expectQuotes("The mayor has been told that the bridge needs new cables.", types: [.indirect])
        expectQuotes("⟨The mayor⟩ is worried ⟦that the bridge needs new cables⟧.", types: [.indirect])
    }

    @Test func aBreakLetsTheNextReportKeepItsOwnCue() {
        expectQuotes("⟨Lopez⟩ said ⟦the talks had stalled⟧, but ⟨Chen⟩ said ⟦a deal was still possible this week⟧.",
                     types: [.indirect])
    }

    @Test func toldReporters() {
        expectQuotes("⟨Trump⟩ told reporters on Tuesday ⟦that the wall would be paid for by Mexico⟧.", types: [.indirect])
    }

    @Test func thePersonToldIsNoPartOfTheReport() {
        expectQuotes("⟨Lee⟩ told The Salem Ledger ⟦the ferry plan would fail⟧.", types: [.indirect])
        expectQuotes("⟨Lee⟩ told him ⟦the ferry plan would fail⟧.", types: [.indirect])
        expectQuotes("⟨Lee⟩ told supporters on Monday ⟦the ferry plan would fail⟧.", types: [.indirect])
        // Without a clause's subject after it, the object is the report.
        expectQuotes("⟨Lee⟩ told ⟦the story of the ferry⟧.", types: [.indirect])
    }

    @Test func aThatOpeningItsSubjectAfterAPrepositionalAdjunctOpensTheReport() {
        expectQuotes("⟨Moss⟩ has said from the start ⟦that the ferry would run⟧.", types: [.indirect])
        expectQuotes("⟨Moss⟩ wrote in her memoir ⟦that Lee had never paid the toll⟧.", types: [.indirect])
    }

    @Test func aCueBaseFormBeforeAPastSpeechVerbIsItsSubjectNoun() {
        expectQuotes("⟦Hackers broke into ten servers at the port⟧, ⟨the council report⟩ said.", types: [.indirect])
        expectQuotes("⟨A news report⟩ found ⟦the mayor used a private account⟧.", types: [.indirect])
        // Before a cue phrase (`on Twitter`) the base form is still the verb.
        expectQuotes(#"⟨Moss⟩ did post on Twitter Friday that her claims were "⟦sarcasm⟧" but few believed her."#, types: [.partial])
    }

    @Test func aThatAfterACommonNounOpensARelativeClauseNotTheReport() {
        expectQuotes("⟨Moss⟩ stressed ⟦her support for the ferry that sank in March⟧.", types: [.indirect])
        expectQuotes("⟨The mayor⟩ says ⟦there should be a law that bans the trucks⟧.", types: [.indirect])
        expectQuotes("⟨The agency⟩ said in a statement Monday ⟦that the port would reopen⟧.", types: [.indirect])
        expectQuotes("⟨Haddad⟩ told them ⟦that the vote was rushed⟧.", types: [.indirect])
    }

    @Test func theHyphenOfASuspendedCompoundIsNoDash() {
        expectQuotes("⟨The survey⟩ finds ⟦the ferry is a second- or third-tier issue for most voters⟧.", types: [.indirect])
    }

    @Test func objectVerbsReportTheirObject() {
        expectQuotes("⟨The union⟩ endorsed ⟦Ada Moss for mayor⟧ when the vote neared.", types: [.indirect], rule: "speaker-cue-object")
        expectQuotes("⟨Lopez⟩ praised ⟦the new bridge⟧ yesterday.", types: [.indirect], rule: "speaker-cue-object")
        expectQuotes("The candidate whom Moss endorsed said the levy would pass.", types: [.indirect])
    }

    @Test func anObjectVerbWithItsObjectAfterTheSpeakerReportsThatObjectNotTheClauseBefore() {
        expectQuotes("The levy failed in May, ⟨Moss⟩ now backs ⟦the mayor⟧.", types: [.indirect], rule: "speaker-cue-object")
        // A one-word object of a relative clause's verb ends the sentence.
        expectQuotes("⟨Ada Moss⟩ praised ⟦council members⟧, like Omar Haddad, ⟨who⟩ condemned ⟦tolls⟧.", types: [.indirect])
    }

    @Test func anObjectVerbWithAThatClauseReportsTheClause() {
        expectQuotes("⟨The ministry⟩ denied ⟦that the border had been closed overnight⟧.", types: [.indirect], rule: "speaker-cue-clause")
    }

    @Test func aClauseEndsBeforeTheNextReportOfItsSentence() {
        // Also when a title the speaker phrase leaves out stands after the comma.
        expectQuotes("Like other owners ⟨who⟩ foresee ⟦an upside in expanding⟧, Mr. ⟨Schmidt⟩ said ⟦he was building a new clubhouse⟧.",
                     types: [.indirect])
        expectQuotes(
            "⟨Lopez⟩ said ⟦the talks had stalled over the budget⟧, ⟨the mayor⟩ told reporters ⟦that a new deal would be signed by the end of the week⟧.",
            types: [.indirect])
        // The comma may end a quotation, and a conjunction may open the next report.
        expectQuotes(#"⟨Moss⟩ called ⟦the new ferry dock on the east bank "a gift⟧," and ⟨Haddad⟩ said ⟦the dock, built in two years, was "a waste⟧.""#,
                     types: [.indirect])
    }

    @Test func aClauseThatIsMostlyOneQuotationIsLeftToThatQuotation() {
        expectQuotes(#"⟨Haddad⟩ said the dock was "⟦a waste of money and of everybody's time.⟧""#, types: [.direct, .partial, .indirect])
    }

    @Test func aQuotationIsWeighedAgainstItsClauseWithoutItsMarks() {
        // `"loser."` with its marks is more than half of `him a "loser."`; its word alone is less.
        expectQuotes(#"⟨Moss⟩ laughed at the mayor, calling ⟦him a "loser⟧.""#, types: [.indirect])
    }

    @Test func aClauseWithSeveralPartialQuotesIsReportedWhole() {
        expectQuotes(#"⟨Moss⟩ said ⟦she was "looking forward to it" because "these are the races you run for⟧.""#, types: [.indirect])
    }

    @Test func aReportInAFrontedSubordinateClauseEndsWithThatClause() {
        expectQuotes("While ⟨most voters⟩ said ⟦the mayor had the best plan⟧, her rival leads the polls by ten points.", types: [.indirect])
        expectQuotes("After ⟨the senator⟩ admitted ⟦the plan had flaws⟧, the committee voted it down.", types: [.indirect])
    }

    @Test func aRelativeClauseBetweenCommasInsideTheReportIsPartOfIt() {
        // Also when the aside holds a cue of its own (`charges`).
        expectQuotes("⟨Lee⟩ said ⟦that the mayor, who charges a lot for speeches, has lost money⟧.", types: [.indirect])
        expectQuotes("⟨Lee⟩ said ⟦the port needs money⟧, which the council refused.", types: [.indirect])
    }

    @Test func aCommaRightAfterTheCueIsNoPartOfTheReport() {
        expectQuotes("⟨Lee⟩ said, ⟦the ferry must run all winter⟧.", types: [.indirect])
    }

    @Test func aSubordinateClauseFrontedInTheReportIsPartOfIt() {
        expectQuotes("⟨Ada Moss⟩ said ⟦that while she opposed the levy, she now backs the mayor⟧.", types: [.indirect])
        expectQuotes("⟨Ada Moss⟩ said ⟦that although she opposed the levy, the port needs the money⟧.", types: [.indirect])
    }

    @Test func aReportInARelativeClauseEndsWhereItsAntecedentsVerbResumes() {
        expectQuotes("The two ports, ⟨which⟩ together vowed ⟦to cut fees⟧, have opened talks on Monday.", types: [.indirect])
        expectQuotes("Ada Moss, ⟨who⟩ said ⟦the ferry, which is old, should be sold⟧, was not at the meeting.", types: [.indirect])
    }

    @Test func aContractedNegativeStandsBetweenSpeakerAndCue() {
        expectQuotes("⟨The mayor⟩ didn't expect ⟦the ferry strike to last so long⟧.", types: [.indirect])
        expectQuotes("⟨She⟩ hasn’t said ⟦whether the port will reopen⟧.", types: [.indirect])
    }

    @Test func aThatClauseMakesANounLikeCueFormAReport() {
        expectQuotes("⟨The union⟩ is demanding ⟦that the campaign stop using pictures of its members⟧.", types: [.indirect])
    }

    @Test func aClosingCueFollowedByAClauseReportsThatClause() {
        expectQuotes("After the town hall ended, ⟨she⟩ said ⟦he had earned her vote⟧.", types: [.indirect], rule: "speaker-cue-clause")
        expectQuotes("Asked about the mill, ⟨Moss⟩ said ⟦that the sale was unrelated⟧.", types: [.indirect], rule: "speaker-cue-clause")
        expectQuotes("⟦The factory will close by the end of the year⟧, ⟨a company spokesman⟩ said on Tuesday.",
                     types: [.indirect], rule: "clause-speaker-cue")
        expectQuotes("⟦The factory will close by the end of the year⟧, ⟨the manager⟩ told them.", types: [.indirect], rule: "clause-speaker-cue")
    }

    @Test func cuesListedWithoutIndirectReportNoClause() {
        expectQuotes("Most states plan to hold their primaries in the spring.", types: [.indirect])
        expectQuotes("The senator appears to favor a shorter bill this year.", types: [.indirect])
        expectQuotes("The mayor has seen the new budget for the harbor.", types: [.indirect])
    }

    @Test func aClauseEndsBeforeAnAppositiveAfterIt() {
        expectQuotes("⟨The company⟩ announced ⟦it would cut 3,000 jobs⟧, a move that angered the union.", types: [.indirect])
    }

    @Test func aSecondThatClauseAfterACommaGoesOnWithTheReport() {
        expectQuotes("⟨Moss⟩ said ⟦that the crews had left the pier, but that they would return on Monday⟧.", types: [.indirect])
    }

    @Test func whileWithoutACommaStaysInTheClause() {
        expectQuotes("⟨Moss⟩ accused ⟦the council of spending the reserve while she was away⟧.", types: [.indirect])
    }

    @Test func includingAndDashesDoNotEndAClause() {
        expectQuotes("⟨Moss⟩ said ⟦the city would repave its roads, including the old harbor bridge⟧.", types: [.indirect])
        expectQuotes("⟨Moss⟩ said ⟦the plan - approved by the council in May - would cost less than expected⟧.", types: [.indirect])
    }

    @Test func refusalsReportTheirClause() {
        expectQuotes("⟨The governor⟩ refused ⟦to sign the budget before the vote⟧.", types: [.indirect])
    }

    @Test func aClauseEndsBeforeTheSubjectsNextReport() {
        expectQuotes("⟨Moss⟩ said ⟦the repairs had gone well⟧ and praised ⟦the crews who worked overnight⟧.", types: [.indirect])
    }

    @Test func anIntroductoryPhraseBeforeTheSpeakerIsNoReport() {
        expectQuotes("Hours later, ⟨the ministry⟩ said ⟦the ferry service was canceled⟧.", types: [.indirect], rule: "speaker-cue-clause")
        expectQuotes("⟦But the new timetable was drawn up badly⟧, ⟨he⟩ said.", types: [.indirect], rule: "clause-speaker-cue")
        expectQuotes("⟦Seeing the flood damage led him to rebuild the pier⟧, ⟨he⟩ said on Tuesday.", types: [.indirect], rule: "clause-speaker-cue")
    }

    @Test func aTitledSpeakerAfterTheClauseClosesIt() {
        expectQuotes("⟦As a nurse, Ms. Lane watched the ward fill up within hours⟧, Dr. ⟨Ortiz⟩ said.", types: [.indirect], rule: "clause-speaker-cue")
    }

    @Test func aThatAfterACommaOpensNoClauseOfTheCueBeforeIt() {
        expectQuotes("⟨Moss⟩ said ⟦there was no meeting set⟧, adding ⟦that the talks would resume in May⟧.", types: [.indirect])
    }

    @Test func aThatEndingTheSentenceIsPartOfTheClause() {
        expectQuotes("⟨He⟩ says ⟦the answer was to close the pier⟧ and says ⟦he wrote a bill to do that⟧.", types: [.indirect])
    }

    @Test func aClauseEndingInAPartialQuoteReportsItWhole() {
        expectQuotes(#"⟦The new ferry schedule is "a welcome change,"⟧ ⟨she⟩ said."#, types: [.indirect], rule: "clause-speaker-cue")
    }

    @Test func anInvertedCueAfterTheClauseClosesIt() {
        expectQuotes("⟦The storm closed the only bridge into town⟧, said ⟨Ada Moss⟩, the county's emergency manager.",
                     types: [.indirect], rule: "clause-speaker-cue")
        expectQuotes("⟦The storm closed the only bridge into town⟧, said ⟨the mayor⟩.", types: [.indirect], rule: "clause-speaker-cue")
    }

    @Test func anOpeningPollPhraseReportsTheRestOfItsSentence() {
        expectQuotes("In ⟨a new Harbor Ledger poll released Monday⟩, ⟦most voters favor the levy for the bridge⟧.",
                     types: [.indirect], rule: "poll-source")
        expectQuotes("In Salem, where the polls opened at seven, turnout was heavy all morning.", types: [.indirect])
        expectQuotes("Moss has gained ground on the mayor in the polls this month.", types: [.indirect])
    }

    @Test func pollsShowWhatTheyReport() {
        expectQuotes("⟨Recent polls⟩ show ⟦the levy winning by ten points⟧.", types: [.indirect], rule: "speaker-cue-clause")
    }

    @Test func aPassiveCueWithAnAgentReportsItsSubject() {
        expectQuotes("⟦The harbor levy⟧ was criticized by ⟨the dockworkers union⟩.", types: [.indirect], rule: "passive-agent")
        expectQuotes("⟦The budget⟧ was opposed by ⟨the council⟩ in a close vote.", types: [.indirect], rule: "passive-agent")
        expectQuotes("⟦Ada Moss⟧, meanwhile, has been endorsed by ⟨dozens of papers⟩.", types: [.indirect], rule: "passive-agent")
        expectQuotes("⟦The ferry plan, drafted in May⟧, is strongly opposed by ⟨the unions⟩.", types: [.indirect], rule: "passive-agent")
        expectQuotes("⟦The harbor plan⟧ was widely criticized by ⟨the council⟩.", types: [.indirect], rule: "passive-agent")
        expectQuotes("Moss was asked about the port on Monday.", types: [.indirect])
    }

    @Test func aDeclinedInfinitiveIsAReport() {
        expectQuotes("⟨The mayor⟩ declined ⟦to endorse the harbor levy⟧.", types: [.indirect], rule: "speaker-cue-clause")
    }

    @Test func aLabelAndColonOpeningAParagraphReportTheRest() {
        expectQuotes("⟨Moss⟩: ⟦Harbor bridge will reopen in May⟧.\n\nThe county closed the bridge a year after Ada Moss took office.",
                     types: [.indirect], rule: "speaker-label-paragraph")
        expectQuotes("⟨Q⟩: ⟦Why did you decide to run for the seat⟧?\n\n⟨A⟩: ⟦The harbor has been neglected for years⟧.",
                     types: [.indirect], rule: "speaker-label-paragraph")
        expectQuotes("Moss: Not yet.", types: [.indirect])
        expectQuotes("The county had three options: repair, rebuild or close the bridge.", types: [.indirect])
    }

    @Test func aHeadlineLabelsReportHoldsTheReportsInsideIt() {
        expectQuotes("⟨Moss⟩: ⟦Ferry fares will fall, rivals warned voters about the port plan⟧.\n\nAda Moss spoke in Dover on Monday.",
                     types: [.indirect], rule: "speaker-label-paragraph")
    }

    @Test func aLabelNamingNoOneOpensNoReport() {
        expectQuotes("Security: Stay up to date on the latest breaches and fixes.\n\nThe county closed the bridge a year after Ada Moss took office.",
                     types: [.indirect, .direct])
        expectQuotes("⟨Poll⟩: ⟦Most voters back the harbor levy⟧.\n\nThe county closed the bridge a year after Ada Moss took office.",
                     types: [.indirect], rule: "speaker-label-paragraph")
    }

    @Test func aHeadlinesSingleQuotedWordsAfterALabelAreADirectQuote() {
        expectQuotes("⟨Moss⟩: ‘⟦We Will Rebuild The Harbor Bridge.⟧’\n\nThe county closed the bridge a year after Ada Moss took office.",
                     types: [.direct], rule: "speaker-label-paragraph")
        expectQuotes("⟨Moss⟩: '⟦We will rebuild the harbor bridge.⟧'\n\nThe county closed the bridge a year after Ada Moss took office.",
                     types: [.direct], rule: "speaker-label-paragraph")
        expectQuotes("Moss: ‘Bridge’ will reopen in May\n\nThe county closed the bridge in March.", types: [.direct])
    }

    @Test func pollsShowAndVotersSeeReportTheirClause() {
        expectQuotes("⟨A new poll⟩ shows ⟦the mayor leading her rival by nine points⟧.", types: [.indirect], rule: "speaker-cue-clause")
        expectQuotes("⟨Most voters⟩ see ⟦the mayor as the better manager of the budget⟧.", types: [.indirect], rule: "speaker-cue-clause")
        expectQuotes("⟨Moss⟩ seeks ⟦a third term as mayor of the city⟧.", types: [.indirect], rule: "speaker-cue-object")
    }

    @Test func anObjectKeepsItsAsPhraseAndLeavesNoDanglingPreposition() {
        expectQuotes("⟨Lopez⟩ praised ⟦the new bridge as a gift to the city⟧.", types: [.indirect], rule: "speaker-cue-object")
        expectQuotes("⟨Moss⟩ blasted ⟦her rival⟧ on Monday over the budget.", types: [.indirect], rule: "speaker-cue-object")
    }

    @Test func aThreeWordClauseIsReported() {
        expectQuotes("Later that day, ⟨the ministry⟩ said ⟦it would cooperate⟧.", types: [.indirect], rule: "speaker-cue-clause")
        expectQuotes("⟨Moss⟩ said no.", types: [.indirect])
    }

    @Test func anyPhraseAfterAccordingToIsItsSource() {
        expectQuotes("⟦Turnout fell below half in the northern districts⟧, according to ⟨exit polls⟩.", types: [.indirect], rule: "according-to-clause")
        expectQuotes("According to ⟨onlookers in attendance⟩, ⟦the meeting ended early⟧.", types: [.indirect], rule: "according-to-clause")
    }

    @Test func aListItemAfterAConjunctionOpensNoNextReport() {
        expectQuotes(
            "⟨The minister⟩ said ⟦that ports in Oslo, Bergen and Tromsø should show that the rules work⟧.",
            types: [.indirect], speakerOf: [0])
    }

    @Test func aClauseEndsBeforeAConjunctionAndTheNextSpeakersArticle() {
        // Even right after the cue: `turnout Wednesday` is then too short a report for `Ohio`.
        expectQuotes(
            "Ohio was still calculating turnout Wednesday, but the ⟨Harbor Board⟩ estimated ⟦that the boats were too old⟧.",
            types: [.indirect])
    }

    @Test func aTitleCaseHeadlineMayCapitalizeItsCue() {
        expectQuotes("⟨Ada Moss⟩ Says ⟦Harbor Bridge Will Reopen In May⟧\n\nThe county closed the bridge in March.",
                     types: [.indirect], rule: "speaker-cue-clause")
        expectQuotes("The Harbor Says Goodbye", types: [.indirect])
    }

    @Test func aCapitalizedCueAfterACommaEndsATitleCaseHeadlinesClause() {
        // `Repairs 'Troubling'` is too short a report of its own.
        expectQuotes("⟨Ada Moss⟩ Says ⟦Storm Closed Harbor Bridge⟧, Calls Repairs 'Troubling'\n\nThe county closed the bridge in March.",
                     types: [.indirect], rule: "speaker-cue-clause")
    }

    @Test func aPercentageMaySpeak() {
        expectQuotes("⟨Some 26%⟩ say ⟦they would vote for the harbor levy⟧.", types: [.indirect], rule: "speaker-cue-clause")
    }

    @Test func expressedConcernAndOrdersReportTheirObjectOrClause() {
        expectQuotes("⟨The governor⟩ expressed ⟦concern about the levy⟧ on Monday.", types: [.indirect], rule: "speaker-cue-object")
        expectQuotes("⟨The judge⟩ ordered ⟦the county to reopen the bridge⟧.", types: [.indirect], rule: "speaker-cue-clause")
    }

    @Test func aSentenceAdverbBeforeTheSubjectIsNoSpeaker() {
        expectQuotes("However, ⟨few voters⟩ believe ⟦the levy will pass⟧.", types: [.indirect], rule: "speaker-cue-clause")
        expectQuotes("Indeed, ⟨the county⟩ says ⟦the bridge will reopen in May⟧.", types: [.indirect], rule: "speaker-cue-clause")
    }

    @Test func aTwoWordInfinitiveIsAReport() {
        expectQuotes("⟨The port authority⟩ declined ⟦to comment⟧.", types: [.indirect], rule: "speaker-cue-clause")
        expectQuotes("⟨The union⟩ vowed ⟦to strike⟧.", types: [.indirect], rule: "speaker-cue-clause")
        // `to` before a pronoun or a name is a preposition: too short a report.
        expectQuotes("The mayor spoke to them.", types: [.indirect])
        expectQuotes("The mayor wrote to Moss.", types: [.indirect])
    }

    @Test func aThoughtAfterACoordinatorGoesOnWithTheReport() {
        expectQuotes("⟨Moss⟩ said ⟦she was elated by the vote but still feared a recount⟧.", types: [.indirect], rule: "speaker-cue-clause")
    }

    @Test func aParticipleAfterACountIsNoCue() {
        expectQuotes("The senator has won 758 pledged delegates so far in the race.", types: [.indirect])
    }

    /// A coordinator before a speech participle (the subject's next report) or before a speech verb's own
    /// subject (another speaker's report) ends the clause.
    @Test(arguments: [
        ("⟨Moss⟩ toured the port, acknowledging ⟦that the levy was unpopular⟧ but warning ⟦that repairs would take years⟧.", 0),
        ("⟨Moss⟩ toured the port, praising ⟦the harbor crews⟧ and calling for ⟦a new bridge⟧.", 0),
        ("⟨Most voters⟩ said ⟦the levy was too high⟧ and ⟨the mayor⟩ said ⟦the bridge should close⟧.", 1),
        ("⟨Moss⟩ said ⟦the levy was too high⟧ while ⟨the mayor⟩ said ⟦the bridge should close⟧.", 1),
    ])
    func aCoordinatorBeforeTheNextReportEndsTheClause(_ marked: String, secondSpeaker: Int) {
        expectQuotes(marked, types: [.indirect], speakerOf: [0, secondSpeaker])
    }

    @Test func aNameBeforeACoordinatorMakesAListOfSubjects() {
        expectQuotes("⟨The poll⟩ found ⟦that Moss and Lee said the bridge should close⟧.", types: [.indirect])
    }
}

import Testing
@testable import WhoSaid

@Suite struct SpeakerLexiconTests {
    private func lexicon(pronouns: String = "", nominals: String = "", context: String = "") throws(WhoSaidError) -> SpeakerLexicon {
        let empty = { (name: String) in LexiconFile(name: "fixture/\(name).tsv", text: "") }
        return try SpeakerLexicon(pronouns: LexiconFile(name: "fixture/pronouns.tsv", text: pronouns),
                                  nominals: LexiconFile(name: "fixture/nominals.tsv", text: nominals), titles: empty("titles"),
                                  firstNames: empty("first-names"),
                                  context: LexiconFile(name: "fixture/context.tsv", text: context))
    }

    @Test func regularPluralsOfNominalHeadsNameSpeakersButLinkNowhere() throws {
        let speakers = try lexicon(nominals: "official\tPERSON\t-\nspokesman\tPERSON\tm\nparty\tORG\t-\n")
        #expect(speakers.isNominalHead("officials") && speakers.isNominalHead("spokesmen") && speakers.isNominalHead("parties"))
        #expect(!speakers.isNominalHead("plans"))
        #expect(speakers.nominal("officials") == nil)
    }

    @Test func pronounsCarryTheirGrammaticalCase() throws {
        let speakers = try lexicon(pronouns: "she\tf\tsg\t3\tsubject\nthem\t-\tpl\t3\tobject\nher\tf\tsg\t3\tany\n")
        #expect(speakers.pronoun("she")?.case == .subject)
        #expect(speakers.pronoun("them")?.case == .object)
        #expect(speakers.pronoun("her")?.case == .any)
    }

    @Test func aQuantifierIsADeterminerThatMayStandAlone() throws {
        let speakers = try lexicon(context: "the\tdeterminer\nmost\tquantifier\n")
        #expect(speakers.contextRoleWords["most"] == .determiner && speakers.isQuantifier("most"))
        #expect(speakers.contextRoleWords["the"] == .determiner && !speakers.isQuantifier("the"))
    }

    @Test func anUnknownContextRoleIsListedWithTheQuantifierAndCountRoles() throws {
        let error = try #require(throws: WhoSaidError.self) { try lexicon(context: "most\tquantity\n") }
        #expect(error.description.hasPrefix("fixture/context.tsv:1: role must be one of determiner,"))
        #expect(error.description.hasSuffix(", quantifier, count, found 'quantity'"))
    }

    @Test func aCountWordHasNoContextRole() throws {
        let speakers = try lexicon(context: "two\tcount\n")
        #expect(speakers.isCount("two") && speakers.contextRoleWords["two"] == nil)
    }

    @Test func anUnknownCaseNamesFileAndLine() throws {
        let error = try #require(throws: WhoSaidError.self) {
            try lexicon(pronouns: "# pronouns\nhe\tm\tsg\t3\tnominative\n")
        }
        #expect(error.description == "fixture/pronouns.tsv:2: case must be subject, object, possessive, reflexive or any, found 'nominative'")
    }
}

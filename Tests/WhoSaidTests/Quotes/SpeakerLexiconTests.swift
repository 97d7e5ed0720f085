import Testing
@testable import WhoSaid

@Suite struct SpeakerLexiconTests {
    private func lexicon(pronouns: String = "", nominals: String = "") throws(WhoSaidError) -> SpeakerLexicon {
        let empty = { (name: String) in LexiconFile(name: "fixture/\(name).tsv", text: "") }
        return try SpeakerLexicon(pronouns: LexiconFile(name: "fixture/pronouns.tsv", text: pronouns),
                                  nominals: LexiconFile(name: "fixture/nominals.tsv", text: nominals), titles: empty("titles"),
                                  firstNames: empty("first-names"), context: empty("context"))
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

    @Test func anUnknownCaseNamesFileAndLine() throws {
        let error = try #require(throws: WhoSaidError.self) {
            try lexicon(pronouns: "# pronouns\nhe\tm\tsg\t3\tnominative\n")
        }
        #expect(error.description == "fixture/pronouns.tsv:2: case must be subject, object, possessive, reflexive or any, found 'nominative'")
    }
}

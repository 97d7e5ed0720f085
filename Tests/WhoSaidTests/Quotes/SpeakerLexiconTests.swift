import Testing
@testable import WhoSaid

@Suite struct SpeakerLexiconTests {
    private func lexicon(pronouns: String) throws(WhoSaidError) -> SpeakerLexicon {
        let empty = { (name: String) in LexiconFile(name: "fixture/\(name).tsv", text: "") }
        return try SpeakerLexicon(pronouns: LexiconFile(name: "fixture/pronouns.tsv", text: pronouns),
                                  nominals: empty("nominals"), titles: empty("titles"),
                                  firstNames: empty("first-names"), context: empty("context"))
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

import Testing
import WhoSaid

@Suite struct CueLexiconTests {
    private let verbs = LexiconFile(name: "fixture/verbs.tsv", text: "say\tsay|says|said|saying\tspeech\tclause\n")
    private let phrases = LexiconFile(name: "fixture/phrases.tsv", text: "according to\tattribution\tbefore-source\n")

    @Test func aCueWithoutIndirectMustBeALexiconCue() throws {
        let unknown = LexiconFile(name: "fixture/no-indirect.tsv", text: "# cues\nsays\nstates\n")
        let error = try #require(throws: WhoSaidError.self) {
            try CueLexicon(speechVerbs: verbs, phrases: phrases, withoutIndirect: unknown)
        }
        #expect(error.description == "fixture/no-indirect.tsv:3: 'states' is in neither fixture/verbs.tsv nor fixture/phrases.tsv")
    }

    @Test func listedFormsAndPhrasesLoad() throws {
        let listed = LexiconFile(name: "fixture/no-indirect.tsv", text: "says\naccording to\n")
        _ = try CueLexicon(speechVerbs: verbs, phrases: phrases, withoutIndirect: listed)
    }
}

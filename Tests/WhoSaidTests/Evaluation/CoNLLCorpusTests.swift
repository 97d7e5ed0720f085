import Testing
@testable import WhoSaid

@Suite struct CoNLLCorpusTests {
    static let sample = """
        -DOCSTART- -X- -X- O

        EU NNP B-NP B-ORG
        rejects VBZ B-VP O
        German JJ B-NP B-MISC
        call NN I-NP O

        Peter NNP B-NP B-PER
        Blackburn NNP I-NP I-PER

        -DOCSTART- -X- -X- O

        -DOCSTART- -X- -X- O
        BRUSSELS NNP B-NP B-LOC
        """

    @Test func readsDocumentsAsScoreDoes() {
        let documents = CoNLLReader.documents(parsing: Self.sample)
        #expect(documents.map(\.name) == ["doc0001", "doc0002"])  // the empty document is skipped
        #expect(documents[0].sentences == [0..<4, 4..<6])
        #expect(documents[0].labels == ["B-ORG", "O", "B-MISC", "O", "B-PER", "I-PER"])
        #expect(documents[0].text == "EU rejects German call\nPeter Blackburn\n")
        #expect(documents[0].tokenSpans.map { "\($0.start)-\($0.end)" } == ["0-2", "3-10", "11-17", "18-22", "23-28", "29-38"])
    }

    @Test func goldDocumentHasOneSentencePerLine() {
        let document = CoNLLReader.documents(parsing: Self.sample)[0].goldDocument
        #expect(document.sentences.map(\.tokens) == [0..<4, 4..<6])
        #expect(document.tokens.map(\.text) == ["EU", "rejects", "German", "call", "Peter", "Blackburn"])
        #expect(document.text[document.tokens[5].span] == "Blackburn")
    }

    @Test func pipelineSegmentationTakesLabelsFromTheChunkATokenStartsIn() throws {
        let conll = "U.S. B-LOC\nofficials O\nsaid O\nMcDonald B-ORG\n's I-ORG\nwon O\n. O"
        var options = StageOptions.defaults(for: "test")
        let segmenter = try Pipeline(stages: [
            try ParagraphStage(options: &options), try TokenStage(options: &options), try SentenceStage(options: &options),
        ])
        let training = try CoNLLReader.documents(parsing: conll)[0].trainingDocument(segmentedBy: segmenter)
        #expect(zip(training.document.tokens.map(\.text), training.labels).map { "\($0)/\($1)" }
                == ["U.S./B-LOC", "officials/O", "said/O", "McDonald/B-ORG", "'/I-ORG", "s/I-ORG", "won/O", "./O"])
    }
}

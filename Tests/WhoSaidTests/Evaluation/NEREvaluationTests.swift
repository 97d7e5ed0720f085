import Testing
@testable import WhoSaid

@Suite struct NEREvaluationTests {
    static let gold = CoNLLReader.documents(parsing: """
        John B-PER
        Smith I-PER
        visited O
        New B-LOC
        York I-LOC

        Acme B-ORG
        rose O
        """)[0]

    private func mention(_ start: Int, _ end: Int) -> Mention {
        Mention(span: Span(start: start, end: end), text: "", tokens: 0..<0)
    }

    @Test func mapsMentionsOntoCorpusTokensLikeScorePy() {
        // Text: "John Smith visited New York\nAcme rose\n"
        var prediction = Document(id: "doc0001", text: Self.gold.text)
        prediction.entities = [
            Entity(id: "e1", name: "John Smith", type: .person, mentions: [mention(0, 10)]),
            Entity(id: "e2", name: "York", type: .location, mentions: [mention(23, 27)]),  // wrong start
            Entity(id: "e3", name: "New", type: .organization, mentions: [mention(19, 22)]),
            Entity(id: "e4", name: "Smith visited", type: .miscellaneous, mentions: [mention(5, 18)]),  // overlaps e1
            Entity(id: "e5", name: "York Acme", type: .organization, mentions: [mention(23, 32)]),  // crosses a line
        ]
        var evaluation = NEREvaluation()
        evaluation.add(Self.gold, prediction: prediction)
        #expect(evaluation.statistics.mentions == 5)
        #expect(evaluation.statistics.overlappingDropped == 2)  // e4 after e1; e2 after e5 (longer, same start)
        #expect(evaluation.statistics.crossingSentences == 1)
        #expect(evaluation.scorer.perType["PER"] == .init(gold: 1, predicted: 1, correct: 1))
        #expect(evaluation.scorer.perType["LOC"] == .init(gold: 1, predicted: 0, correct: 0))
        // e5 becomes B-ORG on York and, in the next sentence, B-ORG on Acme: one correct ORG chunk.
        #expect(evaluation.scorer.perType["ORG"] == .init(gold: 1, predicted: 3, correct: 1))
    }

    @Test func aMissingPredictionCountsAsNoEntities() {
        var evaluation = NEREvaluation()
        evaluation.add(Self.gold, prediction: nil)
        #expect(evaluation.statistics.documentsWithoutPrediction == 1)
        #expect(evaluation.scorer.overall == .init(gold: 3, predicted: 0, correct: 0))
    }
}

import Testing
@testable import WhoSaid

@Suite struct ChunkScorerTests {
    @Test func chunksFollowConlleval() {
        let labels = ["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-LOC", "I-ORG", "O", "B-MISC"]
        #expect(ChunkScorer.chunks(of: labels).map { "\($0.type) \($0.start)-\($0.end)" }
                == ["PER 0-2", "LOC 3-5", "LOC 5-6", "ORG 6-7", "MISC 8-9"])
    }

    @Test func countsMatchHandComputedFigures() {
        var scorer = ChunkScorer()
        // Gold: PER 0-2, LOC 3-4. Predicted: PER 0-1 (wrong end), LOC 3-4 (right), ORG 5-6 (spurious).
        scorer.add(gold: ["B-PER", "I-PER", "O", "B-LOC", "O", "O"], predicted: ["B-PER", "O", "O", "B-LOC", "O", "B-ORG"])
        // Gold: MISC 0-1 missed.
        scorer.add(gold: ["B-MISC", "O"], predicted: ["O", "O"])
        #expect(scorer.perType["PER"] == .init(gold: 1, predicted: 1, correct: 0))
        #expect(scorer.perType["LOC"] == .init(gold: 1, predicted: 1, correct: 1))
        #expect(scorer.perType["ORG"] == .init(gold: 0, predicted: 1, correct: 0))
        #expect(scorer.perType["MISC"] == .init(gold: 1, predicted: 0, correct: 0))
        let overall = scorer.overall
        #expect(overall == .init(gold: 3, predicted: 3, correct: 1))
        #expect(abs(overall.precision - 1.0 / 3) < 1e-12)
        #expect(abs(overall.f1 - 1.0 / 3) < 1e-12)
        #expect(scorer.personOrganizationLocation == .init(gold: 2, predicted: 3, correct: 1))
        #expect(abs(scorer.personOrganizationLocation.f1 - 0.4) < 1e-12)
        #expect(scorer.table.contains("overall            3     3     1   0.333   0.333   0.333"))
    }

    @Test func emptyCountsScoreZero() {
        #expect(ChunkScorer().overall.f1 == 0)
    }
}

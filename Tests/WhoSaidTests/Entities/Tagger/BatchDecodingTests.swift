import Testing
@testable import WhoSaid

/// Tagging looks up the features of a batch of tokens at once (`decodeBatched`); it must
/// choose what the plain one-token-at-a-time decoding (`decode`, which training uses) chooses.
@Suite struct BatchDecodingTests {
    /// Sentences longer than a batch, names across a batch boundary, and a name repeated
    /// in later sentences, so that the document history feeds back into the features.
    static let lines = [
        "John Smith of Acme Corp told reporters in Paris on Monday that Globex Inc and Acme Corp would open offices in London , Berlin and New York City next year , Mary Jones said .",
        "Smith said profits rose .",
        "ACME CORP SAYS PROFITS ROSE IN GERMANY",
        "Peter Brown flew to Paris to meet John Smith , Mary Jones and the French minister before the British economy grew again in the second half of the year .",
    ]

    @Test func batchedDecodingChoosesTheTagsOfPlainDecoding() throws {
        let tagger = try TaggerFixtures.tagger()
        let document = TaggerFixtures.document(Self.lines)
        #expect(document.sentences.contains { $0.tokens.count > 2 * NERFeatures.batchTokens })
        var batchedContext = tagger.context(for: document)
        var plainContext = tagger.context(for: document)
        var batchScratch = BatchDecodingScratch()
        var plainScratch = DecodingScratch(sink: FeatureKeys())
        var entities = 0
        for sentence in document.sentences.map(\.tokens) {
            tagger.features.decodeBatched(sentence: sentence, context: &batchedContext, weights: tagger.model.weights,
                                          scratch: &batchScratch)
            tagger.features.decode(sentence: sentence, context: &plainContext, weights: tagger.model.weights,
                                   scratch: &plainScratch) { _, _, best in best }
            #expect(batchScratch.tags == plainScratch.tags)
            entities += plainScratch.tags.count { $0 != .outside }
        }
        #expect(entities > 0)
    }

    @Test func summedRunsScoreAsTheirKeysTogether() throws {
        let weights = try TaggerFixtures.tagger().model.weights
        let known = ["paris", "london", "smith", "corp"].map {
            FeatureHashing.key(FeatureTemplate.lower.rawValue, FeatureHashing.part($0))
        }
        let unknown = (0..<40).map { FeatureHashing.key(FeatureTemplate.word.rawValue, FeatureHashing.part("zz\($0)")) }
        let runs = [Array(known.prefix(2)) + unknown.prefix(30), [], unknown.suffix(10) + known.suffix(2) + [FeatureHashing.key(FeatureTemplate.bias.rawValue)]]
        var ends: [Int] = []
        for run in runs { ends.append((ends.last ?? 0) + run.count) }
        var sums: [SIMD8<Int32>] = []
        var rows: [Int32] = []
        weights.sums(of: Array(runs.joined()), runEnds: ends, into: &sums, rowScratch: &rows)
        #expect(sums.count == runs.count)
        for (run, sum) in zip(runs, sums) {
            for split in [0, run.count / 2] {
                // What `sums` added for the first part of a run, plus the rest looked up one by one.
                var firstPart: [SIMD8<Int32>] = []
                weights.sums(of: Array(run.prefix(split)), runEnds: [split], into: &firstPart, rowScratch: &rows)
                #expect(weights.scores(of: Array(run.dropFirst(split)), adding: firstPart[0]) == weights.scores(of: run))
            }
            #expect(weights.scores(of: [], adding: sum) == weights.scores(of: run))
        }
        #expect(weights.scores(of: known) != .zero)
    }
}

import Testing
@testable import WhoSaid

/// Tagging looks up the features of a batch of tokens at once and sums some ahead (`decodeBatched`,
/// `SummedAhead`); it must choose what the plain one-token-at-a-time decoding (`decode`, which
/// training uses) chooses.
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
        var wordSums = WordRoleSums()
        wordSums.fill(for: batchedContext, features: tagger.features, weights: tagger.model.weights,
                      cache: SpellingCache())
        var batchScratch = BatchDecodingScratch()
        var plainScratch = DecodingScratch(sink: FeatureKeys())
        var entities = 0
        for sentence in document.sentences.map(\.tokens) {
            tagger.features.decodeBatched(sentence: sentence, context: &batchedContext, weights: tagger.model.weights,
                                          wordSums: wordSums, tagPairs: tagger.tagPairs, scratch: &batchScratch)
            tagger.features.decode(sentence: sentence, context: &plainContext, weights: tagger.model.weights,
                                   scratch: &plainScratch) { _, _, best in best }
            #expect(batchScratch.tags == plainScratch.tags)
            entities += plainScratch.tags.count { $0 != .outside }
        }
        #expect(entities > 0)
    }

    /// Every feature of a token is either looked up or summed ahead, once: the keys looked up, plus
    /// those of the words around in their roles (the sentence boundaries past its ends), plus those
    /// of the tags before, are the keys plain decoding uses.
    @Test func summedAheadAndLookedUpFeaturesAreTheTokensFeatures() throws {
        let tagger = try TaggerFixtures.tagger()
        let features = tagger.features
        let document = TaggerFixtures.document(Self.lines)
        let context = tagger.context(for: document)
        var lexiconPositions: [SIMD16<UInt8>] = []
        var coveringLength: [SIMD16<UInt8>] = []
        let tagHistory: [(NERTag?, NERTag?)] = [(nil, nil), (.beginPerson, nil), (.insidePerson, .beginPerson), (.outside, .beginLocation)]
        for sentence in document.sentences.map(\.tokens) {
            features.gazetteer.matches(context.atoms[sentence], into: &lexiconPositions, coveringLength: &coveringLength)
            for index in sentence {
                let (previous, secondPrevious) = tagHistory[index % tagHistory.count]
                var all = FeatureKeys()
                features.addTokenFeatures(of: index, sentence: sentence, context: context,
                                          lexiconPositions: lexiconPositions, to: &all)
                features.addTagFeatures(previous: previous, secondPrevious: secondPrevious, atom: context.atoms[index], to: &all)

                var parts = SelectedFeatureKeys(nil)
                features.addTokenFeatures(of: index, sentence: sentence, context: context,
                                          lexiconPositions: lexiconPositions, to: &parts)
                features.addTagFeatures(previous: previous, secondPrevious: secondPrevious, atom: context.atoms[index], to: &parts)
                var summed = FeatureKeys()
                for (offset, role) in [(0, WordRole.own), (-1, .previous), (1, .next), (-2, .secondPrevious), (2, .secondNext)] {
                    let neighbor = index + offset
                    let atom = neighbor < sentence.lowerBound ? features.boundaryAtoms(atStart: true)
                        : neighbor >= sentence.upperBound ? features.boundaryAtoms(atStart: false) : context.atoms[neighbor]
                    features.addWordFeatures(of: atom, as: role, to: &summed)
                }
                var tagPair = SelectedFeatureKeys(.tags)
                features.addTagFeatures(previous: previous, secondPrevious: secondPrevious, atom: context.atoms[index], to: &tagPair)
                #expect((Array(parts.keys) + summed.keys + Array(tagPair.keys)).sorted() == all.keys.sorted())
            }
        }
    }

    /// The word sums of a spelling are kept from document to document (`SpellingCache`): tagging
    /// after other documents gives the tags of tagging first.
    @Test func wordSumsKeptFromEarlierDocumentsTagAsFreshOnes() throws {
        let document = TaggerFixtures.document(Self.lines)
        let others = [["Mary Jones met Peter Brown in Berlin .", "Globex Inc said so ."], ["PARIS ( Reuters ) - Acme Corp rose ."]]
        let experienced = try TaggerFixtures.tagger()
        for lines in others { _ = experienced.tag(TaggerFixtures.document(lines)) }
        #expect(experienced.tag(document) == (try TaggerFixtures.tagger()).tag(document))
        #expect(!experienced.tag(document).isEmpty)
    }

    /// The atoms a `SpellingCache` keeps from an earlier document are those computed afresh.
    @Test func cachedSpellingsHaveTheAtomsComputedAfresh() throws {
        let tagger = try TaggerFixtures.tagger()
        let cache = SpellingCache()
        var builder = TokenAtomBuilder(names: IgnoringPartNames())
        let earlier = TaggerFixtures.document(["Mary Jones flew to Paris and London .", "SMITH SAID SO ."])
        let earlierContext = tagger.features.context(tokens: earlier.tokens, sentences: earlier.sentences,
                                                     atomBuilder: &builder, cache: cache)
        var wordSums = WordRoleSums()
        wordSums.fill(for: earlierContext, features: tagger.features, weights: tagger.model.weights, cache: cache)
        let document = TaggerFixtures.document(Self.lines)
        let cached = tagger.features.context(tokens: document.tokens, sentences: document.sentences,
                                             atomBuilder: &builder, cache: cache)
        let fresh = tagger.context(for: document)
        let paris = try #require(document.tokens.firstIndex { $0.text == "Paris" })
        #expect(cache.entries(of: [fresh.atoms[paris].word, fresh.atoms[0].word]).map { $0 >= 0 } == [true, false])  // `John` is new
        for index in document.tokens.indices {
            let (a, b) = (cached.atoms[index], fresh.atoms[index])
            #expect(a.word == b.word && a.lower == b.lower && a.shape == b.shape && a.flags == b.flags)
            #expect(a.prefixes == b.prefixes && a.suffixes == b.suffixes && a.clusters == b.clusters)
        }
    }

    /// The README bounds the cache at 21 MB a worker: 128-byte atoms (`flags` fills the padding
    /// before the vectors) and six 32-byte sums for each of its 65,536 spellings.
    @Test func spellingCacheEntriesFitTheReadmeBound() {
        #expect(MemoryLayout<TokenAtoms>.stride == 128)
        let entryBytes = MemoryLayout<TokenAtoms>.stride + (WordRole.allCases.count + 1) * MemoryLayout<SIMD8<Int32>>.stride
        #expect(SpellingCache.capacity * entryBytes <= 21_000_000)
    }

    /// `SelectedFeatureKeys` keeps its keys in memory of its own, which grows when full.
    @Test func selectedKeysKeepEveryKeyOfTheirKindAsTheyGrow() {
        var selected = SelectedFeatureKeys(nil)
        var all = FeatureKeys()
        for number in 0..<3000 {
            let part = FeatureHashing.part("w\(number)")
            for template in [FeatureTemplate.word, .previousBigram, .history] {
                selected.add(template, part)
                all.add(template, part)
            }
        }
        let lookedUp = all.keys.enumerated().filter { $0.offset % 3 != 0 }.map(\.element)  // `word` is summed ahead
        #expect(Array(selected.keys) == lookedUp)
        selected.removeAll()
        selected.add(.history, 7)
        #expect(Array(selected.keys) == [FeatureHashing.key(FeatureTemplate.history.rawValue, 7)])
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
        Array(runs.joined()).withUnsafeBufferPointer { weights.sums(of: $0, runEnds: ends, into: &sums, rowScratch: &rows) }
        #expect(sums.count == runs.count)
        for (run, sum) in zip(runs, sums) {
            for split in [0, run.count / 2] {
                // What `sums` added for the first part of a run, plus the rest looked up one by one.
                var firstPart: [SIMD8<Int32>] = []
                Array(run.prefix(split)).withUnsafeBufferPointer {
                    weights.sums(of: $0, runEnds: [split], into: &firstPart, rowScratch: &rows)
                }
                let rest = Array(run.dropFirst(split)).withUnsafeBufferPointer { weights.scores(of: $0, adding: firstPart[0]) }
                #expect(rest == weights.scores(of: run))
            }
            #expect(weights.scores(of: UnsafeBufferPointer(start: nil, count: 0), adding: sum) == weights.scores(of: run))
        }
        #expect(weights.scores(of: known) != .zero)
    }
}

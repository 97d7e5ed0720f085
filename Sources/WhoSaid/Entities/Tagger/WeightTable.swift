import MemoryHints

/// Sums the weight rows of a token's features into per-tag scores (lanes = `NERTag` raw values;
/// only the differences between lanes matter, as decoding takes the best).
protocol FeatureScorer {
    func scores(of keys: [UInt64]) -> SIMD16<Float>
}

/// Feature weights that can grow (training): one row of per-tag scores
/// (lanes = `NERTag` raw values, the rest zero) for each feature key.
struct WeightTable: FeatureScorer, Sendable {
    private(set) var features = KeyTable()
    private(set) var rows: [SIMD16<Float>] = []

    init(minimumCapacity: Int = 16) {
        features = KeyTable(minimumCapacity: minimumCapacity)
        rows.reserveCapacity(minimumCapacity)
    }

    var count: Int { rows.count }

    /// The summed rows of the features present; absent features weigh nothing.
    @inline(__always)
    func scores(of keys: [UInt64]) -> SIMD16<Float> {
        var total = SIMD16<Float>.zero
        rows.withUnsafeBufferPointer { rows in
            for key in keys {
                if let index = features.index(of: key) { total += rows[index] }
            }
        }
        return total
    }

    /// The row index of `key`, added with zero weights when new.
    @inline(__always)
    mutating func row(for key: UInt64) -> (index: Int, inserted: Bool) {
        let (index, inserted) = features.insert(key)
        if inserted { rows.append(.zero) }
        return (index, inserted)
    }

    @inline(__always)
    mutating func add(_ delta: SIMD16<Float>, toRow index: Int) { rows[index] += delta }

    /// A table with the same keys and other rows (e.g. averaged weights).
    func replacingRows(_ newRows: [SIMD16<Float>]) -> WeightTable {
        precondition(newRows.count == rows.count)
        var copy = self
        copy.rows = newRows
        return copy
    }
}

/// Feature weights laid out for fast tagging, which is bound by memory reads:
/// - an open-addressed slot array, half empty, of 4-byte entries (a fingerprint
///   of the key in the high bits, the row number in the low `rowBits` bits),
///   small enough to stay mostly in cache; most of a token's features are
///   unknown to the model and cost one slot read;
/// - dense rows of 8 `Int16` (16 bytes): each tag's quantized weight (the
///   model file's integers) minus the O tag's. Subtracting the same value from
///   every tag's score never changes which tag wins, so the O lane need not be stored.
/// Two features with the same home slot and fingerprint would share a row, and an
/// unknown feature matching a stored fingerprint reads that row: with 15-bit
/// fingerprints (8·10^4 features in 2^18 slots) about one probe in 10^5, which only adds a stray weight.
struct TaggingWeights: FeatureScorer, Sendable {
    private var slots: [UInt32]
    /// Row 0 is all zeros: what an absent feature adds.
    private var rows: [SIMD8<Int16>] = [.zero]
    private let shift: UInt64
    private let rowBits: UInt32
    private let rowMask: UInt32
    /// The value of one quantized unit.
    private let scale: Float

    /// Room for `capacity` features whose weights are integers × `scale`; fill with `insert`.
    init(capacity: Int, scale: Float) {
        var rowBits: UInt32 = 1
        while (1 << rowBits) <= capacity + 1 { rowBits += 1 }
        precondition(rowBits <= 24, "too many features for TaggingWeights")
        self.rowBits = rowBits
        rowMask = (1 << rowBits) - 1
        var slotCount = 16
        while slotCount < capacity * 2 { slotCount *= 2 }
        slots = Array(repeating: 0, count: slotCount)
        rows.reserveCapacity(capacity + 1)
        shift = UInt64(64 - slotCount.trailingZeroBitCount)
        self.scale = scale
    }

    var count: Int { rows.count - 1 }

    /// Adds a feature's quantized weights (lanes = `NERTag` raw values). A second feature
    /// with the same home and fingerprint (or the same key) is ignored: the first keeps the slot.
    mutating func insert(_ key: UInt64, quantized weights: SIMD16<Int32>) {
        let mask = slots.count - 1
        let fingerprint = self.fingerprint(key)
        var slot = Self.home(key, shift: shift)
        while slots[slot] != 0 && slots[slot] & ~rowMask != fingerprint {
            slot = (slot + 1) & mask
        }
        guard slots[slot] == 0 else { return }
        var relative = SIMD8<Int16>.zero
        for tag in 1..<NERTag.count {
            relative[tag - 1] = Int16(clamping: weights[tag] - weights[0])
        }
        slots[slot] = fingerprint | UInt32(rows.count)  // never 0: row 0 is the zero row
        rows.append(relative)
    }

    @inline(__always)
    private static func home(_ key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> shift)
    }

    /// The key's low bits above `rowBits`, independent of the home slot (the product's high bits).
    @inline(__always)
    private func fingerprint(_ key: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: key) & ~rowMask }

    /// The row of `key`: row 0, all zeros, when the model lacks it. No branch on found/absent (it
    /// would be a coin toss for the predictor and serialize the cache misses): an empty slot's row number is 0.
    @inline(__always)
    private func row(of key: UInt64, in slots: UnsafeBufferPointer<UInt32>) -> Int {
        let mask = slots.count - 1
        let fingerprint = self.fingerprint(key)
        var slot = Self.home(key, shift: shift)
        var entry = slots[slot]
        while entry != 0 && entry & ~rowMask != fingerprint {
            slot = (slot + 1) & mask
            entry = slots[slot]
        }
        return Int(entry & rowMask)
    }

    /// Scores relative to O (lane 0 is always 0).
    func scores(of features: [UInt64]) -> SIMD16<Float> {
        features.withUnsafeBufferPointer { scores(of: $0, adding: .zero) }
    }

    /// The scores of `features` and of the features whose rows `sums` added up to `partial`.
    /// Integer sums do not depend on the order of adding, so splitting a token's features changes no score.
    @inline(__always)
    func scores(of features: UnsafeBufferPointer<UInt64>, adding partial: SIMD8<Int32>) -> SIMD16<Float> {
        var total = partial
        slots.withUnsafeBufferPointer { slots in
            rows.withUnsafeBufferPointer { rows in
                for key in features { total &+= SIMD8<Int32>(truncatingIfNeeded: rows[row(of: key, in: slots)]) }
            }
        }
        let scaled = SIMD8<Float>(total) * scale
        return SIMD16(lowHalf: SIMD8(0, scaled[0], scaled[1], scaled[2], scaled[3], scaled[4], scaled[5], scaled[6]),
                      highHalf: SIMD8(scaled[7], 0, 0, 0, 0, 0, 0, 0))
    }

    /// How many keys ahead of the one being looked up `sums` prefetches the home slot: enough for
    /// a miss to the L3 cache or memory to arrive in time.
    static let prefetchDistance = 64

    /// The summed rows of each run of `keys` (run `i` ends at `runEnds[i]`), for `scores(of:adding:)`.
    /// Prefetches the slot of the key `prefetchDistance` ahead and the row of each key found, so
    /// that many cache misses overlap instead of each waiting behind the one before; then adds the rows.
    func sums(
        of keys: UnsafeBufferPointer<UInt64>, runEnds: [Int], into sums: inout [SIMD8<Int32>], rowScratch: inout [Int32]
    ) {
        sums.removeAll(keepingCapacity: true)
        rowScratch.removeAll(keepingCapacity: true)
        rowScratch.append(contentsOf: repeatElement(0, count: keys.count))
        slots.withUnsafeBufferPointer { slots in
            rows.withUnsafeBufferPointer { rows in
                rowScratch.withUnsafeMutableBufferPointer { found in
                    for key in keys.prefix(Self.prefetchDistance) {
                        ws_prefetch(slots.baseAddress! + Self.home(key, shift: shift))
                    }
                    for index in keys.indices {
                        if index + Self.prefetchDistance < keys.count {
                            ws_prefetch(slots.baseAddress! + Self.home(keys[index + Self.prefetchDistance], shift: shift))
                        }
                        let row = row(of: keys[index], in: slots)
                        ws_prefetch(rows.baseAddress! + row)
                        found[index] = Int32(truncatingIfNeeded: row)
                    }
                    var start = 0
                    for end in runEnds {
                        var total = SIMD8<Int32>.zero
                        for row in found[start..<end] { total &+= SIMD8<Int32>(truncatingIfNeeded: rows[Int(row)]) }
                        sums.append(total)
                        start = end
                    }
                }
            }
        }
    }
}

/// Scratch buffers for tagging one sentence, reused from sentence to sentence.
struct DecodingScratch<Sink: FeatureKeyList> {
    var sink: Sink
    var lexiconPositions: [SIMD16<UInt8>] = []
    var coveringLength: [SIMD16<UInt8>] = []
    var tags: [NERTag] = []
}

extension NERFeatures {
    /// Tags one sentence greedily, left to right, each token seeing the two
    /// tags before it and the document's history; then adds the sentence to
    /// the history. `choose` gets the features and the best allowed tag and
    /// returns the tag to keep (the trainer updates weights there).
    @inline(__always)
    func decode<Sink: FeatureKeyList, Weights: FeatureScorer>(
        sentence: Range<Int>, context: inout DocumentContext, weights: Weights,
        scratch: inout DecodingScratch<Sink>,
        choose: (_ token: Int, _ features: Sink, _ best: NERTag) -> NERTag
    ) {
        gazetteer.matches(context.atoms[sentence], into: &scratch.lexiconPositions,
                          coveringLength: &scratch.coveringLength)
        scratch.tags.removeAll(keepingCapacity: true)
        var previous: NERTag?
        var secondPrevious: NERTag?
        for index in sentence {
            scratch.sink.removeAll()
            addTokenFeatures(of: index, sentence: sentence, context: context,
                             lexiconPositions: scratch.lexiconPositions, to: &scratch.sink)
            addTagFeatures(previous: previous, secondPrevious: secondPrevious, atom: context.atoms[index],
                           to: &scratch.sink)
            let best = NERTag.best(weights.scores(of: scratch.sink.keys), after: previous)
            let chosen = choose(index, scratch.sink, best)
            scratch.tags.append(chosen)
            secondPrevious = previous
            previous = chosen
        }
        context.remember(scratch.tags, startingAt: sentence.lowerBound)
    }
}

/// Scratch buffers for `decodeBatched`, reused from sentence to sentence.
struct BatchDecodingScratch {
    var lexiconPositions: [SIMD16<UInt8>] = []
    var coveringLength: [SIMD16<UInt8>] = []
    var tags: [NERTag] = []
    /// The features looked up per token of a batch, one token after the other, where each
    /// token's keys end, and each token's summed rows.
    var tokenKeys = SelectedFeatureKeys(nil)
    var tokenEnds: [Int] = []
    var tokenSums: [SIMD8<Int32>] = []
    /// The row `TaggingWeights.sums` found for each key.
    var rows: [Int32] = []
    var tagKeys = SelectedFeatureKeys(nil)
}

extension NERFeatures {
    /// Tokens whose features are looked up together: enough for many cache misses to overlap,
    /// few enough for the keys to stay in the L1 cache.
    static let batchTokens = 16

    /// Tags one sentence as `decode` does, with the same scores, faster: the features summed ahead
    /// (`SummedAhead`: those of the words, per spelling in `wordSums`, and of the tags alone, in
    /// `tagPairs`; those that read the previous tag and the word, after an O, in `wordSums`) are not
    /// looked up, and the other features that do not read earlier tags are looked up a batch of tokens
    /// at a time, so that their cache misses overlap, before the greedy pass over the batch adds those that do.
    func decodeBatched(
        sentence: Range<Int>, context: inout DocumentContext, weights: TaggingWeights, wordSums: WordRoleSums,
        tagPairs: TagPairSums, scratch: inout BatchDecodingScratch
    ) {
        gazetteer.matches(context.atoms[sentence], into: &scratch.lexiconPositions,
                          coveringLength: &scratch.coveringLength)
        scratch.tags.removeAll(keepingCapacity: true)
        var previous: NERTag?
        var secondPrevious: NERTag?
        var batchStart = sentence.lowerBound
        while batchStart < sentence.upperBound {
            let batch = batchStart..<min(sentence.upperBound, batchStart + Self.batchTokens)
            scratch.tokenKeys.removeAll()
            scratch.tokenEnds.removeAll(keepingCapacity: true)
            for index in batch {
                addTokenFeatures(of: index, sentence: sentence, context: context,
                                 lexiconPositions: scratch.lexiconPositions, to: &scratch.tokenKeys)
                scratch.tokenEnds.append(scratch.tokenKeys.count)
            }
            weights.sums(of: scratch.tokenKeys.keys, runEnds: scratch.tokenEnds, into: &scratch.tokenSums,
                         rowScratch: &scratch.rows)
            for (offset, index) in batch.enumerated() {
                var summed = scratch.tokenSums[offset] &+ wordSums.sum(of: index, in: sentence, atoms: context.atoms)
                    &+ tagPairs.sum(previous: previous, secondPrevious: secondPrevious)
                scratch.tagKeys.removeAll()
                if previous == .outside {
                    summed &+= wordSums.afterOutsideSum(of: index, atoms: context.atoms)
                } else {
                    addTagFeatures(previous: previous, secondPrevious: secondPrevious, atom: context.atoms[index],
                                   to: &scratch.tagKeys)
                }
                let scores = weights.scores(of: scratch.tagKeys.keys, adding: summed)
                let best = NERTag.best(scores, after: previous)
                scratch.tags.append(best)
                secondPrevious = previous
                previous = best
            }
            batchStart = batch.upperBound
        }
        context.remember(scratch.tags, startingAt: sentence.lowerBound)
    }
}

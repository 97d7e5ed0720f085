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
/// - an open-addressed slot array, half empty, of 8-byte entries (the key's
///   top 40 bits and a row number), small enough to stay mostly in cache;
///   most of a token's features are unknown to the model and cost one slot read;
/// - dense rows of 8 floats (32 bytes): each tag's weight minus the O tag's.
///   Subtracting the same value from every tag's score never changes which
///   tag wins, so the O lane need not be stored.
/// Two features whose keys share the top 40 bits would share a row; with
/// 10^5 features that happens with probability ~10^-2 per model, and only
/// merges two weights.
struct TaggingWeights: FeatureScorer, Sendable {
    private static let rowBits: UInt64 = 24
    private static let fingerprintMask: UInt64 = ~((1 << rowBits) - 1)

    private var slots: [UInt64]
    private var rows: [SIMD8<Float>] = []
    private let shift: UInt64

    /// Room for `capacity` features; fill with `insert`.
    init(capacity: Int) {
        precondition(capacity < (1 << Self.rowBits) - 1, "too many features for TaggingWeights")
        var slotCount = 16
        while slotCount < capacity * 2 { slotCount *= 2 }
        slots = Array(repeating: 0, count: slotCount)
        rows.reserveCapacity(capacity)
        shift = UInt64(64 - slotCount.trailingZeroBitCount)
    }

    var count: Int { rows.count }

    /// Adds a feature's weights (lanes = `NERTag` raw values). A second feature
    /// with the same fingerprint (or the same key) is ignored: the first keeps the slot.
    mutating func insert(_ key: UInt64, weights: SIMD16<Float>) {
        let mask = slots.count - 1
        var slot = Self.home(key, shift: shift)
        while slots[slot] != 0 && (slots[slot] & Self.fingerprintMask) != (key & Self.fingerprintMask) {
            slot = (slot + 1) & mask
        }
        guard slots[slot] == 0 else { return }
        var relative = SIMD8<Float>.zero
        for tag in 1..<NERTag.count { relative[tag - 1] = weights[tag] - weights[0] }
        rows.append(relative)
        slots[slot] = (key & Self.fingerprintMask) | UInt64(rows.count)  // row number + 1: 0 stays "empty"
    }

    @inline(__always)
    private static func home(_ key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> shift)
    }

    /// Scores relative to O (lane 0 is always 0).
    @inline(__always)
    func scores(of features: [UInt64]) -> SIMD16<Float> {
        var total = SIMD8<Float>.zero
        slots.withUnsafeBufferPointer { slots in
            rows.withUnsafeBufferPointer { rows in
                let mask = slots.count - 1
                for key in features {
                    let fingerprint = key & Self.fingerprintMask
                    var slot = Self.home(key, shift: shift)
                    while true {
                        let entry = slots[slot]
                        if entry == 0 { break }
                        if entry & Self.fingerprintMask == fingerprint {
                            total += rows[Int(entry & ~Self.fingerprintMask) - 1]
                            break
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
        return SIMD16(lowHalf: SIMD8(0, total[0], total[1], total[2], total[3], total[4], total[5], total[6]),
                      highHalf: SIMD8(total[7], 0, 0, 0, 0, 0, 0, 0))
    }
}

/// Scratch buffers for tagging one sentence, reused from sentence to sentence.
struct DecodingScratch<Sink: FeatureSink> {
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
    func decode<Sink: FeatureSink, Weights: FeatureScorer>(
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
            let scores = weights.scores(of: scratch.sink.keys)
            var best = NERTag.outside
            for tag in NERTag.allCases where tag.canFollow(previous ?? .outside) && scores[tag.rawValue] > scores[best.rawValue] {
                best = tag
            }
            let chosen = choose(index, scratch.sink, best)
            scratch.tags.append(chosen)
            secondPrevious = previous
            previous = chosen
        }
        context.remember(scratch.tags, startingAt: sentence.lowerBound)
    }
}

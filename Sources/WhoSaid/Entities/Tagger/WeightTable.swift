/// Feature weights: one row of per-tag scores (lanes = `NERTag` raw values,
/// the rest zero) for each feature key.
struct WeightTable: Sendable {
    private(set) var features = KeyTable()
    private(set) var rows: [SIMD16<Float>] = []

    init(minimumCapacity: Int = 16) {
        features = KeyTable(minimumCapacity: minimumCapacity)
        rows.reserveCapacity(minimumCapacity)
    }

    var count: Int { rows.count }
    var keys: [UInt64] { features.keys }

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
    func decode<Sink: FeatureSink>(
        sentence: Range<Int>, context: inout DocumentContext, weights: WeightTable,
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

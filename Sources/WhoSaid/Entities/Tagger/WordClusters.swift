/// Word clusters from unlabeled text (see scripts/ner/word-clusters.py): each
/// lowercase word's cluster number at three granularities. Words used alike
/// share clusters, so the tagger generalizes from a name it saw in training
/// to names it did not.
struct WordClusters: Sendable {
    static let key = "word-clusters"
    static let defaultFile = "models/word-clusters.tsv"
    static let levels = 3

    private let words: KeyTable
    /// Per word, the part hash of its cluster number at each level (lanes 0..<levels).
    private let clusters: [SIMD4<UInt64>]
    /// The text of each cluster part, for the model writer.
    let partNames: [UInt64: String]

    init(_ file: LexiconFile?) throws(WhoSaidError) {
        var words = KeyTable()
        var clusters: [SIMD4<UInt64>] = []
        var partNames: [UInt64: String] = [:]
        var atomBuilder = TokenAtomBuilder(names: IgnoringPartNames())
        for row in try file?.uniqueRows(columns: ["word", "c64", "c256", "c1024"]) ?? [] {
            let (_, inserted) = words.insert(atomBuilder.atoms(of: row.fields[0]).lower)
            guard inserted else { continue }  // two spellings with one lowercase form: the first wins
            var parts = SIMD4<UInt64>.zero
            for level in 0..<Self.levels {
                let number = row.fields[level + 1]
                guard number.allSatisfy(\.isNumber) else {
                    throw file!.error(line: row.line, "cluster number expected in column \(level + 2), found '\(number)'")
                }
                parts[level] = FeatureHashing.part(number)
                partNames[parts[level]] = number
            }
            clusters.append(parts)
        }
        self.words = words
        self.clusters = clusters
        self.partNames = partNames
    }

    /// The cluster parts of a word by its lowercase part hash; zero when the word is unknown.
    @inline(__always)
    func clusters(ofLower lower: UInt64) -> SIMD4<UInt64> {
        guard let index = words.index(of: lower) else { return .zero }
        return clusters[index]
    }
}

/// Word clusters from unlabeled text (see scripts/ner/word-clusters.py): each
/// lowercase word's cluster number at three granularities. Words used alike
/// share clusters, so the tagger generalizes from a name it saw in training
/// to names it did not.
struct WordClusters: Sendable {
    static let key = "word-clusters"
    static let defaultFile = "models/word-clusters.tsv"
    static let levels = 3
    /// Cluster numbers are below this (the script makes at most 1024 clusters per level).
    static let largestClusterCount = 4096

    private let words: KeyTable
    /// Per word, the part hash of its cluster number at each level (lanes 0..<levels).
    private let clusters: [SIMD4<UInt64>]

    /// Reads `word<TAB>c64<TAB>c256<TAB>c1024` rows; no file means no clusters.
    init(_ file: LexiconFile?) throws(WhoSaidError) {
        var words = KeyTable(minimumCapacity: 1 << 15)
        var clusters: [SIMD4<UInt64>] = []
        var atomBuilder = TokenAtomBuilder(names: IgnoringPartNames())
        if let file {
            try ByteLines.rows(of: file, columns: ["word", "c64", "c256", "c1024"], minimum: Self.levels + 1) {
                fields, line throws(WhoSaidError) in
                var parts = SIMD4<UInt64>.zero
                for level in 0..<Self.levels {
                    guard let number = ByteLines.integer(fields[level + 1]), (0..<Self.largestClusterCount).contains(number)
                    else { throw file.error(line: line, "column \(level + 2): expected a cluster number below \(Self.largestClusterCount)") }
                    parts[level] = FeatureHashing.part(fields[level + 1])
                }
                // Two spellings with one lowercase form: the first wins.
                if words.insert(atomBuilder.lowerHash(of: fields[0])).inserted { clusters.append(parts) }
            }
        }
        self.words = words
        self.clusters = clusters
    }

    /// The part of every level for a word without clusters: "no cluster" is a feature value too.
    static let unknownName = "<unknown>"
    private static let unknownParts = SIMD4(repeating: FeatureHashing.part(unknownName))

    /// The cluster parts of many words, as `clusters(ofLower:)` gives them, with the cache misses
    /// of a chunk of lookups overlapping.
    func clusters(ofLowers lowers: [UInt64]) -> [SIMD4<UInt64>] {
        var found: [SIMD4<UInt64>] = []
        found.reserveCapacity(lowers.count)
        for chunkStart in stride(from: 0, to: lowers.count, by: Self.prefetchChunk) {
            let chunk = lowers[chunkStart..<min(lowers.count, chunkStart + Self.prefetchChunk)]
            words.prefetch(chunk)
            for lower in chunk { found.append(clusters(ofLower: lower)) }
        }
        return found
    }

    private static let prefetchChunk = 32

    /// The cluster parts of a word by its lowercase part hash.
    @inline(__always)
    func clusters(ofLower lower: UInt64) -> SIMD4<UInt64> {
        guard let index = words.index(of: lower) else { return Self.unknownParts }
        return clusters[index]
    }
}

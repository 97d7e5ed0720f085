/// What the tagger knows about a whole document while tagging it sentence by
/// sentence: each token's atoms, where it stands (sentence start, headline),
/// how its word is capitalized elsewhere in the document, and how the tagger
/// labeled the same word earlier on. CoNLL-style news rewards this: a name in
/// a capitalized headline or at a sentence start is ambiguous until the same
/// word is seen mid-sentence.
public struct DocumentContext: Sendable {
    /// Where a token stands; its raw value indexes `NERFeatures.positionParts`.
    enum Position: UInt8, CaseIterable {
        case middle, sentenceStart, headline
        var name: String { ["mid", "first", "headline"][Int(rawValue)] }
    }

    /// How the token's lowercase form appears elsewhere: raw value = bit 0 (capitalized mid-sentence) + bit 1 (lowercase).
    enum CaseEvidence: UInt8, CaseIterable {
        case none, capitalized, lowercase, both
        var name: String { ["none", "cap", "lower", "both"][Int(rawValue)] }
    }

    /// Labels the tagger gave a word before; raw value indexes `HistoryCounts`.
    enum HistoryLabel: Int, CaseIterable {
        case outside, person, organization, location, miscellaneous
        var name: String { ["O", "PER", "ORG", "LOC", "MISC"][rawValue] }

        init(_ tag: NERTag) {
            switch tag.type {
            case nil: self = .outside
            case .person: self = .person
            case .organization: self = .organization
            case .location: self = .location
            case .miscellaneous: self = .miscellaneous
            }
        }
    }

    let atoms: DocumentAtoms
    /// Per spelling of `atoms`, its entry in the `SpellingCache` the context was made with (-1: none).
    let cacheEntries: [Int32]
    let positions: [Position]
    let caseEvidence: [CaseEvidence]
    /// For a capitalized token, the next capitalized token with the same lowercase form (-1: none)…
    private let nextOccurrence: [Int32]
    /// …and the first one of the document (-1 for other tokens): together, every occurrence of a name.
    private let firstOccurrence: [Int32]
    /// The sentence each token belongs to (token ranges), for neighbors of other occurrences.
    private let sentenceOf: [Int32]
    let sentenceRanges: [Range<Int>]
    /// Each token's word type: its lowercase form's number in the document, which indexes `historyCounts`.
    private let wordTypes: [Int32]
    /// Per word type, how often the tagger gave each `HistoryLabel` (lanes 0...4) to capitalized occurrences so far.
    private var historyCounts: [SIMD8<UInt16>]

    /// `cache` supplies the atoms of the spellings it holds (tagging; training computes them all).
    init<Names: PartNameRecorder>(
        tokens: [Token], sentences: [Sentence], clusters: WordClusters, atomBuilder: inout TokenAtomBuilder<Names>,
        cache: SpellingCache? = nil
    ) {
        // One hash of the text and one table lookup per token: a word's atoms are computed
        // and stored once, at its first spelling, and everything per word is indexed by number.
        var spellingTable = KeyTable(minimumCapacity: tokens.count / 2)
        var atomIDs: [Int32] = []
        atomIDs.reserveCapacity(tokens.count)
        /// The token where each spelling first appears.
        var firstTokens: [Int] = []
        for (index, token) in tokens.enumerated() {
            let (spelling, isNewSpelling) = spellingTable.insert(atomBuilder.wordPart(of: token.text))
            if isNewSpelling { firstTokens.append(index) }
            atomIDs.append(Int32(spelling))
        }
        // Each spelling's atoms: copied from `cache` when it holds them, else computed.
        let words = spellingTable.keys
        let cacheEntries = cache?.entries(of: words) ?? [Int32](repeating: -1, count: words.count)
        var distinctAtoms = [TokenAtoms](repeating: TokenAtoms(), count: words.count)
        cache?.copyAtoms(of: cacheEntries, into: &distinctAtoms)
        /// The spellings whose atoms were computed here, which still lack their clusters.
        var computed: [Int] = []
        for spelling in words.indices where cacheEntries[spelling] < 0 {
            distinctAtoms[spelling] = atomBuilder.atoms(of: tokens[firstTokens[spelling]].text)
            computed.append(spelling)
        }
        // Looked up all at once, so that the cache misses overlap.
        let computedClusters = clusters.clusters(ofLowers: computed.map { distinctAtoms[$0].lower })
        for (spelling, spellingClusters) in zip(computed, computedClusters) {
            distinctAtoms[spelling].clusters = spellingClusters
        }
        var types = KeyTable(minimumCapacity: words.count)
        let typeOfSpelling = distinctAtoms.map { Int32(types.insert($0.lower).index) }
        let wordTypes = atomIDs.map { typeOfSpelling[Int($0)] }
        let atoms = DocumentAtoms(distinct: distinctAtoms, ids: atomIDs)
        var positions = [Position](repeating: .middle, count: tokens.count)
        for sentence in sentences {
            var hasWords = false
            var isHeadline = true
            var hasLongWord = false
            var first: Int?
            for index in sentence.tokens {
                let atom = atoms[index]
                if first == nil && (atom.flags.contains(.startsWithLetter) || atom.flags.contains(.hasDigit)) { first = index }
                guard atom.flags.contains(.hasLetter) else { continue }
                hasWords = true
                isHeadline = isHeadline && atom.isAllCaps
                hasLongWord = hasLongWord || tokens[index].text.utf8.count > 1
            }
            if hasWords && isHeadline && hasLongWord {
                for index in sentence.tokens { positions[index] = .headline }
            } else if let first {
                positions[first] = .sentenceStart
            }
        }
        var evidence = [UInt8](repeating: 0, count: types.count)
        var firstOfType = [Int32](repeating: -1, count: types.count)
        var lastOfType = [Int32](repeating: -1, count: types.count)
        var nextOccurrence = [Int32](repeating: -1, count: tokens.count)
        var firstOccurrence = [Int32](repeating: -1, count: tokens.count)
        for (index, atom) in atoms.enumerated() {
            let type = Int(wordTypes[index])
            if atom.flags.contains(.startsWithLetter) && positions[index] == .middle {
                evidence[type] |= atom.isCapitalized ? 1 : 2
            }
            guard atom.isCapitalized else { continue }
            if firstOfType[type] < 0 {
                firstOfType[type] = Int32(index)
            } else {
                nextOccurrence[Int(lastOfType[type])] = Int32(index)
            }
            lastOfType[type] = Int32(index)
            firstOccurrence[index] = firstOfType[type]
        }
        var sentenceOf = [Int32](repeating: -1, count: tokens.count)
        for (number, sentence) in sentences.enumerated() {
            for index in sentence.tokens { sentenceOf[index] = Int32(number) }
        }
        self.cacheEntries = cacheEntries
        self.nextOccurrence = nextOccurrence
        self.firstOccurrence = firstOccurrence
        self.sentenceOf = sentenceOf
        self.sentenceRanges = sentences.map(\.tokens)
        self.atoms = atoms
        self.positions = positions
        self.wordTypes = wordTypes
        self.historyCounts = Array(repeating: .zero, count: types.count)
        self.caseEvidence = wordTypes.map { CaseEvidence(rawValue: evidence[Int($0)])! }
    }

    /// Calls `body` with the other occurrences of a capitalized token's word (at most `limit`),
    /// each with the token range of its sentence.
    @inline(__always)
    func forOtherOccurrences(of token: Int, limit: Int, _ body: (Int, Range<Int>) -> Void) {
        var occurrence = Int(firstOccurrence[token])
        var seen = 0
        while occurrence >= 0 && seen < limit {
            if occurrence != token, sentenceOf[occurrence] >= 0 {
                body(occurrence, sentenceRanges[Int(sentenceOf[occurrence])])
                seen += 1
            }
            occurrence = Int(nextOccurrence[occurrence])
        }
    }

    /// The label most often given to the word before, or nil if never seen.
    func history(of token: Int) -> HistoryLabel? {
        let counts = historyCounts[Int(wordTypes[token])]
        guard counts != .zero else { return nil }
        var best = HistoryLabel.outside
        // Entity labels win ties over O: a word once tagged a name is likely one again.
        for label in HistoryLabel.allCases.dropFirst() where counts[label.rawValue] >= max(counts[best.rawValue], 1) {
            best = label
        }
        return best
    }

    /// Records the tags given to a sentence's capitalized words.
    mutating func remember(_ tags: [NERTag], startingAt first: Int) {
        for (offset, tag) in tags.enumerated() where atoms[first + offset].isCapitalized {
            historyCounts[Int(wordTypes[first + offset])][HistoryLabel(tag).rawValue] &+= 1
        }
    }
}

/// Each token's atoms, stored once per distinct word: a document repeats its
/// words, so memory grows with the vocabulary, not with the token count
/// (10 MB of quotation marks is one distinct word).
struct DocumentAtoms: RandomAccessCollection, Sendable {
    private let distinct: [TokenAtoms]
    /// Per token, its word's index in `distinct`.
    private let ids: [Int32]

    init(distinct: [TokenAtoms], ids: [Int32]) {
        self.distinct = distinct
        self.ids = ids
    }

    /// How many atom records are stored: one per distinct word.
    var distinctWords: Int { distinct.count }

    /// The atoms of each distinct word (spelling), in order of first occurrence.
    var spellings: [TokenAtoms] { distinct }

    /// The number of token `index`'s spelling in `spellings`.
    @inline(__always)
    func spelling(at index: Int) -> Int { Int(ids[index]) }

    var startIndex: Int { 0 }
    var endIndex: Int { ids.count }

    @inline(__always)
    subscript(index: Int) -> TokenAtoms { distinct[Int(ids[index])] }
}

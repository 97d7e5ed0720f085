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

    let atoms: [TokenAtoms]
    let positions: [Position]
    let caseEvidence: [CaseEvidence]
    /// For a capitalized token, the next capitalized token with the same lowercase form (-1: none)…
    private let nextOccurrence: [Int32]
    /// …and the first one of the document (-1 for other tokens): together, every occurrence of a name.
    private let firstOccurrence: [Int32]
    /// The sentence each token belongs to (token ranges), for neighbors of other occurrences.
    private let sentenceOf: [Int32]
    let sentenceRanges: [Range<Int>]
    private var historyWords = KeyTable()
    /// Per history word, how often each `HistoryLabel` was given (lanes 0...4).
    private var historyCounts: [SIMD8<UInt16>] = []

    init<Names: PartNameRecorder>(
        tokens: [Token], sentences: [Sentence], clusters: WordClusters, atomBuilder: inout TokenAtomBuilder<Names>
    ) {
        var atoms: [TokenAtoms] = []
        atoms.reserveCapacity(tokens.count)
        for token in tokens {
            var atom = atomBuilder.atoms(of: token.text)
            atom.clusters = clusters.clusters(ofLower: atom.lower)
            atoms.append(atom)
        }
        var positions = [Position](repeating: .middle, count: tokens.count)
        for sentence in sentences {
            let words = sentence.tokens.filter { atoms[$0].flags.contains(.hasLetter) }
            let isHeadline = words.allSatisfy { atoms[$0].isAllCaps } && words.contains { tokens[$0].text.utf8.count > 1 }
            if isHeadline {
                for index in sentence.tokens { positions[index] = .headline }
            } else if let first = sentence.tokens.first(where: { atoms[$0].flags.contains(.startsWithLetter) || atoms[$0].flags.contains(.hasDigit) }) {
                positions[first] = .sentenceStart
            }
        }
        var evidenceWords = KeyTable(minimumCapacity: tokens.count / 2)
        var evidence: [UInt8] = []
        for (index, atom) in atoms.enumerated() where atom.flags.contains(.startsWithLetter) && positions[index] == .middle {
            let (slot, inserted) = evidenceWords.insert(atom.lower)
            if inserted { evidence.append(0) }
            evidence[slot] |= atom.isCapitalized ? 1 : 2
        }
        var nextOccurrence = [Int32](repeating: -1, count: tokens.count)
        var firstOccurrence = [Int32](repeating: -1, count: tokens.count)
        var names = KeyTable()
        var firstOfName: [Int32] = []
        var lastOfName: [Int32] = []
        for (index, atom) in atoms.enumerated() where atom.isCapitalized {
            let (slot, inserted) = names.insert(atom.lower)
            if inserted {
                firstOfName.append(Int32(index))
                lastOfName.append(Int32(index))
            } else {
                nextOccurrence[Int(lastOfName[slot])] = Int32(index)
                lastOfName[slot] = Int32(index)
            }
            firstOccurrence[index] = firstOfName[slot]
        }
        var sentenceOf = [Int32](repeating: -1, count: tokens.count)
        for (number, sentence) in sentences.enumerated() {
            for index in sentence.tokens { sentenceOf[index] = Int32(number) }
        }
        self.nextOccurrence = nextOccurrence
        self.firstOccurrence = firstOccurrence
        self.sentenceOf = sentenceOf
        self.sentenceRanges = sentences.map(\.tokens)
        self.atoms = atoms
        self.positions = positions
        self.caseEvidence = atoms.map { atom in
            guard let slot = evidenceWords.index(of: atom.lower) else { return .none }
            return CaseEvidence(rawValue: evidence[slot])!
        }
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
        guard let slot = historyWords.index(of: atoms[token].lower) else { return nil }
        let counts = historyCounts[slot]
        var best = HistoryLabel.outside
        // Entity labels win ties over O: a word once tagged a name is likely one again.
        for label in HistoryLabel.allCases.dropFirst() where counts[label.rawValue] >= max(counts[best.rawValue], 1) {
            best = label
        }
        return best
    }

    /// Records the tags given to a sentence's capitalized words.
    mutating func remember(_ tags: [NERTag], startingAt first: Int) {
        for (offset, tag) in tags.enumerated() {
            let atom = atoms[first + offset]
            guard atom.isCapitalized else { continue }
            let (slot, inserted) = historyWords.insert(atom.lower)
            if inserted { historyCounts.append(.zero) }
            let lane = HistoryLabel(tag).rawValue
            historyCounts[slot][lane] &+= 1
        }
    }
}

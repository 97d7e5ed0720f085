/// The feature templates. A template's `name` is how the model file spells it;
/// its raw value only seeds the hash (`FeatureHashing.key`) when the model is
/// loaded, so templates can be added or reordered without breaking model files.
enum FeatureTemplate: UInt8, CaseIterable, Sendable {
    case bias, word, lower, shape, prefix1, prefix2, prefix3, prefix4, suffix1, suffix2, suffix3, suffix4
    case previousLower, nextLower, secondPreviousLower, secondNextLower, previousBigram, nextBigram
    case previousShapes, nextShapes, positionShape, positionLower
    case gazetteer, capitalizedGazetteer, previousGazetteer, nextGazetteer
    case cluster64, cluster256, cluster1024, previousCluster, nextCluster, previousClusters, nextClusters
    case previousFineCluster, nextFineCluster, secondPreviousCluster, secondNextCluster, previousTagCluster
    case documentCase, history, otherPreviousLower, otherNextLower, previousTag, previousTags, previousTagShape, previousTagLower, previousTagFineCluster

    var name: String {
        switch self {
        case .bias: return "bias"
        case .word: return "w"
        case .lower: return "lw"
        case .shape: return "sh"
        case .prefix1: return "p1"
        case .prefix2: return "p2"
        case .prefix3: return "p3"
        case .prefix4: return "p4"
        case .suffix1: return "s1"
        case .suffix2: return "s2"
        case .suffix3: return "s3"
        case .suffix4: return "s4"
        case .previousLower: return "lw-1"
        case .nextLower: return "lw+1"
        case .secondPreviousLower: return "lw-2"
        case .secondNextLower: return "lw+2"
        case .previousBigram: return "lw-1,lw"
        case .nextBigram: return "lw,lw+1"
        case .previousShapes: return "sh-1,sh"
        case .nextShapes: return "sh,sh+1"
        case .positionShape: return "pos,sh"
        case .positionLower: return "pos,lw"
        case .gazetteer: return "gaz"
        case .capitalizedGazetteer: return "gaz,cap"
        case .previousGazetteer: return "gaz-1"
        case .nextGazetteer: return "gaz+1"
        case .documentCase: return "pos,doccase"
        case .history: return "hist"
        case .cluster64: return "c64"
        case .cluster256: return "c256"
        case .cluster1024: return "c1024"
        case .previousCluster: return "c256-1"
        case .nextCluster: return "c256+1"
        case .previousClusters: return "c256-1,c256"
        case .nextClusters: return "c256,c256+1"
        case .previousFineCluster: return "c1024-1"
        case .nextFineCluster: return "c1024+1"
        case .secondPreviousCluster: return "c64-2"
        case .secondNextCluster: return "c64+2"
        case .previousTagCluster: return "t-1,c256"
        case .otherPreviousLower: return "other:lw-1"
        case .otherNextLower: return "other:lw+1"
        case .previousTag: return "t-1"
        case .previousTags: return "t-2,t-1"
        case .previousTagShape: return "t-1,sh"
        case .previousTagLower: return "t-1,lw"
        case .previousTagFineCluster: return "t-1,c1024"
        }
    }
}

/// Receives features as (template, part hashes).
protocol FeatureSink {
    mutating func add(_ template: FeatureTemplate)
    mutating func add(_ template: FeatureTemplate, _ a: UInt64)
    mutating func add(_ template: FeatureTemplate, _ a: UInt64, _ b: UInt64)
}

/// A sink that keeps the keys of the features it receives.
protocol FeatureKeyList: FeatureSink {
    /// The keys of the features added since the last `removeAll`.
    var keys: [UInt64] { get }
    mutating func removeAll()
}

/// Collects the keys of features, the only thing tagging needs.
struct FeatureKeys: FeatureKeyList {
    var keys: [UInt64] = []

    init() { keys.reserveCapacity(64) }

    mutating func removeAll() { keys.removeAll(keepingCapacity: true) }

    @inline(__always) mutating func add(_ template: FeatureTemplate) {
        keys.append(FeatureHashing.key(template.rawValue))
    }
    @inline(__always) mutating func add(_ template: FeatureTemplate, _ a: UInt64) {
        keys.append(FeatureHashing.key(template.rawValue, a))
    }
    @inline(__always) mutating func add(_ template: FeatureTemplate, _ a: UInt64, _ b: UInt64) {
        keys.append(FeatureHashing.key(template.rawValue, a, b))
    }
}

/// Turns a token in its sentence and document into features. The parts are
/// the token atoms' hashes, plus the hashes of a few fixed names (tags,
/// lexicon classes, positions) listed in `fixedPartNames` for the model writer.
struct NERFeatures: Sendable {
    let gazetteer: NERGazetteer
    let clusters: WordClusters
    private let classParts: [UInt64]
    /// `[class][position raw value]` → hash of `class:B` etc.; index 0 unused.
    private let classPositionParts: [[UInt64]]

    static let prefixTemplates: [FeatureTemplate] = [.prefix1, .prefix2, .prefix3, .prefix4]
    static let suffixTemplates: [FeatureTemplate] = [.suffix1, .suffix2, .suffix3, .suffix4]
    private static let otherOccurrenceLimit = 6
    static let clusterTemplates: [FeatureTemplate] = [.cluster64, .cluster256, .cluster1024]
    private static let sentenceStart = "<s>"
    private static let sentenceEnd = "</s>"
    let startPart = FeatureHashing.part(sentenceStart)
    let endPart = FeatureHashing.part(sentenceEnd)
    private let tagParts = NERTag.allCases.map { FeatureHashing.part($0.name) }
    private let positionParts = DocumentContext.Position.allCases.map { FeatureHashing.part($0.name) }
    private let evidenceParts = DocumentContext.CaseEvidence.allCases.map { FeatureHashing.part($0.name) }
    private let historyParts = DocumentContext.HistoryLabel.allCases.map { FeatureHashing.part($0.name) }

    /// Features reading the given lexicons: word clusters under `WordClusters.key`, the rest gazetteer sources.
    init(lexicons: [(key: String, file: LexiconFile)]) throws(WhoSaidError) {
        self.init(gazetteer: try NERGazetteer(lexicons: lexicons.filter { $0.key != WordClusters.key }),
                  clusters: try WordClusters(lexicons.first { $0.key == WordClusters.key }?.file))
    }

    /// Every lexicon key the features understand, with its default file.
    static var lexiconDefaults: [(key: String, file: String)] {
        NERGazetteer.sources.map { ($0.key, $0.defaultFile) } + [(WordClusters.key, WordClusters.defaultFile)]
    }

    /// The per-document state for tagging `tokens` and `sentences`.
    func context<Names: PartNameRecorder>(
        tokens: [Token], sentences: [Sentence], atomBuilder: inout TokenAtomBuilder<Names>, cache: SpellingCache? = nil
    ) -> DocumentContext {
        DocumentContext(tokens: tokens, sentences: sentences, clusters: clusters, atomBuilder: &atomBuilder, cache: cache)
    }

    init(gazetteer: NERGazetteer, clusters: WordClusters) {
        self.gazetteer = gazetteer
        self.clusters = clusters
        classParts = gazetteer.classNames.map { FeatureHashing.part($0) }
        classPositionParts = Self.classPositionNames(gazetteer.classNames).map { [0] + $0.map { FeatureHashing.part($0) } }
    }

    /// `[class][position raw value - 1]` → `class:B` etc.
    private static func classPositionNames(_ classNames: [String]) -> [[String]] {
        classNames.map { className in NERGazetteer.Position.allCases.map { "\(className):\($0.name)" } }
    }

    /// The text of every fixed part (all but the token atoms'), for the model writer.
    var fixedPartNames: [UInt64: String] {
        var names: [String] = [Self.sentenceStart, Self.sentenceEnd]
        names += NERTag.allCases.map(\.name)
        names += DocumentContext.Position.allCases.map(\.name)
        names += DocumentContext.CaseEvidence.allCases.map(\.name)
        names += DocumentContext.HistoryLabel.allCases.map(\.name)
        names += gazetteer.classNames
        names += Self.classPositionNames(gazetteer.classNames).joined()
        names += (0..<WordClusters.largestClusterCount).map(String.init) + [WordClusters.unknownName]
        return Dictionary(names.map { (FeatureHashing.part($0), $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The features that read the token's spelling alone, but for its clusters: the bias, the word, its
    /// lowercase form and shape, its prefixes and suffixes (in this order, which training's feature
    /// dropout depends on).
    @inline(__always)
    func addSpellingFeatures<Sink: FeatureSink>(of atom: TokenAtoms, to sink: inout Sink) {
        sink.add(.bias)
        sink.add(.word, atom.word)
        sink.add(.lower, atom.lower)
        sink.add(.shape, atom.shape)
        for length in 0..<4 where atom.prefixes[length] != 0 {
            sink.add(Self.prefixTemplates[length], atom.prefixes[length])
            sink.add(Self.suffixTemplates[length], atom.suffixes[length])
        }
    }

    /// The features of token `index` that do not depend on earlier tags.
    /// `lexiconPositions` holds the gazetteer matches of the sentence's tokens.
    @inline(__always)
    func addTokenFeatures<Sink: FeatureSink>(
        of index: Int, sentence: Range<Int>, context: DocumentContext, lexiconPositions: [SIMD16<UInt8>],
        to sink: inout Sink
    ) {
        let atoms = context.atoms
        let atom = atoms[index]
        let position = context.positions[index]
        addSpellingFeatures(of: atom, to: &sink)
        // The neighbors' fields one by one: a whole `TokenAtoms?` would be copied with `memcpy`.
        let hasPrevious = index > sentence.lowerBound
        let hasNext = index + 1 < sentence.upperBound
        let previousLower = hasPrevious ? atoms[index - 1].lower : startPart
        let nextLower = hasNext ? atoms[index + 1].lower : endPart
        sink.add(.previousLower, previousLower)
        sink.add(.nextLower, nextLower)
        sink.add(.secondPreviousLower, index - 2 >= sentence.lowerBound ? atoms[index - 2].lower : startPart)
        sink.add(.secondNextLower, index + 2 < sentence.upperBound ? atoms[index + 2].lower : endPart)
        sink.add(.previousBigram, previousLower, atom.lower)
        sink.add(.nextBigram, atom.lower, nextLower)
        sink.add(.previousShapes, hasPrevious ? atoms[index - 1].shape : startPart, atom.shape)
        sink.add(.nextShapes, atom.shape, hasNext ? atoms[index + 1].shape : endPart)
        for level in 0..<WordClusters.levels {
            sink.add(Self.clusterTemplates[level], atom.clusters[level])
        }
        let previousClusters = hasPrevious ? atoms[index - 1].clusters : SIMD4(repeating: startPart)
        let nextClusters = hasNext ? atoms[index + 1].clusters : SIMD4(repeating: endPart)
        sink.add(.previousCluster, previousClusters[1])
        sink.add(.nextCluster, nextClusters[1])
        sink.add(.previousFineCluster, previousClusters[2])
        sink.add(.nextFineCluster, nextClusters[2])
        sink.add(.previousClusters, previousClusters[1], atom.clusters[1])
        sink.add(.nextClusters, atom.clusters[1], nextClusters[1])
        sink.add(.secondPreviousCluster, index - 2 >= sentence.lowerBound ? atoms[index - 2].clusters[0] : startPart)
        sink.add(.secondNextCluster, index + 2 < sentence.upperBound ? atoms[index + 2].clusters[0] : endPart)
        let positionPart = positionParts[Int(position.rawValue)]
        sink.add(.positionShape, positionPart, atom.shape)
        if position != .middle { sink.add(.positionLower, positionPart, atom.lower) }

        let local = index - sentence.lowerBound
        let matched = lexiconPositions[local]
        for classIndex in 0..<classParts.count {
            if matched[classIndex] != 0 {
                let part = classPositionParts[classIndex][Int(matched[classIndex])]
                sink.add(.gazetteer, part)
                if atom.isCapitalized { sink.add(.capitalizedGazetteer, part) }
            }
            if local > 0, lexiconPositions[local - 1][classIndex] != 0 {
                sink.add(.previousGazetteer, classParts[classIndex])
            }
            if local + 1 < lexiconPositions.count, lexiconPositions[local + 1][classIndex] != 0 {
                sink.add(.nextGazetteer, classParts[classIndex])
            }
        }

        if atom.isCapitalized {
            sink.add(.documentCase, positionPart, evidenceParts[Int(context.caseEvidence[index].rawValue)])
            if let label = context.history(of: index) { sink.add(.history, historyParts[label.rawValue]) }
            // Context aggregation: the neighbors of the same name elsewhere in the document.
            context.forOtherOccurrences(of: index, limit: Self.otherOccurrenceLimit) { other, otherSentence in
                sink.add(.otherPreviousLower, other > otherSentence.lowerBound ? atoms[other - 1].lower : startPart)
                sink.add(.otherNextLower, other + 1 < otherSentence.upperBound ? atoms[other + 1].lower : endPart)
            }
        }
    }

    /// The features that depend on the tags given to the two tokens before (nil before the sentence).
    @inline(__always)
    func addTagFeatures<Sink: FeatureSink>(
        previous: NERTag?, secondPrevious: NERTag?, atom: TokenAtoms, to sink: inout Sink
    ) {
        sink.add(.previousTag, tagPart(previous))
        sink.add(.previousTags, tagPart(secondPrevious), tagPart(previous))
        addTagWordFeatures(previous: previous, atom: atom, to: &sink)
    }

    /// The tag features that also read the token's own word (`WordRoleSums` sums those after an O).
    @inline(__always)
    func addTagWordFeatures<Sink: FeatureSink>(previous: NERTag?, atom: TokenAtoms, to sink: inout Sink) {
        let previousPart = tagPart(previous)
        sink.add(.previousTagShape, previousPart, atom.shape)
        sink.add(.previousTagLower, previousPart, atom.lower)
        sink.add(.previousTagFineCluster, previousPart, atom.clusters[2])
        sink.add(.previousTagCluster, previousPart, atom.clusters[1])
    }

    @inline(__always)
    private func tagPart(_ tag: NERTag?) -> UInt64 { tag.map { tagParts[$0.rawValue] } ?? startPart }
}

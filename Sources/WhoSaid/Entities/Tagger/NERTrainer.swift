/// A document with its tokens and sentences and one IOB2 label per token.
public struct NERTrainingDocument: Sendable {
    public var document: Document
    public var labels: [String]

    public init(document: Document, labels: [String]) {
        self.document = document
        self.labels = labels
    }
}

/// Trains the tagger's averaged perceptron: greedy decoding with the current
/// weights, each wrong token moving weight from the predicted tag to the
/// gold one; the model written is the average of the weights over all steps
/// of the epoch with the best dev F1.
public struct NERTrainer {
    public struct EpochReport: Sendable {
        public var epoch: Int
        /// Tokens whose greedy prediction was wrong during the epoch (the perceptron's updates).
        public var trainingErrors: Int
        public var trainingTokens: Int
        public var features: Int
        /// Dev figures of the epoch's averaged weights (gold tokenization).
        public var dev: ChunkScorer
        public var isBest: Bool
    }

    /// A lexicon the features read: its key (`places`), its name as recorded in the model, its text.
    public struct Lexicon: Sendable {
        public var key: String
        public var name: String
        public var file: LexiconFile

        public init(key: String, name: String, file: LexiconFile) {
            self.key = key
            self.name = name
            self.file = file
        }
    }

    /// Every lexicon the features can read, by its default name, from `resources`.
    public static func defaultLexicons(from resources: ResourceStore) throws(WhoSaidError) -> [Lexicon] {
        var lexicons: [Lexicon] = []
        for (key, name) in NERTagger.lexiconDefaults {
            lexicons.append(Lexicon(key: key, name: name, file: try resources.lexicon(name)))
        }
        return lexicons
    }

    /// The segmentation stages (paragraphs, tokens, sentences) at the head of
    /// pipeline `nameOrPath`: what training text should be split with, so the
    /// tagger learns on the tokens it will be given.
    public static func segmenter(pipeline nameOrPath: String, resources: ResourceStore) throws(WhoSaidError) -> Pipeline {
        let (file, text) = try resources.pipelineDefinition(nameOrPath)
        var definition = try PipelineDefinition(file: file, text: text)
        let segmentation: Set<Layer> = [.paragraphs, .tokens, .sentences]
        definition.stages = Array(definition.stages.prefix { entry in
            StageRegistry.stage(named: entry.name)?.provides.isSubset(of: segmentation) ?? false
        })
        return try Pipeline(definition: definition, resources: resources)
    }

    private let lexicons: [Lexicon]
    /// The probability of leaving out a feature of a training token (see `FeatureRecipes`).
    public var featureDropRate = 0.0
    private let features: NERFeatures

    public init(lexicons: [Lexicon]) throws(WhoSaidError) {
        self.lexicons = lexicons
        features = try NERFeatures(lexicons: lexicons.map { ($0.key, $0.file) })
    }

    /// Trains for `epochs` passes over `training` (in a fixed shuffled order per
    /// epoch) and returns the text of the model with the best dev F1.
    public func train(
        on training: [NERTrainingDocument], dev: [NERTrainingDocument], epochs: Int, maximumFeatures: Int,
        report: (EpochReport) -> Void
    ) throws(WhoSaidError) -> String {
        var partNames = PartNameDictionary()
        let trainingSet = try prepare(training, names: &partNames)
        let devSet = try prepare(dev, names: &partNames)
        partNames.names.merge(features.fixedPartNames) { recorded, _ in recorded }

        var weights = WeightTable(minimumCapacity: 1 << 20)
        var totals: [SIMD16<Float>] = []
        var names: [NERModel.FeatureName?] = []
        var step = 0
        var best: (f1: Double, rows: [SIMD16<Float>])?
        var random = SplitMix64(seed: 2003)
        var scratch = DecodingScratch(sink: FeatureRecipes(dropRate: featureDropRate))
        for epoch in 1...epochs {
            var errors = 0
            var order = Array(trainingSet.indices)
            order.shuffle(using: &random)
            for documentIndex in order {
                let example = trainingSet[documentIndex]
                var context = example.context
                for sentence in example.sentences {
                    var mistakes: [(features: FeatureRecipes, gold: NERTag, predicted: NERTag, step: Int)] = []
                    features.decode(sentence: sentence, context: &context, weights: weights, scratch: &scratch) {
                        index, found, predicted in
                        step += 1
                        let gold = example.gold[index]
                        if predicted != gold { mistakes.append((found, gold, predicted, step)) }
                        return predicted
                    }
                    // Updates wait for the end of the sentence: `decode` reads the weights meanwhile.
                    for mistake in mistakes {
                        errors += 1
                        var delta = SIMD16<Float>.zero
                        delta[mistake.gold.rawValue] = 1
                        delta[mistake.predicted.rawValue] = -1
                        for (key, recipe) in zip(mistake.features.keys, mistake.features.recipes) {
                            let (row, inserted) = weights.row(for: key)
                            if inserted {
                                totals.append(.zero)
                                names.append(partNames.name(of: recipe))
                            }
                            weights.add(delta, toRow: row)
                            totals[row] += Float(mistake.step) * delta
                        }
                    }
                }
            }
            let averageDivisor = Float(max(step, 1))
            let averaged = zip(weights.rows, totals).map { $0 - $1 / averageDivisor }
            let scores = evaluate(devSet, weights: weights.replacingRows(averaged))
            let isBest = best.map { scores.overall.f1 > $0.f1 } ?? true
            if isBest { best = (scores.overall.f1, averaged) }
            report(EpochReport(epoch: epoch, trainingErrors: errors, trainingTokens: step / epoch,
                               features: weights.count, dev: scores, isBest: isBest))
        }
        // Rows added after the best epoch did not exist then: they weigh nothing.
        var bestRows = best?.rows ?? []
        bestRows += repeatElement(.zero, count: weights.count - bestRows.count)
        return NERModel.text(
            weights: weights.replacingRows(bestRows), names: names,
            lexicons: lexicons.map { .init(key: $0.key, file: $0.name, hash: NERModel.contentHash($0.file.text)) },
            maximumFeatures: maximumFeatures,
            comments: [
                "whosaid NER model: averaged perceptron, greedy IOB2 decoding (Sources/WhoSaid/Entities/Tagger).",
                "Written by `whosaid train-ner`; best dev F1 \(best.map { String($0.f1) } ?? "-"). Do not edit by hand.",
            ])
    }

    /// A training or dev document ready for decoding: atoms computed once, gold tags parsed.
    private struct Example {
        var context: DocumentContext
        var sentences: [Range<Int>]
        var gold: [NERTag]
        var labels: [String]
    }

    private func prepare(_ documents: [NERTrainingDocument], names: inout PartNameDictionary) throws(WhoSaidError)
        -> [Example]
    {
        var builder = TokenAtomBuilder(names: names)
        defer { names = builder.names }
        var examples: [Example] = []
        for item in documents {
            guard item.labels.count == item.document.tokens.count else {
                throw .document(id: item.document.id, message: "\(item.labels.count) labels for \(item.document.tokens.count) tokens")
            }
            var gold: [NERTag] = []
            for (index, label) in item.labels.enumerated() {
                guard let tag = NERTag(name: label) else {
                    throw .document(id: item.document.id, message: "token \(index + 1): unknown label '\(label)' (expected O, B-X or I-X with X one of PER, ORG, LOC, MISC)")
                }
                gold.append(tag)
            }
            let context = features.context(tokens: item.document.tokens, sentences: item.document.sentences, atomBuilder: &builder)
            examples.append(Example(context: context, sentences: item.document.sentences.map(\.tokens), gold: gold, labels: item.labels))
        }
        return examples
    }

    private func evaluate(_ examples: [Example], weights: WeightTable) -> ChunkScorer {
        var scorer = ChunkScorer()
        var scratch = DecodingScratch(sink: FeatureKeys())
        for example in examples {
            var context = example.context
            for sentence in example.sentences {
                features.decode(sentence: sentence, context: &context, weights: weights, scratch: &scratch) { _, _, best in best }
                scorer.add(gold: Array(example.labels[sentence]), predicted: scratch.tags.map(\.name))
            }
        }
        return scorer
    }
}

/// A feature's template and parts, kept in training to write its name.
struct FeatureRecipe {
    var template: FeatureTemplate
    var parts: (UInt64, UInt64)
    var arity: UInt8
}

/// Collects keys and, beside them, how each was made. Drops each feature
/// with probability `dropRate`, so training cannot lean on any single feature
/// (word identity above all) and the weights generalize better.
struct FeatureRecipes: FeatureKeyList {
    var keys: [UInt64] = []
    var recipes: [FeatureRecipe] = []
    var dropRate: Double = 0
    private var random = SplitMix64(seed: 1)

    init(dropRate: Double = 0) { self.dropRate = dropRate }

    private mutating func keeps() -> Bool { dropRate == 0 || Double.random(in: 0..<1, using: &random) >= dropRate }

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        recipes.removeAll(keepingCapacity: true)
    }
    mutating func add(_ template: FeatureTemplate) {
        guard keeps() else { return }
        keys.append(FeatureHashing.key(template.rawValue))
        recipes.append(FeatureRecipe(template: template, parts: (0, 0), arity: 0))
    }
    mutating func add(_ template: FeatureTemplate, _ a: UInt64) {
        guard keeps() else { return }
        keys.append(FeatureHashing.key(template.rawValue, a))
        recipes.append(FeatureRecipe(template: template, parts: (a, 0), arity: 1))
    }
    mutating func add(_ template: FeatureTemplate, _ a: UInt64, _ b: UInt64) {
        guard keeps() else { return }
        keys.append(FeatureHashing.key(template.rawValue, a, b))
        recipes.append(FeatureRecipe(template: template, parts: (a, b), arity: 2))
    }
}

/// The text behind every part hash seen in training.
struct PartNameDictionary: PartNameRecorder {
    var names: [UInt64: String] = [:]

    mutating func record(_ hash: UInt64, _ bytes: UnsafeBufferPointer<UInt8>) {
        if names[hash] == nil { names[hash] = String(decoding: bytes, as: UTF8.self) }
    }

    /// The feature's name, or nil when a part's text is unknown (the feature is then not written).
    func name(of recipe: FeatureRecipe) -> NERModel.FeatureName? {
        var parts: [String] = []
        for hash in [recipe.parts.0, recipe.parts.1].prefix(Int(recipe.arity)) {
            guard let text = names[hash] else { return nil }
            parts.append(text)
        }
        return NERModel.FeatureName(template: recipe.template, parts: parts)
    }
}

/// A small seeded generator, so training shuffles the same way every run.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        return FeatureHashing.mix(state)
    }
}

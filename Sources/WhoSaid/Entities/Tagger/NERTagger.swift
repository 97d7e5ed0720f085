/// The learned named-entity tagger: an averaged perceptron over hashed
/// features (word, shape, affixes, neighbors, lexicon matches, document-level
/// capitalization and label history), decoded greedily left to right in IOB2.
///
/// Build it once (it reads the model and its lexicons) and share it: tagging
/// keeps per-document state in a `DocumentContext`, never in the tagger.
public struct NERTagger: Sendable {
    let model: NERModel
    let features: NERFeatures
    let tagPairs: TagPairSums
    private let spellingCaches = SpellingCachePool()
    /// Problems worth telling the user that do not stop tagging, e.g. a
    /// lexicon that differs from the one the model was trained with.
    public let warnings: [String]

    /// The lexicon keys (also stage options) the tagger understands, with their default files.
    public static var lexiconDefaults: [(key: String, file: String)] { NERFeatures.lexiconDefaults }

    /// A tagger from a model file and the lexicons its features read, by key.
    /// Every lexicon the model names must be given; one whose text differs
    /// from the training-time version only adds a warning.
    public init(model modelFile: LexiconFile, lexicons: [(key: String, file: LexiconFile)]) throws(WhoSaidError) {
        try self.init(model: modelFile) { key, file throws(WhoSaidError) in
            guard let given = lexicons.first(where: { $0.key == key }) else {
                throw .configuration(file: modelFile.name, line: nil,
                                     message: "the model needs lexicon '\(key)' (\(file)), which was not given")
            }
            return given.file
        }
    }

    /// A tagger whose lexicons come from `lexicon(key, recorded file name)`,
    /// called for each lexicon the model was trained with.
    public init(
        model modelFile: LexiconFile, lexicon: (_ key: String, _ file: String) throws(WhoSaidError) -> LexiconFile
    ) throws(WhoSaidError) {
        let model = try NERModel(parsing: modelFile)
        var warnings: [String] = []
        var lexicons: [(key: String, file: LexiconFile)] = []
        for record in model.lexicons {
            let given = try lexicon(record.key, record.file)
            if NERModel.contentHash(given.text) != record.hash {
                warnings.append("NER model \(modelFile.name) was trained with a different \(record.file) than \(given.name); expect lower accuracy (retrain with `whosaid train-ner`)")
            }
            lexicons.append((record.key, given))
        }
        self.model = model
        let features = try NERFeatures(lexicons: lexicons)
        self.features = features
        tagPairs = TagPairSums(features: features, weights: model.weights)
        self.warnings = warnings
    }

    /// The per-document state for tagging `document` (its tokens and sentences).
    public func context(for document: Document) -> DocumentContext {
        var builder = TokenAtomBuilder(names: IgnoringPartNames())
        return features.context(tokens: document.tokens, sentences: document.sentences, atomBuilder: &builder)
    }

    /// Tags every sentence of a document, in order: each sentence learns from the labels of those before.
    public func tag(_ document: Document) -> [TaggedSpan] {
        spellingCaches.withCache { cache in
            var builder = TokenAtomBuilder(names: IgnoringPartNames())
            var context = features.context(tokens: document.tokens, sentences: document.sentences,
                                           atomBuilder: &builder, cache: cache)
            var wordSums = WordRoleSums()
            wordSums.fill(for: context, features: features, weights: model.weights, cache: cache)
            var scratch = BatchDecodingScratch()
            var spans: [TaggedSpan] = []
            for sentence in document.sentences.map(\.tokens) {
                features.decodeBatched(sentence: sentence, context: &context, weights: model.weights,
                                       wordSums: wordSums, tagPairs: tagPairs, scratch: &scratch)
                spans += TaggedSpan.spans(of: scratch.tags, offset: sentence.lowerBound)
            }
            return spans
        }
    }
}

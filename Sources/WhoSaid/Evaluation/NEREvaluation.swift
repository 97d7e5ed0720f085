/// Scores predicted entities against CoNLL-2003 gold labels the way
/// `score.py ner` does, so `whosaid eval ner` and the reference scorer agree:
/// every mention is mapped onto the corpus tokens it overlaps; mentions are
/// placed by start, longer first, and one overlapping an already placed
/// mention is dropped; the tokens get IOB2 labels (`B-` again at each
/// sentence a mention crosses into) and sentences are scored as exact chunks.
public struct NEREvaluation: Sendable {
    public struct Statistics: Sendable, Equatable {
        public var documents = 0
        public var documentsWithoutPrediction = 0
        public var mentions = 0
        public var overlappingDropped = 0
        public var offToken = 0
        public var crossingSentences = 0
    }

    public private(set) var scorer = ChunkScorer()
    public private(set) var statistics = Statistics()

    public init() {}

    /// Runs `pipeline` on each document's text and scores its entities.
    public static func run(_ pipeline: Pipeline, on documents: [CoNLLDocument]) -> NEREvaluation {
        var evaluation = NEREvaluation()
        for document in documents {
            evaluation.add(document, prediction: try? pipeline.annotate(document.text, id: document.name))
        }
        return evaluation
    }

    /// Adds one gold document and the annotated document predicted for it (nil: no prediction).
    public mutating func add(_ gold: CoNLLDocument, prediction: Document?) {
        statistics.documents += 1
        var predicted = [String](repeating: "O", count: gold.tokens.count)
        if let prediction {
            place(prediction.entities, tokenSpans: gold.tokenSpans, sentences: gold.sentences, labels: &predicted)
        } else {
            statistics.documentsWithoutPrediction += 1
        }
        for sentence in gold.sentences {
            scorer.add(gold: Array(gold.labels[sentence]), predicted: Array(predicted[sentence]))
        }
    }

    private mutating func place(_ entities: [Entity], tokenSpans: [Span], sentences: [Range<Int>], labels: inout [String]) {
        var sentenceOf = [Int](repeating: 0, count: tokenSpans.count)
        for (index, sentence) in sentences.enumerated() {
            for token in sentence { sentenceOf[token] = index }
        }
        var placed: [(order: Int, start: Int, length: Int, type: String, tokens: Range<Int>)] = []
        for entity in entities {
            for mention in entity.mentions {
                statistics.mentions += 1
                let covered = tokenSpans.indices.filter { tokenSpans[$0].overlaps(mention.span) }
                guard let first = covered.first, let last = covered.last else {
                    statistics.offToken += 1
                    continue
                }
                let start = tokenSpans[first].start
                placed.append((placed.count, start, tokenSpans[last].end - start, EntityType.conllName(entity.type), first..<(last + 1)))
            }
        }
        placed.sort { ($0.start, -$0.length, $0.order) < ($1.start, -$1.length, $1.order) }
        for mention in placed {
            if mention.tokens.contains(where: { labels[$0] != "O" }) {
                statistics.overlappingDropped += 1
                continue
            }
            if sentenceOf[mention.tokens.lowerBound] != sentenceOf[mention.tokens.upperBound - 1] {
                statistics.crossingSentences += 1
            }
            var previousSentence: Int?
            for token in mention.tokens {
                labels[token] = (previousSentence == sentenceOf[token] ? "I-" : "B-") + mention.type
                previousSentence = sentenceOf[token]
            }
        }
    }

    /// The summary line and table, laid out as `score.py ner` prints them.
    public var report: String {
        let s = statistics
        return "ner: \(s.documents) docs (\(s.documentsWithoutPrediction) without prediction); mentions read \(s.mentions), "
            + "dropped non-entity types 0, unknown types 0, overlapping \(s.overlappingDropped), off-token \(s.offToken), "
            + "crossing a sentence break \(s.crossingSentences)\n" + scorer.table
    }

    /// The figures as JSON, with the keys `score.py ner --json` uses.
    public var json: String {
        var json = JSONWriter()
        func figures(_ counts: ChunkScorer.Counts) {
            json.beginObject()
            json.key("gold"); json.int(counts.gold)
            json.key("pred"); json.int(counts.predicted)
            json.key("correct"); json.int(counts.correct)
            json.key("precision"); json.double(counts.precision)
            json.key("recall"); json.double(counts.recall)
            json.key("f1"); json.double(counts.f1)
            json.endObject()
        }
        json.beginObject()
        json.key("docs"); json.int(statistics.documents)
        json.key("docs_missing"); json.int(statistics.documentsWithoutPrediction)
        json.key("per_type")
        json.beginObject()
        for type in ChunkScorer.types {
            json.key(type)
            figures(scorer.perType[type]!)
        }
        json.endObject()
        json.key("overall"); figures(scorer.overall)
        json.key("per_org_loc"); figures(scorer.personOrganizationLocation)
        json.endObject()
        return String(decoding: json.bytes, as: UTF8.self)
    }
}

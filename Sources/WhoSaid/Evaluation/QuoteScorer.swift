/// Scores predicted quotes against PolNeAR gold as `shared/tools/score.py quotes`
/// does: one-to-one greedy matching at half overlap both ways, attribution
/// accuracy over matched pairs with a gold source, and end-to-end counts.
public struct QuoteScorer: Sendable {
    public struct Tally: Sendable {
        public var gold = 0, predicted = 0, matched = 0
        public var matchedWithSource = 0, correctSpeakers = 0, endToEnd = 0

        public var precision: Double { Self.ratio(matched, predicted) }
        public var recall: Double { Self.ratio(matched, gold) }
        public var f1: Double { Self.f1(precision, recall) }
        public var attributionAccuracy: Double { Self.ratio(correctSpeakers, matchedWithSource) }
        public var endToEndPrecision: Double { Self.ratio(endToEnd, predicted) }
        public var endToEndRecall: Double { Self.ratio(endToEnd, gold) }
        public var endToEndF1: Double { Self.f1(endToEndPrecision, endToEndRecall) }

        static func ratio(_ part: Int, _ whole: Int) -> Double { whole > 0 ? Double(part) / Double(whole) : 0 }
        static func f1(_ p: Double, _ r: Double) -> Double { p + r > 0 ? 2 * p * r / (p + r) : 0 }
    }

    public enum ErrorKind: String, Sendable { case speaker, missed, spurious }

    public struct Error: Sendable {
        public var document: String
        public var kind: ErrorKind
        /// The gold quote's text (fragments joined by ` | `) and its source's, if any.
        public var goldText: String?
        public var sourceText: String?
        public var predicted: Quote?
    }

    public var direct = Tally()
    public var all = Tally()
    public var directErrors: [Error] = []
    public var allErrors: [Error] = []
    public var documents = 0

    public init() {}

    /// Adds one annotated document and its gold attributions.
    public mutating func add(_ document: Document, gold attributions: [BratAttribution]) {
        documents += 1
        let gold = QuoteGold(text: document.text.string)
        let entities = Dictionary(document.entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        score(document, gold: gold.directQuotes(attributions), types: [.direct, .partial], using: gold,
              entities: entities, into: &direct, errors: &directErrors)
        score(document, gold: gold.allAttributions(attributions), types: nil, using: gold,
              entities: entities, into: &all, errors: &allErrors)
    }

    private func score(_ document: Document, gold golds: [GoldQuote], types: Set<QuoteType>?, using gold: QuoteGold,
                       entities: [String: Entity], into tally: inout Tally, errors: inout [Error])
    {
        let kept = golds.compactMap { quote -> (GoldQuote, Fragments)? in
            let fragments = gold.strippedFragments(quote.fragments)
            return fragments.isEmpty ? nil : (quote, fragments)
        }
        let predictions = document.quotes.compactMap { quote -> (Quote, Fragments)? in
            guard types?.contains(quote.type) ?? true, quote.span.end > quote.span.start, quote.span.end <= gold.text.count
            else { return nil }
            let fragments = gold.strippedFragments([quote.span])
            return fragments.isEmpty ? nil : (quote, fragments)
        }
        let pairs = Self.greedyMatch(kept.map(\.1), predictions.map(\.1))
        tally.gold += kept.count
        tally.predicted += predictions.count
        tally.matched += pairs.count
        for (goldIndex, predictedIndex) in pairs {
            let (goldQuote, _) = kept[goldIndex]
            let (quote, _) = predictions[predictedIndex]
            let correct: Bool
            if goldQuote.source.isEmpty {
                correct = !Self.hasSpeaker(quote)
            } else {
                tally.matchedWithSource += 1
                correct = Self.speakerCorrect(quote, source: goldQuote.source, entities: entities)
                if correct { tally.correctSpeakers += 1 } else {
                    errors.append(Self.error(.speaker, goldQuote, quote, in: document.id, text: gold))
                }
            }
            if correct { tally.endToEnd += 1 }
        }
        let matchedGold = Set(pairs.map(\.0))
        let matchedPredictions = Set(pairs.map(\.1))
        for (index, (quote, _)) in kept.enumerated() where !matchedGold.contains(index) {
            errors.append(Self.error(.missed, quote, nil, in: document.id, text: gold))
        }
        for (index, (quote, _)) in predictions.enumerated() where !matchedPredictions.contains(index) {
            errors.append(Self.error(.spurious, nil, quote, in: document.id, text: gold))
        }
    }

    private static func error(_ kind: ErrorKind, _ gold: GoldQuote?, _ predicted: Quote?, in document: String, text: QuoteGold) -> Error {
        func excerpt(_ spans: Fragments) -> String? {
            spans.isEmpty ? nil : spans.map { String(String.UnicodeScalarView(text.text[$0.start..<min($0.end, text.text.count)])) }
                .joined(separator: " | ")
        }
        return Error(document: document, kind: kind, goldText: gold.flatMap { excerpt($0.fragments) },
                     sourceText: gold.flatMap { excerpt($0.source) }, predicted: predicted)
    }

    /// One-to-one pairs, best mutual overlap first (ties: larger overlap, then lower indices).
    static func greedyMatch(_ golds: [Fragments], _ predictions: [Fragments]) -> [(Int, Int)] {
        var candidates: [(score: Double, overlap: Int, gold: Int, predicted: Int)] = []
        for (goldIndex, gold) in golds.enumerated() {
            let goldLength = gold.reduce(0) { $0 + $1.length }
            guard goldLength > 0, let goldStart = gold.first?.start, let goldEnd = gold.last?.end else { continue }
            for (predictedIndex, predicted) in predictions.enumerated() {
                let predictedLength = predicted.reduce(0) { $0 + $1.length }
                guard predictedLength > 0, predicted.last!.end > goldStart, predicted.first!.start < goldEnd else { continue }
                var overlap = 0
                for a in gold { for b in predicted { overlap += max(0, min(a.end, b.end) - max(a.start, b.start)) } }
                let goldShare = Double(overlap) / Double(goldLength)
                let predictedShare = Double(overlap) / Double(predictedLength)
                if goldShare >= 0.5 && predictedShare >= 0.5 {
                    candidates.append((min(goldShare, predictedShare), overlap, goldIndex, predictedIndex))
                }
            }
        }
        candidates.sort { ($0.score, $0.overlap, -$0.gold, -$0.predicted) > ($1.score, $1.overlap, -$1.gold, -$1.predicted) }
        var usedGold: Set<Int> = []
        var usedPredictions: Set<Int> = []
        var pairs: [(Int, Int)] = []
        for candidate in candidates where !usedGold.contains(candidate.gold) && !usedPredictions.contains(candidate.predicted) {
            usedGold.insert(candidate.gold)
            usedPredictions.insert(candidate.predicted)
            pairs.append((candidate.gold, candidate.predicted))
        }
        return pairs
    }

    static func hasSpeaker(_ quote: Quote) -> Bool {
        guard let speaker = quote.speaker else { return false }
        return speaker.span.end > speaker.span.start || !(speaker.entity ?? "").isEmpty
    }

    /// The speaker span, or any mention of the speaker's entity, overlaps the gold source.
    static func speakerCorrect(_ quote: Quote, source: Fragments, entities: [String: Entity]) -> Bool {
        guard let speaker = quote.speaker else { return false }
        var spans = speaker.span.end > speaker.span.start ? [speaker.span] : []
        if let id = speaker.entity, let entity = entities[id] {
            spans += entity.mentions.map(\.span).filter { $0.end > $0.start }
        }
        return spans.contains { span in source.contains { span.overlaps($0) } }
    }
}

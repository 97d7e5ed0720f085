/// Finds direct, partial and indirect quotes and attributes each to a speaker.
///
/// Quotation marks are paired by `QuotationScanner`; cues come from the
/// speech-verb and cue-phrase lexicons (`CueFinder`); the attribution sieves run
/// in a fixed order (`AttributionSieves`); reported speech without marks is found
/// by `IndirectQuoteFinder`; speakers are linked to the document's entities, when
/// an entity stage ran before, by `SpeakerResolver`. A quotation no sieve explains
/// is still emitted, with a null speaker, unless it reads as a title or scare quote.
public struct QuoteStage: Stage {
    public static let name = "quotes"
    // Entities are read when an earlier stage provided them, but not required:
    // the stage also runs in pipelines without an entity tagger.
    public static let requires: Set<Layer> = [.paragraphs, .tokens, .sentences]
    public static let provides: Set<Layer> = [.quotes]

    private let cueFinder: CueFinder
    private let speakers: SpeakerLexicon
    private let indirectQuotes: Bool
    private let clauseBreaks: ClauseBreaks
    private let passiveAuxiliaries: Set<String>

    public init(options: inout StageOptions) throws(WhoSaidError) {
        speakers = try SpeakerLexicon(
            pronouns: try options.lexicon("pronouns", default: "quotes/pronouns.tsv"),
            nominals: try options.lexicon("nominal-speakers", default: "quotes/nominal-speakers.tsv"),
            titles: try options.lexicon("titles", default: "people/titles.tsv"),
            firstNames: try options.lexicon("first-names", default: "people/first-names.tsv"),
            context: try options.lexicon("speaker-context", default: "quotes/speaker-context.tsv"))
        let cues = try CueLexicon(
            speechVerbs: try options.lexicon("speech-verbs", default: "quotes/speech-verbs.tsv"),
            phrases: try options.lexicon("cue-phrases", default: "quotes/cue-phrases.tsv"),
            withoutIndirect: try options.lexicon("no-indirect-cues", default: "quotes/no-indirect-cues.tsv"))
        indirectQuotes = try options.bool("indirect", default: true)
        clauseBreaks = try ClauseBreaks(try options.lexicon("clause-breaks", default: "quotes/clause-breaks.tsv"))
        passiveAuxiliaries = Set(try options.lexicon("passive-auxiliaries", default: "quotes/passive-auxiliaries.tsv")
            .uniqueRows(columns: ["word"]).map { $0.fields[0].lowercased() })
        cueFinder = CueFinder(lexicon: cues, speakers: speakers, breaks: clauseBreaks)
    }

    public func process(_ document: inout Document) throws(WhoSaidError) {
        let quotations = QuotationScanner().scan(document)
        let context = QuoteContext(document: document, quotations: quotations, cueFinder: cueFinder, speakers: speakers)
        let (attributions, proven) = ContinuedQuotations.share(AttributionSieves.attribute(context), in: quotations)
        let classifier = QuotationClassifier(lexicon: speakers)
        var accepted = quotations.indices.map {
            classifier.isSpeech($0, attribution: attributions[$0], provenBySieve: proven[$0], in: context)
        }
        ContinuedQuotations.acceptWholeChains(&accepted, in: quotations)

        var drafts: [(content: Range<Int>, type: QuoteType, attribution: Attribution?, part: Int?)] = []
        var usedCues: Set<Range<Int>> = []
        for index in quotations.indices where accepted[index] {
            let attribution = attributions[index]
            let type = classifier.type(of: index, in: context)
            // A partial quote inside reported speech leaves its cue to the reported clause around it.
            if let cue = attribution?.cue, type == .direct { usedCues.insert(cue) }
            drafts.append((quotations[index].content, type, attribution, index))
        }
        if indirectQuotes {
            for indirect in IndirectQuoteFinder(breaks: clauseBreaks, passiveAuxiliaries: passiveAuxiliaries).find(in: context, usedCues: usedCues) {
                drafts.append((indirect.content, .indirect, indirect.attribution, nil))
            }
        }
        drafts.sort { ($0.content.lowerBound, $0.content.upperBound) < ($1.content.lowerBound, $1.content.upperBound) }

        var resolver = SpeakerResolver(document: document, lexicon: speakers)
        var idOfQuotation: [Int: String] = [:]
        var quotes: [Quote] = []
        for draft in drafts {
            guard let span = textSpan(of: draft.content, in: document) else { continue }
            let id = "q\(quotes.count + 1)"
            var quote = Quote(id: id, type: draft.type, span: span, text: document.text[span])
            if let attribution = draft.attribution, let speakerSpan = textSpan(of: attribution.speaker, in: document) {
                quote.speaker = Quote.Speaker(
                    span: speakerSpan, text: document.text[speakerSpan],
                    entity: resolver.entity(for: speakerSpan, words: context.words[attribution.speaker]))
                quote.cue = attribution.cue.flatMap { cue in
                    textSpan(of: cue, in: document).map { Quote.Cue(span: $0, text: document.text[$0]) }
                }
                quote.rule = attribution.rule
                quote.confidence = attribution.confidence
            }
            if let part = draft.part {
                if quotations[part].continuesPreviousParagraph, let first = idOfQuotation[part - 1] {
                    quote.continues = first
                    idOfQuotation[part] = first
                } else {
                    idOfQuotation[part] = id
                }
            }
            quotes.append(quote)
        }
        document.quotes = quotes
    }

    /// The text span from the first to the last token of a range, or nil for an empty range.
    private func textSpan(of tokens: Range<Int>, in document: Document) -> Span? {
        guard let first = tokens.first, let last = tokens.last else { return nil }
        return Span(start: document.tokens[first].span.start, end: document.tokens[last].span.end)
    }
}

/// A quotation carried over several paragraphs is one quote told in parts:
/// the parts share one speaker and are kept or dropped together.
enum ContinuedQuotations {
    static let rule = "paragraph-continuation"

    /// Gives every part of a chain the attribution of its first attributed part.
    /// Returns each quotation's attribution and whether a speech-proving sieve gave it.
    static func share(_ attributions: [Attribution?], in quotations: [Quotation])
        -> (attributions: [Attribution?], proven: [Bool])
    {
        let provingRules = Set(AttributionSieves.ordered.filter(\.provesSpeech).map(\.rule))
        var shared = attributions
        var proven = attributions.map { $0.map { provingRules.contains($0.rule) } ?? false }
        for chain in chains(in: quotations) {
            guard let source = chain.first(where: { shared[$0] != nil }), let attribution = shared[source] else { continue }
            for part in chain where shared[part] == nil {
                shared[part] = Attribution(speaker: attribution.speaker, cue: attribution.cue, rule: rule,
                                           confidence: attribution.confidence)
                proven[part] = proven[source]
            }
        }
        return (shared, proven)
    }

    static func acceptWholeChains(_ accepted: inout [Bool], in quotations: [Quotation]) {
        for chain in chains(in: quotations) where chain.contains(where: { accepted[$0] }) {
            for part in chain { accepted[part] = true }
        }
    }

    /// Index ranges of the quotations that form one multi-paragraph quotation.
    static func chains(in quotations: [Quotation]) -> [Range<Int>] {
        var chains: [Range<Int>] = []
        var start = 0
        for index in quotations.indices.dropFirst() where !quotations[index].continuesPreviousParagraph {
            if index - start > 1 { chains.append(start..<index) }
            start = index
        }
        if quotations.count - start > 1 { chains.append(start..<quotations.count) }
        return chains
    }
}

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
    private let pollNouns: Set<String>

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
        pollNouns = Set(try options.lexicon("poll-nouns", default: "quotes/poll-nouns.tsv")
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

        let resumed = InterruptedQuotations.resumed(quotations, attributions: attributions, accepted: accepted, in: context)
        var drafts: [(content: Range<Int>, type: QuoteType, attribution: Attribution?, part: Int?)] = []
        var usedCues: Set<Range<Int>> = []
        var typeOfQuotation: [Int: QuoteType] = [:]
        for index in quotations.indices where accepted[index] {
            let attribution = attributions[index]
            // `"The bridge is safe," Moss said, "and it will reopen."`: the second part is as direct as the first.
            let type = resumed[index].flatMap { typeOfQuotation[$0] } ?? classifier.type(of: index, in: context)
            typeOfQuotation[index] = type
            // A partial quote inside reported speech leaves its cue to the reported clause around it, and so
            // does a full sentence quoted within that clause (`said places like Iowa "matter," while "Ohio is new."`).
            if let cue = attribution?.cue, type == .direct, !Self.isInsideReport(quotations[index], of: cue, in: context) {
                usedCues.insert(cue)
            }
            drafts.append((quotations[index].content, type, attribution, index))
        }
        if indirectQuotes {
            for report in IndirectQuoteFinder(breaks: clauseBreaks, passiveAuxiliaries: passiveAuxiliaries, pollNouns: pollNouns).find(in: context, usedCues: usedCues) {
                drafts.append((report.content, report.type, report.attribution, nil))
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
                let previous = quotations[part].continuesPreviousParagraph ? part - 1 : resumed[part]
                if let previous, let first = idOfQuotation[previous] {
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

    /// Whether reported words stand between a cue and the quotation after it in its sentence: the word
    /// right before the opening mark comes after the cue (`said places like Iowa "…"`, not `said, "…"`).
    private static func isInsideReport(_ quotation: Quotation, of cue: Range<Int>, in context: QuoteContext) -> Bool {
        let before = quotation.openingMark.lowerBound - 1
        // `said on Tuesday "…"`, `told the Ledger "…"`: an adjunct or the cue's object is no reported clause.
        let roles = context.phrases.roles
        return before >= cue.upperBound && context.tokens[before].kind == .word
            && !context.phrases.isCapitalized(before) && roles[before] != .time && roles[cue.upperBound] != .preposition
            && context.sentenceOfToken[cue.lowerBound] == context.sentenceOfToken[quotation.openingMark.lowerBound]
    }

    /// The text span from the first to the last token of a range, or nil for an empty range.
    private func textSpan(of tokens: Range<Int>, in document: Document) -> Span? {
        guard let first = tokens.first, let last = tokens.last else { return nil }
        return Span(start: document.tokens[first].span.start, end: document.tokens[last].span.end)
    }
}

/// A quotation interrupted by its own attribution (`"Q1," Moss said, "q2."`) is one quote told in two parts.
enum InterruptedQuotations {
    /// The longest attribution that may interrupt a quotation, in tokens (`Moss, the port's director, said,`).
    static let maximumInterruption = 12

    /// For each quotation, the quotation it resumes, if any: the one just before it, both accepted and
    /// attributed to the same cue, the first ending with a comma, and between them that cue in at most
    /// `maximumInterruption` tokens ending with a comma, with no quotation mark or sentence end.
    static func resumed(_ quotations: [Quotation], attributions: [Attribution?], accepted: [Bool], in context: QuoteContext)
        -> [Int?]
    {
        var resumed = [Int?](repeating: nil, count: quotations.count)
        for index in quotations.indices.dropFirst() where accepted[index] && accepted[index - 1] {
            let first = quotations[index - 1]
            let second = quotations[index]
            guard let closing = first.closingMark, let cue = attributions[index]?.cue, attributions[index - 1]?.cue == cue,
                let lastToken = first.content.last, context.tokens[lastToken].text == ",",
                closing.upperBound <= cue.lowerBound, cue.upperBound <= second.openingMark.lowerBound,
                second.openingMark.lowerBound - closing.upperBound <= Self.maximumInterruption,
                context.tokens[second.openingMark.lowerBound - 1].text == ",",
                !context.tokens[closing.upperBound..<second.openingMark.lowerBound].contains(where: {
                    $0.kind == .quotationMark || QuotationClassifier.isSentenceEnd($0.text)
                })
            else { continue }
            resumed[index] = index - 1
        }
        return resumed
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

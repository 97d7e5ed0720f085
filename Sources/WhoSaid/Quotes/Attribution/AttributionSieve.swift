/// Who said a quotation, as decided by one sieve.
struct Attribution: Hashable, Sendable {
    /// Token range of the speaker's local mention.
    var speaker: Range<Int>
    var cue: Range<Int>?
    var rule: String
    var confidence: Double
}

/// One attribution pattern of news writing. Sieves run in a fixed order, each
/// deciding only the quotations still open, so a precise pattern always wins
/// over a looser one, and every answer names the sieve that gave it.
protocol AttributionSieve: Sendable {
    /// The `rule` value written on the quotes this sieve attributes.
    var rule: String { get }
    /// Whether the pattern by itself shows that a short quotation is speech, not a title or scare quote.
    var provesSpeech: Bool { get }
    /// The attribution of quotation `index`, given those decided so far (same indices, document order).
    func attribute(_ index: Int, in context: QuoteContext, decided: [Attribution?]) -> Attribution?
}

/// The sieves in the order they run; see `Quotes/README.md`.
enum AttributionSieves {
    static let ordered: [any AttributionSieve] = [
        QuotedSpeakerLabelSieve(),
        AccordingToSieve(),
        OutletReportSieve(),
        QuoteSpeakerCueSieve(),
        QuoteCueSpeakerSieve(),
        QuoteSpeakerVerbSieve(),
        SpeakerCueQuoteSieve(),
        SpeakerColonQuoteSieve(),
        QuoteDashSpeakerSieve(),
        QuoteThenReportSieve(),
        SentenceCueSieve(),
        LeadInParagraphSieve(),
        PreviousSentenceCueSieve(),
        ContinuationSieve(),
        SentenceSubjectSieve(),
    ]

    /// Every quotation's attribution, or nil where no sieve applies.
    static func attribute(_ context: QuoteContext) -> [Attribution?] {
        var decided = [Attribution?](repeating: nil, count: context.quotations.count)
        for sieve in ordered {
            for index in decided.indices where decided[index] == nil {
                decided[index] = sieve.attribute(index, in: context, decided: decided)
            }
        }
        return decided
    }
}

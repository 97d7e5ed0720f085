/// `X demurred: "Q"` · `Former secretary of state Hillary Clinton: "Q"` (transcripts):
/// a short lead-in ending with a colon right before the opening mark, whatever its verb.
struct SpeakerColonQuoteSieve: AttributionSieve {
    let rule = "speaker-colon-quote"
    let provesSpeech = true
    /// The longest lead-in, in tokens.
    static let maximumLeadIn = 20

    func attribute(_ index: Int, in context: QuoteContext, decided: [Attribution?]) -> Attribution? {
        let narrative = context.narrative(before: index)
        // A lead-in after a dash is its own (`Pollsters agree - X: "Q"`).
        let before = (narrative.last { context.isDash($0) }.map { $0 + 1 } ?? narrative.lowerBound)..<narrative.upperBound
        guard before.count >= 2, before.count <= Self.maximumLeadIn, context.tokens[before.upperBound - 1].text == ":",
            let speaker = context.phrases.subject(of: before, before: before.upperBound - 1)
        else { return nil }
        return Attribution(speaker: speaker, cue: nil, rule: rule, confidence: 0.8)
    }
}

/// `X demurred: "Q"` · `Former secretary of state Hillary Clinton: "Q"` (transcripts) · `From the report: "Q"`:
/// a short lead-in ending with a colon right before the opening mark, whatever its verb. Its
/// introductory phrases do not count towards its length (`With leaders worried about …, Obama
/// is rolling out a new message: "Q"`).
struct SpeakerColonQuoteSieve: AttributionSieve {
    let rule = "speaker-colon-quote"
    let provesSpeech = true
    /// The longest lead-in from its subject to the colon, in tokens.
    static let maximumLeadIn = 20

    func attribute(_ index: Int, in context: QuoteContext, decided: [Attribution?]) -> Attribution? {
        let narrative = context.narrative(before: index)
        // A lead-in after a dash is its own (`Pollsters agree - X: "Q"`).
        let before = (narrative.last { context.isDash($0) }.map { $0 + 1 } ?? narrative.lowerBound)..<narrative.upperBound
        let colon = before.upperBound - 1
        guard before.count >= 2, context.tokens[colon].text == ":",
            let speaker = context.phrases.leadInSubject(of: before, before: colon), colon - speaker.lowerBound <= Self.maximumLeadIn
        else { return nil }
        return Attribution(speaker: speaker, cue: nil, rule: rule, confidence: 0.8)
    }
}

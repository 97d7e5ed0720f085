/// `X said: "Q"` · `X said, "Q"` · `X told reporters on Tuesday that "Q"` ·
/// `"Q1," X said, "Q2."` The cue stands shortly before the opening mark, in the
/// same sentence, with only a colon, comma, `that` or a short adjunct between.
struct SpeakerCueQuoteSieve: AttributionSieve {
    let rule = "speaker-cue-quote"
    let provesSpeech = true
    /// Tokens allowed between the end of the cue and the opening mark.
    static let maximumGap = 6

    func attribute(_ index: Int, in context: QuoteContext, decided: [Attribution?]) -> Attribution? {
        let before = context.narrative(before: index)
        guard !before.isEmpty else { return nil }
        // The cue nearest the mark that has a speaker: `X wrote in a memo:` (`in a memo` has none).
        let cues = context.cues(in: before).filter {
            $0.sense.position == .verb && before.upperBound - $0.tokens.upperBound <= Self.maximumGap
        }
        // A dash between cue and quotation starts a new lead-in (`Pollsters agree - X: "Q"`).
        guard let last = cues.last,
            !(last.tokens.upperBound..<before.upperBound).contains(where: {
                context.tokens[$0].text == "." || context.tokens[$0].text == ";" || context.isDash($0)
            }),
            introducesQuotation(context, cue: last, opening: before.upperBound)
        else { return nil }
        for cue in cues.reversed() {
            if let speaker = context.speaker(of: cue) {
                if cue.sense.kind == .cognition, let outer = outerSpeech(before: cue, in: before, context: context) {
                    return outer
                }
                return Attribution(speaker: speaker, cue: cue.tokens, rule: rule, confidence: 0.9)
            }
        }
        return nil
    }

    /// `He said, however, that he hopes "Q"`: a cognition verb inside a report gives the quotation to
    /// the nearest speech verb before it in the same narrative.
    private func outerSpeech(before inner: Cue, in narrative: Range<Int>, context: QuoteContext) -> Attribution? {
        for cue in context.cues(in: narrative.lowerBound..<inner.tokens.lowerBound).reversed()
        where cue.sense.position == .verb && cue.sense.kind == .speech {
            if let speaker = context.speaker(of: cue) {
                return Attribution(speaker: speaker, cue: cue.tokens, rule: rule, confidence: 0.85)
            }
        }
        return nil
    }

    /// The quotation is the cue's object: right after it, or after a colon, comma, dash or `that`
    /// (`said on CNN's "State of the Union"` names a show, not what was said).
    private func introducesQuotation(_ context: QuoteContext, cue: Cue, opening: Int) -> Bool {
        let previous = opening - 1
        return previous < cue.tokens.upperBound || context.isDash(previous) || [":", ",", "that"].contains(context.words[previous])
    }
}

/// `"We will win." Moss said.` A quotation closed by a period, then a sentence of its own that
/// only names a speaker and a speech verb (and perhaps a time: `Moss said Tuesday.`): news copy
/// that put a period where the comma belongs. It runs after the lead-in rules, so
/// `Moss said: "We will win." Haddad disagreed.` stays Moss's.
struct QuoteThenReportSieve: AttributionSieve {
    let rule = "quote-then-report"
    let provesSpeech = true
    /// The most tokens such a report may have, its period included.
    static let maximumLength = 8

    func attribute(_ index: Int, in context: QuoteContext, decided: [Attribution?]) -> Attribution? {
        let quotation = context.quotations[index]
        guard let last = quotation.content.last, context.tokens[last].text == "." else { return nil }
        let start = context.end(of: quotation)
        guard start < context.tokens.count, !context.sentences.isEmpty, context.tokens[start].kind == .word else { return nil }
        let sentence = context.sentence(of: start)
        guard sentence.lowerBound == start, sentence.count <= Self.maximumLength,
            context.sentences[context.sentenceOfToken[start]].paragraph == quotation.paragraph,
            context.tokens[sentence.upperBound - 1].text == "."
        else { return nil }
        let report = start..<(sentence.upperBound - 1)
        guard let cue = context.cues(in: report).first(where: { $0.sense.position == .verb && $0.sense.kind == .speech }),
            !cue.isParticiple,
            (cue.tokens.upperBound..<report.upperBound).allSatisfy({ context.phrases.roles[$0] == .time }),
            let speaker = context.phrases.speaker(of: cue, sentence: report), context.phrases.opens(speaker, at: start)
        else { return nil }
        return Attribution(speaker: speaker, cue: cue.tokens, rule: rule, confidence: 0.85)
    }
}

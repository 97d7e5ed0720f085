/// `Moss "bristled" and said, "No comment," the Dover Gazette reported.` · `…, reports USA Today.`
/// A sentence closed by a report of `report` (`, X reported.` or `, reports X.`) is X's as a whole,
/// quotations included, the way `according to X` is (PolNeAR names the outer source), so it runs
/// right after `according-to`.
struct OutletReportSieve: AttributionSieve {
    let rule = "outlet-reported"
    let provesSpeech = true
    /// The verb that names a sentence's outer source (`reported`, `first reported`, `reports`).
    static let lemma = "report"
    /// The longest closing report, in tokens (`, the Washington Post first reported`).
    static let maximumLength = 8

    func attribute(_ index: Int, in context: QuoteContext, decided: [Attribution?]) -> Attribution? {
        let quotation = context.quotations[index]
        let sentence = context.sentence(of: quotation.openingMark.lowerBound)
        let period = sentence.upperBound - 1
        let quotationEnd = context.end(of: quotation)
        guard period > quotationEnd, context.tokens[period].text == "." else { return nil }
        for start in stride(from: period - 1, through: max(quotationEnd, period - Self.maximumLength), by: -1)
        where context.cueStartingAt[start] >= 0 {
            let cue = context.cues[context.cueStartingAt[start]]
            guard cue.sense.lemma == Self.lemma, cue.sense.position == .verb, !cue.isParticiple else { continue }
            // `…, reports USA Today.`: right after a comma, the outlet may follow its verb.
            let inverted = context.tokens[start - 1].text == ","
                ? context.phrases.phrase(after: cue.tokens.upperBound, limit: period).flatMap { $0.upperBound == period ? $0 : nil }
                : nil
            guard let speaker = inverted ?? context.speaker(of: cue) else { return nil }
            let report = min(speaker.lowerBound, cue.tokens.lowerBound)..<max(speaker.upperBound, cue.tokens.upperBound)
            // The report ends the sentence and opens after a comma or the closing mark (a name may have lost its `the`).
            var opening = report.lowerBound - 1
            if opening > 0, context.phrases.roles[opening] == .determiner { opening -= 1 }
            guard report.lowerBound > quotationEnd, report.upperBound == period, opening >= 0,
                context.tokens[opening].text == "," || context.tokens[opening].kind == .quotationMark
            else { return nil }
            return Attribution(speaker: speaker, cue: cue.tokens, rule: rule, confidence: 0.8)
        }
        return nil
    }
}

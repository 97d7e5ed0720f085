/// `Trump groused to a crowd that CNN "doesn't treat me properly"`: a quotation worked into a
/// sentence whose verb the lexicon lacks is most often the words of that sentence's subject, when
/// that subject can speak (a name, a pronoun or a nominal speaker; not `The deal faces "…"`).
/// The last resort, for quotations long enough to be kept as speech without a speaker
/// (`QuotationClassifier.minimumUnattributedWords`), so it never turns a scare quote into speech.
struct SentenceSubjectSieve: AttributionSieve {
    let rule = "sentence-subject"
    let provesSpeech = false

    func attribute(_ index: Int, in context: QuoteContext, decided: [Attribution?]) -> Attribution? {
        let quotation = context.quotations[index]
        let opening = quotation.openingMark.lowerBound
        let sentence = context.sentence(of: opening)
        guard sentence.lowerBound < opening, opening - sentence.lowerBound <= QuoteContext.window,
            context.wordCount(quotation.content) >= QuotationClassifier.minimumUnattributedWords,
            let subject = context.phrases.subject(of: sentence, before: opening), context.phrases.canSpeak(subject)
        else { return nil }
        return Attribution(speaker: subject, cue: nil, rule: rule, confidence: 0.6)
    }
}

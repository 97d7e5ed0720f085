/// Tells speech from quoted names, and a full quotation from a partial one.
///
/// Quotation marks in news also wrap titles (`"Face the Nation"`), nicknames
/// and scare quotes (`the "zero tolerance" policy`). Those are kept only when an
/// attribution pattern shows them to be speech.
struct QuotationClassifier: Sendable {
    let lexicon: SpeakerLexicon
    /// An unattributed quotation needs this many words to count as speech.
    static let minimumUnattributedWords = 3
    /// Quoted names and modifiers are at most this long.
    static let maximumNameWords = 6

    func isSpeech(_ index: Int, attribution: Attribution?, provenBySieve: Bool, in context: QuoteContext) -> Bool {
        let content = context.quotations[index].content
        guard context.tokens[content].contains(where: { $0.kind == .word }) else { return false }
        if provenBySieve { return true }
        if isTitle(index, in: context) { return false }
        if isModifier(index, in: context) { return followsSpeechCue(index, attribution: attribution, in: context) }
        return attribution != nil || context.wordCount(content) >= Self.minimumUnattributedWords
    }

    /// `the "zero tolerance" policy`: a short quotation ending in a word and followed by a plain lowercase word,
    /// or by a cue form that news mostly uses as a noun (`the "fast track" plan`; `no-indirect-cues.tsv`).
    func isModifier(_ index: Int, in context: QuoteContext) -> Bool {
        let quotation = context.quotations[index]
        guard let closing = quotation.closingMark, let last = quotation.content.last,
            context.tokens[last].kind == .word, context.wordCount(quotation.content) <= Self.maximumNameWords,
            closing.upperBound < context.tokens.count
        else { return false }
        let next = closing.upperBound
        return context.tokens[next].kind == .word && CueFinder.isLowercase(context.tokens[next].text)
            && context.tokens[next].span.start > context.tokens[closing.lowerBound].span.end
            && context.phrases.roles[next] == nil
            && (context.cueStartingAt[next] < 0 || !context.cues[context.cueStartingAt[next]].sense.introducesIndirect)
    }

    /// `X said the U.S. "clearly" needed …`: a quoted modifier after the speech verb of its own
    /// sentence, one that reports a clause, is that speaker's word, not a scare quote (`the letter
    /// opposed the "zero tolerance" policy` names the policy: `opposed` reports its object).
    private func followsSpeechCue(_ index: Int, attribution: Attribution?, in context: QuoteContext) -> Bool {
        let opening = context.quotations[index].openingMark.lowerBound
        guard let cue = attribution?.cue, cue.upperBound <= opening,
            context.sentenceOfToken[cue.lowerBound] == context.sentenceOfToken[opening],
            let cueIndex = Optional(context.cueStartingAt[cue.lowerBound]), cueIndex >= 0
        else { return false }
        let sense = context.cues[cueIndex].sense
        return sense.kind == .speech && sense.complement != .object
    }

    /// `"Face the Nation"`, `"13th"`: short, with every longer word capitalized, and no sentence inside.
    /// The period of the sentence a title ends may sit inside the marks when the title follows a word
    /// (`said on "Fox and Friends."`), not when the quotation is a sentence of its own (`"We're America."`).
    func isTitle(_ index: Int, in context: QuoteContext) -> Bool {
        let quotation = context.quotations[index]
        let content = quotation.content
        guard context.wordCount(content) <= Self.maximumNameWords, let last = content.last,
            !context.tokens[content.dropLast()].contains(where: { Self.isSentenceEnd($0.text) })
        else { return false }
        if Self.isSentenceEnd(context.tokens[last].text) {
            let opening = quotation.openingMark.lowerBound
            guard context.tokens[last].text == ".", opening > 0, context.tokens[opening - 1].kind == .word,
                context.tokens[content].contains(where: { $0.kind == .word && QuoteContext.hasFourCharacters($0.text) })
            else { return false }
        }
        return context.tokens[content].allSatisfy { token in
            token.kind != .word || !QuoteContext.hasFourCharacters(token.text) || !CueFinder.isLowercase(token.text)
        }
    }

    /// Partial: a fragment worked into the narrative's sentence (`called it "a disaster"`); direct otherwise.
    func type(of index: Int, in context: QuoteContext) -> QuoteType {
        let quotation = context.quotations[index]
        guard let first = quotation.content.first(where: { context.tokens[$0].kind == .word || context.tokens[$0].kind == .number })
        else { return .partial }
        if CueFinder.isLowercase(context.tokens[first].text) { return .partial }
        let opening = quotation.openingMark.lowerBound
        let opensSentence = opening == 0 || context.sentence(of: opening).lowerBound == opening
            || [":", ",", "\u{2014}", "-", "--", "("].contains(context.tokens[opening - 1].text)
            || quotation.continuesPreviousParagraph
        let endsSentence = context.tokens[quotation.content].contains { Self.isSentenceEnd($0.text) }
        return opensSentence || endsSentence ? .direct : .partial
    }

    /// `.`, `?` or `!` (a switch: this runs on every token of every quotation).
    static func isSentenceEnd(_ text: String) -> Bool {
        switch text {
        case ".", "?", "!": true
        default: false
        }
    }
}

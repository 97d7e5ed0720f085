/// Finds paragraphs that open with a speaker label and a colon and go on without
/// double quotation marks: headlines (`Moss: Bridge will reopen in May`, and in single
/// marks, a direct quote: `Moss: ‘We will rebuild it.’`) and interview transcripts
/// (`Q: Why did you run?`, `TAPPER: And you support him?`). The label is the speaker,
/// the colon the cue, the rest of the paragraph the report.
struct LabeledParagraphFinder: Sendable {
    /// The longest label, in words (`Former Gov. Ada Moss`).
    static let maximumLabelWords = 4
    /// A report has at least this many words (`Moss: Not yet` is a slogan, not a report).
    static let minimumWords = 4

    func find(in context: QuoteContext) -> [Report] {
        var found: [Report] = []
        // Built at the first label: most documents have none.
        var speakerWords: Set<String>?
        for (index, sentence) in context.sentences.enumerated()
        where index == 0 || context.sentences[index - 1].paragraph != sentence.paragraph {
            guard let colon = labelEnd(in: sentence.tokens, context: context) else { continue }
            if speakerWords == nil, !context.entities.isEmpty { speakerWords = context.personOrOrganizationWords() }
            guard namesSpeaker(sentence.tokens.lowerBound..<colon, namedWords: speakerWords, in: context) else { continue }
            var end = sentence.tokens.upperBound
            for next in context.sentences[(index + 1)...] {
                guard next.paragraph == sentence.paragraph else { break }
                end = next.tokens.upperBound
            }
            while end > colon + 1, context.tokens[end - 1].kind == .punctuation { end -= 1 }
            var content = colon + 1..<end
            let quoted = singleQuoted(content, in: context)
            if let quoted { content = quoted }
            guard content.count > 0, context.tokens[content.lowerBound].kind != .quotationMark,
                context.wordCount(content) >= Self.minimumWords,
                !content.contains(where: { context.quotationOfToken[$0] >= 0 })
            else { continue }
            found.append(Report(
                content: content,
                attribution: Attribution(speaker: sentence.tokens.lowerBound..<colon, cue: colon..<colon + 1,
                                         rule: "speaker-label-paragraph", confidence: 0.6),
                type: quoted == nil ? .indirect : .direct))
        }
        return found
    }

    /// `Moss: ‘We will rebuild the bridge.’`: headlines quote in single marks; the words inside them.
    private func singleQuoted(_ content: Range<Int>, in context: QuoteContext) -> Range<Int>? {
        guard content.count > 2, let first = content.first, let last = content.last,
            Self.opensSingleQuote.contains(context.tokens[first].text), Self.closesSingleQuote.contains(context.tokens[last].text),
            !content.dropFirst().dropLast().contains(where: { context.tokens[$0].kind == .quotationMark })
        else { return nil }
        return first + 1..<last
    }

    private static let opensSingleQuote: Set<String> = ["\u{2018}", "'"]
    private static let closesSingleQuote: Set<String> = ["\u{2019}", "'"]

    /// A label names someone: a word of a person or organization the entity stage found anywhere in the
    /// document (`Moss:` when the story names Ada Moss, `AP:`), a nominal speaker (`Poll:`, `Insiders:`), or
    /// a transcript's capitals or letter (`TAPPER:`, `Q:`); not a page's section (`Security: Stay up to date
    /// on …`). Without an entity stage every label counts.
    private func namesSpeaker(_ label: Range<Int>, namedWords named: Set<String>?, in context: QuoteContext) -> Bool {
        guard let named else { return true }
        let words = label.filter { context.tokens[$0].kind == .word }
        guard let last = words.last else { return false }
        return words.contains { named.contains(context.words[$0]) } || context.phrases.lexicon.isNominalHead(context.words[last])
            || words.allSatisfy { !context.tokens[$0].text.unicodeScalars.contains { $0.properties.isLowercase } }
    }

    /// The colon after a label of capitalized words (abbreviation periods and `'s` allowed) opening a paragraph.
    private func labelEnd(in sentence: Range<Int>, context: QuoteContext) -> Int? {
        var words = 0
        var index = sentence.lowerBound
        while index < sentence.upperBound, words <= Self.maximumLabelWords {
            let token = context.tokens[index]
            if token.text == ":" { return words > 0 ? index : nil }
            if context.phrases.isCapitalized(index) {
                words += 1
            } else if token.text != "." && !context.phrases.isPossessive(index) {
                return nil
            }
            index += 1
        }
        return nil
    }
}

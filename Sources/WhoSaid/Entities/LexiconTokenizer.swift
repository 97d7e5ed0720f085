/// Splits lexicon phrases into tokens exactly as documents are split (same
/// stages, same conventions: `U.S.` keeps its period, `Macy's` is `Macy` `'s`),
/// so a lexicon phrase and its occurrence in a text match token for token.
struct LexiconTokenizer: Sendable {
    private let paragraphs: ParagraphStage
    private let tokens: TokenStage

    init(resources: ResourceStore) throws(WhoSaidError) {
        var paragraphOptions = StageOptions.defaults(for: ParagraphStage.name, resources: resources)
        var tokenOptions = StageOptions.defaults(for: TokenStage.name, resources: resources)
        paragraphs = try ParagraphStage(options: &paragraphOptions)
        tokens = try TokenStage(options: &tokenOptions)
    }

    /// The token texts of each phrase, in order. Phrases must be single non-blank lines.
    /// All phrases go through the tokenizer as one text (one line each), which is far
    /// faster than one ICU run per phrase.
    func tokenize(_ phrases: [String]) throws(WhoSaidError) -> [[String]] {
        var document = Document(id: "lexicon phrases", text: phrases.joined(separator: "\n"))
        try paragraphs.process(&document)
        try tokens.process(&document)
        precondition(document.paragraphs.count == phrases.count, "a lexicon phrase is blank or spans lines")
        var result: [[String]] = []
        result.reserveCapacity(phrases.count)
        var tokenIndex = 0
        for paragraph in document.paragraphs {
            var phraseTokens: [String] = []
            while tokenIndex < document.tokens.count, document.tokens[tokenIndex].span.end <= paragraph.span.end {
                phraseTokens.append(document.tokens[tokenIndex].text)
                tokenIndex += 1
            }
            result.append(phraseTokens)
        }
        return result
    }
}

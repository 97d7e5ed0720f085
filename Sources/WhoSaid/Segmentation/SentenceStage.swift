/// Splits paragraphs into sentences with ICU's sentence break iterator and its
/// English abbreviation suppressions (`en_US@ss=standard`), then mends the
/// breaks news text gets wrong:
/// - after a title abbreviation ICU does not know (`Sen.`, `Gov.`, `Dr.`) or an initial (`J. K. Rowling`);
/// - after a prefix abbreviation (`U.S. Customs`) unless the next word typically opens a sentence;
/// - before a lowercase word (`"Why?" he asked.`);
/// - around pieces with no word at all (a lone quotation mark never is a sentence).
/// A paragraph boundary always ends a sentence.
public struct SentenceStage: Stage {
    public static let name = "sentences"
    public static let requires: Set<Layer> = [.paragraphs, .tokens]
    public static let provides: Set<Layer> = [.sentences]

    private let template: BreakIteratorTemplate
    private let abbreviations: Abbreviations
    private let sentenceOpeners: Set<String>

    public init(options: inout StageOptions) throws(WhoSaidError) {
        template = try BreakIteratorTemplate(
            .sentence, locale: try options.string("locale", default: "en_US@ss=standard"))
        abbreviations = try Abbreviations(try options.lexicon("abbreviations", default: "segmentation/abbreviations.tsv"))
        let openers = try options.lexicon("sentence-openers", default: "segmentation/sentence-openers.txt")
        sentenceOpeners = Set(try openers.uniqueRows(columns: ["word"]).map { $0.fields[0] })
    }

    public func process(_ document: inout Document) throws(WhoSaidError) {
        let text = document.text
        let tokens = document.tokens
        var sentences: [Sentence] = []
        var tokenIndex = 0
        for (paragraphIndex, paragraph) in document.paragraphs.enumerated() {
            if paragraphIndex % 256 == 255 { try document.checkDeadline(in: Self.name) }
            let start16 = text.utf16Offset(codePoint: paragraph.span.start)
            let end16 = text.utf16Offset(codePoint: paragraph.span.end)
            let iterator = try template.iterator(over: text.utf16[start16..<end16])
            // Group the paragraph's tokens by the ICU segment they start in.
            var groups: [Range<Int>] = []
            for (offset, _) in iterator {
                let boundary = text.codePointOffset(utf16: start16 + offset)
                let first = tokenIndex
                while tokenIndex < tokens.count, tokens[tokenIndex].span.start < boundary { tokenIndex += 1 }
                if tokenIndex > first { groups.append(first..<tokenIndex) }
            }
            for group in mend(groups, tokens: tokens) {
                let span = Span(start: tokens[group.lowerBound].span.start, end: tokens[group.upperBound - 1].span.end)
                sentences.append(Sentence(span: span, tokens: group, paragraph: paragraphIndex))
            }
        }
        document.sentences = sentences
    }

    /// Joins ICU segments that news conventions say belong together.
    func mend(_ groups: [Range<Int>], tokens: [Token]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for group in groups {
            if let previous = result.last, belongTogether(previous, group, tokens: tokens) {
                result[result.count - 1] = previous.lowerBound..<group.upperBound
            } else {
                result.append(group)
            }
        }
        return result
    }

    private func belongTogether(_ previous: Range<Int>, _ next: Range<Int>, tokens: [Token]) -> Bool {
        func hasWords(_ range: Range<Int>) -> Bool {
            tokens[range].contains { $0.kind == .word || $0.kind == .number || $0.kind == .link }
        }
        guard hasWords(previous), hasWords(next) else { return true }
        guard let firstWord = tokens[next].first(where: { $0.kind != .quotationMark && $0.kind != .punctuation })
        else { return true }
        if Self.startsLowercase(firstWord.text) { return true }
        switch abbreviations.kind(of: tokens[previous.upperBound - 1].text) {
        case .title: return firstWord.kind == .word || firstWord.kind == .number
        case .prefix: return firstWord.kind == .word && !sentenceOpeners.contains(firstWord.text)
        case .other, nil: return false
        }
    }

    /// A word in lowercase that is not a brand spelled with an inner capital (`iPhone`, `eBay`).
    static func startsLowercase(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.properties.isLowercase else { return false }
        return !word.unicodeScalars.dropFirst().contains { $0.properties.isUppercase }
    }
}

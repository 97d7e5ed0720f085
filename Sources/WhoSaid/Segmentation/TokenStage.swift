/// Splits paragraphs into tokens with ICU's word break iterator, keeping its
/// rule status (word, number, other), then applies the news conventions that
/// the entity tagger and quote finder expect (those of the Penn Treebank and
/// CoNLL-2003): abbreviations keep their period (`Mr.`, `U.S.`, `J.`),
/// hyphenated words stay whole, possessive `'s` is a token of its own, and
/// URLs and e-mail addresses are single tokens. Quotation marks are always
/// tokens of their own; white space is never a token.
public struct TokenStage: Stage {
    public static let name = "tokens"
    public static let requires: Set<Layer> = [.paragraphs]
    public static let provides: Set<Layer> = [.tokens]

    private let template: BreakIteratorTemplate
    private let abbreviations: Abbreviations

    public init(options: inout StageOptions) throws(WhoSaidError) {
        template = try BreakIteratorTemplate(.word, locale: try options.string("locale", default: "en_US"))
        abbreviations = try Abbreviations(try options.lexicon("abbreviations", default: "segmentation/abbreviations.tsv"))
    }

    public func process(_ document: inout Document) throws(WhoSaidError) {
        let text = document.text
        guard text.utf16.count < Int(Int32.max) else {
            throw .document(id: document.id, message: "text too long for ICU (\(text.utf16.count) UTF-16 units)")
        }
        let conventions = NewsTokenConventions(abbreviations: abbreviations)
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf16.count / 5)
        for (paragraphIndex, paragraph) in document.paragraphs.enumerated() {
            if paragraphIndex % 256 == 255 { try document.checkDeadline(in: Self.name) }
            let start16 = text.utf16Offset(codePoint: paragraph.span.start)
            let end16 = text.utf16Offset(codePoint: paragraph.span.end)
            var previous = 0
            for (offset, status) in try template.iterator(over: text.utf16[start16..<end16]) {
                defer { previous = offset }
                let span = Span(
                    start: text.codePointOffset(utf16: start16 + previous),
                    end: text.codePointOffset(utf16: start16 + offset))
                let range = (start16 + previous)..<(start16 + offset)
                if status < 100 && DocumentText.isWhitespace(text.utf16[range.lowerBound]) { continue }
                let piece = text.string(utf16: range)
                conventions.append(Token(span: span, kind: Self.kind(of: piece, status: status), text: piece), to: &tokens)
            }
        }
        conventions.merge(&tokens)
        document.tokens = tokens
    }

    /// Token kind from ICU's word rule status (white space is filtered out before).
    static func kind(of piece: String, status: Int32) -> Token.Kind {
        switch status {
        case 100..<200: return .number
        case 200..<500: return .word
        default: break
        }
        let scalars = piece.unicodeScalars
        let first = scalars.first!
        if scalars.index(after: scalars.startIndex) == scalars.endIndex && QuotationMarks.all.contains(first) {
            return .quotationMark
        }
        switch first.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        default:
            return .symbol
        }
    }
}

/// Characters that can open or close a quotation (apostrophes included: the
/// quote stage tells them apart by context).
public enum QuotationMarks {
    public static let all: Set<Unicode.Scalar> = [
        "\"", "'", "`", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{201A}", "\u{201E}", "\u{201F}",
        "\u{00AB}", "\u{00BB}", "\u{2039}", "\u{203A}", "\u{FF02}", "\u{300C}", "\u{300D}", "\u{300E}", "\u{300F}",
    ]
}

/// Splits the text into paragraphs. News text separates paragraphs by line
/// breaks (single or blank lines), so every line break ends one; surrounding
/// white space is trimmed and blank lines yield nothing.
public struct ParagraphStage: Stage {
    public static let name = "paragraphs"
    public static let requires: Set<Layer> = []
    public static let provides: Set<Layer> = [.paragraphs]

    public init(options: inout StageOptions) throws(WhoSaidError) {}

    public func process(_ document: inout Document) throws(WhoSaidError) {
        var paragraphs: [Paragraph] = []
        var contentStart: Int?  // first non-space code point of the current line
        var contentEnd = 0  // end of its last non-space code point
        var codePoint = 0
        for unit in document.text.utf16 {
            // The trailing half of a surrogate pair belongs to the code point its lead started.
            if UTF16.isTrailSurrogate(unit) { continue }
            if Self.isLineBreak(unit) {
                if let start = contentStart { paragraphs.append(Paragraph(span: Span(start: start, end: contentEnd))) }
                contentStart = nil
            } else if !DocumentText.isWhitespace(unit) {
                if contentStart == nil { contentStart = codePoint }
                contentEnd = codePoint + 1
            }
            codePoint += 1
        }
        if let start = contentStart { paragraphs.append(Paragraph(span: Span(start: start, end: contentEnd))) }
        document.paragraphs = paragraphs
    }

    static func isLineBreak(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}

/// A stretch of text between a pair of double quotation marks, within one paragraph.
struct Quotation: Hashable, Sendable {
    /// Token indices of the opening mark (two tokens for ``` `` ``` and `''`).
    var openingMark: Range<Int>
    /// Token indices of the closing mark; nil when the paragraph ends first.
    var closingMark: Range<Int>?
    /// The tokens between the marks.
    var content: Range<Int>
    var paragraph: Int
    /// The paragraph ends inside the quotation and the next one reopens it (news style).
    var continuesInNextParagraph = false
    /// This quotation reopens one left open at the end of the previous paragraph.
    var continuesPreviousParagraph = false
}

/// Pairs double quotation marks by context, never by counting, one paragraph
/// at a time: a mark with a space before and a word after opens, one after a
/// word and before a space or punctuation closes. Directed marks (`“ ” „ « »`,
/// ``` `` ```) say which side they are on, except where scraped text mixes them up
/// (`“…“`, `”…”`). Single marks (`‘ ’ '`) are never paired: they nest inside double
/// quotes or are apostrophes (`employees'`, `'70s`, `rock 'n' roll`). A stray mark
/// costs at most the quotation it would have opened: an opening mark inside an open
/// quotation ends it there, a closing mark with nothing open is ignored, and a
/// paragraph end closes whatever is open. Linear in the number of tokens.
struct QuotationScanner: Sendable {
    enum Glyph: Equatable {
        /// `"` and `''`: the side comes from the context.
        case straight
        /// `“` and ``` `` ```.
        case leftDouble
        /// `”`.
        case rightDouble
        /// `„`, closed by `“` (German).
        case lowDouble
        case leftGuillemet, rightGuillemet
    }

    struct Mark {
        var tokens: Range<Int>
        var glyph: Glyph
        var spaceBefore: Bool
        var spaceAfter: Bool
        var punctuationBefore: Bool
        var punctuationAfter: Bool

        /// Next to a word on its right and not glued to a word on its left (CommonMark's flanking rules).
        var leftFlanking: Bool { !spaceAfter && (!punctuationAfter || spaceBefore || punctuationBefore) }
        var rightFlanking: Bool { !spaceBefore && (!punctuationBefore || spaceAfter || punctuationAfter) }
        var onlyLeftFlanking: Bool { leftFlanking && !rightFlanking }
        var onlyRightFlanking: Bool { rightFlanking && !leftFlanking }
    }

    enum Role { case open, close, ignore }

    func scan(_ document: Document) -> [Quotation] {
        let tokens = document.tokens
        var quotations: [Quotation] = []
        var tokenIndex = 0
        var carriedOver = false
        for (paragraphIndex, paragraph) in document.paragraphs.enumerated() {
            let first = tokenIndex
            while tokenIndex < tokens.count, tokens[tokenIndex].span.start < paragraph.span.end { tokenIndex += 1 }
            let range = first..<tokenIndex
            var open: Mark?
            var reopened = carriedOver
            carriedOver = false
            func emit(_ opening: Mark, closing: Mark?, end: Int) {
                quotations.append(Quotation(
                    openingMark: opening.tokens, closingMark: closing?.tokens,
                    content: opening.tokens.upperBound..<end, paragraph: paragraphIndex,
                    continuesPreviousParagraph: reopened))
                reopened = false
            }
            var index = range.lowerBound
            while index < range.upperBound {
                guard let mark = Self.mark(at: index, in: tokens, paragraph: range) else {
                    index += 1
                    continue
                }
                index = mark.tokens.upperBound
                switch Self.role(of: mark, open: open?.glyph) {
                case .open:
                    if let previous = open { emit(previous, closing: nil, end: mark.tokens.lowerBound) }
                    open = mark
                case .close:
                    // An empty pair (`""`) quotes nothing; skipping it keeps a run of marks from costing a quotation per pair.
                    if let opening = open, opening.tokens.upperBound < mark.tokens.lowerBound {
                        emit(opening, closing: mark, end: mark.tokens.lowerBound)
                    }
                    open = nil
                case .ignore:
                    break
                }
            }
            if let opening = open {
                emit(opening, closing: nil, end: range.upperBound)
                if reopensQuotation(at: tokenIndex, in: tokens, paragraphs: document.paragraphs, after: paragraphIndex) {
                    quotations[quotations.count - 1].continuesInNextParagraph = true
                    carriedOver = true
                }
            }
        }
        return quotations
    }

    /// Whether the paragraph after `paragraphIndex` starts with an opening double mark.
    private func reopensQuotation(at tokenIndex: Int, in tokens: [Token], paragraphs: [Paragraph], after paragraphIndex: Int) -> Bool {
        guard paragraphIndex + 1 < paragraphs.count, tokenIndex < tokens.count else { return false }
        let next = paragraphs[paragraphIndex + 1].span
        var end = tokenIndex
        while end < tokens.count, end < tokenIndex + 3, tokens[end].span.start < next.end { end += 1 }
        guard let mark = Self.mark(at: tokenIndex, in: tokens, paragraph: tokenIndex..<end) else { return false }
        return Self.role(of: mark, open: nil) == .open
    }

    static func role(of mark: Mark, open: Glyph?) -> Role {
        switch mark.glyph {
        case .straight:
            if mark.onlyLeftFlanking { return .open }
            if mark.onlyRightFlanking { return .close }
            return open == nil ? .open : .close
        case .leftDouble:
            // `„…“`, and scraped `“…“` where the second mark is glued to the quoted words.
            if open == .lowDouble || (open != nil && mark.onlyRightFlanking) { return .close }
            return .open
        case .rightDouble, .rightGuillemet:
            if open != nil { return .close }
            return mark.onlyLeftFlanking ? .open : .ignore
        case .lowDouble:
            return .open
        case .leftGuillemet:
            return open == .rightGuillemet ? .close : .open
        }
    }

    /// The double quotation mark starting at token `index`, if any.
    static func mark(at index: Int, in tokens: [Token], paragraph: Range<Int>) -> Mark? {
        // Asked of every token: test the kind before copying the token.
        guard tokens[index].kind == .quotationMark else { return nil }
        let token = tokens[index]
        guard let scalar = token.text.unicodeScalars.first else { return nil }
        var end = index + 1
        let glyph: Glyph
        switch scalar {
        case "\"", "\u{FF02}": glyph = .straight
        case "\u{201C}": glyph = .leftDouble
        case "\u{201D}": glyph = .rightDouble
        case "\u{201E}": glyph = .lowDouble
        case "\u{00AB}": glyph = .leftGuillemet
        case "\u{00BB}": glyph = .rightGuillemet
        case "'", "`":
            // Two single marks glued together stand for one double mark: `''` and ``` `` ```.
            guard end < paragraph.upperBound, tokens[end].kind == .quotationMark, tokens[end].text == token.text,
                tokens[end].span.start == token.span.end
            else { return nil }
            end += 1
            glyph = scalar == "'" ? .straight : .leftDouble
        default:
            return nil
        }
        let previous = index > paragraph.lowerBound ? tokens[index - 1] : nil
        let next = end < paragraph.upperBound ? tokens[end] : nil
        return Mark(
            tokens: index..<end, glyph: glyph,
            spaceBefore: previous.map { $0.span.end < token.span.start } ?? true,
            spaceAfter: next.map { $0.span.start > tokens[end - 1].span.end } ?? true,
            punctuationBefore: previous.map(Self.isPunctuation) ?? false,
            punctuationAfter: next.map(Self.isPunctuation) ?? false)
    }

    private static func isPunctuation(_ token: Token) -> Bool {
        token.kind == .punctuation || token.kind == .quotationMark || token.kind == .symbol
    }
}

/// Re-joins and splits ICU word segments into the token conventions of news
/// corpora (Penn Treebank, CoNLL-2003). Possessives are split as tokens are
/// appended; the merges then rewrite the one token array in place (a merge
/// only shortens it), so a document's tokens exist once, never as a copy per
/// pass. Each pass is linear in the token count.
struct NewsTokenConventions {
    let abbreviations: Abbreviations

    /// Appends an ICU segment, split when it is a possessive: `Trump's` → `Trump` `'s`
    /// (also with a typographic apostrophe).
    func append(_ token: Token, to tokens: inout [Token]) {
        guard token.kind == .word, let suffixBytes = Self.possessiveSuffixBytes(token.text), token.span.length > 2 else {
            tokens.append(token)
            return
        }
        let utf8 = Array(token.text.utf8)
        let cut = token.span.end - 2
        tokens.append(Token(span: Span(start: token.span.start, end: cut), kind: .word,
                            text: String(decoding: utf8.dropLast(suffixBytes), as: UTF8.self)))
        tokens.append(Token(span: Span(start: cut, end: token.span.end), kind: .word,
                            text: String(decoding: utf8.suffix(suffixBytes), as: UTF8.self)))
    }

    /// The merges, in order, over tokens built by `append`.
    func merge(_ tokens: inout [Token]) {
        mergeAbbreviations(&tokens)
        mergeHyphenated(&tokens)
        mergeLinks(&tokens)
    }

    /// The UTF-8 length of a final `'s` or `’s`, if the word ends with one.
    static func possessiveSuffixBytes(_ word: String) -> Int? {
        var bytes = word.utf8.reversed().makeIterator()
        guard let s = bytes.next(), s == UInt8(ascii: "s") || s == UInt8(ascii: "S"), let mark = bytes.next() else { return nil }
        if mark == UInt8(ascii: "'") { return 2 }
        // U+2019 is E2 80 99.
        return mark == 0x99 && bytes.next() == 0x80 && bytes.next() == 0xE2 ? 4 : nil
    }

    /// `Mr` `.` → `Mr.`; `U.S` `.` → `U.S.`; `J` `.` → `J.` (initials).
    func mergeAbbreviations(_ tokens: inout [Token]) {
        var kept = 0
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.kind == .word, index + 1 < tokens.count, tokens[index + 1].text == ".",
                tokens[index + 1].span.start == token.span.end, abbreviations.takesPeriod(token.text)
            {
                tokens[kept] = Token(span: Span(start: token.span.start, end: token.span.end + 1),
                                     kind: .word, text: token.text + ".")
                index += 2
            } else {
                tokens[kept] = token
                index += 1
            }
            kept += 1
        }
        tokens.removeLast(tokens.count - kept)
    }

    /// `cloud` `-` `computing` → `cloud-computing` when nothing separates them.
    func mergeHyphenated(_ tokens: inout [Token]) {
        var kept = 0
        for index in tokens.indices {
            let token = tokens[index]
            if token.kind == .word || token.kind == .number, kept >= 2,
                case let hyphen = tokens[kept - 1], Self.isHyphen(hyphen.text),
                hyphen.span.end == token.span.start,
                case let head = tokens[kept - 2], head.kind == .word || head.kind == .number,
                head.span.end == hyphen.span.start, !head.text.hasSuffix(".")
            {
                tokens[kept - 2] = Token(span: Span(start: head.span.start, end: token.span.end),
                                         kind: head.kind == .number && token.kind == .number ? .number : .word,
                                         text: head.text + hyphen.text + token.text)
                kept -= 1
            } else {
                tokens[kept] = token
                kept += 1
            }
        }
        tokens.removeLast(tokens.count - kept)
    }

    private static func isHyphen(_ text: String) -> Bool {
        text == "-" || text == "\u{2010}" || text == "\u{2011}"
    }

    /// A run of tokens with no space between them that reads as a URL or an
    /// e-mail address becomes one `link` token.
    func mergeLinks(_ tokens: inout [Token]) {
        var kept = 0
        var runStart = 0
        while runStart < tokens.count {
            var runEnd = runStart + 1
            while runEnd < tokens.count, tokens[runEnd].span.start == tokens[runEnd - 1].span.end { runEnd += 1 }
            mergeLink(in: runStart..<runEnd, of: &tokens, keptBefore: &kept)
            runStart = runEnd
        }
        tokens.removeLast(tokens.count - kept)
    }

    /// Moves a run down to `kept` (never past its own start), its link merged into one token.
    private func mergeLink(in run: Range<Int>, of tokens: inout [Token], keptBefore kept: inout Int) {
        func keep(_ range: Range<Int>) {
            for index in range {
                tokens[kept] = tokens[index]
                kept += 1
            }
        }
        guard run.contains(where: { Self.mayBePartOfLink(tokens[$0]) }) else { return keep(run) }
        // Leading and trailing punctuation (brackets, quotes, a final period) stays outside the link.
        var first = run.lowerBound
        while first < run.upperBound, tokens[first].kind != .word, tokens[first].kind != .number { first += 1 }
        var last = run.upperBound
        while last > first, tokens[last - 1].kind != .word, tokens[last - 1].kind != .number, tokens[last - 1].text != "/" {
            last -= 1
        }
        let text = (first..<last).map { tokens[$0].text }.joined()
        guard first < last, Self.looksLikeLink(text) else { return keep(run) }
        let link = Token(span: Span(start: tokens[first].span.start, end: tokens[last - 1].span.end), kind: .link, text: text)
        keep(run.lowerBound..<first)
        tokens[kept] = link
        kept += 1
        keep(last..<run.upperBound)
    }

    /// A cheap filter before building a run's text: links contain `:`, `@` or start with `www`.
    private static func mayBePartOfLink(_ token: Token) -> Bool {
        token.kind != .quotationMark && token.text.utf8.contains { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "@") }
            || token.text.hasPrefix("www")
    }

    static func looksLikeLink(_ text: String) -> Bool {
        let lower = text.lowercased()
        for scheme in ["http://", "https://", "ftp://", "www."] where lower.hasPrefix(scheme) {
            return lower.count > scheme.count + 2
        }
        let parts = lower.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, let dot = parts[1].lastIndex(of: ".") else { return false }
        return dot != parts[1].startIndex && parts[1].index(after: dot) != parts[1].endIndex
    }
}

/// Re-joins and splits ICU word segments into the token conventions of news
/// corpora (Penn Treebank, CoNLL-2003). Each pass is linear in the token count.
struct NewsTokenConventions {
    let abbreviations: Abbreviations

    func apply(to tokens: [Token]) -> [Token] {
        mergeLinks(mergeHyphenated(mergeAbbreviations(splitPossessives(tokens))))
    }

    /// `Trump's` → `Trump` `'s` (also with a typographic apostrophe).
    func splitPossessives(_ tokens: [Token]) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(tokens.count + tokens.count / 20)
        for token in tokens {
            guard token.kind == .word, let suffixBytes = Self.possessiveSuffixBytes(token.text), token.span.length > 2 else {
                result.append(token)
                continue
            }
            let utf8 = Array(token.text.utf8)
            let cut = token.span.end - 2
            result.append(Token(span: Span(start: token.span.start, end: cut), kind: .word,
                                text: String(decoding: utf8.dropLast(suffixBytes), as: UTF8.self)))
            result.append(Token(span: Span(start: cut, end: token.span.end), kind: .word,
                                text: String(decoding: utf8.suffix(suffixBytes), as: UTF8.self)))
        }
        return result
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
    func mergeAbbreviations(_ tokens: [Token]) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.kind == .word, index + 1 < tokens.count, tokens[index + 1].text == ".",
                tokens[index + 1].span.start == token.span.end, abbreviations.takesPeriod(token.text)
            {
                result.append(Token(span: Span(start: token.span.start, end: token.span.end + 1),
                                    kind: .word, text: token.text + "."))
                index += 2
            } else {
                result.append(token)
                index += 1
            }
        }
        return result
    }

    /// `cloud` `-` `computing` → `cloud-computing` when nothing separates them.
    func mergeHyphenated(_ tokens: [Token]) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        for token in tokens {
            if token.kind == .word || token.kind == .number, result.count >= 2,
                case let hyphen = result[result.count - 1], Self.isHyphen(hyphen.text),
                hyphen.span.end == token.span.start,
                case let head = result[result.count - 2], head.kind == .word || head.kind == .number,
                head.span.end == hyphen.span.start, !head.text.hasSuffix(".")
            {
                result.removeLast(2)
                result.append(Token(span: Span(start: head.span.start, end: token.span.end),
                                    kind: head.kind == .number && token.kind == .number ? .number : .word,
                                    text: head.text + hyphen.text + token.text))
            } else {
                result.append(token)
            }
        }
        return result
    }

    private static func isHyphen(_ text: String) -> Bool {
        text == "-" || text == "\u{2010}" || text == "\u{2011}"
    }

    /// A run of tokens with no space between them that reads as a URL or an
    /// e-mail address becomes one `link` token.
    func mergeLinks(_ tokens: [Token]) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        var runStart = 0
        while runStart < tokens.count {
            var runEnd = runStart + 1
            while runEnd < tokens.count, tokens[runEnd].span.start == tokens[runEnd - 1].span.end { runEnd += 1 }
            appendRun(tokens[runStart..<runEnd], to: &result)
            runStart = runEnd
        }
        return result
    }

    private func appendRun(_ run: ArraySlice<Token>, to result: inout [Token]) {
        guard run.contains(where: Self.mayBePartOfLink) else {
            result.append(contentsOf: run)
            return
        }
        // Leading and trailing punctuation (brackets, quotes, a final period) stays outside the link.
        var first = run.startIndex
        while first < run.endIndex, run[first].kind != .word, run[first].kind != .number { first += 1 }
        var last = run.endIndex
        while last > first, run[last - 1].kind != .word, run[last - 1].kind != .number, run[last - 1].text != "/" {
            last -= 1
        }
        let text = run[first..<last].map(\.text).joined()
        guard first < last, Self.looksLikeLink(text) else {
            result.append(contentsOf: run)
            return
        }
        result.append(contentsOf: run[run.startIndex..<first])
        result.append(Token(span: Span(start: run[first].span.start, end: run[last - 1].span.end), kind: .link, text: text))
        result.append(contentsOf: run[last..<run.endIndex])
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

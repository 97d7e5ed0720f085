/// A gold quote to match: its fragments and the speaker's (possibly none).
public struct GoldQuote: Sendable {
    public var fragments: Fragments
    public var source: Fragments
}

/// Derives the gold quotes of a PolNeAR document exactly as the reference
/// scorer (`shared/tools/score.py`) does; see its docstring for the rules.
public struct QuoteGold: Sendable {
    /// The document text as code points (offsets index into it).
    public let text: [Unicode.Scalar]

    public init(text: String) { self.text = Array(text.unicodeScalars) }

    static let whitespace: Set<Unicode.Scalar> = [" ", "\t", "\n", "\r", "\u{0C}", "\u{0B}", "\u{A0}"]
    static let stripped: Set<Unicode.Scalar> = whitespace.union([
        "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{AB}", "\u{BB}", "\u{2018}", "\u{2019}", "'", "`",
    ])

    /// Segments between double quotation marks over the whole text (marks excluded, untrimmed).
    func quotationSegments() -> [Span] {
        var segments: [Span] = []
        var open: Int?
        var position = 0
        while position < text.count {
            var mark = text[position]
            var width = 1
            if position + 1 < text.count {
                if text[position] == "'" && text[position + 1] == "'" {
                    (mark, width) = ("\"", 2)
                } else if text[position] == "`" && text[position + 1] == "`" {
                    (mark, width) = ("\u{201C}", 2)
                }
            }
            if mark == "\u{201C}" || (mark == "\"" && open == nil) {
                if let start = open { segments.append(Span(start: start, end: position)) }
                open = position + width
            } else if mark == "\u{201D}" || mark == "\"" {
                if let start = open { segments.append(Span(start: start, end: position)) }
                open = nil
            } else if mark == "\n", let start = open {
                segments.append(Span(start: start, end: position))
                open = nil
            }
            position += width
        }
        if let start = open { segments.append(Span(start: start, end: text.count)) }
        return segments
    }

    func trimmed(_ span: Span, removing characters: Set<Unicode.Scalar> = whitespace) -> Span {
        var start = span.start
        var end = span.end
        while start < end, characters.contains(text[start]) { start += 1 }
        while end > start, characters.contains(text[end - 1]) { end -= 1 }
        return Span(start: start, end: end)
    }

    /// Python's `\w`: letters, digits and the underscore.
    func hasWordCharacter(_ span: Span) -> Bool {
        text[span.start..<span.end].contains { $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_" }
    }

    /// Direct quotes: quotation segments clipped to each attribution's content; identical ones merged (innermost content wins).
    public func directQuotes(_ attributions: [BratAttribution]) -> [GoldQuote] {
        let segments = quotationSegments()
        var best: [Span: (size: Int, source: Fragments)] = [:]
        for attribution in attributions where !attribution.content.isEmpty {
            let size = attribution.content.reduce(0) { $0 + $1.length }
            for segment in segments {
                let pieces = attribution.content.compactMap { fragment -> Span? in
                    let start = max(segment.start, fragment.start)
                    let end = min(segment.end, fragment.end)
                    return end > start ? Span(start: start, end: end) : nil
                }
                guard let first = pieces.first, let last = pieces.last else { continue }
                let key = trimmed(Span(start: first.start, end: last.end))
                guard !key.isEmpty, hasWordCharacter(key) else { continue }
                if let known = best[key], known.size <= size { continue }
                best[key] = (size, attribution.source)
            }
        }
        return best.keys.sorted().map { GoldQuote(fragments: [$0], source: best[$0]!.source) }
    }

    /// All attributions with a content and a source, one per distinct content.
    public func allAttributions(_ attributions: [BratAttribution]) -> [GoldQuote] {
        var seen: Set<Fragments> = []
        return attributions.compactMap { attribution in
            guard !attribution.content.isEmpty, !attribution.source.isEmpty, seen.insert(attribution.content).inserted
            else { return nil }
            return GoldQuote(fragments: attribution.content, source: attribution.source)
        }
    }

    /// Fragments without quotation marks and white space at their outer ends.
    func strippedFragments(_ fragments: Fragments) -> Fragments {
        var result = fragments
        while let first = result.first {
            let span = trimmed(first, removing: Self.stripped)
            if !span.isEmpty {
                result[0] = Span(start: span.start, end: first.end)
                break
            }
            result.removeFirst()
        }
        while let last = result.last {
            let span = trimmed(last, removing: Self.stripped)
            if !span.isEmpty {
                result[result.count - 1] = Span(start: last.start, end: span.end)
                break
            }
            result.removeLast()
        }
        return result
    }
}

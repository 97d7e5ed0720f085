/// Where a reported clause without quotation marks ends: before `, while`,
/// `, and`, `, because`, `, according to`, a participle after a comma
/// (`, raising fears`), a semicolon, colon or dash (`quotes/clause-breaks.tsv`).
/// What follows is narrative or another report with its own cue.
struct ClauseBreaks: Sendable {
    enum Position: String, Sendable {
        case afterComma = "after-comma"
        case anywhere
    }

    /// Phrases by first word, longest first.
    private let phrasesByFirstWord: WordTable<[Phrase]>
    /// The first words of all breaks (`TokenClasses` marks the tokens that may start one).
    let firstWords: [String]

    private struct Phrase: Sendable {
        var words: [String]
        var position: Position
    }
    /// A clause keeps at least this many tokens before a break counts.
    static let minimumTokens = 3

    init(_ file: LexiconFile) throws(WhoSaidError) {
        var table: [String: [(words: [String], position: Position)]] = [:]
        for row in try file.uniqueRows(columns: ["phrase", "position"]) {
            guard let position = Position(rawValue: row.fields[1]) else {
                throw file.error(line: row.line, "position must be after-comma or anywhere, found '\(row.fields[1])'")
            }
            let words = row.fields[0].lowercased().split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            table[first, default: []].append((words, position))
        }
        firstWords = Array(table.keys)
        phrasesByFirstWord = WordTable(table.map { first, phrases in
            (first, phrases.sorted { $0.words.count > $1.words.count }.map { Phrase(words: $0.words, position: $0.position) })
        })
    }

    /// The end of the clause that starts at `start` and runs at most to `end`, before any comma at the break.
    func clauseEnd(from start: Int, to end: Int, in context: QuoteContext) -> Int {
        var clauseEnd = breakIndex(from: start, to: end, in: context)
        while clauseEnd > start + 1, context.tokens[clauseEnd - 1].text == "," { clauseEnd -= 1 }
        return clauseEnd
    }

    private func breakIndex(from start: Int, to end: Int, in context: QuoteContext) -> Int {
        var index = start + Self.minimumTokens
        while index < end {
            guard context.quotationOfToken[index] < 0 else {
                index += 1
                continue
            }
            let text = context.tokens[index].text
            if text == ";" || text == ":" || context.isDash(index) { return index }
            if text == ",", index + 1 < end {
                let next = index + 1
                if context.tokens[next].kind == .word, CueFinder.isLowercase(context.tokens[next].text),
                    context.words[next].hasSuffix("ing"), context.words[next].count > 5
                {
                    return index
                }
                if matches(at: next, to: end, position: .afterComma, in: context) { return index }
            }
            if context.tokens[index].kind == .word,
                matches(at: index, to: end, position: .anywhere, in: context)
            {
                return index
            }
            index += 1
        }
        return end
    }

    private func matches(at index: Int, to end: Int, position: Position, in context: QuoteContext) -> Bool {
        guard context.mayStartBreak[index], let candidates = phrasesByFirstWord[context.words[index]] else { return false }
        return candidates.contains { candidate in
            candidate.position == position && index + candidate.words.count <= end
                && (1..<candidate.words.count).allSatisfy { context.words[index + $0] == candidate.words[$0] }
        }
    }
}

/// Where a reported clause without quotation marks ends: before `, while`,
/// `, and`, `, because`, `according to`, a participle after a comma
/// (`, raising fears`, but not `, including`), a semicolon or colon (`quotes/clause-breaks.tsv`).
/// Dashes do not end it: news sets asides in pairs of them (`the plan - approved in May - is dead`).
/// What follows is narrative or another report with its own cue.
struct ClauseBreaks: Sendable {
    enum Position: String, Sendable {
        case afterComma = "after-comma"
        case anywhere
        /// Never a break, though it looks like one (`including` is a preposition, not a participle).
        case never
    }

    /// Phrases by first word, longest first.
    private let phrasesByFirstWord: WordTable<[Phrase]>
    /// The first words of all breaks (`TokenClasses` marks the tokens that may start one).
    let firstWords: [String]
    /// Words that never break a clause (position `never`).
    private let nonBreaking: Set<String>

    private struct Phrase: Sendable {
        var words: [String]
        var position: Position
    }
    /// A clause keeps at least this many tokens before a break counts.
    static let minimumTokens = 3

    init(_ file: LexiconFile) throws(WhoSaidError) {
        var table: [String: [(words: [String], position: Position)]] = [:]
        var never: Set<String> = []
        for row in try file.uniqueRows(columns: ["phrase", "position"]) {
            guard let position = Position(rawValue: row.fields[1]) else {
                throw file.error(line: row.line, "position must be after-comma, anywhere or never, found '\(row.fields[1])'")
            }
            let words = row.fields[0].lowercased().split(separator: " ").map(String.init)
            guard position != .never else {
                never.insert(row.fields[0].lowercased())
                continue
            }
            guard let first = words.first else { continue }
            table[first, default: []].append((words, position))
        }
        firstWords = Array(table.keys)
        nonBreaking = never
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
            if text == ";" || text == ":" { return index }
            if text == ",", index + 1 < end {
                let next = index + 1
                if context.tokens[next].kind == .word, CueFinder.isLowercase(context.tokens[next].text),
                    context.words[next].hasSuffix("ing"), context.words[next].count > 5, !nonBreaking.contains(context.words[next])
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

/// Where a reported clause without quotation marks ends: before `, while`,
/// `, and`, `according to`, a participle after a comma
/// (`, raising fears`, but not `, including`) or a semicolon (`quotes/clause-breaks.tsv`); a colon
/// does not: the clause goes on with what the colon announces (`X said there were two options: …`).
/// A dash ends it only when no other dash follows in its sentence (`X said the plan works - a claim
/// critics dispute`): news sets inner asides in pairs of them (`the plan - approved in May - is dead`).
/// A comma or a coordinator (`and`, `but`) before a finite cue verb ends it too: the verb is the
/// subject's next report (`X said the plan works and praised the mayor`, `…, said he was unaware`);
/// so does a coordinator before a participle speech cue (`…, praising the crews and calling for a bridge`),
/// but not before a verb of thought, which goes on with the report (`said she was elated but feared …`).
/// What follows is narrative or another report with its own cue.
struct ClauseBreaks: Sendable {
    enum Position: String, Sendable {
        case afterComma = "after-comma"
        case anywhere
        /// Never a break, though it looks like one (`including` is a preposition, not a participle).
        case never
        /// A break only right before a finite speech verb (`and said`, `but warned`) or its participle (`and calling for`).
        case beforeCue = "before-cue"
        /// A subordinator opening the sentence before the report's speaker: the report ends at the first
        /// comma, where the main clause starts (`While X said …, Y …`).
        case fronted
    }

    /// Phrases by first word, longest first.
    private let phrasesByFirstWord: WordTable<[Phrase]>
    /// The first words of all breaks (`TokenClasses` marks the tokens that may start one).
    let firstWords: [String]
    /// Words that never break a clause (position `never`).
    private let nonBreaking: Set<String>
    /// Words that break a clause right before a finite cue verb (position `before-cue`); asked of every
    /// word of a reported clause, so a `WordTable`.
    private let beforeCue: WordTable<Void>
    /// Subordinators whose fronted clause a report ends with (position `fronted`).
    private let frontedOpeners: Set<String>

    private struct Phrase: Sendable {
        var words: [String]
        var position: Position
    }
    /// A clause keeps at least this many tokens before a break counts.
    static let minimumTokens = 3

    init(_ file: LexiconFile) throws(WhoSaidError) {
        var table: [String: [(words: [String], position: Position)]] = [:]
        var never: Set<String> = []
        var coordinators: Set<String> = []
        var subordinators: Set<String> = []
        var lineOf: [String: Int] = [:]
        for row in try file.rows(columns: ["phrase", "position"]) {
            guard let position = Position(rawValue: row.fields[1]) else {
                throw file.error(
                    line: row.line, "position must be after-comma, anywhere, never, before-cue or fronted, found '\(row.fields[1])'")
            }
            // A phrase may break in several positions (`, and` and `and said`), each listed once.
            if let first = lineOf.updateValue(row.line, forKey: row.fields.joined(separator: "\t")) {
                throw file.error(line: row.line, "duplicate entry '\(row.fields[0])' as \(row.fields[1]) (first on line \(first))")
            }
            let words = row.fields[0].lowercased().split(separator: " ").map(String.init)
            switch position {
            case .never:
                never.insert(row.fields[0].lowercased())
                continue
            case .beforeCue:
                coordinators.insert(row.fields[0].lowercased())
                continue
            case .fronted:
                subordinators.insert(row.fields[0].lowercased())
                continue
            case .afterComma, .anywhere:
                break
            }
            guard let first = words.first else { continue }
            table[first, default: []].append((words, position))
        }
        firstWords = Array(table.keys)
        nonBreaking = never
        beforeCue = WordTable(words: coordinators)
        frontedOpeners = subordinators
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
        let loneDash = (start..<end).lazy.filter { context.isDash($0) }.count == 1
        while index < end {
            guard context.quotationOfToken[index] < 0 else {
                index += 1
                continue
            }
            let text = context.tokens[index].text
            if text == ";" || loneDash && context.isDash(index) { return index }
            if index + 1 < end, text == "," || beforeCue.contains(context.words[index]) {
                let verb = pastAuxiliaries(from: index + 1, to: end, in: context)
                // After a coordinator only a speech cue, finite or a participle, is the subject's next report
                // (`praising the crews and calling for a bridge`); a thought goes on with the report (`said she
                // was elated but still feared …`).
                if context.startsFiniteCue(at: verb) && (text == "," || startsSpeechCue(at: verb, in: context))
                    || text != "," && startsSpeechCue(at: index + 1, in: context) && context.cues[context.cueStartingAt[index + 1]].isParticiple
                {
                    return index
                }
            }
            if text == ",", index + 1 < end {
                let next = index + 1
                if context.tokens[next].kind == .word, CueFinder.isLowercase(context.tokens[next].text),
                    context.words[next].hasSuffix("ing"), context.words[next].count > 5, !nonBreaking.contains(context.words[next])
                {
                    return index
                }
                // `…, but that they then met`: a second `that` clause goes on with the same report, and so does one
                // whose relative clause is an aside (`that the mayor, who charges a lot, has lost money`).
                if matches(at: next, to: end, position: .afterComma, in: context),
                    next + 1 >= end || context.words[next + 1] != "that",
                    !context.phrases.isWhRelative(next) || !context.closesAside(openingAt: next, before: end)
                {
                    return index
                }
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

    private func startsSpeechCue(at index: Int, in context: QuoteContext) -> Bool {
        let cue = context.cueStartingAt[index]
        return cue >= 0 && context.cues[cue].sense.position == .verb && context.cues[cue].sense.kind == .speech
    }

    /// `and`, `but`, `while`: the coordinators of position `before-cue`, which open no report right after a cue.
    func isCoordinator(_ word: String) -> Bool {
        beforeCue.contains(word)
    }

    /// Whether a report whose sentence opens with `word` before its speaker ends with that fronted clause.
    func opensFrontedClause(_ word: String) -> Bool {
        frontedOpeners.contains(word)
    }

    /// The first token from `index` that is no auxiliary or adverb (`but has previously said`: `said`).
    private func pastAuxiliaries(from index: Int, to end: Int, in context: QuoteContext) -> Int {
        var index = index
        while index + 1 < end, context.phrases.isAuxiliaryOrAdverb(index) { index += 1 }
        return index
    }

    private func matches(at index: Int, to end: Int, position: Position, in context: QuoteContext) -> Bool {
        guard context.mayStartBreak[index], let candidates = phrasesByFirstWord[context.words[index]] else { return false }
        return candidates.contains { candidate in
            candidate.position == position && index + candidate.words.count <= end
                && (1..<candidate.words.count).allSatisfy { context.words[index + $0] == candidate.words[$0] }
        }
    }
}

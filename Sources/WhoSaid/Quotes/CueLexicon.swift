/// What a cue word or phrase tells about the speech it introduces.
public struct CueSense: Hashable, Sendable {
    public enum Kind: String, Sendable {
        /// Saying, writing, asking: `said`, `told`, `tweeted`.
        case speech
        /// Thinking and believing: `believes`, `worried`.
        case cognition
        /// Names the source without a verb: `according to`.
        case attribution
    }

    public enum Position: String, Sendable {
        /// The cue stands where a verb stands: its speaker is its subject (`X said`) or follows it (`said X`).
        case verb
        /// The cue precedes its source: `according to X`.
        case beforeSource = "before-source"
    }

    /// What a verb reports: a clause (`said (that) …`) or mostly its object (`endorsed Rubio`).
    public enum Complement: String, Sendable {
        case clause, object
    }

    public var lemma: String
    public var kind: Kind
    public var position: Position
    public var complement: Complement = .clause
}

/// Speech verbs (with their inflected forms) and multiword cue phrases, from
/// `quotes/speech-verbs.tsv` and `quotes/cue-phrases.tsv`. Lookups are by
/// lowercased token text; a phrase is a sequence of lowercased tokens.
public struct CueLexicon: Sendable {
    /// Every cue as its token sequence, keyed by its first token.
    private let cuesByFirstToken: WordTable<[CueEntry]>

    private struct CueEntry: Sendable {
        var tokens: [String]
        var sense: CueSense
    }

    public init(speechVerbs: LexiconFile, phrases: LexiconFile) throws(WhoSaidError) {
        var cues: [String: [(tokens: [String], sense: CueSense)]] = [:]
        func add(_ surface: String, _ sense: CueSense) {
            let tokens = surface.lowercased().split(separator: " ").map(String.init)
            guard let first = tokens.first else { return }
            cues[first, default: []].append((tokens, sense))
        }
        for row in try speechVerbs.uniqueRows(columns: ["lemma", "forms", "kind", "complement"]) {
            guard let kind = CueSense.Kind(rawValue: row.fields[2]), kind != .attribution else {
                throw speechVerbs.error(line: row.line, "kind must be speech or cognition, found '\(row.fields[2])'")
            }
            guard let complement = CueSense.Complement(rawValue: row.fields[3]) else {
                throw speechVerbs.error(line: row.line, "complement must be clause or object, found '\(row.fields[3])'")
            }
            let sense = CueSense(lemma: row.fields[0], kind: kind, position: .verb, complement: complement)
            for form in row.fields[1].split(separator: "|") { add(String(form), sense) }
        }
        for row in try phrases.uniqueRows(columns: ["phrase", "kind", "position"]) {
            guard let kind = CueSense.Kind(rawValue: row.fields[1]) else {
                throw phrases.error(line: row.line, "kind must be speech, cognition or attribution, found '\(row.fields[1])'")
            }
            guard let position = CueSense.Position(rawValue: row.fields[2]) else {
                throw phrases.error(line: row.line, "position must be before-source or verb, found '\(row.fields[2])'")
            }
            add(row.fields[0], CueSense(lemma: row.fields[0], kind: kind, position: position))
        }
        // Longest first, so `said in a statement` wins over `said`.
        cuesByFirstToken = WordTable(cues.map { first, entries in
            (first, entries.sorted { $0.tokens.count > $1.tokens.count }.map { CueEntry(tokens: $0.tokens, sense: $0.sense) })
        })
    }

    /// The longest cue starting at `start` in `words` (lowercased token texts), with its length in tokens.
    func longestCue(in words: [String], at start: Int) -> (length: Int, sense: CueSense)? {
        guard let candidates = cuesByFirstToken[words[start]] else { return nil }
        for candidate in candidates where start + candidate.tokens.count <= words.count {
            if (1..<candidate.tokens.count).allSatisfy({ words[start + $0] == candidate.tokens[$0] }) {
                return (candidate.tokens.count, candidate.sense)
            }
        }
        return nil
    }
}

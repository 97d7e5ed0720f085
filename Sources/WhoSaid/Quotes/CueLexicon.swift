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

    /// What a verb reports: a clause (`said (that) …`), a clause after the person told (`told CNN the plan …`),
    /// or mostly its object (`endorsed Rubio`).
    public enum Complement: String, Sendable {
        case clause, addressee, object
    }

    public var lemma: String
    public var kind: Kind
    public var position: Position
    public var complement: Complement = .clause
    /// Whether the clause after the cue may be reported as an indirect quote (`quotes/no-indirect-cues.tsv` lists the forms that may not).
    public var introducesIndirect = true
}

/// Speech verbs (with their inflected forms) and multiword cue phrases, from
/// `quotes/speech-verbs.tsv` and `quotes/cue-phrases.tsv`. Every word of every
/// cue has a small integer id; a document's lowercased tokens are mapped to
/// those ids once (`TokenClasses`, one hash per token), and cues are then
/// matched by comparing integers.
public struct CueLexicon: Sendable {
    /// The id of a token that is in no cue.
    static let unknown: Int32 = -1

    private struct CueEntry: Sendable {
        var ids: [Int32]
        var sense: CueSense
    }

    /// Id of every word of every cue.
    let wordIds: [String: Int32]
    /// The cues starting with each word id, longest first (`said in a statement` before `said`).
    private let cuesByFirstId: [[CueEntry]]

    public init(speechVerbs: LexiconFile, phrases: LexiconFile, withoutIndirect: LexiconFile) throws(WhoSaidError) {
        var noIndirect: [String: Int] = [:]
        for row in try withoutIndirect.uniqueRows(columns: ["cue"]) { noIndirect[row.fields[0].lowercased()] = row.line }
        var idOf: [String: Int32] = [:]
        var cues: [[CueEntry]] = []
        func add(_ surface: String, _ sense: CueSense) {
            var sense = sense
            if noIndirect.removeValue(forKey: surface.lowercased()) != nil { sense.introducesIndirect = false }
            let ids = surface.lowercased().split(separator: " ").map { word -> Int32 in
                if let id = idOf[String(word)] { return id }
                let id = Int32(idOf.count)
                idOf[String(word)] = id
                cues.append([])
                return id
            }
            guard let first = ids.first else { return }
            cues[Int(first)].append(CueEntry(ids: ids, sense: sense))
        }
        for row in try speechVerbs.uniqueRows(columns: ["lemma", "forms", "kind", "complement"]) {
            guard let kind = CueSense.Kind(rawValue: row.fields[2]), kind != .attribution else {
                throw speechVerbs.error(line: row.line, "kind must be speech or cognition, found '\(row.fields[2])'")
            }
            guard let complement = CueSense.Complement(rawValue: row.fields[3]) else {
                throw speechVerbs.error(line: row.line, "complement must be clause, addressee or object, found '\(row.fields[3])'")
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
        if let (cue, line) = noIndirect.min(by: { $0.value < $1.value }) {
            throw withoutIndirect.error(line: line, "'\(cue)' is in neither \(speechVerbs.name) nor \(phrases.name)")
        }
        wordIds = idOf
        cuesByFirstId = cues.map { $0.sorted { $0.ids.count > $1.ids.count } }
    }

    /// The longest cue starting at `start` in `ids` (`TokenClasses.cueIds`), with its length in tokens.
    /// Asked of nearly every narrative word and almost always answered by the first test: inlined.
    @inline(__always)
    func longestCue(in ids: [Int32], at start: Int) -> (length: Int, sense: CueSense)? {
        let first = ids[start]
        guard first >= 0 else { return nil }
        for candidate in cuesByFirstId[Int(first)] where start + candidate.ids.count <= ids.count {
            if (1..<candidate.ids.count).allSatisfy({ ids[start + $0] == candidate.ids[$0] }) {
                return (candidate.ids.count, candidate.sense)
            }
        }
        return nil
    }

    /// `The council report said`, `a news report found`: a verb cue's base form right before another verb cue's
    /// past form (`said`, not `say`, `saying`, or `notes`, which may be a plural noun: `write notes`) is that
    /// verb's subject noun.
    func isNounBeforeFiniteCue(at index: Int, words: [String], ids: [Int32]) -> Bool {
        let next = index + 1
        guard next < ids.count, ids[next] >= 0, let (_, sense) = longestCue(in: ids, at: index), sense.position == .verb,
            words[index] == sense.lemma, let (length, following) = longestCue(in: ids, at: next), length == 1,
            following.position == .verb
        else { return false }
        return words[next] != following.lemma && !words[next].hasSuffix("ing") && !words[next].hasSuffix("s")
    }
}

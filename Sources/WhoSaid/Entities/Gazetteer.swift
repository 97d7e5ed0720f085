/// The named things the entity lexicons list, each with its surface forms,
/// held in a token trie for longest-match lookup.
///
/// Lexicon rows are `canonical<TAB>TYPE<TAB>alias|alias…` with an optional
/// fourth column the gazetteer ignores (nationalities name their country
/// there). Case rules, so that lexicon words never match ordinary words:
/// - every form matches in its exact case (`US`, `ICE` and `AP` only as written);
/// - a form of several tokens also matches in title case
///   (`Customs And Border Protection`), as headlines write it;
/// - in a sentence written all in capitals (a headline, a dateline such as
///   `LONDON 1996-08-30`), a form of at least `minimumUppercaseLetters`
///   letters also matches in capitals (`NEW YORK`); shorter ones would take acronyms;
/// - a form with no capital letter at all is not loaded.
/// A form listed twice keeps its first entry, files taken in the order given.
struct Gazetteer: Sendable {
    struct Entry: Sendable {
        var canonical: String
        var type: EntityType
    }

    /// A form of three or more tokens, for recognizing its near-miss spellings.
    struct LongForm: Sendable {
        var tokens: [Int32]
        var entry: Int32
    }

    /// Forms shorter than this are never matched with a misspelling.
    static let minimumNearMissLength = 3
    /// Forms with fewer letters are never matched in capitals.
    static let minimumUppercaseLetters = 4

    let entries: [Entry]
    let forms: TokenTrie<Int32>
    /// The forms in capitals, for sentences written all in capitals.
    let uppercaseForms: TokenTrie<Int32>
    /// Long forms by the vocabulary id of their last (head) token, which a near-miss must spell
    /// right: an array, as every document token is looked up…
    private let longFormsByHead: [[LongForm]]
    /// …and a bit per id telling whether it heads any: most ids head none, and the bits (a few KB)
    /// stay in the cache where the array (8 bytes an id) does not.
    private let longFormHeads: [UInt64]

    init(files: [LexiconFile], vocabulary: inout TokenVocabulary, tokenizer: LexiconTokenizer) throws(WhoSaidError) {
        var entries: [Entry] = []
        var surfaceForms: [(text: String, entry: Int32)] = []
        for file in files {
            for row in try file.rows(columns: ["canonical", "type", "aliases", "note"], minimum: 2) {
                guard let type = EntityType(rawValue: row.fields[1]) else {
                    throw file.error(
                        line: row.line,
                        "type must be one of \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")), found '\(row.fields[1])'")
                }
                let entry = Int32(entries.count)
                entries.append(Entry(canonical: row.fields[0], type: type))
                surfaceForms.append((row.fields[0], entry))
                let aliases = row.fields.count > 2 ? row.fields[2] : ""
                guard !aliases.isEmpty else { continue }
                for alias in aliases.split(separator: "|", omittingEmptySubsequences: false) {
                    let form = alias.trimmingWhitespace
                    guard !form.isEmpty else { throw file.error(line: row.line, "empty alias in '\(aliases)'") }
                    surfaceForms.append((form, entry))
                }
            }
        }
        let readable = surfaceForms.filter { $0.text.unicodeScalars.contains { $0.properties.isUppercase } }
        let phrases = try tokenizer.tokenize(readable.map(\.text))

        var trie = TokenTrie<Int32>()
        var longForms: [Int32: [LongForm]] = [:]
        func add(_ phrase: [String], entry: Int32) {
            let tokens = phrase.map { vocabulary.intern($0) }
            guard trie.insert(tokens, value: entry), tokens.count >= Self.minimumNearMissLength else { return }
            longForms[tokens[tokens.count - 1], default: []].append(LongForm(tokens: tokens, entry: entry))
        }
        // Exact forms first, so a title-case variant never displaces a listed form.
        for (form, phrase) in zip(readable, phrases) { add(phrase, entry: form.entry) }
        for (form, phrase) in zip(readable, phrases) where phrase.count > 1 {
            let variant = phrase.map(Self.titleCased)
            if variant != phrase { add(variant, entry: form.entry) }
        }
        var uppercase = TokenTrie<Int32>()
        for (form, phrase) in zip(readable, phrases)
        where form.text.unicodeScalars.count(where: \.properties.isAlphabetic) >= Self.minimumUppercaseLetters {
            uppercase.insert(phrase.map { vocabulary.intern($0.uppercased()) }, value: form.entry)
        }
        self.entries = entries
        self.forms = trie
        self.uppercaseForms = uppercase
        var byHead = [[LongForm]](repeating: [], count: Int(longForms.keys.max() ?? -1) + 1)
        var heads = [UInt64](repeating: 0, count: (byHead.count + 63) / 64)
        for (head, forms) in longForms {
            byHead[Int(head)] = forms
            heads[Int(head) >> 6] |= 1 << (UInt64(head) & 63)
        }
        self.longFormsByHead = byHead
        self.longFormHeads = heads
    }

    /// The long forms whose head is the token with vocabulary id `head`.
    func longForms(endingWith head: Int32) -> [LongForm] {
        let id = Int(head)
        guard id >= 0, id < longFormsByHead.count, longFormHeads[id >> 6] & (1 << UInt64(id & 63)) != 0 else { return [] }
        return longFormsByHead[id]
    }

    /// `and` → `And`; words already capitalized stay as they are.
    static func titleCased(_ word: String) -> String {
        guard let first = word.first, first.isLowercase else { return word }
        return first.uppercased() + word.dropFirst()
    }
}

/// What the people and word lexicons say about single tokens and short
/// phrases: first names with their gender, surnames, person titles,
/// organization and place head words, capitalized non-names and the lowercase
/// connectors allowed inside names. Keyed on vocabulary ids, so the rules ask
/// about a document token without hashing its text again.
struct NameCues: Sendable {
    struct WordFlags: OptionSet, Sendable {
        let rawValue: UInt8
        static let firstName = WordFlags(rawValue: 1 << 0)
        static let surname = WordFlags(rawValue: 1 << 1)
        static let nonName = WordFlags(rawValue: 1 << 2)
        /// A lowercase particle inside a personal name (`van`, `bin`), also allowed in other names.
        static let nameParticle = WordFlags(rawValue: 1 << 3)
        /// A word inside an organization or place name that a head opens (`Bank of America`).
        static let afterHeadConnector = WordFlags(rawValue: 1 << 4)
        /// A word inside any organization or place name (`Procter & Gamble Co.`).
        static let bindingConnector = WordFlags(rawValue: 1 << 5)
    }

    enum TitleKind: String, Sendable {
        case honorific, political, military, role
    }

    struct Title: Sendable {
        var gender: Gender?
        var kind: TitleKind
    }

    enum OrganizationWordKind: String, Sendable {
        /// A legal-entity designator after a company name (`Inc.`, `Corp.`).
        case suffix
        /// A word that makes a capitalized sequence an organization (`Group`, `Department`).
        case head
        /// A word that makes it a place or facility (`Street`, `River`, `Tower`).
        case placeHead = "place-head"
    }

    struct Files: Sendable {
        var firstNames: LexiconFile
        var surnames: LexiconFile
        var titles: LexiconFile
        var organizationWords: LexiconFile
        var nonNames: LexiconFile
        var connectors: LexiconFile
    }

    private let flags: [WordFlags]
    private let firstNameGenders: [Int32: Gender]
    let titles: TokenTrie<Title>
    let organizationWords: TokenTrie<OrganizationWordKind>

    init(_ files: Files, vocabulary: inout TokenVocabulary, tokenizer: LexiconTokenizer) throws(WhoSaidError) {
        var flags: [WordFlags] = []
        func mark(_ id: Int32, _ flag: WordFlags) {
            if flags.count <= Int(id) { flags += Array(repeating: [], count: Int(id) + 1 - flags.count) }
            flags[Int(id)].insert(flag)
        }
        var firstNameGenders: [Int32: Gender] = [:]
        var titles = TokenTrie<Title>()
        var organizationWords = TokenTrie<OrganizationWordKind>()
        for row in try files.firstNames.uniqueRows(columns: ["name", "gender"]) {
            let id = vocabulary.intern(row.fields[0])
            mark(id, .firstName)
            switch row.fields[1] {
            case "m": firstNameGenders[id] = .male
            case "f": firstNameGenders[id] = .female
            case "u": break
            default: throw files.firstNames.error(line: row.line, "gender must be m, f or u, found '\(row.fields[1])'")
            }
        }
        for (file, flag) in [(files.surnames, WordFlags.surname), (files.nonNames, .nonName)] {
            for row in try file.uniqueRows(columns: ["word"]) { mark(vocabulary.intern(row.fields[0]), flag) }
        }
        for row in try files.connectors.uniqueRows(columns: ["word", "joins"]) {
            switch row.fields[1] {
            case "names": mark(vocabulary.intern(row.fields[0]), .nameParticle)
            case "after-head": mark(vocabulary.intern(row.fields[0]), .afterHeadConnector)
            case "always": mark(vocabulary.intern(row.fields[0]), .bindingConnector)
            default:
                throw files.connectors.error(line: row.line, "joins must be names, after-head or always, found '\(row.fields[1])'")
            }
        }

        let titleRows = try files.titles.uniqueRows(columns: ["title", "gender", "kind"])
        for (row, phrase) in zip(titleRows, try tokenizer.tokenize(titleRows.map { $0.fields[0] })) {
            guard let kind = TitleKind(rawValue: row.fields[2]) else {
                throw files.titles.error(line: row.line, "kind must be honorific, political, military or role, found '\(row.fields[2])'")
            }
            let gender: Gender?
            switch row.fields[1] {
            case "m": gender = .male
            case "f": gender = .female
            case "-": gender = nil
            default: throw files.titles.error(line: row.line, "gender must be m, f or -, found '\(row.fields[1])'")
            }
            titles.insert(phrase.map { vocabulary.intern($0) }, value: Title(gender: gender, kind: kind))
        }

        let wordRows = try files.organizationWords.uniqueRows(columns: ["word", "kind"])
        for (row, phrase) in zip(wordRows, try tokenizer.tokenize(wordRows.map { $0.fields[0] })) {
            guard let kind = OrganizationWordKind(rawValue: row.fields[1]) else {
                throw files.organizationWords.error(line: row.line, "kind must be suffix, head or place-head, found '\(row.fields[1])'")
            }
            organizationWords.insert(phrase.map { vocabulary.intern($0) }, value: kind)
        }
        self.flags = flags
        self.firstNameGenders = firstNameGenders
        self.titles = titles
        self.organizationWords = organizationWords
    }

    func flags(of id: Int32) -> WordFlags {
        id >= 0 && Int(id) < flags.count ? flags[Int(id)] : []
    }

    func firstNameGender(of id: Int32) -> Gender? { firstNameGenders[id] }

    /// The name without a trailing legal suffix (`Acme Corp.` → `Acme`), if it ends with one.
    func withoutLegalSuffix(_ name: Range<Int>, ids: [Int32]) -> Range<Int>? {
        for start in name.dropFirst() {
            if let match = organizationWords.longestMatch(in: ids, from: start, limit: name.upperBound),
                match.value == .suffix, match.end == name.upperBound
            {
                return name.lowerBound..<start
            }
        }
        return nil
    }
}

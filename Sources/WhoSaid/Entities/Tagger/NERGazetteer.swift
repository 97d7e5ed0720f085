/// Lexicon phrases as tagger features: which lexicon classes (places, first
/// names, organization suffixes, …) match a run of tokens, and where in the
/// run each token sits. Matching ignores case (headlines are in capitals);
/// the features pair a match with the token's own capitalization.
struct NERGazetteer: Sendable {
    /// A lexicon the tagger reads, and how its rows become classes of phrases.
    struct Source: Sendable {
        /// Stage option and model-header name, e.g. `places`.
        var key: String
        var defaultFile: String
        var columns: [String]
        var minimumColumns: Int
        /// Column holding `|`-separated further forms, if any.
        var aliasColumn: Int?
        /// The class of a row's phrases, from the row's fields.
        var className: @Sendable ([ByteLines.Line]) -> String
    }

    static let sources: [Source] = [
        Source(key: "places", defaultFile: "entities/places.tsv", columns: ["canonical", "type", "aliases"],
               minimumColumns: 2, aliasColumn: 2, className: { _ in "places" }),
        Source(key: "organizations", defaultFile: "entities/organizations.tsv",
               columns: ["canonical", "type", "aliases"], minimumColumns: 2, aliasColumn: 2,
               className: { _ in "organizations" }),
        Source(key: "nationalities", defaultFile: "entities/nationalities.tsv",
               columns: ["canonical", "type", "aliases", "country"], minimumColumns: 2, aliasColumn: 2,
               className: { _ in "nationalities" }),
        Source(key: "first-names", defaultFile: "people/first-names.tsv", columns: ["name", "gender"],
               minimumColumns: 1, aliasColumn: nil, className: { _ in "first-names" }),
        Source(key: "surnames", defaultFile: "people/surnames.txt", columns: ["surname"],
               minimumColumns: 1, aliasColumn: nil, className: { _ in "surnames" }),
        // Role nouns (spokesman, CEO) are kept apart from titles proper (Mr., Sen.).
        Source(key: "titles", defaultFile: "people/titles.tsv", columns: ["title", "gender", "kind"],
               minimumColumns: 1, aliasColumn: nil,
               className: { $0.count > 2 && $0[2].elementsEqual("role".utf8) ? "roles" : "titles" }),
        Source(key: "org-words", defaultFile: "entities/org-words.tsv", columns: ["word", "kind"],
               minimumColumns: 2, aliasColumn: nil, className: { "org-" + String(decoding: $0[1], as: UTF8.self) }),
        Source(key: "non-names", defaultFile: "entities/non-names.txt", columns: ["word"],
               minimumColumns: 1, aliasColumn: nil, className: { _ in "non-names" }),
    ]

    /// Where a token sits in a matched phrase (first, inside, last, or the whole phrase).
    enum Position: UInt8, CaseIterable {
        case begin = 1, inside, last, unit
        var name: String { ["B", "I", "L", "U"][Int(rawValue) - 1] }
    }

    static let maximumClasses = 16
    /// Phrase starts whose first lookups are prefetched together.
    private static let prefetchChunk = 32

    /// Class names, indexed by class number.
    let classNames: [String]
    /// Chain hash of every phrase and every proper prefix of one → its index in
    /// `chainClasses` and `extendsFurther` (one lookup per token tried).
    private let chains: KeyTable
    /// The classes of the phrase the chain spells (0: only a prefix).
    private let chainClasses: [UInt16]
    /// Whether the chain is a proper prefix of a phrase, so matching may go on.
    private let extendsFurther: [Bool]
    private let longestPhrase: Int

    /// Reads the given lexicons (key → file); a key not among `sources` is an error.
    init(lexicons: [(key: String, file: LexiconFile)]) throws(WhoSaidError) {
        var classNames: [String] = []
        var phraseMasks: [UInt64: UInt16] = [:]
        var prefixSet = Set<UInt64>()
        var longest = 1
        var atomBuilder = TokenAtomBuilder(names: IgnoringPartNames())
        for (key, file) in lexicons {
            guard let source = Self.sources.first(where: { $0.key == key }) else {
                throw .configuration(file: file.name, line: nil, message: "unknown tagger lexicon '\(key)'")
            }
            try ByteLines.rows(of: file, columns: source.columns, minimum: source.minimumColumns) {
                fields, line throws(WhoSaidError) in
                let className = source.className(fields)
                let classIndex: Int
                if let existing = classNames.firstIndex(of: className) {
                    classIndex = existing
                } else {
                    guard classNames.count < Self.maximumClasses else {
                        throw file.error(line: line, "more than \(Self.maximumClasses) lexicon classes")
                    }
                    classNames.append(className)
                    classIndex = classNames.count - 1
                }
                var forms = [fields[0]]
                if let column = source.aliasColumn, column < fields.count {
                    forms += fields[column].split(separator: UInt8(ascii: "|"))
                }
                for form in forms {
                    var chain = Self.chainStart
                    var pieces = 0
                    for piece in Self.tokens(of: form) {
                        if pieces > 0 { prefixSet.insert(chain) }
                        chain = Self.chain(chain, atomBuilder.lowerHash(of: piece))
                        pieces += 1
                    }
                    guard pieces > 0 else { continue }
                    phraseMasks[chain, default: 0] |= 1 << classIndex
                    longest = max(longest, pieces)
                }
            }
        }
        let allChains = Set(phraseMasks.keys).union(prefixSet).sorted()
        var chains = KeyTable(minimumCapacity: allChains.count)
        for chain in allChains { chains.insert(chain) }
        self.classNames = classNames
        self.chains = chains
        self.chainClasses = allChains.map { phraseMasks[$0] ?? 0 }
        self.extendsFurther = allChains.map { prefixSet.contains($0) }
        self.longestPhrase = longest
    }

    /// A lexicon form split as the tokenizer splits text: on spaces, with a
    /// possessive `'s` apart (`People's` → `People` `'s`).
    static func tokens(of form: ByteLines.Line) -> [ByteLines.Line] {
        var tokens: [ByteLines.Line] = []
        for piece in form.split(separator: UInt8(ascii: " ")) {
            if piece.count > 2, piece.suffix(2).elementsEqual("'s".utf8) {
                tokens.append(piece.dropLast(2))
                tokens.append(piece.suffix(2))
            } else {
                tokens.append(piece)
            }
        }
        return tokens
    }

    private static let chainStart = FeatureHashing.mix(0x6761_7a65_7474_6565)
    @inline(__always)
    private static func chain(_ chain: UInt64, _ lower: UInt64) -> UInt64 {
        let next = FeatureHashing.mix(chain ^ lower)
        return next == 0 ? 1 : next
    }

    /// For each token of a sentence, the position it holds in the longest
    /// match of each class (0 = none), class-indexed. `coveringLength` is scratch space.
    func matches<Atoms: RandomAccessCollection<TokenAtoms>>(
        _ tokens: Atoms, into positions: inout [SIMD16<UInt8>], coveringLength: inout [SIMD16<UInt8>]
    ) where Atoms.Index == Int {
        positions.removeAll(keepingCapacity: true)
        positions.append(contentsOf: repeatElement(.zero, count: tokens.count))
        // Length of the longest match covering each token, per class, so longer matches win.
        coveringLength.removeAll(keepingCapacity: true)
        coveringLength.append(contentsOf: repeatElement(.zero, count: tokens.count))
        let base = tokens.startIndex
        // Every token is tried as a phrase start: ask for those lookups a chunk ahead (`KeyTable.prefetch`).
        for chunkStart in stride(from: 0, to: tokens.count, by: Self.prefetchChunk) {
            let chunk = chunkStart..<min(tokens.count, chunkStart + Self.prefetchChunk)
            chains.prefetch(chunk.lazy.map { Self.chain(Self.chainStart, tokens[base + $0].lower) })
            for start in chunk {
                var chain = Self.chainStart
                for end in start..<min(tokens.count, start + longestPhrase) {
                    chain = Self.chain(chain, tokens[base + end].lower)
                    guard let entry = chains.index(of: chain) else { break }
                    if chainClasses[entry] != 0 {
                        mark(chainClasses[entry], start..<(end + 1), positions: &positions, covering: &coveringLength)
                    }
                    if !extendsFurther[entry] { break }
                }
            }
        }
    }

    private func mark(_ mask: UInt16, _ range: Range<Int>, positions: inout [SIMD16<UInt8>],
                      covering: inout [SIMD16<UInt8>]) {
        let length = UInt8(range.count)
        for classIndex in 0..<classNames.count where mask & (1 << classIndex) != 0 {
            for token in range where covering[token][classIndex] < length {
                covering[token][classIndex] = length
                let position: Position =
                    range.count == 1 ? .unit
                    : token == range.lowerBound ? .begin
                    : token == range.upperBound - 1 ? .last : .inside
                positions[token][classIndex] = position.rawValue
            }
        }
    }
}

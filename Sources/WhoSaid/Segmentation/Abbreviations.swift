/// Abbreviations that end in a period, from `segmentation/abbreviations.tsv`,
/// and how they bear on sentence ends.
struct Abbreviations: Sendable {
    enum Kind: String, Sendable {
        /// Always followed by a name: never ends a sentence (`Mr.`, `Sen.`, `Dr.`).
        case title
        /// Usually modifies the next word: ends a sentence only before a typical sentence opener (`U.S.`).
        case prefix
        /// May end a sentence; ICU's own rules decide (`Inc.`, `a.m.`).
        case other
    }

    private let kinds: [String: Kind]

    init(_ file: LexiconFile) throws(WhoSaidError) {
        var kinds: [String: Kind] = [:]
        for row in try file.uniqueRows(columns: ["abbreviation", "kind"]) {
            guard row.fields[0].hasSuffix(".") else {
                throw file.error(line: row.line, "abbreviation '\(row.fields[0])' must end with a period")
            }
            guard let kind = Kind(rawValue: row.fields[1]) else {
                throw file.error(line: row.line, "kind must be title, prefix or other, found '\(row.fields[1])'")
            }
            kinds[row.fields[0]] = kind
        }
        self.kinds = kinds
    }

    /// The kind of a token that ends with its period, e.g. `Sen.`; initials (`J.`) count as titles.
    func kind(of token: String) -> Kind? {
        if let kind = kinds[token] { return kind }
        if Self.isInitial(token) { return .title }
        if Self.isDottedAcronym(token) { return .other }
        return nil
    }

    /// Whether the word before a period keeps it: a listed abbreviation, an
    /// initial (`J`), or dotted letters (`U.S`, `Ph.D`).
    func takesPeriod(_ word: String) -> Bool {
        kinds[word + "."] != nil || Self.isInitial(word + ".") || Self.isDottedAcronym(word + ".")
    }

    /// A single capital letter and a period: `J.`.
    static func isInitial(_ token: String) -> Bool {
        let scalars = token.unicodeScalars
        return scalars.count == 2 && scalars.last == "." && scalars.first!.properties.isUppercase
    }

    /// Letters in groups of one or two separated by periods, ending with a period: `U.S.`, `a.m.`, `Ph.D.`.
    static func isDottedAcronym(_ token: String) -> Bool {
        guard token.hasSuffix("."), token.count >= 4 else { return false }
        let groups = token.dropLast().split(separator: ".", omittingEmptySubsequences: false)
        return groups.count >= 2 && groups.allSatisfy { group in
            (1...2).contains(group.count) && group.allSatisfy(\.isLetter)
        }
    }
}

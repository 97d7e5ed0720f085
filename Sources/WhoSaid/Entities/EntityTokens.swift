/// A document's tokens as the entity rules read them, computed once per
/// document: each token's vocabulary id and letter case, and where sentences start.
struct EntityTokens {
    enum LetterCase: UInt8 {
        /// Starts with an uppercase letter: `Salesforce`, `U.S.`, `CBP`.
        case capitalized
        /// Starts with a lowercase letter: `said`, `iPhone`.
        case lowercase
        /// Starts with no letter: numbers, punctuation, quotation marks.
        case other
    }

    let tokens: [Token]
    let ids: [Int32]
    let cases: [LetterCase]
    /// Token ranges of the sentences, in order.
    let sentences: [Range<Int>]
    /// Whether each token is the first word of its sentence (after any opening punctuation).
    let opensSentence: [Bool]

    init(_ document: Document, vocabulary: TokenVocabulary) {
        let tokens = document.tokens
        let sentences = document.sentences.map(\.tokens)
        var ids: [Int32] = []
        var cases: [LetterCase] = []
        ids.reserveCapacity(tokens.count)
        cases.reserveCapacity(tokens.count)
        for token in tokens {
            ids.append(vocabulary.id(of: token.text))
            cases.append(Self.letterCase(of: token))
        }
        var opensSentence = [Bool](repeating: false, count: tokens.count)
        for sentence in sentences {
            if let first = sentence.first(where: { cases[$0] != .other || tokens[$0].kind == .number }) {
                opensSentence[first] = true
            }
        }
        self.tokens = tokens
        self.sentences = sentences
        self.ids = ids
        self.cases = cases
        self.opensSentence = opensSentence
    }

    private static func letterCase(of token: Token) -> LetterCase {
        guard token.kind == .word, let firstByte = token.text.utf8.first else { return .other }
        // An ASCII first byte is the whole first scalar; reading the byte is much cheaper.
        if firstByte < 0x80 {
            switch firstByte {
            case 0x41...0x5A: return .capitalized
            case 0x61...0x7A: return .lowercase
            default: return .other
            }
        }
        let first = token.text.unicodeScalars.first!
        if first.properties.isUppercase { return .capitalized }
        return first.properties.isLowercase ? .lowercase : .other
    }

    func isCapitalized(_ index: Int) -> Bool { cases[index] == .capitalized }

    /// How many tokens a possessive `'s` at `index` takes, 0 when none is
    /// there: `'s` or `’s` as one token, or an apostrophe and an `s` set apart
    /// from the word before (`Boatmen 's`, in text tokenized with spaces).
    func possessiveLength(at index: Int) -> Int {
        guard index < tokens.count else { return 0 }
        switch tokens[index].text {
        case "'s", "\u{2019}s": return 1
        case "'", "\u{2019}":
            let next = index + 1
            return next < tokens.count && tokens[next].text == "s" && tokens[next].span.start == tokens[index].span.end
                ? 2 : 0
        default: return 0
        }
    }

    /// A capitalized word joined by a hyphen to a lowercase one (`Boston-based`,
    /// `British-ruled`): it describes the name after it and is no part of it.
    func isAttributiveCompound(_ index: Int) -> Bool {
        isCapitalized(index) && Self.isAttributiveCompound(tokens[index].text)
    }

    static func isAttributiveCompound(_ text: String) -> Bool {
        // Most words have no hyphen: the byte test (on the contiguous bytes, the fastest way) spares
        // them the slow Character search.
        var bytes = text
        guard bytes.withUTF8({ $0.contains(UInt8(ascii: "-")) }), text.first?.isUppercase == true,
            let hyphen = text.lastIndex(of: "-")
        else { return false }
        let tail = text[text.index(after: hyphen)...]
        return !tail.isEmpty && tail.unicodeScalars.allSatisfy { $0.properties.isLowercase }
    }

    /// The end of the sentence's opening stretch written in capitals, when
    /// that stretch is a headline (the whole sentence) or a dateline (words
    /// and then punctuation: `WASHINGTON (AP) —`); else the sentence start.
    /// A stretch such as `US officials` is neither: its last word runs into the text.
    func capitalsEnd(of sentence: Range<Int>) -> Int {
        var end = sentence.lowerBound
        var lastWord: Int?
        while end < sentence.upperBound, cases[end] != .lowercase, !hasLowercase(end) {
            if cases[end] == .capitalized { lastWord = end }
            end += 1
        }
        guard let lastWord, end == sentence.upperBound || lastWord + 1 < end else { return sentence.lowerBound }
        return end
    }

    private func hasLowercase(_ index: Int) -> Bool {
        guard cases[index] == .capitalized else { return false }
        // Bytes below 0x80 are ASCII scalars, whose lowercase letters are `a`…`z`: most words need no Unicode properties.
        let bytes = tokens[index].text.utf8
        if bytes.contains(where: { (0x61...0x7A).contains($0) }) { return true }
        return !bytes.allSatisfy { $0 < 0x80 } && tokens[index].text.unicodeScalars.contains { $0.properties.isLowercase }
    }

    /// A word of two or more letters, all uppercase (`CBP`, `FBB`): a possible acronym.
    func isAcronym(_ index: Int) -> Bool {
        guard cases[index] == .capitalized else { return false }
        var letters = 0
        for scalar in tokens[index].text.unicodeScalars {
            guard scalar.properties.isUppercase else { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// The token of an acronym defined in parentheses right after `name`
    /// (`Foo Bar Baz (FBB)`): its letters are the initials of the name's last capitalized words.
    func definedAcronym(after name: Range<Int>) -> Int? {
        let open = name.upperBound
        guard name.count >= 2, open + 2 < tokens.count, tokens[open].text == "(", tokens[open + 2].text == ")",
            isAcronym(open + 1)
        else { return nil }
        let acronym = tokens[open + 1].text
        let initials = name.filter(isCapitalized).compactMap { tokens[$0].text.first }
        return acronym.count <= initials.count && initials.suffix(acronym.count).elementsEqual(acronym) ? open + 1 : nil
    }
}

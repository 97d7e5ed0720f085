/// Later mentions of a name in a shorter form that no source marked: a
/// person's bare surname or first name (`Benioff`, `Steven`), an acronym
/// defined in the text (`FBB`), an organization without its legal suffix
/// (`Acme`), or a rule-found name repeated in full. Lexicon names need no
/// help: the gazetteer finds every occurrence.
struct ShortForms {
    private struct Form {
        var texts: [String]
        var type: EntityType
    }

    private let words: EntityTokens
    /// Forms by their first token's text, longest first.
    private var forms: [String: [Form]] = [:]

    init(chosen: [CandidateMention], words: EntityTokens, cues: NameCues) {
        self.words = words
        forms.reserveCapacity(chosen.count)
        for mention in chosen where mention.entry == nil {
            let name = mention.name
            if mention.type == .person {
                guard name.count >= 2 else { continue }
                add([name.upperBound - 1], type: .person)
                if cues.flags(of: words.ids[name.lowerBound]).contains(.firstName) { add([name.lowerBound], type: .person) }
                continue
            }
            add(Array(name), type: mention.type)
            if let stripped = cues.withoutLegalSuffix(name, ids: words.ids) { add(Array(stripped), type: mention.type) }
            if let acronym = words.definedAcronym(after: name) { add([acronym], type: mention.type) }
        }
        for key in forms.keys { forms[key]!.sort { $0.texts.count > $1.texts.count } }
    }

    private mutating func add(_ tokens: [Int], type: EntityType) {
        let texts = tokens.map { words.tokens[$0].text }
        guard tokens.allSatisfy(words.isCapitalized), !(forms[texts[0]] ?? []).contains(where: { $0.texts == texts })
        else { return }
        forms[texts[0], default: []].append(Form(texts: texts, type: type))
    }

    /// `chosen` plus every unmarked occurrence of a form, in text order. An
    /// occurrence right next to another capitalized word is part of some
    /// other name (`Clinton Foundation`) and is left alone.
    func addingOccurrences(to chosen: [CandidateMention]) -> [CandidateMention] {
        guard !forms.isEmpty else { return chosen }
        var taken = [Bool](repeating: false, count: words.tokens.count)
        for mention in chosen { for index in mention.evidence { taken[index] = true } }
        var mentions = chosen
        for start in words.tokens.indices where !taken[start] && words.isCapitalized(start) {
            guard let candidates = forms[words.tokens[start].text], start == 0 || !words.isCapitalized(start - 1) else {
                continue
            }
            for form in candidates {
                let end = start + form.texts.count
                guard end <= words.tokens.count, end == words.tokens.count || !words.isCapitalized(end),
                    (start..<end).allSatisfy({ !taken[$0] && words.tokens[$0].text == form.texts[$0 - start] })
                else { continue }
                for index in start..<end { taken[index] = true }
                mentions.append(CandidateMention(name: start..<end, type: form.type, source: .shortForm))
                break
            }
        }
        return mentions.sorted { $0.name.lowerBound < $1.name.lowerBound }
    }
}

/// Rule-based names for capitalized sequences no lexicon holds. Each rule
/// needs positive evidence from a lexicon word, so a capitalized word alone
/// (a sentence opener, a headline word) is never a name:
/// - a person title, then capitalized words → PERSON, the title left out of
///   the name (`Sen. Jones`, `CEO Marc Benioff` → `Marc Benioff`);
/// - a known surname alone inside a sentence → PERSON (`Dole said`);
/// - a known first name, then capitalized words → PERSON (`Steven Musil`);
/// - a capitalized sequence ending in an organization head or suffix → ORG
///   (`Bay Area News Group`, `Getty Images`, `Acme Corp.`), or beginning with
///   a head and a connector (`Bank of America`);
/// - one ending in (or beginning with) a place head → LOC (`Market Street`, `Lake Tahoe`);
///   before a closing head, the name starts after an `of` (`Jane Roe of [Acme Group]`).
/// Leading non-names (`The`, `Earlier`) are dropped from a sequence; a
/// title inside a sequence starts a person's name as well.
struct NameFinder: Sendable {
    /// Longest personal name taken after a title or a first name, in tokens.
    static let maximumPersonNameLength = 4

    let cues: NameCues
    let gazetteer: Gazetteer

    func names(in words: EntityTokens) -> [CandidateMention] {
        var candidates: [CandidateMention] = []
        for sentence in words.sentences {
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                if let person = titledPerson(at: index, in: sentence, of: words) {
                    candidates.append(person)
                    index = person.evidence.upperBound
                } else if words.isCapitalized(index) {
                    let run = capitalizedRun(from: index, in: sentence, of: words)
                    appendNames(in: run, of: words, to: &candidates)
                    index = run.upperBound
                } else {
                    index += 1
                }
            }
        }
        return candidates
    }

    /// A name after a title. After a role noun (`analyst`, `fellow`), which
    /// also precedes other things ("fellow Asian Indian"), the name must not start a lexicon form.
    private func titledPerson(at index: Int, in sentence: Range<Int>, of words: EntityTokens) -> CandidateMention? {
        guard let title = cues.titles.longestMatch(in: words.ids, from: index, limit: sentence.upperBound),
            let name = personName(from: title.end, in: sentence, of: words),
            title.value.kind != .role || !gazetteer.forms.hasPhrase(startingWith: words.ids[name.lowerBound])
        else { return nil }
        return CandidateMention(
            name: name, evidence: index..<name.upperBound, type: .person, source: .rule, titleGender: title.value.gender)
    }

    /// Capitalized words from `start` that can form a personal name; a
    /// non-name may continue a name (`Theresa May`) only when it is also a
    /// known first name or surname.
    private func personName(from start: Int, in sentence: Range<Int>, of words: EntityTokens) -> Range<Int>? {
        var end = start
        while end < sentence.upperBound, end - start < Self.maximumPersonNameLength {
            let flags = cues.flags(of: words.ids[end])
            if words.isCapitalized(end) {
                let isNameWord = flags.contains(.surname) || flags.contains(.firstName)
                let isOrganizationWord = cues.organizationWords.value(of: words.ids[end]) != nil
                if (flags.contains(.nonName) || isOrganizationWord) && (end == start || !isNameWord) { break }
                end += 1
            } else if flags.contains(.nameParticle), end > start, end + 1 < sentence.upperBound, words.isCapitalized(end + 1) {
                end += 1
            } else {
                break
            }
        }
        return end > start ? start..<end : nil
    }

    /// Capitalized words from `start`, joined by lowercase connectors that a
    /// capitalized word follows; an attributive compound (`Boston-based`) ends the run.
    private func capitalizedRun(from start: Int, in sentence: Range<Int>, of words: EntityTokens) -> Range<Int> {
        var end = start + 1
        while end < sentence.upperBound, !words.isAttributiveCompound(end - 1) {
            if words.isCapitalized(end) {
                end += 1
            } else if !cues.flags(of: words.ids[end]).isDisjoint(with: [.nameParticle, .afterHeadConnector, .bindingConnector]),
                end + 1 < sentence.upperBound, words.isCapitalized(end + 1)
            {
                end += 2
            } else {
                break
            }
        }
        return start..<end
    }

    private func appendNames(in run: Range<Int>, of words: EntityTokens, to candidates: inout [CandidateMention]) {
        var start = run.lowerBound
        while start < run.upperBound, cues.flags(of: words.ids[start]).contains(.nonName) { start += 1 }
        guard start < run.upperBound else { return }
        if let organizationOrPlace = headedName(in: start..<run.upperBound, of: words) {
            candidates.append(organizationOrPlace)
        }
        if let person = loneSurname(in: start..<run.upperBound, of: words) { candidates.append(person) }
        var index = start
        while index < run.upperBound {
            // A title inside the run starts a person's name: `Federal Reserve Governor [Lawrence Lindsey]`.
            if let person = titledPerson(at: index, in: run, of: words) ?? firstNamePerson(at: index, in: run, of: words) {
                candidates.append(person)
                index = person.name.upperBound
            } else {
                index += 1
            }
        }
    }

    /// An organization or place named by its head word: the last head in the
    /// run with a name word before it, or a head opening the run.
    private func headedName(in run: Range<Int>, of words: EntityTokens) -> CandidateMention? {
        var last: (start: Int, end: Int, kind: NameCues.OrganizationWordKind)?
        var index = run.lowerBound
        while index < run.upperBound {
            if let match = cues.organizationWords.longestMatch(in: words.ids, from: index, limit: run.upperBound) {
                last = (index, match.end, match.value)
                index = match.end
            } else {
                index += 1
            }
        }
        guard let last else { return nil }
        let type: EntityType = last.kind == .placeHead ? .location : .organization
        // A closing head names what follows the last after-head connector: `Adelle Nazarian of [Breitbart News]`.
        let start = (run.lowerBound..<last.start).last { cues.flags(of: words.ids[$0]).contains(.afterHeadConnector) }
            .map { $0 + 1 } ?? run.lowerBound
        if last.start > start {
            return CandidateMention(name: start..<last.end, type: type, source: .rule)
        }
        // The only head opens the run: `Bank of America`, `Lake Tahoe` (organizations need the connector).
        guard start == run.lowerBound, last.kind != .suffix, last.end < run.upperBound,
            type == .location || cues.flags(of: words.ids[last.end]).contains(.afterHeadConnector)
        else { return nil }
        return CandidateMention(name: run, type: type, source: .rule)
    }

    /// A known surname standing alone inside a sentence (`Dole said`); not
    /// one that also is a first name, a non-name, a lexicon entry or a head word.
    private func loneSurname(in run: Range<Int>, of words: EntityTokens) -> CandidateMention? {
        guard run.count == 1, !words.opensSentence[run.lowerBound] else { return nil }
        let id = words.ids[run.lowerBound]
        let flags = cues.flags(of: id)
        guard flags.contains(.surname), flags.isDisjoint(with: [.firstName, .nonName]),
            gazetteer.forms.value(of: id) == nil, cues.organizationWords.value(of: id) == nil
        else { return nil }
        return CandidateMention(name: run, type: .person, source: .rule)
    }

    /// A known first name followed by more of a name: `Steven Musil`. A first
    /// name the gazetteer lists as a thing of its own (`Virginia`, `Jordan`) does not count.
    private func firstNamePerson(at index: Int, in run: Range<Int>, of words: EntityTokens) -> CandidateMention? {
        let flags = cues.flags(of: words.ids[index])
        guard flags.contains(.firstName), !flags.contains(.nonName), gazetteer.forms.value(of: words.ids[index]) == nil,
            let name = personName(from: index, in: run, of: words), name.count >= 2
        else { return nil }
        return CandidateMention(name: name, type: .person, source: .rule)
    }
}

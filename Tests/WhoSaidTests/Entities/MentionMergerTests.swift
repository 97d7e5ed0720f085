import Testing
@testable import WhoSaid

@Suite struct MentionMergerTests {
    private func resolve(_ candidates: [CandidateMention]) -> [String] {
        MentionMerger.resolve(candidates, tokenCount: 12).map { "\($0.source) \($0.type.rawValue) \($0.name)" }
    }

    @Test func aRuleCuttingThroughATaggerMentionGivesWay() {
        // `the West Bank and Gaza`: the rule's `Bank and Gaza` starts inside the tagger's `West Bank`.
        let chosen = resolve([
            CandidateMention(name: 1..<3, type: .location, source: .tagger),
            CandidateMention(name: 4..<5, type: .location, source: .tagger),
            CandidateMention(name: 2..<5, type: .organization, source: .rule),
        ])
        #expect(chosen == ["tagger LOC 1..<3", "tagger LOC 4..<5"])
    }

    @Test func aRuleOnlyAddingWordsBeforeTheTaggersMentionOfItsTypeGivesWay() {
        // `Company Name Vexley Hospitality Inc`: the tagger left `Name` out.
        let chosen = resolve([
            CandidateMention(name: 2..<5, type: .organization, source: .tagger),
            CandidateMention(name: 1..<5, type: .organization, source: .rule),
        ])
        #expect(chosen == ["tagger ORG 2..<5"])
    }

    @Test func aRuleJoiningTaggerMentionsStillWins() {
        // `Scottish Labour Party`: the tagger split it, the organization head joins it.
        let chosen = resolve([
            CandidateMention(name: 0..<1, type: .miscellaneous, source: .tagger),
            CandidateMention(name: 1..<3, type: .organization, source: .tagger),
            CandidateMention(name: 0..<3, type: .organization, source: .rule),
        ])
        #expect(chosen == ["rule ORG 0..<3"])
    }
}

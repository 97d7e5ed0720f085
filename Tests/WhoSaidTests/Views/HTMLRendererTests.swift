import Testing
@testable import WhoSaid

@Suite struct HTMLRendererTests {
    private let html = try! HTMLRenderer().render(ViewFixtures.document)

    @Test func articleTextIsEscapedSoMarkupInItIsShownAsText() {
        #expect(html.contains("a &lt;script&gt; stunt"))
        #expect(html.contains("&amp; worse"))
        #expect(!html.contains("<script"))
        #expect(html.contains("We&#39;ll see,"))
    }

    @Test func pageIsSelfContained() {
        #expect(!html.contains("src="))
        #expect(!html.contains("href="))
        #expect(!html.contains("@import"))
    }

    @Test func quotesAreColoredBySpeakerAndCarrySpeakerAndCue() {
        let ortizColor = HTMLRenderer.palette[0], parkColor = HTMLRenderer.palette[1]
        #expect(html.contains("<mark class=\"quote\" tabindex=\"0\" style=\"--speaker: \(ortizColor)\" data-tip=\"direct quote · speaker: Dana Ortiz · cue: said\""))
        #expect(html.contains("data-tip=\"direct quote · speaker: Dana Ortiz · cue: added\""))
        #expect(html.contains("style=\"--speaker: \(parkColor)\" data-tip=\"partial quote · speaker: Lee Park · cue: said\""))
        #expect(html.contains("style=\"--speaker: \(HTMLRenderer.unattributedColor)\" data-tip=\"partial quote · speaker: unknown\""))
    }

    @Test func speakersAreListedWithQuoteCounts() {
        #expect(html.contains("Dana Ortiz <b>2</b>"))
        #expect(html.contains("Lee Park <b>1</b>"))
        #expect(html.contains("<i>unattributed</i> <b>1</b>"))
    }

    @Test func speakerPronounIsMarkedAsSpeaker() {
        #expect(html.contains("<span class=\"speaker other\" title=\"speaker: Dana Ortiz\""))
    }

    @Test func outputWithoutTextIsAClearError() {
        var document = ViewFixtures.document
        document.text = nil
        #expect(throws: WhoSaidError.self) { try HTMLRenderer().render(document) }
    }
}

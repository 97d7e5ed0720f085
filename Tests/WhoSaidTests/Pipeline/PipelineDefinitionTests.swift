import Testing
@testable import WhoSaid

@Suite struct PipelineDefinitionTests {
    private func load(_ text: String) throws(WhoSaidError) -> Pipeline {
        try Pipeline(definition: try PipelineDefinition(file: "test.pipeline", text: text), resources: ResourceStore())
    }

    private func message(_ text: String) -> String? {
        do {
            _ = try load(text)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func stagesRunInFileOrderWithCommentsAndDefaults() throws {
        let pipeline = try load("""
            # segmentation only
            format = 1
            description = test
            [paragraphs]
            [tokens]
            # options left out take their defaults
            [sentences]
            locale = en_US@ss=standard
            """)
        #expect(pipeline.stages.map { type(of: $0).name } == ["paragraphs", "tokens", "sentences"])
    }

    @Test func unknownStageNamesTheFileLineAndKnownStages() {
        #expect(message("[paragraphs]\n[tokenz]")?.hasPrefix("test.pipeline:2: unknown stage 'tokenz' (known stages: paragraphs,") == true)
    }

    @Test func unknownOptionIsAnErrorNotASilentDefault() {
        #expect(message("[paragraphs]\n[tokens]\nabbreviation = x.tsv") ==
                "test.pipeline:3: stage 'tokens' has no option 'abbreviation' (it reads: abbreviations, locale)")
    }

    @Test func missingLexiconNamesFileFieldAndPlacesSearched() {
        let text = "[paragraphs]\n[tokens]\nabbreviations = segmentation/nope.tsv"
        #expect(message(text)?.hasPrefix("test.pipeline:3: stage 'tokens', option 'abbreviations': lexicon 'segmentation/nope.tsv' not found") == true)
    }

    @Test func stageBeforeItsInputsIsRefused() {
        #expect(message("[paragraphs]\n[sentences]\n[tokens]") ==
                "test.pipeline:2: stage 'sentences' needs tokens; put stage 'tokens' before it")
    }

    @Test func malformedLinesAreErrorsWithLineNumbers() {
        #expect(message("[paragraphs\n") == "test.pipeline:1: expected a stage header like '[tokens]', found '[paragraphs'")
        #expect(message("[paragraphs]\njust words") == "test.pipeline:2: expected '[stage]', 'key = value' or a '#' comment, found 'just words'")
        #expect(message("format = 9\n[paragraphs]") == "test.pipeline:1: unsupported format '9' (this whosaid reads format 1)")
        #expect(message("# nothing") == "test.pipeline: no stages: add at least one '[stage]' section")
        #expect(message("[paragraphs]\n[tokens]\nlocale = en\nlocale = fr") == "test.pipeline:4: option 'locale' of stage 'tokens' set twice (first on line 3)")
    }

    @Test func embeddedNewsPipelineLoadsFromAnyDirectory() throws {
        #expect(ResourceStore.embeddedPipelineNames.contains("news"))
        let pipeline = try Pipeline(named: "news", resources: ResourceStore())
        #expect(pipeline.stages.count >= 3)
    }

    @Test func unknownPipelineNameListsTheEmbeddedOnes() {
        #expect(throws: WhoSaidError.self) { try Pipeline(named: "sports", resources: ResourceStore()) }
    }
}

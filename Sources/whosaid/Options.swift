import ArgumentParser
import WhoSaid

/// Options shared by every command that runs a pipeline.
struct PipelineOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Pipeline: an embedded name (\(ResourceStore.embeddedPipelineNames.joined(separator: ", "))) or a definition file's path.",
        valueName: "name|path"))
    var pipeline = "news"

    @Option(name: .long, help: ArgumentHelp(
        "A directory searched before the embedded Lexicons/ (repeatable; also WHOSAID_LEXICONS, colon-separated).",
        valueName: "dir"))
    var lexicons: [String] = []

    func load() throws(WhoSaidError) -> Pipeline {
        try Pipeline(named: pipeline, resources: .standard(lexiconDirectories: lexicons))
    }
}

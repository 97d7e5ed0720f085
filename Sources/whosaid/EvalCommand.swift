import ArgumentParser

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the pipeline against annotated gold data.",
        subcommands: [EvalQuotesCommand.self])
}

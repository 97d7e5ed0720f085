import ArgumentParser
import WhoSaid

/// `whosaid eval …`: scores the pipeline against annotated corpora, one subcommand per task.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the pipeline against annotated corpora.",
        subcommands: [EvalQuotesCommand.self, EvalNERCommand.self])
}

struct EvalNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Score entities against CoNLL-2003 data (conlleval-style exact chunks, as score.py ner).",
        discussion: """
            Each CoNLL document is annotated as the text `score.py conll-to-text` writes for it (tokens joined \
            by spaces, one sentence per line), so the figures equal those of `score.py ner` on `whosaid annotate` \
            output for those texts. Build with -c release for speed.
            """)

    @OptionGroup var pipelineOptions: PipelineOptions

    @Argument(help: ArgumentHelp("A CoNLL-2003-format file.", valueName: "file"))
    var file: String

    @Flag(help: "Print the figures as JSON on stdout (the table goes to stderr).")
    var json = false

    func run() throws {
        let documents = try CoNLLReader.documents(inFile: file)
        let evaluation = NEREvaluation.run(try pipelineOptions.load(), on: documents)
        if json {
            printError(evaluation.report)
            print(evaluation.json)
        } else {
            print(evaluation.report)
        }
    }
}

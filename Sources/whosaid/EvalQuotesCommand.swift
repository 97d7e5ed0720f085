import ArgumentParser
import WhoSaid

struct EvalQuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Annotate a PolNeAR-style gold directory (NAME.txt + NAME.ann) and score its quotes.",
        discussion: """
            Direct-quote detection P/R/F1, attribution accuracy and end-to-end F1, then the same for \
            all attributions (direct, partial and indirect). Matching rules and figures are those of \
            shared/tools/score.py quotes: run on the same output, both give the same numbers.
            """)

    @OptionGroup var pipelineOptions: PipelineOptions

    @Argument(help: ArgumentHelp("Directory of NAME.txt and NAME.ann brat standoff files.", valueName: "gold-dir"))
    var goldDirectory: String

    @Flag(help: "Print the figures as JSON on stdout (the table goes to stderr).")
    var json = false

    @Option(help: ArgumentHelp("List the first N misses, spurious quotes and wrong speakers of each view.", valueName: "N"))
    var errors = 0

    func validate() throws {
        if errors < 0 { throw ValidationError("--errors must be 0 or more") }
    }

    func run() throws {
        let scorer = try QuoteEvaluation.run(pipeline: try pipelineOptions.load(), goldDirectory: goldDirectory)
        var report = QuoteEvaluation.table(scorer)
        if errors > 0 { report += "\n" + QuoteEvaluation.errors(scorer, limit: errors) }
        if json {
            printError(report)
            print(QuoteEvaluation.json(scorer))
        } else {
            print(report)
        }
    }
}

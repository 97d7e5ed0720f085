import ArgumentParser
import WhoSaid

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@main
struct WhoSaidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whosaid",
        abstract: "Tells who said what in news text: entities, quotes and their speakers, as JSON.",
        discussion: """
            Examples:
              whosaid annotate < article.txt                 # one document from stdin, one JSON object out
              whosaid annotate --pretty --id story < article.txt
              whosaid annotate --format jsonl < records.jsonl  # {"id":…,"text":…} per line, one line out per line
              whosaid annotate archive/ --out annotated/      # a whole tree, on every core
              whosaid stages                                 # the stages a pipeline file can name
              whosaid bench ARTICLES_DIR                      # throughput per stage (build with -c release)
              whosaid eval quotes GOLD_DIR                    # quote scores on PolNeAR-style brat gold

            Exit codes: 0 all good, 1 some input failed, 2 usage or configuration error.
            """,
        version: WhoSaidVersion.string,
        subcommands: [AnnotateCommand.self, QuotesCommand.self, EntitiesCommand.self, ShowCommand.self, EvalCommand.self, TrainNERCommand.self, StagesCommand.self, BenchCommand.self]
    )

    /// Runs the command, mapping errors onto the documented exit codes
    /// (ArgumentParser's own usage errors would otherwise exit with 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as WhoSaidError {
            printError("whosaid: error: \(error)")
            Self.exit(withError: ExitCode(error.isConfigurationError ? 2 : 1))
        } catch {
            if exitCode(for: error) == .validationFailure {
                printError(fullMessage(for: error))
                Self.exit(withError: ExitCode(2))
            }
            Self.exit(withError: error)
        }
    }
}

/// Writes one line to stderr, unbuffered, so it interleaves correctly with progress and output.
func printError(_ message: String) {
    let line = Array((message.hasSuffix("\n") ? message : message + "\n").utf8)
    line.withUnsafeBytes { _ = write(STDERR_FILENO, $0.baseAddress, $0.count) }
}

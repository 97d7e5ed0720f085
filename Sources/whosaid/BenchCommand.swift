import ArgumentParser
import Foundation
import WhoSaid

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure throughput (MB/s, tokens/s) per stage on a directory of .txt articles.",
        discussion: "Build with `swift build -c release` first: debug builds are many times slower.")

    @OptionGroup var pipelineOptions: PipelineOptions

    @Argument(help: ArgumentHelp("A directory of .txt files (searched recursively).", valueName: "dir"))
    var directory: String

    @Option(help: "Passes over the articles; figures are per pass.")
    var repeats = 3

    func validate() throws {
        if repeats < 1 { throw ValidationError("--repeats must be at least 1") }
    }

    func run() throws {
        let texts = try ArticleDirectory.texts(in: directory)
        let pipeline = try pipelineOptions.load()
        let report = try Benchmark.run(pipeline: pipeline, texts: texts, repeats: repeats)
        print("\(report.documents) documents, \(String(format: "%.2f", Double(report.bytes) / 1e6)) MB, \(report.tokens) tokens; \(repeats) passes")
        print("stage".padding(toLength: 16, withPad: " ", startingAt: 0) + "   seconds      MB/s      tokens/s")
        for row in report.rows {
            print(row.name.padding(toLength: 16, withPad: " ", startingAt: 0)
                  + String(format: "%10.4f%10.1f%14.0f", row.seconds, row.megabytesPerSecond, row.tokensPerSecond))
        }
    }
}

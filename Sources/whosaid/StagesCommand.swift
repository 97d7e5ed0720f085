import ArgumentParser
import WhoSaid

struct StagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stages",
        abstract: "List the stages a pipeline definition can name, and the stages of a pipeline.")

    @OptionGroup var options: PipelineOptions

    func run() throws {
        print("Stages (name: requires -> provides):")
        for stage in StageRegistry.stages {
            let requires = stage.requires.sorted().map(\.rawValue).joined(separator: ", ")
            let provides = stage.provides.sorted().map(\.rawValue).joined(separator: ", ")
            print("  \(stage.name): \(requires.isEmpty ? "-" : requires) -> \(provides)")
        }
        let pipeline = try options.load()
        print("\nPipeline \(pipeline.name): \(pipeline.stages.map { type(of: $0).name }.joined(separator: " -> "))")
    }
}

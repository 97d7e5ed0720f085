import Foundation

/// An ordered list of stages built from a pipeline definition.
///
/// Build one pipeline and reuse it: stages load their lexicons and models once,
/// and `annotate` may be called from many threads at once.
public struct Pipeline: Sendable {
    public let name: String
    public let stages: [any Stage]

    public init(stages: [any Stage], name: String = "custom") throws(WhoSaidError) {
        try Self.checkRequirements(stages.map { type(of: $0) }, file: name, lines: nil)
        self.name = name
        self.stages = stages
    }

    /// The pipeline named `nameOrPath` (an embedded name like `news`, or a definition file's path).
    public init(named nameOrPath: String = "news", resources: ResourceStore = .standard()) throws(WhoSaidError) {
        let (file, text) = try resources.pipelineDefinition(nameOrPath)
        try self.init(definition: try PipelineDefinition(file: file, text: text), resources: resources)
    }

    public init(definition: PipelineDefinition, resources: ResourceStore) throws(WhoSaidError) {
        let baseDirectory = definition.file.hasPrefix("Pipelines/")
            ? nil : URL(fileURLWithPath: definition.file).deletingLastPathComponent().path
        var stages: [any Stage] = []
        for entry in definition.stages {
            guard let stageType = StageRegistry.stage(named: entry.name) else {
                throw .configuration(
                    file: definition.file, line: entry.line,
                    message: "unknown stage '\(entry.name)' (known stages: \(StageRegistry.stages.map { $0.name }.joined(separator: ", ")))")
            }
            var options = StageOptions(
                stage: entry.name, file: definition.file, values: entry.options, resources: resources,
                baseDirectory: baseDirectory)
            stages.append(try stageType.init(options: &options))
            if let unknown = options.unusedKeys.first {
                throw .configuration(
                    file: definition.file, line: entry.options[unknown]?.line,
                    message: "stage '\(entry.name)' has no option '\(unknown)' (it reads: \(options.used.sorted().joined(separator: ", ")))")
            }
        }
        try Self.checkRequirements(stages.map { type(of: $0) }, file: definition.file, lines: definition.stages.map(\.line))
        self.name = definition.file
        self.stages = stages
    }

    /// Every stage's required layers must be provided by an earlier stage.
    private static func checkRequirements(_ types: [any Stage.Type], file: String, lines: [Int]?) throws(WhoSaidError) {
        var available: Set<Layer> = []
        for (index, stageType) in types.enumerated() {
            let missing = stageType.requires.subtracting(available)
            if !missing.isEmpty {
                let providers = missing.sorted().map { layer in
                    StageRegistry.stages.first { $0.provides.contains(layer) }.map { "'\($0.name)'" } ?? "?"
                }
                throw .configuration(
                    file: file, line: lines?[index],
                    message: "stage '\(stageType.name)' needs \(missing.sorted().map(\.rawValue).joined(separator: ", ")); put stage \(providers.joined(separator: ", ")) before it")
            }
            available.formUnion(stageType.provides)
        }
    }

    /// Annotates one text.
    public func annotate(_ text: String, id: String = "document") throws(WhoSaidError) -> Document {
        var document = Document(id: id, text: text)
        try annotate(&document)
        return document
    }

    public func annotate(_ document: inout Document) throws(WhoSaidError) {
        for stage in stages {
            try stage.process(&document)
            try document.checkDeadline(in: type(of: stage).name)
        }
    }

    /// Annotates and adds each stage's running time to `stageTimes` (one slot per stage).
    public func annotate(_ document: inout Document, stageTimes: inout [Duration]) throws(WhoSaidError) {
        if stageTimes.count < stages.count { stageTimes += Array(repeating: .zero, count: stages.count - stageTimes.count) }
        let clock = ContinuousClock()
        for (index, stage) in stages.enumerated() {
            let start = clock.now
            try stage.process(&document)
            stageTimes[index] += clock.now - start
            try document.checkDeadline(in: type(of: stage).name)
        }
    }
}

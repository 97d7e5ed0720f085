/// A parsed pipeline definition file.
///
/// The format is line-based and meant to be edited by hand:
/// ```
/// # comment lines start with '#'
/// format = 1              # optional: the definition format version
/// description = News articles in English
///
/// [tokens]                # a stage, by its registry name; stages run in file order
/// abbreviations = segmentation/abbreviations.tsv
/// ```
/// Options the file leaves out take the stage's defaults, so a definition
/// written for an older version keeps working.
public struct PipelineDefinition: Sendable {
    public struct StageEntry: Sendable {
        public var name: String
        public var line: Int
        public var options: [String: StageOptions.Value]
    }

    public static let formatVersion = 1

    public var file: String
    public var description: String?
    public var stages: [StageEntry]

    public init(file: String, text: String) throws(WhoSaidError) {
        self.file = file
        var description: String?
        var stages: [StageEntry] = []
        var lineNumber = 0
        func fail(_ message: String) -> WhoSaidError {
            .configuration(file: file, line: lineNumber, message: message)
        }
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            let line = rawLine.trimmingWhitespace
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]"), line.count > 2 else {
                    throw fail("expected a stage header like '[tokens]', found '\(line)'")
                }
                let name = String(line.dropFirst().dropLast()).trimmingWhitespace
                stages.append(StageEntry(name: name, line: lineNumber, options: [:]))
                continue
            }
            guard let equals = line.firstIndex(of: "=") else {
                throw fail("expected '[stage]', 'key = value' or a '#' comment, found '\(line)'")
            }
            let key = line[..<equals].trimmingWhitespace
            let value = line[line.index(after: equals)...].trimmingWhitespace
            guard !key.isEmpty else { throw fail("missing option name before '='") }
            if var stage = stages.popLast() {
                if let first = stage.options[key] {
                    throw fail("option '\(key)' of stage '\(stage.name)' set twice (first on line \(first.line))")
                }
                stage.options[key] = StageOptions.Value(text: value, line: lineNumber)
                stages.append(stage)
            } else {
                switch key {
                case "format":
                    guard value == String(Self.formatVersion) else {
                        throw fail("unsupported format '\(value)' (this whosaid reads format \(Self.formatVersion))")
                    }
                case "description":
                    description = value
                default:
                    throw fail("unknown setting '\(key)' before the first stage (expected 'format' or 'description')")
                }
            }
        }
        guard !stages.isEmpty else {
            throw .configuration(file: file, line: nil, message: "no stages: add at least one '[stage]' section")
        }
        self.description = description
        self.stages = stages
    }
}

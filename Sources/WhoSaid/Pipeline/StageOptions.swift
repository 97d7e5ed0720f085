/// The options of one stage in a pipeline definition, with the lexicons they name.
///
/// Each accessor marks its key as used; after the stage is built, any key it
/// did not read is an error ("unknown option"), so a typo never silently
/// falls back to a default.
public struct StageOptions: Sendable {
    public struct Value: Sendable {
        public var text: String
        public var line: Int
    }

    public let stage: String
    public let file: String
    let values: [String: Value]
    let resources: ResourceStore
    /// Directory of the definition file, for lexicon paths written relative to it.
    let baseDirectory: String?
    private(set) var used: Set<String> = []

    init(stage: String, file: String, values: [String: Value], resources: ResourceStore, baseDirectory: String?) {
        self.stage = stage
        self.file = file
        self.values = values
        self.resources = resources
        self.baseDirectory = baseDirectory
    }

    /// Options with no values, e.g. for a stage built directly from code.
    public static func defaults(for stage: String, resources: ResourceStore = ResourceStore()) -> StageOptions {
        StageOptions(stage: stage, file: "<defaults>", values: [:], resources: resources, baseDirectory: nil)
    }

    var unusedKeys: [String] { values.keys.filter { !used.contains($0) }.sorted() }

    private func error(_ key: String, _ message: String) -> WhoSaidError {
        .configuration(file: file, line: values[key]?.line, message: "stage '\(stage)', option '\(key)': \(message)")
    }

    public mutating func string(_ key: String, default defaultValue: String) throws(WhoSaidError) -> String {
        used.insert(key)
        return values[key]?.text ?? defaultValue
    }

    public mutating func bool(_ key: String, default defaultValue: Bool) throws(WhoSaidError) -> Bool {
        used.insert(key)
        guard let value = values[key] else { return defaultValue }
        switch value.text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error(key, "expected true or false, found '\(value.text)'")
        }
    }

    public mutating func number(_ key: String, default defaultValue: Double, in range: ClosedRange<Double>)
        throws(WhoSaidError) -> Double
    {
        used.insert(key)
        guard let value = values[key] else { return defaultValue }
        guard let number = Double(value.text), range.contains(number) else {
            throw error(key, "expected a number from \(range.lowerBound) to \(range.upperBound), found '\(value.text)'")
        }
        return number
    }

    /// The lexicon files named by `key` (a comma-separated list), read and in order.
    public mutating func lexicons(_ key: String, default defaultValue: String) throws(WhoSaidError) -> [LexiconFile] {
        used.insert(key)
        let list = values[key]?.text ?? defaultValue
        let names = list.split(separator: ",").map(\.trimmingWhitespace).filter { !$0.isEmpty }
        var files: [LexiconFile] = []
        for name in names {
            do {
                files.append(try resources.lexicon(name, relativeTo: baseDirectory))
            } catch let WhoSaidError.missingResource(kind, name, searched) {
                throw error(key, "\(kind) '\(name)' not found (looked in: \(searched.joined(separator: ", ")))")
            }
        }
        return files
    }

    /// The single lexicon file named by `key`.
    public mutating func lexicon(_ key: String, default defaultValue: String) throws(WhoSaidError) -> LexiconFile {
        let files = try lexicons(key, default: defaultValue)
        guard files.count == 1 else { throw error(key, "expected exactly one lexicon file, found \(files.count)") }
        return files[0]
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingWhitespace: String {
        var slice = self[...]
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}

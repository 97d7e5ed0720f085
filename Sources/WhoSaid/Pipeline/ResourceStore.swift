import Foundation

/// Where pipelines and lexicons come from.
///
/// The package's `Lexicons/` and `Pipelines/` are embedded in the binary at
/// build time (see the EmbedResources plugin), so `whosaid` works from any
/// directory and after being copied elsewhere. Directories given with
/// `--lexicons` (or `WHOSAID_LEXICONS`, colon-separated) are searched first,
/// file by file, so a user overrides or adds a lexicon without recompiling.
public struct ResourceStore: Sendable {
    public var lexiconDirectories: [String]

    public init(lexiconDirectories: [String] = []) {
        self.lexiconDirectories = lexiconDirectories
    }

    /// The store for command-line use: `--lexicons` directories, then `WHOSAID_LEXICONS`, then embedded.
    public static func standard(lexiconDirectories: [String] = []) -> ResourceStore {
        let fromEnvironment = ProcessInfo.processInfo.environment["WHOSAID_LEXICONS"]?
            .split(separator: ":").map(String.init) ?? []
        return ResourceStore(lexiconDirectories: lexiconDirectories + fromEnvironment)
    }

    /// Names of the embedded pipelines, e.g. `news`.
    public static var embeddedPipelineNames: [String] {
        EmbeddedResources.files.keys
            .filter { $0.hasPrefix("Pipelines/") && $0.hasSuffix(".pipeline") }
            .map { String($0.dropFirst("Pipelines/".count).dropLast(".pipeline".count)) }
            .sorted()
    }

    /// A lexicon by name. A name starting with `/`, `./` or `../` is a file path
    /// (relative to `baseDirectory`, the pipeline file's folder, when given);
    /// any other name is looked up in the lexicon directories, then among the embedded lexicons.
    public func lexicon(_ name: String, relativeTo baseDirectory: String? = nil) throws(WhoSaidError) -> LexiconFile {
        if name.hasPrefix("/") || name.hasPrefix("./") || name.hasPrefix("../") {
            let path = name.hasPrefix("/") || baseDirectory == nil ? name : baseDirectory! + "/" + name
            guard let text = Self.readFile(path) else {
                throw .missingResource(kind: "lexicon", name: name, searched: [path])
            }
            return LexiconFile(name: path, text: text)
        }
        var searched: [String] = []
        for directory in lexiconDirectories {
            let path = directory + "/" + name
            if let text = Self.readFile(path) { return LexiconFile(name: path, text: text) }
            searched.append(directory)
        }
        if let text = EmbeddedResources.files["Lexicons/" + name] {
            return LexiconFile(name: "Lexicons/" + name, text: text)
        }
        searched.append("embedded Lexicons/")
        throw .missingResource(kind: "lexicon", name: name, searched: searched)
    }

    /// A pipeline definition's text by name (`news`) or by path (anything with a `/` or a `.pipeline` suffix).
    public func pipelineDefinition(_ nameOrPath: String) throws(WhoSaidError) -> (file: String, text: String) {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".pipeline") {
            guard let text = Self.readFile(nameOrPath) else {
                throw .missingResource(kind: "pipeline file", name: nameOrPath, searched: [nameOrPath])
            }
            return (nameOrPath, text)
        }
        let key = "Pipelines/\(nameOrPath).pipeline"
        guard let text = EmbeddedResources.files[key] else {
            throw .missingResource(
                kind: "pipeline", name: nameOrPath,
                searched: ["embedded pipelines (\(Self.embeddedPipelineNames.joined(separator: ", ")))"])
        }
        return (key, text)
    }

    /// A definition or lexicon file's text. Read with `InputFile` rather than
    /// `FileManager.contents(atPath:)`, which leaks its buffer on an empty file
    /// (found by the DefinitionFuzzer under LeakSanitizer).
    static func readFile(_ path: String) -> String? {
        guard case let .success(bytes) = InputFile.readAll(path, maxBytes: 1 << 30) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}

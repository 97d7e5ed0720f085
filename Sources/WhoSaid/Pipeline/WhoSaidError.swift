/// Every error the library reports. Messages name the file, line and field
/// where that applies, and say what was expected.
public enum WhoSaidError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A pipeline definition or lexicon file is malformed.
    case configuration(file: String, line: Int?, message: String)
    /// A named resource (pipeline or lexicon) could not be found.
    case missingResource(kind: String, name: String, searched: [String])
    /// One document could not be annotated; other documents are unaffected.
    case document(id: String, message: String)
    case icu(operation: String, code: Int32)
    /// Output could not be written (disk full, closed pipe): the run must stop.
    case output(message: String)

    public var description: String {
        switch self {
        case let .configuration(file, line, message):
            return "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
        case let .missingResource(kind, name, searched):
            return "\(kind) '\(name)' not found (looked in: \(searched.joined(separator: ", ")))"
        case let .document(id, message):
            return "\(id): \(message)"
        case let .output(message):
            return "output: \(message)"
        case let .icu(operation, code):
            return "ICU \(operation) failed: \(WhoSaidError.icuErrorName(code))"
        }
    }

    /// True for problems with the user's set-up rather than with one input document.
    public var isConfigurationError: Bool {
        switch self {
        case .configuration, .missingResource: return true
        case .document, .icu, .output: return false
        }
    }
}

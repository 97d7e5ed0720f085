#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes records to the run's destination.
final class RecordSink {
    private enum Target {
        case stream(FileWriter)
        /// Renamed into place by `finish`.
        case file(AtomicFile)
        case directory(OutputDirectory)
    }

    private let target: Target

    init(_ destination: BatchDestination) throws(WhoSaidError) {
        switch destination {
        case .standardOutput:
            target = .stream(FileWriter.standardOutput())
        case let .jsonLinesFile(path):
            target = .file(try AtomicFile(path: path))
        case let .directory(path):
            target = .directory(try OutputDirectory(path))
        }
    }

    var directory: OutputDirectory? { if case let .directory(directory) = target { directory } else { nil } }

    func write(_ json: [UInt8], relativePath: String?, id: String) throws(WhoSaidError) {
        switch target {
        case let .stream(writer):
            try writer.write(json + [UInt8(ascii: "\n")])
            try writer.flush()
        case let .file(file):
            try file.write(json + [UInt8(ascii: "\n")])
        case let .directory(directory):
            guard let relativePath else { throw .document(id: id, message: "no output path") }
            try directory.write(json, to: relativePath, id: id)
        }
    }

    /// Error records go on their line in a stream; a directory gets no file, so `--resume` retries the input.
    func writeError(_ json: [UInt8]) throws(WhoSaidError) {
        if directory == nil { try write(json, relativePath: nil, id: "") }
    }

    func finish() throws(WhoSaidError) {
        guard case let .file(file) = target else { return }
        try file.commit()
    }

    /// After a failed run: a JSONL file keeps its previous content.
    func abandon() {
        guard case let .file(file) = target else { return }
        file.abandon()
    }
}

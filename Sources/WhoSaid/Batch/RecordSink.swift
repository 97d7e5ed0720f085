#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes records to the run's destination.
final class RecordSink {
    private enum Target {
        case stream(FileWriter)
        /// Written to `temporaryPath`, renamed to `finalPath` by `finish`.
        case file(FileWriter, descriptor: Int32, temporaryPath: String, finalPath: String)
        case directory(OutputDirectory)
    }

    private let target: Target

    init(_ destination: BatchDestination) throws(WhoSaidError) {
        switch destination {
        case .standardOutput:
            target = .stream(FileWriter.standardOutput())
        case let .jsonLinesFile(path):
            let slash = path.lastIndex(of: "/")
            let directory = slash.map { String(path[...$0]) } ?? ""
            let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
            let temporaryPath = directory + ".\(name).tmp-\(getpid())"
            let descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw .output(message: "cannot create \(temporaryPath): \(String(cString: strerror(errno)))")
            }
            target = .file(FileWriter(fileDescriptor: descriptor), descriptor: descriptor,
                           temporaryPath: temporaryPath, finalPath: path)
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
        case let .file(writer, _, _, _):
            try writer.write(json + [UInt8(ascii: "\n")])
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
        guard case let .file(writer, descriptor, temporaryPath, finalPath) = target else { return }
        try writer.flush()
        close(descriptor)
        guard rename(temporaryPath, finalPath) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw .output(message: "cannot rename \(temporaryPath) to \(finalPath): \(reason)")
        }
    }

    /// After a failed run: a JSONL file keeps its previous content.
    func abandon() {
        guard case let .file(_, descriptor, temporaryPath, _) = target else { return }
        close(descriptor)
        unlink(temporaryPath)
    }
}

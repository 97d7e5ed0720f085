#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One input on its way to a worker; `byteCount` weighs it in the window and the progress.
struct BatchItem: Sendable {
    enum Kind: Sendable {
        case textFile(path: String, id: String)
        case standardInput(id: String)
        case record(line: [UInt8], lineNumber: Int, sourcePath: String?)
        case oversizedRecord(byteCount: Int, lineNumber: Int)
        case walkSkip(id: String, reason: String)
        case walkFailure(id: String, message: String)
    }

    var kind: Kind
    var byteCount: Int
}

struct DocumentResult: Sendable {
    enum Outcome: Sendable, Equatable {
        case annotated, failed
        case skipped(String)
    }

    var outcome: Outcome
    var id: String
    /// The record (a document or an error record); empty when skipped.
    var json: [UInt8] = []
    var messages: [String] = []
    /// Relative to the output directory, when writing one.
    var outputPath: String?
    var byteCount: Int
}

/// Turns one input into one result; runs on the worker threads.
struct DocumentWorker: Sendable {
    let annotator: RecordAnnotator
    let maxBytes: Int
    /// The output directory, when writing one (output paths are computed here, off the emitting thread).
    let outputDirectory: String?
    let resume: Bool

    func process(_ item: BatchItem) -> DocumentResult {
        switch item.kind {
        case let .walkSkip(id, reason):
            return DocumentResult(outcome: .skipped(reason), id: id, byteCount: item.byteCount)
        case let .walkFailure(id, message):
            return result(annotator.errorRecord(id: id, message: message), id: id, item: item)
        case let .textFile(path, id):
            return annotateFile(path: path, id: id, replacingExtension: true, item: item)
        case let .standardInput(id):
            return annotateFile(path: "-", id: id, replacingExtension: false, item: item)
        case let .oversizedRecord(byteCount, lineNumber):
            let id = "line \(lineNumber)"
            return result(annotator.tooLarge(id: id, byteCount: byteCount, limit: maxBytes), id: id, item: item)
        case let .record(line, lineNumber, sourcePath):
            switch annotator.parse(record: line, lineNumber: lineNumber) {
            case let .invalid(output):
                return result(output, id: "line \(lineNumber)", item: item)
            case let .record(record):
                let outputPath: String?
                switch self.outputPath(for: record.id, replacingExtension: false) {
                case let .success(path): outputPath = path
                case let .failure(error):
                    let output = annotator.errorRecord(id: record.id, message: Self.message(error), extraFields: record.extraFields)
                    return result(output, id: record.id, item: item)
                }
                if let sourcePath, isUpToDate(outputPath, input: sourcePath) {
                    return DocumentResult(outcome: .skipped("up to date"), id: record.id, byteCount: item.byteCount)
                }
                return result(annotator.annotate(record), id: record.id, item: item, outputPath: outputPath)
            }
        }
    }

    private func annotateFile(path: String, id: String, replacingExtension: Bool, item: BatchItem) -> DocumentResult {
        let outputPath: String?
        switch self.outputPath(for: id, replacingExtension: replacingExtension) {
        case let .success(path): outputPath = path
        case let .failure(error): return result(annotator.errorRecord(id: id, message: Self.message(error)), id: id, item: item)
        }
        if path != "-", isUpToDate(outputPath, input: path) {
            return DocumentResult(outcome: .skipped("up to date"), id: id, byteCount: item.byteCount)
        }
        switch InputFile.readAll(path, maxBytes: maxBytes, sniffBinary: path != "-") {
        case let .success(bytes):
            return result(annotator.annotate(bytes: bytes, id: id), id: id, item: item, outputPath: outputPath)
        case let .failure(.tooLarge(count)):
            return result(annotator.tooLarge(id: id, byteCount: count, limit: maxBytes), id: id, item: item)
        case let .failure(.unreadable(message)):
            return result(annotator.errorRecord(id: id, message: message), id: id, item: item)
        case let .failure(.binary(kind)):
            return DocumentResult(outcome: .skipped("binary (\(kind))"), id: id, byteCount: item.byteCount)
        }
    }

    /// nil when not writing a directory; a failure when the id cannot name a file inside it.
    private func outputPath(for id: String, replacingExtension: Bool) -> Result<String?, WhoSaidError> {
        guard outputDirectory != nil else { return .success(nil) }
        return OutputDirectory.relativePath(forID: id, replacingExtension: replacingExtension).map { $0 }
    }

    /// `--resume`: the output exists and was written after the input last changed.
    private func isUpToDate(_ outputPath: String?, input: String) -> Bool {
        guard resume, let outputDirectory, let outputPath else { return false }
        var outputInfo = stat(), inputInfo = stat()
        guard stat(outputDirectory + "/" + outputPath, &outputInfo) == 0, stat(input, &inputInfo) == 0 else { return false }
        return Self.modificationTime(outputInfo) > Self.modificationTime(inputInfo)
    }

    private static func modificationTime(_ info: stat) -> (seconds: Int, nanoseconds: Int) {
        #if canImport(Darwin)
        (info.st_mtimespec.tv_sec, info.st_mtimespec.tv_nsec)
        #else
        (info.st_mtim.tv_sec, info.st_mtim.tv_nsec)
        #endif
    }

    private func result(_ output: RecordAnnotator.Output, id: String, item: BatchItem, outputPath: String? = nil) -> DocumentResult {
        DocumentResult(outcome: output.failed ? .failed : .annotated, id: id, json: output.json, messages: output.messages,
                       outputPath: outputPath, byteCount: item.byteCount)
    }

    private static func message(_ error: WhoSaidError) -> String {
        if case let .document(_, message) = error { return message }
        return error.description
    }
}

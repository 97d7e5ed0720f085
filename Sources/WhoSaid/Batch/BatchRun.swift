#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a batch run's documents come from.
public enum BatchSource: Sendable {
    /// All of stdin is one text document.
    case standardInputText(id: String)
    /// Stdin carries JSON Lines records, answered one line per record as they arrive.
    case standardInputRecords
    /// Files and directories (walked); `.jsonl` files (or all, see `InputWalker`) hold records.
    case paths([String])
}

/// Where a batch run's records go.
public enum BatchDestination: Sendable {
    /// One JSON object per line, in input order, flushed per record.
    case standardOutput
    /// The same lines in a file that appears (by rename) only when the run completes.
    case jsonLinesFile(String)
    /// One `.json` file per document, mirroring the input tree; error records go to stderr only.
    case directory(String)
}

public struct BatchOptions: Sendable {
    public var jobs: Int
    public var maxBytes: Int
    /// Skip inputs whose output file (directory destination) is newer than the input.
    public var resume: Bool
    /// Report every skipped input on stderr.
    public var verbose: Bool
    /// Redraw a progress line on stderr.
    public var showProgress: Bool
    public var walker: InputWalker

    public init(jobs: Int, maxBytes: Int = 64 << 20, resume: Bool = false, verbose: Bool = false,
                showProgress: Bool = false, walker: InputWalker = InputWalker()) {
        self.jobs = jobs
        self.maxBytes = maxBytes
        self.resume = resume
        self.verbose = verbose
        self.showProgress = showProgress
        self.walker = walker
    }
}

/// What a run did: every input is counted once, as annotated, failed or skipped.
public struct BatchSummary: Sendable, Equatable {
    public var annotated = 0
    public var failed = 0
    public var skipped = 0
    /// Input bytes of the annotated documents.
    public var bytes = 0
    public var seconds = 0.0

    /// `N annotated, M failed, K skipped in T s (X MB/s)`.
    public var line: String {
        let rate = seconds > 0 ? Double(bytes) / 1e6 / seconds : 0
        return "\(annotated) annotated, \(failed) failed, \(skipped) skipped in \(oneDecimal(seconds)) s (\(oneDecimal(rate)) MB/s)"
    }
}

/// Annotates many documents in parallel with bounded memory and writes their
/// records in input order, so the same inputs always give the same bytes
/// whatever `jobs` is. Nothing is lost: each input ends up annotated, as an
/// error record (with a line on stderr), or counted as skipped with a reason.
public struct BatchRun {
    public var annotator: RecordAnnotator
    public var options: BatchOptions

    public init(annotator: RecordAnnotator, options: BatchOptions) {
        self.annotator = annotator
        self.options = options
    }

    /// Runs to the end; throws only when output cannot be written or stdin cannot be read.
    public func run(_ source: BatchSource, to destination: BatchDestination) throws(WhoSaidError) -> BatchSummary {
        let display = ProgressDisplay(enabled: options.showProgress)
        let inputs = BatchInputs(source: source, walker: options.walker, maxLineBytes: options.maxBytes)
        display.totalDocuments = inputs.totalDocuments
        display.totalBytes = inputs.totalBytes
        let sink = try RecordSink(destination)
        let worker = DocumentWorker(annotator: annotator, maxBytes: options.maxBytes,
                                    outputDirectory: sink.directory?.root, resume: options.resume)
        var summary = BatchSummary()
        var done = 0
        var processedBytes = 0
        do {
            try OrderedParallelMap.run(
                jobs: options.jobs, window: 4 * options.jobs, maxBufferedBytes: 32 << 20,
                produce: inputs.produce, transform: worker.process,
                emit: { result in
                    try record(result, to: sink, summary: &summary, display: display)
                    done += 1
                    processedBytes += result.byteCount
                    display.update(documents: done, bytes: processedBytes)
                })
            try sink.finish()
        } catch {
            sink.abandon()
            display.clearLine()
            throw error as? WhoSaidError ?? .output(message: "\(error)")
        }
        display.clearLine()
        summary.seconds = display.elapsedSeconds
        return summary
    }

    private func record(_ result: DocumentResult, to sink: RecordSink, summary: inout BatchSummary,
                        display: ProgressDisplay) throws(WhoSaidError) {
        for message in result.messages { display.message("whosaid: \(message)") }
        switch result.outcome {
        case let .skipped(reason):
            summary.skipped += 1
            if options.verbose { display.message("whosaid: \(result.id): skipped: \(reason)") }
        case .failed:
            summary.failed += 1
            try sink.writeError(result.json)
        case .annotated:
            do {
                try sink.write(result.json, relativePath: result.outputPath, id: result.id)
            } catch let .document(id, message) {
                summary.failed += 1
                display.message("whosaid: \(id): error: \(message)")
                return
            }
            summary.annotated += 1
            summary.bytes += result.byteCount
        }
    }
}

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

/// The inputs of a run, produced in order on the producer thread.
struct BatchInputs: Sendable {
    let source: BatchSource
    let entries: [WalkEntry]
    let maxLineBytes: Int

    init(source: BatchSource, walker: InputWalker, maxLineBytes: Int) {
        self.source = source
        self.maxLineBytes = maxLineBytes
        if case let .paths(paths) = source { entries = walker.walk(paths) } else { entries = [] }
    }

    /// Known when every input is a whole file; records inside JSONL files are counted only as they are read.
    var totalDocuments: Int? {
        guard case .paths = source else { return nil }
        let hasRecords = entries.contains { if case .file(_, _, _, true) = $0 { true } else { false } }
        return hasRecords ? nil : entries.count
    }

    var totalBytes: Int? {
        guard case .paths = source else { return nil }
        return entries.reduce(0) { if case let .file(_, _, count, _) = $1 { $0 + count } else { $0 } }
    }

    func produce(_ submit: OrderedParallelMap.Submit<BatchItem>) throws {
        switch source {
        case let .standardInputText(id):
            try submit(BatchItem(kind: .standardInput(id: id), byteCount: 0), 0)
        case .standardInputRecords:
            try produceRecords(from: STDIN_FILENO, sourcePath: nil, submit)
        case .paths:
            for entry in entries {
                switch entry {
                case let .file(path, id, byteCount, false):
                    try submit(BatchItem(kind: .textFile(path: path, id: id), byteCount: byteCount), byteCount)
                case let .file(path, id, _, true):
                    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
                    guard descriptor >= 0 else {
                        let failure = BatchItem.Kind.walkFailure(id: id, message: String(cString: strerror(errno)))
                        try submit(BatchItem(kind: failure, byteCount: 0), 0)
                        continue
                    }
                    defer { close(descriptor) }
                    do {
                        try produceRecords(from: descriptor, sourcePath: path, submit)
                    } catch let .document(_, message) as WhoSaidError {
                        try submit(BatchItem(kind: .walkFailure(id: id, message: message), byteCount: 0), 0)
                    }
                case let .skipped(id, reason):
                    try submit(BatchItem(kind: .walkSkip(id: id, reason: reason), byteCount: 0), 0)
                case let .failed(id, message):
                    try submit(BatchItem(kind: .walkFailure(id: id, message: message), byteCount: 0), 0)
                }
            }
        }
    }

    private func produceRecords(from descriptor: Int32, sourcePath: String?,
                                _ submit: OrderedParallelMap.Submit<BatchItem>) throws {
        let reader = LineReader(fileDescriptor: descriptor, maxLineBytes: maxLineBytes)
        var lineNumber = 0
        while let line = try reader.next() {
            lineNumber += 1
            switch line {
            case let .text(bytes):
                let item = BatchItem(kind: .record(line: bytes, lineNumber: lineNumber, sourcePath: sourcePath),
                                     byteCount: bytes.count + 1)
                try submit(item, bytes.count)
            case let .tooLong(count):
                try submit(BatchItem(kind: .oversizedRecord(byteCount: count, lineNumber: lineNumber), byteCount: count + 1), 0)
            }
        }
    }
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
        return (outputInfo.st_mtim.tv_sec, outputInfo.st_mtim.tv_nsec) > (inputInfo.st_mtim.tv_sec, inputInfo.st_mtim.tv_nsec)
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

/// `x.y` with one decimal, without Foundation's formatting.
func oneDecimal(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
}

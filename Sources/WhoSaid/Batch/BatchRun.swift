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

    /// The largest document annotated by default: annotating takes up to ~110 bytes of
    /// memory per input byte (README, "Limits"), so 16 MiB stays under 2 GB per document.
    public static let defaultMaxBytes = 16 << 20

    public init(jobs: Int, maxBytes: Int = defaultMaxBytes, resume: Bool = false, verbose: Bool = false,
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

/// `x.y` with one decimal, without Foundation's formatting.
func oneDecimal(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
}

import ArgumentParser
import WhoSaid

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Annotate text: sentences, entities, quotes and speakers as whosaid/1 JSON.",
        discussion: """
            With no path (or -), reads all of stdin as one document and writes one JSON object.
            With --format jsonl, reads JSON Lines records {"id": …, "text": …} from stdin and writes
            exactly one line per input line, in order, flushed per line; a bad record yields
            {"id": …, "error": …} on its line and processing goes on. Other fields of a record come
            back under "meta".
            Offsets are Unicode code-point offsets, end-exclusive (Python's text[start:end]).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, jsonl }

    @OptionGroup var pipelineOptions: PipelineOptions

    @Argument(help: ArgumentHelp("Text files to annotate, one document each; - or nothing reads stdin.", valueName: "path"))
    var paths: [String] = []

    @Option(help: "Input and output format: json (one document) or jsonl (one record per line).")
    var format: Format = .json

    @Option(help: "Document id for stdin input in json format.")
    var id = "stdin"

    @Option(name: .customLong("text-field"), help: "JSONL field holding the text.")
    var textField = "text"

    @Option(name: .customLong("id-field"), help: "JSONL field holding the document id.")
    var idField = "id"

    @Flag(help: "Indent the JSON for people (json format only).")
    var pretty = false

    @Flag(name: .customLong("with-tokens"), help: "Add the tokens to each document.")
    var withTokens = false

    @Flag(name: .customLong("with-text"), help: "Add the text to each document.")
    var withText = false

    @Flag(help: "Fail a document with invalid UTF-8 instead of replacing it with U+FFFD.")
    var strict = false

    @Option(name: .customLong("max-bytes"), help: "Largest document (or JSONL line) in bytes; larger ones become error records.")
    var maxBytes = 64 << 20

    @Option(name: .customLong("time-limit"), help: "Time budget per document in seconds (0: none); a document over it becomes an error record.")
    var timeLimit = 120.0

    func validate() throws {
        if timeLimit < 0 { throw ValidationError("--time-limit must be 0 or more seconds") }
        if pretty && format == .jsonl { throw ValidationError("--pretty applies to --format json only: a JSON Lines record must stay on one line") }
        if maxBytes <= 0 { throw ValidationError("--max-bytes must be positive") }
        if format == .jsonl && paths.contains(where: { $0 != "-" }) {
            throw ValidationError("--format jsonl reads records from stdin; pass no path")
        }
    }

    func run() throws {
        let annotator = RecordAnnotator(
            pipeline: try pipelineOptions.load(),
            encoder: DocumentEncoder(includeTokens: withTokens, includeText: withText, pretty: pretty),
            textField: textField, idField: idField, strict: strict,
            timeLimit: timeLimit > 0 ? .milliseconds(Int(timeLimit * 1000)) : nil)
        let output = FileWriter.standardOutput()
        var failures = 0
        func emit(_ result: RecordAnnotator.Output) throws {
            for message in result.messages { printError("whosaid: \(message)") }
            if result.failed { failures += 1 }
            try output.write(result.json + [UInt8(ascii: "\n")])
        }
        switch format {
        case .jsonl:
            let reader = LineReader(fileDescriptor: STDIN_FILENO, maxLineBytes: maxBytes)
            var lineNumber = 0
            while let line = try reader.next() {
                lineNumber += 1
                switch line {
                case let .text(bytes): try emit(annotator.annotate(record: bytes, lineNumber: lineNumber))
                case let .tooLong(count): try emit(annotator.tooLarge(id: "line \(lineNumber)", byteCount: count, limit: maxBytes))
                }
                try output.flush()
            }
        case .json:
            let inputs = paths.isEmpty ? ["-"] : paths
            for path in inputs {
                let documentID = path == "-" ? id : path
                switch InputFile.readAll(path, maxBytes: maxBytes) {
                case let .success(bytes): try emit(annotator.annotate(bytes: bytes, id: documentID))
                case let .failure(.tooLarge(count)): try emit(annotator.tooLarge(id: documentID, byteCount: count, limit: maxBytes))
                case let .failure(.unreadable(message)):
                    printError("whosaid: \(path): error: \(message)")
                    failures += 1
                }
            }
        }
        try output.flush()
        if failures > 0 { throw ExitCode(1) }
    }
}

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
            Inputs
              No path (or -): all of stdin is one document, one JSON object out.
              With --format jsonl, stdin carries JSON Lines records {"id": …,
              "text": …}: one line comes out per input line, in order, as soon
              as it is done (never waiting for the next line). Other fields of
              a record come back under "meta".
              A file is one document (id: its file name); a .jsonl file (any
              file with --input jsonl) holds records. A directory is walked
              recursively in sorted order, taking files whose path relative to
              it matches an --include glob (default *.txt; *.jsonl with --input
              jsonl) and no --exclude glob (fnmatch: * also matches /); the id
              is that relative path. Skipped and counted (--verbose names
              each): hidden names; binary files (a NUL byte in the first 8 KiB,
              or a PNG, JPEG, GIF, PDF, ZIP, gzip, bzip2, xz, zstd or ELF
              signature); directories reached again (symlink loops). Unreadable
              files and directories are errors. File names are listed up front
              (for the progress total); the texts stream through the workers.

            Outputs
              No --out: one document gives one JSON object, more give JSON Lines
              on stdout. Records come out in input order whatever --jobs is.
              --out DIR: one NAME.json per document, mirroring the input tree
              (a/b/story.txt -> DIR/a/b/story.json; a record -> DIR/<id>.json).
              Nothing is written outside DIR: an id that is empty, absolute, or
              has a '..' or '.' component or a NUL fails its document, and so
              does a directory under DIR that is a symlink leading out of it,
              or a second input mapping to the same file.
              --format jsonl --out FILE: JSON Lines in FILE.
              Files are written as .NAME.tmp-PID beside their final name and
              renamed, so a killed run leaves no half-written output (and FILE
              as it was); the next run into DIR removes a dead run's .tmp-PID.

            Nothing lost
              Each input is annotated, or fails with an error record and a line
              on stderr ({"id": …, "error": …} on its line in JSON Lines; in
              --out DIR no file, so --resume retries it), or is skipped with a
              reason. --resume (with --out DIR) skips inputs whose output is
              newer than the input, so a killed run continues where it stopped.
              A document over --max-bytes is an error record.
              On a terminal stderr shows documents done, MB/s and time left; at
              the end (unless --quiet, or for one document from stdin) comes:
                N annotated, M failed, K skipped in T s (X MB/s)
              Exit status: 0 all good, 1 some input failed, 2 usage or
              configuration error.

            Offsets are Unicode code points, end-exclusive (Python text[start:end]).

            Examples:
              whosaid annotate archive/ --out annotated/
              whosaid annotate archive/ --out annotated/ --resume   # continue
              whosaid annotate archive/ --format jsonl --out archive.jsonl
              whosaid annotate --format jsonl < records.jsonl > annotated.jsonl
              parallel --pipe -N 1000 whosaid annotate --format jsonl \\
                  < records.jsonl > annotated.jsonl
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, jsonl }
    enum InputKind: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

    @OptionGroup var pipelineOptions: PipelineOptions

    @Argument(help: ArgumentHelp("Files and directories to annotate; - or nothing reads stdin.", valueName: "path"))
    var paths: [String] = []

    @Option(help: "Output format: json (one object per document) or jsonl (one line per document; on stdin, records in too).")
    var format: Format?

    @Option(help: "Input format of files: text (one document per file) or jsonl (one record per line). Default: jsonl for names ending in .jsonl.")
    var input: InputKind?

    @Option(help: ArgumentHelp("Output: a directory (json format) or a JSON Lines file (--format jsonl). Default: stdout.",
                               valueName: "dir|file"))
    var out: String?

    @Option(help: ArgumentHelp("Take files whose relative path matches (repeatable; default *.txt).", valueName: "glob"))
    var include: [String] = []

    @Option(help: ArgumentHelp("Leave out files whose relative path matches (repeatable).", valueName: "glob"))
    var exclude: [String] = []

    @Option(help: "Worker threads; the default is this machine's core count.")
    var jobs = max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))

    @Flag(help: "With --out DIR: skip inputs whose output is newer than the input.")
    var resume = false

    @Flag(help: "Name every skipped input on stderr.")
    var verbose = false

    @Flag(help: "No progress and no summary on stderr (errors still go there).")
    var quiet = false

    @Option(help: "Document id for stdin input in json format.")
    var id = "stdin"

    @Option(name: .customLong("text-field"), help: "JSONL field holding the text.")
    var textField = "text"

    @Option(name: .customLong("id-field"), help: "JSONL field holding the document id.")
    var idField = "id"

    @Flag(help: "Indent the JSON for people (one document, or --out DIR).")
    var pretty = false

    @Flag(name: .customLong("with-tokens"), help: "Add the tokens to each document.")
    var withTokens = false

    @Flag(name: .customLong("with-text"), help: "Add the text to each document.")
    var withText = false

    @Flag(help: "Fail a document with invalid UTF-8 instead of replacing it with U+FFFD.")
    var strict = false

    @Option(name: .customLong("max-bytes"), help: "Largest document (or JSONL line) in bytes; larger ones become error records.")
    var maxBytes = BatchOptions.defaultMaxBytes

    @Option(name: .customLong("time-limit"), help: "Time budget per document in seconds (0: none); a document over it becomes an error record.")
    var timeLimit = 120.0

    private var readsStandardInput: Bool { paths.isEmpty || paths == ["-"] }

    private var source: BatchSource {
        if !readsStandardInput { return .paths(paths) }
        return format == .jsonl || input == .jsonl ? .standardInputRecords : .standardInputText(id: id)
    }

    private var destination: BatchDestination {
        guard let out else { return .standardOutput }
        return format == .jsonl ? .jsonLinesFile(out) : .directory(out)
    }

    /// One text document and no JSON Lines anywhere: the output is a single JSON object.
    private var isSingleDocument: Bool {
        if readsStandardInput { return format != .jsonl && input != .jsonl }
        var info = stat()
        return paths.count == 1 && format != .jsonl && input != .jsonl && !paths[0].hasSuffix(".jsonl")
            && stat(paths[0], &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    func validate() throws {
        if timeLimit < 0 { throw ValidationError("--time-limit must be 0 or more seconds") }
        if maxBytes <= 0 { throw ValidationError("--max-bytes must be positive") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if paths.count > 1 && paths.contains("-") { throw ValidationError("- (stdin) cannot be mixed with other paths") }
        if pretty && format == .jsonl { throw ValidationError("--pretty applies to --format json only: a JSON Lines record must stay on one line") }
        if pretty && out == nil && !isSingleDocument {
            throw ValidationError("--pretty needs a single document or --out DIR: JSON Lines records must stay on one line")
        }
        if resume, out == nil || format == .jsonl { throw ValidationError("--resume needs --out DIR (one file per document)") }
    }

    func run() throws {
        let annotator = RecordAnnotator(
            pipeline: try pipelineOptions.load(),
            encoder: DocumentEncoder(includeTokens: withTokens, includeText: withText, pretty: pretty),
            textField: textField, idField: idField, strict: strict,
            timeLimit: timeLimit > 0 ? .milliseconds(Int(timeLimit * 1000)) : nil)
        let walker = InputWalker(
            include: include.isEmpty ? [input == .jsonl ? "*.jsonl" : "*.txt"] : include,
            exclude: exclude, allJSONLines: input == .jsonl)
        let options = BatchOptions(
            jobs: jobs, maxBytes: maxBytes, resume: resume, verbose: verbose,
            showProgress: !quiet && isatty(STDERR_FILENO) == 1, walker: walker)
        let summary = try BatchRun(annotator: annotator, options: options).run(source, to: destination)
        // A lone stdin document is its own report; a summary would only be noise there.
        if !quiet, !(readsStandardInput && isSingleDocument) { printError(summary.line) }
        if summary.failed > 0 { throw ExitCode(1) }
    }
}

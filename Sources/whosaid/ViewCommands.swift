import ArgumentParser
import WhoSaid

/// Inputs and output format shared by the `quotes` and `entities` views.
struct ViewOptions: ParsableArguments {
    @OptionGroup var pipelineOptions: PipelineOptions

    @Argument(help: ArgumentHelp(
        "Raw text (.txt, annotated on the fly) or whosaid/1 output (.json, .jsonl, or a directory of them); - or nothing reads stdin.",
        valueName: "path"))
    var paths: [String] = []

    @Option(help: "Output: table (colors and wrapping on a terminal), tsv, csv (RFC 4180) or json (one object per line).")
    var format: TableRenderer.Format = .table

    @Option(name: .customLong("max-bytes"), help: "Largest input file in bytes.")
    var maxBytes = 64 << 20

    /// Reads every document, reporting bad inputs on stderr; true when all were read.
    func forEachDocument(_ body: (AnnotatedDocument) throws -> Void) throws -> Bool {
        var inputs = AnnotatedInputs(paths: paths, maxBytes: maxBytes) { () throws(WhoSaidError) in try pipelineOptions.load() }
        var allRead = true
        try inputs.forEach({ document in
            if let error = document.error {
                printError("whosaid: \(document.id): error record: \(error)")
                allRead = false
            } else {
                try body(document)
            }
        }, problem: { message in
            printError("whosaid: \(message)")
            allRead = false
        })
        return allRead
    }

    func print(columns: [String], rows: [[String]], wrapping: Int?, colored: Int?) throws {
        let renderer = TableRenderer(format: format, terminalWidth: format == .table ? Terminal.standardOutputWidth : nil,
                                     wrappingColumn: wrapping, coloredColumn: colored)
        let output = FileWriter.standardOutput()
        try output.write(Array(renderer.render(columns: columns, rows: rows).utf8))
        try output.flush()
    }
}

extension TableRenderer.Format: ExpressibleByArgument {}
extension QuoteType: ExpressibleByArgument {}
extension EntityType: ExpressibleByArgument {}

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List who said what: speaker, quote type, the quote and its cue.",
        discussion: """
            Examples:
              whosaid quotes article.txt                      # runs the pipeline, prints a table
              whosaid quotes out/ --speaker Benioff           # existing whosaid/1 output; any alias of the speaker
              whosaid quotes archive.jsonl --format csv > quotes.csv
            """)

    @OptionGroup var options: ViewOptions

    @Option(help: "Only quotes of this speaker: the canonical name, any of its mentions (including pronouns resolved to it), or one word of the name.")
    var speaker: String?

    @Option(help: "Only quotes of this type: direct, partial or indirect.")
    var type: QuoteType?

    @Flag(help: "Only quotes with no speaker.")
    var unattributed = false

    func validate() throws {
        if unattributed && speaker != nil { throw ValidationError("--unattributed and --speaker exclude each other") }
    }

    func run() throws {
        var listing = QuoteListing(filter: .init(speaker: speaker, type: type, unattributedOnly: unattributed))
        var documentIDs: Set<String> = []
        let allRead = try options.forEachDocument { document in
            documentIDs.insert(document.id)
            listing.add(document)
        }
        // The document column only helps when there are several documents (machine formats always keep it).
        let dropDocument = options.format == .table && documentIDs.count <= 1
        let columns = dropDocument ? Array(QuoteListing.columns.dropFirst()) : QuoteListing.columns
        let rows = dropDocument ? listing.rows.map { Array($0.dropFirst()) } : listing.rows
        let offset = dropDocument ? 1 : 0
        try options.print(columns: columns, rows: rows, wrapping: 3 - offset, colored: 1 - offset)
        if !allRead { throw ExitCode(1) }
    }
}

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the entities: name, type, mentions, aliases seen and quotes, most mentioned first.")

    @OptionGroup var options: ViewOptions

    @Option(help: "Only entities of this type: PERSON, ORG, LOC or MISC.")
    var type: EntityType?

    func run() throws {
        var listing = EntityListing(type: type)
        let allRead = try options.forEachDocument { listing.add($0) }
        try options.print(columns: EntityListing.columns, rows: listing.rows, wrapping: 3, colored: nil)
        if !allRead { throw ExitCode(1) }
    }
}

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Render an annotated article as a self-contained HTML page, quotes colored by speaker.",
        discussion: "Example: whosaid show article.txt --html article.html")

    @OptionGroup var pipelineOptions: PipelineOptions

    @Argument(help: ArgumentHelp("One article: raw text, or whosaid/1 JSON written with --with-text.", valueName: "path"))
    var path: String

    @Option(help: ArgumentHelp("Where to write the HTML page.", valueName: "file"))
    var html: String

    func run() throws {
        var inputs = AnnotatedInputs(paths: [path]) { () throws(WhoSaidError) in try pipelineOptions.load() }
        var documents: [AnnotatedDocument] = []
        var problems: [String] = []
        try inputs.forEach({ documents.append($0) }, problem: { problems.append($0) })
        if let problem = problems.first { throw WhoSaidError.document(id: path, message: problem) }
        guard documents.count == 1, let document = documents.first else {
            throw ValidationError("\(path) holds \(documents.count) documents; show takes exactly one")
        }
        if let error = document.error { throw WhoSaidError.document(id: document.id, message: "error record: \(error)") }
        try AtomicFile.write(Array(try HTMLRenderer().render(document).utf8), to: html)
    }
}

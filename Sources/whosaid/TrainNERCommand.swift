import ArgumentParser
import Foundation
import WhoSaid

struct TrainNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-ner",
        abstract: "Train the named-entity tagger on CoNLL-2003-format data and write its model file.",
        discussion: """
            Reports dev F1 (gold tokenization) after each epoch and writes the averaged weights of the best \
            epoch. The lexicons the features read are the default ones (see `whosaid stages`), looked up in \
            --lexicons directories first; their names and hashes are recorded in the model. \
            Build with `swift build -c release` first: training in a debug build is many times slower.
            """)

    @Option(help: ArgumentHelp("Training data (CoNLL-2003 format).", valueName: "file"))
    var train: String

    @Option(help: ArgumentHelp("Development data (CoNLL-2003 format), to pick the best epoch.", valueName: "file"))
    var dev: String

    @Option(help: ArgumentHelp("Where to write the model.", valueName: "path"))
    var output: String

    @Option(help: "Passes over the training data.")
    var epochs = 12

    @Option(name: .customLong("max-features"), help: "Keep at most this many features (those with the largest weights).")
    var maxFeatures = 50_000

    enum Tokens: String, ExpressibleByArgument, CaseIterable { case pipeline, corpus }

    @Option(help: "Tokens and sentences to train on: the pipeline's segmentation of the corpus text (labels projected), or the corpus's own.")
    var tokens: Tokens = .pipeline

    @Option(help: ArgumentHelp("The pipeline whose segmentation stages split the text (with --tokens pipeline).", valueName: "name|path"))
    var pipeline = "news"

    @Option(name: .customLong("feature-dropout"), help: "Probability of leaving out each feature of a training token (regularizes).")
    var featureDropout = 0.0

    @Option(name: .long, help: ArgumentHelp(
        "A directory searched before the embedded Lexicons/ (repeatable; also WHOSAID_LEXICONS).", valueName: "dir"))
    var lexicons: [String] = []

    func validate() throws {
        if epochs < 1 { throw ValidationError("--epochs must be at least 1") }
        if maxFeatures < 1 { throw ValidationError("--max-features must be at least 1") }
        if !(0..<1).contains(featureDropout) { throw ValidationError("--feature-dropout must be at least 0 and below 1") }
    }

    func run() throws {
        let resources = ResourceStore.standard(lexiconDirectories: lexicons)
        var trainer = try NERTrainer(lexicons: NERTrainer.defaultLexicons(from: resources))
        trainer.featureDropRate = featureDropout
        let segmenter = tokens == .pipeline ? try NERTrainer.segmenter(pipeline: pipeline, resources: resources) : nil
        func read(_ path: String) throws -> [NERTrainingDocument] {
            let documents = try CoNLLReader.documents(inFile: path)
            guard let segmenter else { return documents.map(\.trainingDocument) }
            return try documents.map { document throws(WhoSaidError) in try document.trainingDocument(segmentedBy: segmenter) }
        }
        let training = try read(train)
        let development = try read(dev)
        print("training on \(training.count) documents, picking the epoch on \(development.count) dev documents")
        let start = Date()
        let model = try trainer.train(on: training, dev: development, epochs: epochs, maximumFeatures: maxFeatures) { report in
            let dev = report.dev.overall
            print(String(format: "epoch %2d: %6d errors in %d tokens, %d features; dev P %.4f R %.4f F1 %.4f%@ (%.0f s)",
                         report.epoch, report.trainingErrors, report.trainingTokens, report.features,
                         dev.precision, dev.recall, dev.f1, report.isBest ? " best" : "", Date().timeIntervalSince(start)))
        }
        do {
            try model.write(toFile: output, atomically: true, encoding: .utf8)
        } catch {
            throw WhoSaidError.output(message: "\(output): \(error.localizedDescription)")
        }
        print("wrote \(output) (\(model.utf8.count) bytes)")
    }
}

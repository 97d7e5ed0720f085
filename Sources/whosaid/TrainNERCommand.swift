import ArgumentParser
import Foundation
import WhoSaid

struct TrainNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-ner",
        abstract: "Train the named-entity tagger on CoNLL-2003-format data and write its model file.",
        discussion: """
            Reports dev F1 (gold tokenization) after each epoch and writes the averaged weights of the best
            epoch. The lexicons the features read are the default ones (see `whosaid stages`), looked up in
            --lexicons directories first; their names and hashes are recorded in the model.
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
    var maxFeatures = 200_000

    @Option(name: .long, help: ArgumentHelp(
        "A directory searched before the embedded Lexicons/ (repeatable; also WHOSAID_LEXICONS).", valueName: "dir"))
    var lexicons: [String] = []

    func validate() throws {
        if epochs < 1 { throw ValidationError("--epochs must be at least 1") }
        if maxFeatures < 1 { throw ValidationError("--max-features must be at least 1") }
    }

    func run() throws {
        let trainer = try NERTrainer(lexicons: NERTrainer.defaultLexicons(from: .standard(lexiconDirectories: lexicons)))
        let training = try CoNLLReader.documents(inFile: train).map(\.trainingDocument)
        let development = try CoNLLReader.documents(inFile: dev).map(\.trainingDocument)
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

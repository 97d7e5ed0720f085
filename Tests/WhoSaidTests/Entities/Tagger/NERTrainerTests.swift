import Foundation
import Testing
@testable import WhoSaid

/// The shared corpora next to the package (`../shared`), absent on most machines.
enum SharedData {
    static let conll = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/data/conll2003")
    static let isAvailable = FileManager.default.fileExists(atPath: conll.appendingPathComponent("train.txt").path)
}

@Suite struct NERTrainerTests {
    @Test func reportsEveryEpochAndMarksTheBest() throws {
        var reports: [NERTrainer.EpochReport] = []
        let documents = TaggerFixtures.trainingDocuments
        _ = try TaggerFixtures.trainer().train(on: documents, dev: documents, epochs: 3, maximumFeatures: 100) {
            reports.append($0)
        }
        #expect(reports.map(\.epoch) == [1, 2, 3])
        #expect(reports[0].isBest)
        #expect(reports.allSatisfy { $0.trainingTokens == documents.map(\.labels.count).reduce(0, +) })
    }

    @Test func keepsOnlyTheLargestFeatures() throws {
        let documents = TaggerFixtures.trainingDocuments
        let text = try TaggerFixtures.trainer().train(on: documents, dev: documents, epochs: 3, maximumFeatures: 25) { _ in }
        #expect(text.contains("\nfeatures\t25\n"))
        #expect(try NERModel(parsing: LexiconFile(name: "small.model", text: text)).weights.count == 25)
    }

    @Test func rejectsUnknownLabels() throws {
        var document = TaggerFixtures.trainingDocuments[0]
        document.labels[0] = "B-PERSON"
        #expect(throws: WhoSaidError.document(id: "doc0001", message: "token 1: unknown label 'B-PERSON' (expected O, B-X or I-X with X one of PER, ORG, LOC, MISC)")) {
            try TaggerFixtures.trainer().train(on: [document], dev: [], epochs: 1, maximumFeatures: 10) { _ in }
        }
    }

    @Test(.enabled(if: SharedData.isAvailable, "needs ../shared/data/conll2003"))
    func learnsFromASliceOfConll() throws {
        let train = try CoNLLReader.documents(inFile: SharedData.conll.appendingPathComponent("train.txt").path)
        let dev = try CoNLLReader.documents(inFile: SharedData.conll.appendingPathComponent("valid.txt").path)
        var lastF1 = 0.0
        _ = try TaggerFixtures.trainer().train(
            on: train.prefix(40).map(\.trainingDocument), dev: dev.prefix(20).map(\.trainingDocument),
            epochs: 2, maximumFeatures: 20_000
        ) { lastF1 = $0.dev.overall.f1 }
        #expect(lastF1 > 0.4)
    }
}

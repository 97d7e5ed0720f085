// Pipeline definitions and lexicon files from arbitrary bytes: every input must
// load or give a configuration error, never crash.
import Foundation
import FuzzDriver
import WhoSaid

/// A folder whose segmentation lexicons are the fuzzed text, searched before the embedded ones.
private let lexiconFolder: String = {
    let folder = NSTemporaryDirectory() + "whosaid-fuzz-\(getpid())"
    try! FileManager.default.createDirectory(atPath: folder + "/segmentation", withIntermediateDirectories: true)
    return folder
}()

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzDefinitions(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let text = TextDecoding.decodeUTF8(UnsafeBufferPointer(start: data, count: size)).text
    if let definition = try? PipelineDefinition(file: "fuzz.pipeline", text: text) {
        _ = try? Pipeline(definition: definition, resources: ResourceStore())
    }
    let lexicon = LexiconFile(name: "fuzz.tsv", text: text)
    _ = try? lexicon.uniqueRows(columns: ["name", "type", "aliases"], minimum: 2)
    // The real loaders: the segmentation stages read the fuzzed text as their lexicons.
    for name in ["abbreviations.tsv", "sentence-openers.txt"] {
        FileManager.default.createFile(atPath: lexiconFolder + "/segmentation/" + name, contents: Data(text.utf8))
    }
    let segmentation = "[paragraphs]\n[tokens]\n[sentences]\n"
    if let definition = try? PipelineDefinition(file: "segmentation.pipeline", text: segmentation) {
        _ = try? Pipeline(definition: definition, resources: ResourceStore(lexiconDirectories: [lexiconFolder]))
    }
    return 0
}

runFuzzer(fuzzDefinitions)

// Pipeline definitions and lexicon files from arbitrary bytes: every input must
// load or give a configuration error, never crash.
import Foundation
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

// libFuzzer's own main cannot be used (SwiftPM renames every executable's entry
// point), so the target's entry point hands control to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

var argumentCount = CommandLine.argc
var argumentValues: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argumentCount, &argumentValues, fuzzDefinitions))

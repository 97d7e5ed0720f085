import Foundation

/// Runs the built `whosaid` binary (it sits beside the test bundle).
enum CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutLines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
    }

    static let binary: URL = {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = testBinary.deletingLastPathComponent()
        // Inside an .xctest bundle on some platforms, walk up to the products directory.
        while directory.path != "/" && !FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent("whosaid").path) {
            directory = directory.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("whosaid")
    }()

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `whosaid` (or `executable`, e.g. a wrapper that runs it) and collects its outputs.
    static func run(_ arguments: [String], stdin: Data = Data(), environment: [String: String]? = nil,
                    directory: URL? = nil, executable: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable ?? binary
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let directory { process.currentDirectoryURL = directory }
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Feed stdin and drain both outputs concurrently so large payloads cannot deadlock.
        // The group both waits for the helper threads and makes their writes visible here.
        let helpers = DispatchGroup()
        helpers.enter()
        Thread {
            input.fileHandleForWriting.write(stdin)
            try? input.fileHandleForWriting.close()
            helpers.leave()
        }.start()
        nonisolated(unsafe) var errorData = Data()
        helpers.enter()
        Thread {
            errorData = errors.fileHandleForReading.readDataToEndOfFile()
            helpers.leave()
        }.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        helpers.wait()
        return Result(status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
                      stderr: String(decoding: errorData, as: UTF8.self))
    }

    static func run(_ arguments: [String], stdin: String) throws -> Result {
        try run(arguments, stdin: Data(stdin.utf8))
    }
}

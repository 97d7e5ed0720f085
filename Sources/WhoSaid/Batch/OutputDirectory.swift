#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `--out DIR` tree: one JSON file per document, written atomically, never outside the root.
public final class OutputDirectory {
    public let root: String
    /// The root with symlinks resolved: every file written must resolve to a place below it.
    private let resolvedRoot: String
    /// Directories below the root (relative paths) already checked or created in this run.
    private var checkedDirectories: Set<String> = []
    /// Files written in this run, so two inputs that map to one output cannot overwrite each other.
    private var written: Set<String> = []

    public init(_ root: String) throws(WhoSaidError) {
        self.root = root
        if mkdir(root, 0o755) != 0 && errno != EEXIST {
            throw .output(message: "cannot create \(root): \(String(cString: strerror(errno)))")
        }
        guard let resolved = realpath(root, nil) else {
            throw .output(message: "cannot open \(root): \(String(cString: strerror(errno)))")
        }
        resolvedRoot = String(cString: resolved)
        free(resolved)
        removeStaleTemporaryFiles(in: "")
        checkedDirectories.insert("")
    }

    /// The output path (relative to the root) for a document id, or why the id cannot name a file
    /// inside the root. A text file's extension is replaced (`a/story.txt` → `a/story.json`);
    /// other ids get `.json` appended.
    public static func relativePath(forID id: String, replacingExtension: Bool) -> Result<String, WhoSaidError> {
        func refuse(_ reason: String) -> Result<String, WhoSaidError> {
            .failure(.document(id: id, message: "id cannot name an output file: \(reason)"))
        }
        if id.isEmpty { return refuse("it is empty") }
        if id.hasPrefix("/") { return refuse("it is an absolute path") }
        if id.utf8.contains(0) { return refuse("it contains a NUL character") }
        let components = id.split(separator: "/", omittingEmptySubsequences: false)
        if components.contains(where: { $0 == ".." }) { return refuse("it contains a '..' component") }
        if components.contains(where: { $0.isEmpty || $0 == "." }) { return refuse("it contains an empty or '.' component") }
        var name = String(components.last!)
        if replacingExtension, let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
        return .success((components.dropLast().map { $0 + "/" }.joined()) + name + ".json")
    }

    /// The full path of a relative output path (for the `--resume` check).
    public func path(of relativePath: String) -> String { root + "/" + relativePath }

    /// Writes `json` to `relativePath` through a temporary file in the same directory and a rename,
    /// so no reader (and no run killed midway) ever sees half a file. A document-level refusal
    /// (a second input for the same file, a symlink leading out of the root) is a `.document` error;
    /// an I/O failure is an `.output` error that should stop the run.
    public func write(_ json: [UInt8], to relativePath: String, id: String) throws(WhoSaidError) {
        guard written.insert(relativePath).inserted else {
            throw .document(id: id, message: "output \(relativePath) was already written by an earlier input of this run")
        }
        let components = relativePath.split(separator: "/").map(String.init)
        var directory = ""
        for component in components.dropLast() {
            directory += directory.isEmpty ? component : "/" + component
            try ensureDirectory(directory, id: id)
        }
        try AtomicFile.write(json + [UInt8(ascii: "\n")], to: path(of: relativePath))
    }

    /// Makes sure the directory exists below the root and, if it is a symlink, that it resolves inside the root.
    private func ensureDirectory(_ relativeDirectory: String, id: String) throws(WhoSaidError) {
        if checkedDirectories.contains(relativeDirectory) { return }
        let fullPath = path(of: relativeDirectory)
        var info = stat()
        if lstat(fullPath, &info) != 0 {
            guard errno == ENOENT, mkdir(fullPath, 0o755) == 0 || errno == EEXIST else {
                throw .output(message: "cannot create \(fullPath): \(String(cString: strerror(errno)))")
            }
        } else if (info.st_mode & S_IFMT) == S_IFLNK {
            guard let resolved = realpath(fullPath, nil) else {
                throw .document(id: id, message: "output directory \(fullPath) is a broken symlink")
            }
            let target = String(cString: resolved)
            free(resolved)
            guard target == resolvedRoot || target.hasPrefix(resolvedRoot + "/") else {
                throw .document(id: id, message: "output directory \(fullPath) is a symlink to \(target), outside \(root)")
            }
        } else if (info.st_mode & S_IFMT) != S_IFDIR {
            throw .document(id: id, message: "\(fullPath) is in the way of an output directory")
        }
        removeStaleTemporaryFiles(in: relativeDirectory)
        checkedDirectories.insert(relativeDirectory)
    }

    /// Removes the `.NAME.tmp-PID` files that killed runs left in a directory, once per
    /// directory and run. A file whose process still lives (a concurrent run) is left alone.
    private func removeStaleTemporaryFiles(in relativeDirectory: String) {
        let directoryPath = path(of: relativeDirectory)
        for name in sortedDirectoryEntries(directoryPath) ?? [] {
            guard name.hasPrefix("."), let dash = name.lastIndex(of: "-"), name[..<dash].hasSuffix(".tmp"),
                  let pid = pid_t(name[name.index(after: dash)...]), pid != getpid(),
                  kill(pid, 0) != 0 && errno == ESRCH else { continue }
            unlink(directoryPath + "/" + name)
        }
    }
}

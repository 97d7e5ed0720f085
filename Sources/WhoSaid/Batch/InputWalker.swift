#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One thing the walk found, in walk order.
public enum WalkEntry: Sendable, Equatable {
    /// A file to annotate; `id` is its path relative to the root it was found under
    /// (the file name for a file given directly).
    case file(path: String, id: String, byteCount: Int, isJSONLines: Bool)
    case skipped(id: String, reason: String)
    case failed(id: String, message: String)
}

/// Expands files and directories into the files to annotate.
///
/// Directories are walked recursively in sorted name order, so a run over the
/// same tree always sees the same sequence. Hidden names are skipped, files
/// are kept when their path relative to the root matches an include glob and
/// no exclude glob (fnmatch(3) without FNM_PATHNAME: `*` also matches `/`).
/// Symlinks are followed; each directory (by device and inode) is walked once,
/// so a link loop ends the descent instead of hanging. Files given directly are
/// taken whatever their name. Only metadata is read here: the binary check
/// happens when a worker reads the file.
public struct InputWalker: Sendable {
    public var include: [String]
    public var exclude: [String]
    /// Treat every file as JSON Lines (otherwise only names ending in `.jsonl`).
    public var allJSONLines: Bool

    public init(include: [String] = ["*.txt"], exclude: [String] = [], allJSONLines: Bool = false) {
        self.include = include
        self.exclude = exclude
        self.allJSONLines = allJSONLines
    }

    private struct DirectoryIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    public func walk(_ roots: [String]) -> [WalkEntry] {
        var entries: [WalkEntry] = []
        var visited: Set<DirectoryIdentity> = []
        for root in roots {
            var info = stat()
            guard stat(root, &info) == 0 else {
                entries.append(.failed(id: root, message: String(cString: strerror(errno))))
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                if visited.insert(identity(info)).inserted {
                    walkDirectory(root, relative: "", into: &entries, visited: &visited)
                } else {
                    entries.append(.skipped(id: root, reason: "directory already walked"))
                }
            case S_IFREG:
                let name = root.split(separator: "/").last.map(String.init) ?? root
                entries.append(.file(path: root, id: name, byteCount: Int(info.st_size), isJSONLines: isJSONLines(name)))
            default:
                entries.append(.skipped(id: root, reason: "not a regular file"))
            }
        }
        return entries
    }

    private func walkDirectory(_ path: String, relative: String, into entries: inout [WalkEntry],
                               visited: inout Set<DirectoryIdentity>) {
        guard let names = sortedDirectoryEntries(path) else {
            entries.append(.failed(id: relative.isEmpty ? path : relative,
                                   message: "cannot read directory: \(String(cString: strerror(errno)))"))
            return
        }
        let base = path.hasSuffix("/") ? path : path + "/"
        for name in names {
            let childPath = base + name
            let childID = relative.isEmpty ? name : relative + "/" + name
            if name.hasPrefix(".") {
                entries.append(.skipped(id: childID, reason: "hidden"))
                continue
            }
            var info = stat()
            guard stat(childPath, &info) == 0 else {
                let reason = String(cString: strerror(errno))
                var link = stat()
                if lstat(childPath, &link) == 0 && (link.st_mode & S_IFMT) == S_IFLNK {
                    entries.append(.skipped(id: childID, reason: "broken symlink (\(reason))"))
                } else {
                    entries.append(.failed(id: childID, message: reason))
                }
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                if visited.insert(identity(info)).inserted {
                    walkDirectory(childPath, relative: childID, into: &entries, visited: &visited)
                } else {
                    entries.append(.skipped(id: childID, reason: "directory already walked (symlink loop or second link)"))
                }
            case S_IFREG where isSelected(childID):
                entries.append(.file(path: childPath, id: childID, byteCount: Int(info.st_size),
                                     isJSONLines: isJSONLines(name)))
            case S_IFREG:
                break  // left out by --include/--exclude: not an input, so not counted
            default:
                if isSelected(childID) { entries.append(.skipped(id: childID, reason: "not a regular file")) }
            }
        }
    }

    func isSelected(_ relativePath: String) -> Bool {
        include.contains { fnmatch($0, relativePath, 0) == 0 } && !exclude.contains { fnmatch($0, relativePath, 0) == 0 }
    }

    private func isJSONLines(_ name: String) -> Bool { allJSONLines || name.hasSuffix(".jsonl") }

    private func identity(_ info: stat) -> DirectoryIdentity {
        DirectoryIdentity(device: UInt64(truncatingIfNeeded: info.st_dev), inode: UInt64(info.st_ino))
    }
}

/// The entry names of a directory (without `.` and `..`), sorted; nil with `errno` set when it cannot be read.
func sortedDirectoryEntries(_ path: String) -> [String]? {
    guard let directory = opendir(path) else { return nil }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
        let name = withUnsafePointer(to: &entry.pointee.d_name) {
            $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
        }
        if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
}

import Foundation

/// The `.txt` articles below a directory, in path order.
public enum ArticleDirectory {
    public static func texts(in directory: String) throws(WhoSaidError) -> [String] {
        let root = URL(fileURLWithPath: directory)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw .missingResource(kind: "directory", name: directory, searched: [directory])
        }
        let paths = walker.compactMap { ($0 as? URL)?.path }.filter { $0.hasSuffix(".txt") }.sorted()
        guard !paths.isEmpty else { throw .missingResource(kind: ".txt files", name: directory, searched: [directory]) }
        return paths.map { path in
            TextDecoding.decodeUTF8(FileManager.default.contents(atPath: path) ?? Data()).text
        }
    }
}

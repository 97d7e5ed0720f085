import Foundation

/// The `.txt` articles below a directory, in walk order (see `InputWalker`).
public enum ArticleDirectory {
    public static func texts(in directory: String) throws(WhoSaidError) -> [String] {
        let paths = InputWalker().walk([directory]).compactMap { entry in
            if case let .file(path, _, _, _) = entry { path } else { nil }
        }
        guard !paths.isEmpty else { throw .missingResource(kind: ".txt files", name: directory, searched: [directory]) }
        return paths.map { path in
            TextDecoding.decodeUTF8(FileManager.default.contents(atPath: path) ?? Data()).text
        }
    }
}

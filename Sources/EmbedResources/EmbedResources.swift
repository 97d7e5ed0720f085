// Build tool: writes a Swift file holding every text file below the given
// folders, keyed "Folder/relative/path". Usage: EmbedResources OUTPUT FOLDER...
import Foundation

@main
enum EmbedResources {
    static func main() throws {
        let arguments = CommandLine.arguments.dropFirst()
        guard let outputPath = arguments.first, arguments.count >= 2 else {
            FileHandle.standardError.write(Data("usage: EmbedResources OUTPUT FOLDER...\n".utf8))
            exit(2)
        }

        var entries: [(key: String, literal: String)] = []
        for folderPath in arguments.dropFirst() {
            let folder = URL(fileURLWithPath: folderPath).standardizedFileURL
            let prefix = folder.lastPathComponent
            guard let walker = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
            else { continue }
            for case let url as URL in walker {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                let relative = String(url.standardizedFileURL.path.dropFirst(folder.path.count + 1))
                let data = try Data(contentsOf: url)
                guard let text = String(data: data, encoding: .utf8) else {
                    FileHandle.standardError.write(Data("error: \(url.path) is not UTF-8 text; only text resources can be embedded\n".utf8))
                    exit(1)
                }
                entries.append((prefix + "/" + relative, swiftLiteral(text)))
            }
        }
        entries.sort { $0.key < $1.key }

        var source = "// Generated at build time by the EmbedResources tool from Lexicons/ and Pipelines/. Do not edit.\n"
        source += "enum EmbeddedResources {\n    static let files: [String: String] = [\n"
        for entry in entries {
            source += "        \(swiftLiteral(entry.key)): \(entry.literal),\n"
        }
        if entries.isEmpty { source += "        :\n" }
        source += "    ]\n}\n"

        let output = URL(fileURLWithPath: outputPath)
        if (try? String(contentsOf: output, encoding: .utf8)) != source {
            try source.write(to: output, atomically: true, encoding: .utf8)
        }
    }

    static func swiftLiteral(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

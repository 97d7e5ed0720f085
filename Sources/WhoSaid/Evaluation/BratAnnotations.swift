/// A span of text given as code-point fragments, `[start, end)` each, sorted.
public typealias Fragments = [Span]

/// One attribution event of a brat standoff file in the PolNeAR layout:
/// `E1  Attribution:T4 Content:T3 Cue:T2 Source:T1` (numbered roles such as
/// `Content2` join their base role).
public struct BratAttribution: Sendable {
    public var id: String
    public var content: Fragments
    public var source: Fragments
    public var cue: Fragments
}

/// Reads the `T` (text-bound) and `E` (event) lines of a `.ann` file; other lines are ignored.
public enum BratReader {
    public static func attributions(in annotation: String, file: String) throws(WhoSaidError) -> [BratAttribution] {
        var spans: [String: Fragments] = [:]
        var events: [(id: String, roles: [String: [String]])] = []
        var lineNumber = 0
        for rawLine in annotation.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            guard !rawLine.isEmpty else { continue }
            let parts = rawLine.split(separator: "\t", omittingEmptySubsequences: false)
            if rawLine.hasPrefix("T"), parts.count >= 2 {
                guard let space = parts[1].firstIndex(of: " ") else { continue }
                var fragments: Fragments = []
                for fragment in parts[1][parts[1].index(after: space)...].split(separator: ";") {
                    let bounds = fragment.split(whereSeparator: \.isWhitespace)
                    guard bounds.count == 2, let start = Int(bounds[0]), let end = Int(bounds[1]), start <= end else {
                        throw .configuration(file: file, line: lineNumber, message: "bad text-bound fragment '\(fragment)'")
                    }
                    fragments.append(Span(start: start, end: end))
                }
                spans[String(parts[0])] = fragments.sorted()
            } else if rawLine.hasPrefix("E"), parts.count >= 2 {
                var roles: [String: [String]] = [:]
                for argument in parts[1].split(whereSeparator: \.isWhitespace) {
                    guard let colon = argument.firstIndex(of: ":") else {
                        throw .configuration(file: file, line: lineNumber, message: "bad event argument '\(argument)'")
                    }
                    let role = String(argument[..<colon].reversed().drop(while: \.isNumber).reversed())
                    roles[role, default: []].append(String(argument[argument.index(after: colon)...]))
                }
                events.append((String(parts[0]), roles))
            }
        }
        return events.map { event in
            func fragments(_ role: String) -> Fragments {
                (event.roles[role] ?? []).flatMap { spans[$0] ?? [] }.sorted()
            }
            return BratAttribution(id: event.id, content: fragments("Content"), source: fragments("Source"), cue: fragments("Cue"))
        }
    }
}

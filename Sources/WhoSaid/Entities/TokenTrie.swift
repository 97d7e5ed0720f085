/// Phrases of tokens (as vocabulary ids) with a value each, for longest-match lookup.
///
/// The edges of all nodes live in one dictionary keyed by (node, token), so a
/// step costs one integer hash and the trie needs no per-node allocation.
struct TokenTrie<Value: Sendable>: Sendable {
    private static var root: Int32 { 0 }

    private var edges: [UInt64: Int32] = [:]
    private var values: [Value?] = [nil]

    private static func edge(_ node: Int32, _ token: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: token))
    }

    /// Adds `phrase` with `value`; a phrase already present keeps its first value (returns false).
    @discardableResult
    mutating func insert(_ phrase: [Int32], value: Value) -> Bool {
        precondition(!phrase.isEmpty, "empty phrase")
        var node = Self.root
        for token in phrase {
            let key = Self.edge(node, token)
            if let child = edges[key] {
                node = child
            } else {
                let child = Int32(values.count)
                values.append(nil)
                edges[key] = child
                node = child
            }
        }
        guard values[Int(node)] == nil else { return false }
        values[Int(node)] = value
        return true
    }

    /// The longest phrase that starts at `start` and ends by `limit`: its end index and value.
    func longestMatch(in tokens: [Int32], from start: Int, limit: Int) -> (end: Int, value: Value)? {
        var node = Self.root
        var best: (end: Int, value: Value)?
        var index = start
        while index < limit, let child = edges[Self.edge(node, tokens[index])] {
            node = child
            index += 1
            if let value = values[Int(node)] { best = (index, value) }
        }
        return best
    }

    /// Whether some phrase starts with `token`.
    func hasPhrase(startingWith token: Int32) -> Bool {
        edges[Self.edge(Self.root, token)] != nil
    }

    /// The value of a one-token phrase.
    func value(of token: Int32) -> Value? {
        edges[Self.edge(Self.root, token)].flatMap { values[Int($0)] }
    }
}

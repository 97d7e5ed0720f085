/// Phrases of tokens (as vocabulary ids) with a value each, for longest-match lookup.
///
/// The edges of all nodes live in one `KeyTable` keyed by (node, token), so a
/// step costs one multiplication and probe (no `Hasher`), and the trie needs no
/// per-node allocation. Each edge leads to a node of its own, made with it: edge
/// number `i` (in insertion order) leads to node `i + 1`.
struct TokenTrie<Value: Sendable>: Sendable {
    private static var root: Int32 { 0 }

    private var edges = KeyTable()
    private var values: [Value?] = [nil]

    /// Never 0 (node + 1 in the high half): what `KeyTable` expects of a key.
    @inline(__always)
    private static func edge(_ node: Int32, _ token: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node) &+ 1) << 32 | UInt64(UInt32(bitPattern: token))
    }

    @inline(__always)
    private func child(of node: Int32, _ token: Int32) -> Int32? {
        edges.index(of: Self.edge(node, token)).map { Int32($0 + 1) }
    }

    /// Adds `phrase` with `value`; a phrase already present keeps its first value (returns false).
    @discardableResult
    mutating func insert(_ phrase: [Int32], value: Value) -> Bool {
        precondition(!phrase.isEmpty, "empty phrase")
        var node = Self.root
        for token in phrase {
            let (edge, isNew) = edges.insert(Self.edge(node, token))
            if isNew { values.append(nil) }
            node = Int32(edge + 1)
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
        while index < limit, let child = child(of: node, tokens[index]) {
            node = child
            index += 1
            if let value = values[Int(node)] { best = (index, value) }
        }
        return best
    }

    /// Whether some phrase starts with `token`.
    func hasPhrase(startingWith token: Int32) -> Bool {
        child(of: Self.root, token) != nil
    }

    /// The value of a one-token phrase.
    func value(of token: Int32) -> Value? {
        child(of: Self.root, token).flatMap { values[Int($0)] }
    }
}

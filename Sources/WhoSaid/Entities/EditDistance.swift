/// Levenshtein distance between short sequences, for near-miss spellings.
enum EditDistance {
    /// Whether `a` becomes `b` with at most `limit` insertions, deletions and substitutions.
    static func isWithin<Element: Equatable>(_ limit: Int, _ a: [Element], _ b: [Element]) -> Bool {
        guard abs(a.count - b.count) <= limit else { return false }
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) <= limit }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            // No later row can fall below this row's minimum.
            if rowMinimum > limit { return false }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit
    }
}

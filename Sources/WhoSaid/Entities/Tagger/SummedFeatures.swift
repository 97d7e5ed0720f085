import MemoryHints
import Foundation

/// Features whose weight rows tagging sums ahead of time instead of looking each one up per token
/// (`decodeBatched`); training (`decode`) looks every feature up. Two kinds:
/// - `word`: the features that read one word alone, in one role relative to the token tagged
///   (the token itself, or the neighbor one or two before or after it): every occurrence of a
///   spelling in that role has the same ones, so their rows are summed once per spelling and role
///   of a document (`WordRoleSums`; a news article repeats 60% of its tokens' spellings);
/// - `tags`: the features that read the previous tags alone, summed once per pair of tags when
///   the tagger is built (`TagPairSums`).
/// Rows are integers, and integer sums do not depend on the order of adding, so the scores are
/// exactly those of looking every feature up.
enum SummedAhead: Equatable {
    case word(WordRole)
    case tags
}

/// Where the word a feature reads stands relative to the token tagged.
enum WordRole: Int, CaseIterable {
    case own, previous, next, secondPrevious, secondNext
}

extension FeatureTemplate {
    /// How tagging sums this template's features ahead of time; nil: looked up per token.
    var summedAhead: SummedAhead? {
        switch self {
        case .bias, .word, .lower, .shape, .prefix1, .prefix2, .prefix3, .prefix4,
             .suffix1, .suffix2, .suffix3, .suffix4, .cluster64, .cluster256, .cluster1024:
            return .word(.own)
        case .previousLower, .previousCluster, .previousFineCluster: return .word(.previous)
        case .nextLower, .nextCluster, .nextFineCluster: return .word(.next)
        case .secondPreviousLower, .secondPreviousCluster: return .word(.secondPrevious)
        case .secondNextLower, .secondNextCluster: return .word(.secondNext)
        case .previousTag, .previousTags: return .tags
        case .previousBigram, .nextBigram, .previousShapes, .nextShapes, .positionShape, .positionLower,
             .gazetteer, .capitalizedGazetteer, .previousGazetteer, .nextGazetteer, .previousClusters,
             .nextClusters, .previousTagCluster, .documentCase, .history, .otherPreviousLower, .otherNextLower,
             .previousTagShape, .previousTagLower, .previousTagFineCluster:
            return nil
        }
    }
}

/// Collects the keys of the features of one `SummedAhead` kind (nil: those looked up per token)
/// and skips the others without hashing them. The keys go to memory of its own rather than to an
/// `Array`, whose `append` checks on every call that its buffer is unshared and large enough:
/// calls into the runtime that cost as much as hashing the key. Do not copy one (copies would
/// share that memory); keep it in one place and pass it `inout`.
struct SelectedFeatureKeys: FeatureSink {
    /// Owns the memory `start` points to; `grow` moves it.
    private final class Storage {
        private(set) var start: UnsafeMutablePointer<UInt64>
        private(set) var capacity: Int

        init(capacity: Int) {
            start = .allocate(capacity: capacity)
            self.capacity = capacity
        }

        func grow(keeping count: Int) {
            let larger = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: start, count: count)
            start.deallocate()
            start = larger
            capacity *= 2
        }

        deinit { start.deallocate() }
    }

    let selection: SummedAhead?
    private let storage = Storage(capacity: 1024)
    private var start: UnsafeMutablePointer<UInt64>
    private var capacity: Int
    private(set) var count = 0

    init(_ selection: SummedAhead?) {
        self.selection = selection
        start = storage.start
        capacity = storage.capacity
    }

    /// The keys added since the last `removeAll`, valid until the next `add`.
    var keys: UnsafeBufferPointer<UInt64> { UnsafeBufferPointer(start: start, count: count) }

    mutating func removeAll() { count = 0 }

    @inline(__always) private mutating func append(_ key: UInt64) {
        if count == capacity {
            storage.grow(keeping: count)
            start = storage.start
            capacity = storage.capacity
        }
        start[count] = key
        count &+= 1
    }

    @inline(__always) mutating func add(_ template: FeatureTemplate) {
        if template.summedAhead == selection { append(FeatureHashing.key(template.rawValue)) }
    }
    @inline(__always) mutating func add(_ template: FeatureTemplate, _ a: UInt64) {
        if template.summedAhead == selection { append(FeatureHashing.key(template.rawValue, a)) }
    }
    @inline(__always) mutating func add(_ template: FeatureTemplate, _ a: UInt64, _ b: UInt64) {
        if template.summedAhead == selection { append(FeatureHashing.key(template.rawValue, a, b)) }
    }
}

extension NERFeatures {
    /// The features of `role` that read only `atom`, the word in that role (`SummedAhead.word`):
    /// `addTokenFeatures` adds the same ones among the others.
    @inline(__always)
    func addWordFeatures<Sink: FeatureSink>(of atom: TokenAtoms, as role: WordRole, to sink: inout Sink) {
        switch role {
        case .own:
            addSpellingFeatures(of: atom, to: &sink)
            for level in 0..<WordClusters.levels {
                sink.add(Self.clusterTemplates[level], atom.clusters[level])
            }
        case .previous:
            sink.add(.previousLower, atom.lower)
            sink.add(.previousCluster, atom.clusters[1])
            sink.add(.previousFineCluster, atom.clusters[2])
        case .next:
            sink.add(.nextLower, atom.lower)
            sink.add(.nextCluster, atom.clusters[1])
            sink.add(.nextFineCluster, atom.clusters[2])
        case .secondPrevious:
            sink.add(.secondPreviousLower, atom.lower)
            sink.add(.secondPreviousCluster, atom.clusters[0])
        case .secondNext:
            sink.add(.secondNextLower, atom.lower)
            sink.add(.secondNextCluster, atom.clusters[0])
        }
    }

    /// What a neighbor past the sentence's start or end reads as (`<s>`, `</s>`): the same part
    /// for its lowercase form and every cluster level.
    func boundaryAtoms(atStart: Bool) -> TokenAtoms {
        var atoms = TokenAtoms()
        atoms.lower = atStart ? startPart : endPart
        atoms.clusters = SIMD4(repeating: atoms.lower)
        return atoms
    }
}

/// Per spelling of a document (`DocumentAtoms`), the summed rows of its `SummedAhead.word` features
/// in each role, and the same for the sentence boundaries as neighbors; and the summed rows of its
/// tag features after an O (`addTagWordFeatures`), the tag before most tokens (names are few),
/// which tagging then need not look up.
struct WordRoleSums {
    /// `[spelling × roles + role]`; the spellings after the document's are the sentence start and end.
    private var sums: [SIMD8<Int32>] = []
    /// Per spelling of the document.
    private var afterOutsideSums: [SIMD8<Int32>] = []
    private var sentenceStart = 0
    private var sentenceEnd = 0
    /// The spellings whose sums `cache` lacks, their keys, where each run of keys ends, and what `TaggingWeights.sums` gives.
    private var missing: [Int] = []
    private var keys = FeatureKeys()
    private var runEnds: [Int] = []
    private var rows: [Int32] = []
    private var chunkSums: [SIMD8<Int32>] = []

    private static let roles = WordRole.allCases.count
    /// Spellings looked up together: enough for the cache misses to overlap, few enough for the keys to stay small.
    private static let chunkSpellings = 32

    /// Sums the rows for the spellings of `context`, replacing those of the document before: copied
    /// from `cache` for those the context found there (`cacheEntries`: `cache` must be the one the
    /// context was made with, unchanged since), else by looking their features up (and adding them,
    /// with the atoms, to `cache`).
    mutating func fill(for context: DocumentContext, features: NERFeatures, weights: TaggingWeights, cache: SpellingCache) {
        let spellings = context.atoms.spellings
        sentenceStart = spellings.count
        sentenceEnd = sentenceStart + 1
        sums.removeAll(keepingCapacity: true)
        sums.append(contentsOf: repeatElement(.zero, count: (spellings.count + 2) * Self.roles))
        afterOutsideSums.removeAll(keepingCapacity: true)
        afterOutsideSums.append(contentsOf: repeatElement(.zero, count: spellings.count))
        missing.removeAll(keepingCapacity: true)
        // All copies come before the first insert, which may empty a full cache.
        cache.copySums(of: context.cacheEntries, into: &sums, afterOutside: &afterOutsideSums)
        for (spelling, entry) in context.cacheEntries.enumerated() where entry < 0 { missing.append(spelling) }
        for chunkStart in stride(from: 0, to: missing.count, by: Self.chunkSpellings) {
            let chunk = missing[chunkStart..<min(missing.count, chunkStart + Self.chunkSpellings)]
            keys.removeAll()
            runEnds.removeAll(keepingCapacity: true)
            for spelling in chunk {
                for role in WordRole.allCases {
                    features.addWordFeatures(of: spellings[spelling], as: role, to: &keys)
                    runEnds.append(keys.keys.count)
                }
                features.addTagWordFeatures(previous: .outside, atom: spellings[spelling], to: &keys)
                runEnds.append(keys.keys.count)
            }
            keys.keys.withUnsafeBufferPointer {
                weights.sums(of: $0, runEnds: runEnds, into: &chunkSums, rowScratch: &rows)
            }
            for (number, spelling) in chunk.enumerated() {
                let first = number * (Self.roles + 1)
                let spellingSums = chunkSums[first..<first + Self.roles]
                sums.replaceSubrange(spelling * Self.roles..<(spelling + 1) * Self.roles, with: spellingSums)
                afterOutsideSums[spelling] = chunkSums[first + Self.roles]
                cache.insert(spellings[spelling], sums: spellingSums, afterOutside: afterOutsideSums[spelling])
            }
        }
        // The boundaries read as neighbors only: their own-role sums stay zero, never read.
        keys.removeAll()
        runEnds.removeAll(keepingCapacity: true)
        for (atStart, roles) in [(true, [WordRole.previous, .secondPrevious]), (false, [WordRole.next, .secondNext])] {
            for role in roles {
                features.addWordFeatures(of: features.boundaryAtoms(atStart: atStart), as: role, to: &keys)
                runEnds.append(keys.keys.count)
            }
        }
        keys.keys.withUnsafeBufferPointer { weights.sums(of: $0, runEnds: runEnds, into: &chunkSums, rowScratch: &rows) }
        sums[sentenceStart * Self.roles + WordRole.previous.rawValue] = chunkSums[0]
        sums[sentenceStart * Self.roles + WordRole.secondPrevious.rawValue] = chunkSums[1]
        sums[sentenceEnd * Self.roles + WordRole.next.rawValue] = chunkSums[2]
        sums[sentenceEnd * Self.roles + WordRole.secondNext.rawValue] = chunkSums[3]
    }

    /// The summed `SummedAhead.word` features of token `index` of `sentence`.
    @inline(__always)
    func sum(of index: Int, in sentence: Range<Int>, atoms: DocumentAtoms) -> SIMD8<Int32> {
        @inline(__always) func row(_ neighbor: Int, _ role: WordRole) -> SIMD8<Int32> {
            let spelling = neighbor < sentence.lowerBound ? sentenceStart
                : neighbor >= sentence.upperBound ? sentenceEnd : atoms.spelling(at: neighbor)
            return sums[spelling &* Self.roles &+ role.rawValue]
        }
        return row(index, .own) &+ row(index - 1, .previous) &+ row(index + 1, .next)
            &+ row(index - 2, .secondPrevious) &+ row(index + 2, .secondNext)
    }

    /// The summed tag features of token `index` after an O.
    @inline(__always)
    func afterOutsideSum(of index: Int, atoms: DocumentAtoms) -> SIMD8<Int32> {
        afterOutsideSums[atoms.spelling(at: index)]
    }
}

/// What tagging knows of the spellings of the documents tagged before, kept from document to
/// document: a spelling's atoms (`DocumentContext`) and word sums (`WordRoleSums`) depend on its
/// text alone, and news articles share most words (of the PolNeAR training articles' spellings,
/// 9 in 10 were in an earlier article), so most spellings are worked out only once.
/// Spellings are known by their `word` part hash, as `DocumentContext` tells them apart.
/// Used by one document at a time (`SpellingCachePool` lends it).
final class SpellingCache {
    private var spellings = KeyTable()
    private var atoms: [TokenAtoms] = []
    /// `[entry × roles + role]`.
    private var sums: [SIMD8<Int32>] = []
    private var afterOutsideSums: [SIMD8<Int32>] = []

    private static let roles = WordRole.allCases.count
    /// Spellings kept (about 22 MB: 128-byte atoms and six 32-byte sums each); past that, the cache starts afresh.
    static let capacity = 1 << 16

    /// Spellings looked up together (`entries`): enough for their cache misses to overlap.
    private static let lookupChunk = 32
    /// How many entries ahead of the one being copied the copies ask for the next: entries are read
    /// in no order, so each is a cache miss, overlapped this way.
    private static let prefetchDistance = 8

    /// The entry of each spelling (`word` part), -1 for those the cache lacks.
    func entries(of words: [UInt64]) -> [Int32] {
        // Read once for the whole loop: each access to a stored property of a class is checked for exclusivity.
        let spellings = self.spellings
        var entries = [Int32](repeating: -1, count: words.count)
        for chunkStart in stride(from: 0, to: words.count, by: Self.lookupChunk) {
            let chunk = chunkStart..<min(words.count, chunkStart + Self.lookupChunk)
            spellings.prefetch(words[chunk])
            for index in chunk {
                if let entry = spellings.index(of: words[index]) { entries[index] = Int32(entry) }
            }
        }
        return entries
    }

    /// Copies the atoms of `entries` (but -1) to the same positions of `spellingAtoms`.
    func copyAtoms(of entries: [Int32], into spellingAtoms: inout [TokenAtoms]) {
        atoms.withUnsafeBufferPointer { atoms in
            Self.forEach(entries, prefetch: { Self.prefetch(atoms.baseAddress! + $0, count: 1) }) { index, entry in
                spellingAtoms[index] = atoms[entry]
            }
        }
    }

    /// Copies the sums of `entries` (but -1) to the same positions of `roleSums` (`WordRole`s a
    /// position, as the cache keeps them) and `afterOutside`.
    func copySums(of entries: [Int32], into roleSums: inout [SIMD8<Int32>], afterOutside: inout [SIMD8<Int32>]) {
        sums.withUnsafeBufferPointer { sums in
            afterOutsideSums.withUnsafeBufferPointer { afterOutsideSums in
                let prefetch = { (entry: Int) in
                    Self.prefetch(sums.baseAddress! + entry * Self.roles, count: Self.roles)
                    Self.prefetch(afterOutsideSums.baseAddress! + entry, count: 1)
                }
                Self.forEach(entries, prefetch: prefetch) { index, entry in
                    for role in 0..<Self.roles { roleSums[index * Self.roles + role] = sums[entry * Self.roles + role] }
                    afterOutside[index] = afterOutsideSums[entry]
                }
            }
        }
    }

    /// Calls `body` with the position and value of each entry but -1, having asked `prefetch` for
    /// the entry `prefetchDistance` ahead.
    @inline(__always)
    private static func forEach(_ entries: [Int32], prefetch: (Int) -> Void, _ body: (Int, Int) -> Void) {
        for (index, entry) in entries.enumerated() {
            let ahead = index + prefetchDistance
            if ahead < entries.count, entries[ahead] >= 0 { prefetch(Int(entries[ahead])) }
            if entry >= 0 { body(index, Int(entry)) }
        }
    }

    /// Prefetches every cache line that `count` values at `start` touch: one address every 64 bytes, and the last byte.
    @inline(__always)
    private static func prefetch<Value>(_ start: UnsafePointer<Value>, count: Int) {
        let bytes = UnsafeRawPointer(start)
        let size = count * MemoryLayout<Value>.stride
        for offset in stride(from: 0, to: size, by: 64) { ws_prefetch(bytes + offset) }
        ws_prefetch(bytes + size - 1)
    }

    /// Adds a spelling's atoms, its sums in each role (`WordRole` order) and its tag sum after an O.
    func insert(_ spelling: TokenAtoms, sums roleSums: ArraySlice<SIMD8<Int32>>, afterOutside: SIMD8<Int32>) {
        if spellings.count == Self.capacity {
            spellings = KeyTable()
            atoms.removeAll(keepingCapacity: true)
            sums.removeAll(keepingCapacity: true)
            afterOutsideSums.removeAll(keepingCapacity: true)
        }
        spellings.insert(spelling.word)
        atoms.append(spelling)
        sums += roleSums
        afterOutsideSums.append(afterOutside)
    }
}

/// Lends a `SpellingCache` to each document being tagged: the tagger is shared by the threads that
/// tag documents in parallel, and each thread in turn takes a cache no other document is using.
/// `@unchecked Sendable`: `idle` is only read and written while holding `lock`.
final class SpellingCachePool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [SpellingCache] = []

    func withCache<Result>(_ body: (SpellingCache) -> Result) -> Result {
        lock.lock()
        let cache = idle.popLast() ?? SpellingCache()
        lock.unlock()
        defer {
            lock.lock()
            idle.append(cache)
            lock.unlock()
        }
        return body(cache)
    }
}

/// The summed rows of the `SummedAhead.tags` features for each pair of previous tags.
struct TagPairSums: Sendable {
    /// `[secondPrevious × slots + previous]`, with slot `NERTag.count` for "before the sentence".
    private let sums: [SIMD8<Int32>]
    private static let slots = NERTag.count + 1

    init(features: NERFeatures, weights: TaggingWeights) {
        let tags: [NERTag?] = NERTag.allCases + [nil]
        var keys = SelectedFeatureKeys(.tags)
        var runEnds: [Int] = []
        for secondPrevious in tags {
            for previous in tags {
                features.addTagFeatures(previous: previous, secondPrevious: secondPrevious, atom: TokenAtoms(), to: &keys)
                runEnds.append(keys.keys.count)
            }
        }
        var sums: [SIMD8<Int32>] = []
        var rows: [Int32] = []
        weights.sums(of: keys.keys, runEnds: runEnds, into: &sums, rowScratch: &rows)
        self.sums = sums
    }

    @inline(__always)
    func sum(previous: NERTag?, secondPrevious: NERTag?) -> SIMD8<Int32> {
        sums[(secondPrevious?.rawValue ?? NERTag.count) &* Self.slots &+ (previous?.rawValue ?? NERTag.count)]
    }
}

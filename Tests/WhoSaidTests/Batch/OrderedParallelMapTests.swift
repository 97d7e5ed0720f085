import Foundation
import Testing
@testable import WhoSaid

@Suite struct OrderedParallelMapTests {
    private struct Failure: Error {}

    /// Squares 0..<count with uneven work per item, so workers finish out of order.
    private func squares(jobs: Int, count: Int, window: Int = 8) throws -> [Int] {
        var emitted: [Int] = []
        try OrderedParallelMap.run(
            jobs: jobs, window: window,
            produce: { submit in for value in 0..<count { try submit(value, 1) } },
            transform: { value in
                usleep(useconds_t((value * 7919) % 5) * 200)
                return value * value
            },
            emit: { emitted.append($0) })
        return emitted
    }

    @Test func resultsComeOutInInputOrderWhateverTheJobs() throws {
        let expected = (0..<200).map { $0 * $0 }
        #expect(try squares(jobs: 1, count: 200) == expected)
        #expect(try squares(jobs: 4, count: 200) == expected)
        #expect(try squares(jobs: 3, count: 200, window: 1) == expected)
    }

    /// A counter shared by the producer and emitter threads. `@unchecked Sendable`: `lock` guards `value` and `peak`.
    private final class InFlightCounter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        private(set) var peak = 0

        func add(_ delta: Int) {
            lock.lock()
            value += delta
            peak = max(peak, value)
            lock.unlock()
        }
    }

    @Test func theWindowBoundsInputsInFlight() throws {
        let counter = InFlightCounter()
        try OrderedParallelMap.run(
            jobs: 4, window: 6,
            produce: { submit in
                for value in 0..<100 {
                    try submit(value, 1)
                    counter.add(1)
                }
            },
            transform: { (value: Int) in value },
            emit: { _ in
                counter.add(-1)
                usleep(200)
            })
        // Counted after submit returns and before emit ends, so one more than the window can be seen.
        #expect(counter.peak <= 7)
    }

    @Test func aProducerFailureComesAfterTheResultsBeforeIt() throws {
        var emitted: [Int] = []
        #expect(throws: Failure.self) {
            try OrderedParallelMap.run(
                jobs: 2, window: 4,
                produce: { submit in
                    for value in 0..<10 { try submit(value, 1) }
                    throw Failure()
                },
                transform: { $0 },
                emit: { emitted.append($0) })
        }
        #expect(emitted == Array(0..<10))
    }

    @Test func anEmitFailureStopsTheRun() throws {
        var emitted = 0
        #expect(throws: Failure.self) {
            try OrderedParallelMap.run(
                jobs: 2, window: 4,
                produce: { submit in for value in 0..<1_000_000 { try submit(value, 1) } },
                transform: { $0 },
                emit: { _ in
                    emitted += 1
                    if emitted == 5 { throw Failure() }
                })
        }
        #expect(emitted == 5)
    }
}

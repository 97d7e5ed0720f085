import Foundation

/// Maps a stream of inputs through `transform` on several threads and hands
/// the results to `emit` strictly in input order.
///
/// A producer thread reads the inputs and submits them; it blocks while
/// `window` inputs (or about `maxBufferedBytes` of them) are between it and
/// the emitter, so memory stays bounded however long the stream is. Because
/// the producer has its own thread, a result never waits for the next input
/// to arrive: a request/response consumer on a pipe cannot deadlock.
/// The calling thread emits. If `emit` or the producer fails, the workers are
/// stopped and joined before the error is rethrown (results produced before
/// a producer failure are still emitted).
public enum OrderedParallelMap {
    /// Submits one input with its weight in bytes; blocks while the window is full.
    public typealias Submit<Input> = (_ input: Input, _ byteCount: Int) throws -> Void

    public static func run<Input: Sendable, Output: Sendable>(
        jobs: Int,
        window: Int,
        maxBufferedBytes: Int = 256 << 20,
        produce: @escaping @Sendable (_ submit: Submit<Input>) throws -> Void,
        transform: @escaping @Sendable (Input) -> Output,
        emit: (Output) throws -> Void
    ) throws {
        if jobs <= 1 {
            // One worker gains nothing from threads: annotate and answer each input as it is read.
            try produce { input, _ in try emit(transform(input)) }
            return
        }
        let shared = SharedState<Input, Output>(window: max(window, jobs), maxBufferedBytes: maxBufferedBytes)
        let workers = DispatchGroup()
        for _ in 0..<jobs {
            workers.enter()
            Thread {
                shared.work(transform)
                workers.leave()
            }.start()
        }
        Thread { shared.produce(produce) }.start()
        do {
            while let output = try shared.nextInOrder() {
                try emit(output)
                shared.emitted()
            }
        } catch {
            shared.stop()
            workers.wait()
            // The producer is not joined: it may be blocked reading a pipe that never closes.
            throw error
        }
        workers.wait()
    }

    /// Thrown from `submit` when the run is stopping; ends the producer quietly.
    private struct Stopped: Error {}

    /// The queue, the finished results and the counters shared by the producer,
    /// workers and emitter. `@unchecked Sendable`: every stored `var` is read
    /// and written only while holding `condition`.
    private final class SharedState<Input: Sendable, Output: Sendable>: @unchecked Sendable {
        private let condition = NSCondition()
        private let window: Int
        private let maxBufferedBytes: Int
        private var queue: [(index: Int, input: Input)] = []
        private var queueHead = 0
        private var results: [Int: Output] = [:]
        private var byteCounts: [Int: Int] = [:]
        private var submitted = 0
        private var emittedCount = 0
        private var bufferedBytes = 0
        private var producerFinished = false
        private var producerError: (any Error)?
        private var stopping = false

        init(window: Int, maxBufferedBytes: Int) {
            self.window = window
            self.maxBufferedBytes = maxBufferedBytes
        }

        func produce(_ body: (Submit<Input>) throws -> Void) {
            var failure: (any Error)?
            do {
                try body(submit)
            } catch is Stopped {
            } catch {
                failure = error
            }
            condition.lock()
            producerFinished = true
            producerError = failure
            condition.broadcast()
            condition.unlock()
        }

        private func submit(_ input: Input, byteCount: Int) throws {
            condition.lock()
            defer { condition.unlock() }
            // Always admit one input, however large, so the stream cannot stall.
            while !stopping && (submitted - emittedCount >= window
                                || (bufferedBytes > 0 && bufferedBytes + byteCount > maxBufferedBytes)) {
                condition.wait()
            }
            if stopping { throw Stopped() }
            queue.append((submitted, input))
            byteCounts[submitted] = byteCount
            bufferedBytes += byteCount
            submitted += 1
            condition.broadcast()
        }

        func work(_ transform: (Input) -> Output) {
            while true {
                condition.lock()
                while queueHead == queue.count && !producerFinished && !stopping { condition.wait() }
                if stopping || queueHead == queue.count {
                    condition.unlock()
                    return
                }
                let (index, input) = queue[queueHead]
                queueHead += 1
                if queueHead > 1024 && queueHead * 2 > queue.count {
                    queue.removeFirst(queueHead)
                    queueHead = 0
                }
                condition.unlock()
                let output = transform(input)
                condition.lock()
                results[index] = output
                condition.broadcast()
                condition.unlock()
            }
        }

        /// The next result in input order; nil at the end; rethrows a producer failure after the last result.
        func nextInOrder() throws -> Output? {
            condition.lock()
            defer { condition.unlock() }
            while results[emittedCount] == nil && !(producerFinished && emittedCount == submitted) {
                condition.wait()
            }
            if let output = results.removeValue(forKey: emittedCount) { return output }
            if let producerError { throw producerError }
            return nil
        }

        /// Frees the window slot of the result just emitted.
        func emitted() {
            condition.lock()
            bufferedBytes -= byteCounts.removeValue(forKey: emittedCount) ?? 0
            emittedCount += 1
            condition.broadcast()
            condition.unlock()
        }

        func stop() {
            condition.lock()
            stopping = true
            condition.broadcast()
            condition.unlock()
        }
    }
}

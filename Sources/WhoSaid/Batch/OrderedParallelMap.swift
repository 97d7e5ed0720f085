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
    /// and written only while holding `mutex`.
    ///
    /// Each party waits on its own condition and is woken only when it can go
    /// on: documents can be small enough that needless wake-ups cost more than
    /// the threads gain. The producer, once the window is full, sleeps until it
    /// is half empty and then refills it in one go.
    private final class SharedState<Input: Sendable, Output: Sendable>: @unchecked Sendable {
        private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        private let workAvailable = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
        private let spaceAvailable = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
        private let resultReady = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
        private let window: Int
        private let maxBufferedBytes: Int
        private var queue: [(index: Int, input: Input)] = []
        private var queueHead = 0
        private var results: [Int: Output] = [:]
        private var byteCounts: [Int: Int] = [:]
        private var submitted = 0
        private var emittedCount = 0
        private var bufferedBytes = 0
        private var producerWaiting = false
        private var emitterWaiting = false
        private var producerFinished = false
        private var producerError: (any Error)?
        private var stopping = false

        init(window: Int, maxBufferedBytes: Int) {
            self.window = window
            self.maxBufferedBytes = maxBufferedBytes
            pthread_mutex_init(mutex, nil)
            for condition in [workAvailable, spaceAvailable, resultReady] { pthread_cond_init(condition, nil) }
        }

        deinit {
            for condition in [workAvailable, spaceAvailable, resultReady] {
                pthread_cond_destroy(condition)
                condition.deallocate()
            }
            pthread_mutex_destroy(mutex)
            mutex.deallocate()
        }

        private func locked<Result>(_ body: () throws -> Result) rethrows -> Result {
            pthread_mutex_lock(mutex)
            defer { pthread_mutex_unlock(mutex) }
            return try body()
        }

        func produce(_ body: (Submit<Input>) throws -> Void) {
            var failure: (any Error)?
            do {
                try body(submit)
            } catch is Stopped {
            } catch {
                failure = error
            }
            locked {
                producerFinished = true
                producerError = failure
                pthread_cond_broadcast(workAvailable)
                pthread_cond_signal(resultReady)
            }
        }

        private func submit(_ input: Input, byteCount: Int) throws {
            try locked {
                // Always admit one input, however large, so the stream cannot stall.
                while !stopping && (submitted - emittedCount >= window
                                    || (bufferedBytes > 0 && bufferedBytes + byteCount > maxBufferedBytes)) {
                    producerWaiting = true
                    pthread_cond_wait(spaceAvailable, mutex)
                    producerWaiting = false
                }
                if stopping { throw Stopped() }
                queue.append((submitted, input))
                byteCounts[submitted] = byteCount
                bufferedBytes += byteCount
                submitted += 1
                pthread_cond_signal(workAvailable)
            }
        }

        func work(_ transform: (Input) -> Output) {
            while true {
                let next: (index: Int, input: Input)? = locked {
                    while queueHead == queue.count && !producerFinished && !stopping {
                        pthread_cond_wait(workAvailable, mutex)
                    }
                    if stopping || queueHead == queue.count { return nil }
                    defer {
                        queueHead += 1
                        if queueHead > 1024 && queueHead * 2 > queue.count {
                            queue.removeFirst(queueHead)
                            queueHead = 0
                        }
                    }
                    return queue[queueHead]
                }
                guard let (index, input) = next else { return }
                let output = transform(input)
                locked {
                    results[index] = output
                    if index == emittedCount && emitterWaiting { pthread_cond_signal(resultReady) }
                }
            }
        }

        /// The next result in input order; nil at the end; rethrows a producer failure after the last result.
        func nextInOrder() throws -> Output? {
            try locked {
                while results[emittedCount] == nil && !(producerFinished && emittedCount == submitted) {
                    emitterWaiting = true
                    pthread_cond_wait(resultReady, mutex)
                    emitterWaiting = false
                }
                if let output = results.removeValue(forKey: emittedCount) { return output }
                if let producerError { throw producerError }
                return nil
            }
        }

        /// Frees the window slot of the result just emitted.
        func emitted() {
            locked {
                bufferedBytes -= byteCounts.removeValue(forKey: emittedCount) ?? 0
                emittedCount += 1
                if producerWaiting && submitted - emittedCount <= window / 2 { pthread_cond_signal(spaceAvailable) }
            }
        }

        func stop() {
            locked {
                stopping = true
                for condition in [workAvailable, spaceAvailable, resultReady] { pthread_cond_broadcast(condition) }
            }
        }
    }
}

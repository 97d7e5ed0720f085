import Foundation
import Testing
@testable import WhoSaid

@Suite struct LineReaderTests {
    /// Reads all lines of `input` through a pipe.
    private func lines(_ input: [UInt8], maxLineBytes: Int) throws -> [LineReader.Line] {
        let pipe = Pipe()
        let writer = Thread {
            pipe.fileHandleForWriting.write(Data(input))
            try? pipe.fileHandleForWriting.close()
        }
        writer.start()
        let reader = LineReader(fileDescriptor: pipe.fileHandleForReading.fileDescriptor, maxLineBytes: maxLineBytes)
        var result: [LineReader.Line] = []
        while let line = try reader.next() { result.append(line) }
        return result
    }

    @Test func splitsOnNewlineAndDropsCarriageReturns() throws {
        #expect(try lines(Array("a\r\nbb\n\nccc".utf8), maxLineBytes: 100) ==
                [.text(Array("a".utf8)), .text(Array("bb".utf8)), .text([]), .text(Array("ccc".utf8))])
    }

    @Test func overlongLinesAreSkippedToTheirEndAndCounted() throws {
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: 300_000)
        #expect(try lines(Array("ok\n".utf8) + long + Array("\nnext\n".utf8), maxLineBytes: 1000) ==
                [.text(Array("ok".utf8)), .tooLong(byteCount: 300_000), .text(Array("next".utf8))])
    }

    @Test func linesLongerThanOneReadArriveWhole() throws {
        let long = [UInt8](repeating: UInt8(ascii: "y"), count: 200_000)
        #expect(try lines(long + [10], maxLineBytes: 1 << 20) == [.text(long)])
    }
}

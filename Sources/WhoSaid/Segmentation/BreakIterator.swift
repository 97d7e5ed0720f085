import ICUShim

/// An ICU break iterator over one UTF-16 buffer: a sequence of the boundaries
/// after the start of the text, in ascending order, each with the rule status
/// of the segment that ends there. Boundaries are read from ICU one at a time,
/// so a long text costs no array of them.
///
/// ICU does not copy the text it iterates, so the iterator owns the buffer.
/// Instances are cheap clones of a shared template (see `BreakIteratorTemplate`)
/// and are used by one task at a time.
final class BreakIterator: Sequence, IteratorProtocol {
    private let handle: OpaquePointer
    /// A private copy with a stable address for as long as ICU reads it.
    private let text: UnsafeMutableBufferPointer<UInt16>

    fileprivate init(handle: OpaquePointer, text: ArraySlice<UInt16>) throws(WhoSaidError) {
        self.handle = handle
        self.text = .allocate(capacity: Swift.max(text.count, 1))
        _ = self.text.initialize(from: text)
        var error: Int32 = 0
        ws_break_set_text(handle, self.text.baseAddress, Int32(text.count), &error)
        if error > 0 { throw .icu(operation: "ubrk_setText", code: error) }
        _ = ws_break_first(handle)
    }

    deinit {
        ws_break_close(handle)
        text.deallocate()
    }

    func next() -> (offset: Int, status: Int32)? {
        let offset = ws_break_next(handle)
        return offset == WS_BREAK_DONE ? nil : (Int(offset), ws_break_rule_status(handle))
    }
}

/// A never-mutated opened ICU iterator from which per-task iterators are cloned.
/// `ubrk_clone` on a template that is never iterated is thread-safe, hence the
/// unchecked Sendable.
final class BreakIteratorTemplate: @unchecked Sendable {
    enum Kind { case word, sentence }

    private let handle: OpaquePointer

    init(_ kind: Kind, locale: String) throws(WhoSaidError) {
        var error: Int32 = 0
        let opened = ws_break_open(kind == .word ? WSBreakWord : WSBreakSentence, locale, &error)
        guard let opened, error <= 0 else { throw .icu(operation: "ubrk_open(\(locale))", code: error) }
        handle = opened
    }

    deinit { ws_break_close(handle) }

    /// An iterator over `text`; boundaries are offsets relative to the slice's start.
    func iterator(over text: ArraySlice<UInt16>) throws(WhoSaidError) -> BreakIterator {
        var error: Int32 = 0
        guard let clone = ws_break_clone(handle, &error), error <= 0 else {
            throw .icu(operation: "ubrk_clone", code: error)
        }
        return try BreakIterator(handle: clone, text: text)
    }
}

extension WhoSaidError {
    static func icuErrorName(_ code: Int32) -> String { String(cString: ws_error_name(code)) }
}

/// Every token text the entity lexicons contain, each with a small integer id,
/// so that matching a document compares integers: a document token costs one
/// hash of its (short) text, and no lexicon phrase is ever hashed as a whole.
struct TokenVocabulary: Sendable {
    /// The id of a document token no lexicon contains.
    static let unknown: Int32 = -1

    private var ids: [String: Int32] = [:]
    private var texts: [String] = []

    /// The id of `text`, adding it when new.
    mutating func intern(_ text: String) -> Int32 {
        if let id = ids[text] { return id }
        let id = Int32(texts.count)
        ids[text] = id
        texts.append(text)
        return id
    }

    func id(of text: String) -> Int32 { ids[text] ?? Self.unknown }

    func text(of id: Int32) -> String { texts[Int(id)] }
}

/// A possible entity mention proposed by one source, before overlaps are resolved.
struct CandidateMention: Sendable {
    /// Where a candidate comes from; on equal evidence the earlier source wins (see `MentionMerger`).
    enum Source: Int, Comparable, Sendable {
        case lexicon, lexiconNearMiss, tagger, rule
        /// Found by the linker as a later short form of a named entity (`Benioff`, `CBP`).
        case shortForm

        static func < (lhs: Source, rhs: Source) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The tokens of the name itself (a title is never part of it, nor a possessive `'s`
    /// outside a company name holding one: see `PossessiveNames`).
    var name: Range<Int>
    /// The tokens that support the candidate: the name, plus a title before a person's name.
    var evidence: Range<Int>
    var type: EntityType
    var source: Source
    /// The gazetteer entry, for a lexicon match: it fixes the canonical name and type.
    var entry: Int32?
    /// The gender a title before the name tells (`Mrs.`, `spokeswoman`).
    var titleGender: Gender?

    init(name: Range<Int>, evidence: Range<Int>? = nil, type: EntityType, source: Source, entry: Int32? = nil,
         titleGender: Gender? = nil)
    {
        self.name = name
        self.evidence = evidence ?? name
        self.type = type
        self.source = source
        self.entry = entry
        self.titleGender = titleGender
    }
}

/// The annotation layers a document carries; stages declare which they read and add.
public enum Layer: String, Sendable, CaseIterable, Comparable {
    case paragraphs, tokens, sentences, entities, quotes

    public static func < (lhs: Layer, rhs: Layer) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A processing step with one job: it reads some layers of a document and adds others.
///
/// Stages are built once per pipeline from their definition-file options and
/// then applied to many documents, possibly from several threads at once, so
/// they hold only `Sendable` state that no result depends on changing:
/// immutable data, or a cache whose entries are pure functions of their keys
/// (the tagger's per-spelling sums, lent to one document at a time under a lock).
public protocol Stage: Sendable {
    /// The name used in pipeline definitions, e.g. `tokens`.
    static var name: String { get }
    static var requires: Set<Layer> { get }
    static var provides: Set<Layer> { get }

    /// Builds the stage, reading its options; an unknown option is reported by the caller.
    init(options: inout StageOptions) throws(WhoSaidError)

    func process(_ document: inout Document) throws(WhoSaidError)
}

/// The table of stages a pipeline definition can name.
public enum StageRegistry {
    public static let stages: [any Stage.Type] = [
        ParagraphStage.self,
        TokenStage.self,
        SentenceStage.self,
        NERStage.self,
        EntityStage.self,
        QuoteStage.self,
    ]

    public static func stage(named name: String) -> (any Stage.Type)? {
        stages.first { $0.name == name }
    }
}

import WhoSaid

enum WhoSaidVersion {
    static let string = "whosaid \(WhoSaid.version) (output \(DocumentEncoder.schema))"
}

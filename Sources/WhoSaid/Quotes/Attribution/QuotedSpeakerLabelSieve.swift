/// `"HOLLIS: Will you release the audit before the vote?"`: a transcript excerpt
/// quoted whole, its speaker's label inside the marks. Only an all-capitals label
/// counts, so a quoted headline (`"Warning: …"`) is not read as a speaker.
struct QuotedSpeakerLabelSieve: AttributionSieve {
    let rule = "quoted-speaker-label"
    let provesSpeech = true
    /// The longest label, in tokens (`MR. TRUMP`, `SEN. ELIZABETH WARREN`).
    static let maximumLabel = 4

    func attribute(_ index: Int, in context: QuoteContext, decided: [Attribution?]) -> Attribution? {
        let content = context.quotations[index].content
        let limit = min(content.upperBound, content.lowerBound + Self.maximumLabel + 1)
        guard let colon = (content.lowerBound..<limit).first(where: { context.tokens[$0].text == ":" }),
            colon > content.lowerBound, context.wordCount(colon + 1..<content.upperBound) >= 2,
            isCapitalsOnly(context.tokens[content.lowerBound]),
            (content.lowerBound..<colon).allSatisfy({ isCapitalsOnly(context.tokens[$0]) || context.tokens[$0].text == "." })
        else { return nil }
        return Attribution(speaker: content.lowerBound..<colon, cue: nil, rule: rule, confidence: 0.9)
    }

    /// A word of two letters or more with no lowercase letter (an abbreviation's period may be its own token) (`HOLLIS`, `SEN.`).
    private func isCapitalsOnly(_ token: Token) -> Bool {
        guard token.kind == .word else { return false }
        let letters = token.text.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
    }
}

/// One document of a CoNLL-2003 file: its sentences of (token, IOB2 label),
/// and its text as `score.py conll-to-text` writes it (tokens joined by one
/// space, sentences by a line break, plus a final line break).
public struct CoNLLDocument: Sendable {
    /// `docNNNN`, numbered from 0001 in file order, as `score.py` names them.
    public var name: String
    public var tokens: [String]
    /// The last column of each token's line (`B-PER`, `O`, …).
    public var labels: [String]
    /// Token index ranges, one per sentence.
    public var sentences: [Range<Int>]

    /// The text `score.py conll-to-text` writes for the document.
    public var text: String {
        sentences.map { tokens[$0].joined(separator: " ") }.joined(separator: "\n") + "\n"
    }

    /// The code-point span of each token in `text`.
    public var tokenSpans: [Span] {
        var spans: [Span] = []
        spans.reserveCapacity(tokens.count)
        var offset = 0
        for sentence in sentences {
            for index in sentence {
                let length = tokens[index].unicodeScalars.count
                spans.append(Span(start: offset, end: offset + length))
                offset += length + 1  // the space, or the line break after the sentence's last token
            }
        }
        return spans
    }

    /// The document with the corpus's own tokens and sentences (one paragraph
    /// per sentence), as training and gold-tokenized evaluation use it.
    public var goldDocument: Document {
        var document = Document(id: name, text: text)
        let spans = tokenSpans
        document.tokens = zip(tokens, spans).map { Token(span: $1, kind: Self.kind(of: $0), text: $0) }
        for (index, sentence) in sentences.enumerated() where !sentence.isEmpty {
            let span = Span(start: spans[sentence.lowerBound].start, end: spans[sentence.upperBound - 1].end)
            document.paragraphs.append(Paragraph(span: span))
            document.sentences.append(Sentence(span: span, tokens: sentence, paragraph: index))
        }
        return document
    }

    /// A token kind good enough for corpus tokens (the tagger's features do not use it).
    private static func kind(of token: String) -> Token.Kind {
        let scalars = token.unicodeScalars
        if scalars.contains(where: { $0.properties.isAlphabetic }) { return .word }
        if scalars.contains(where: { $0.properties.numericType != nil }) { return .number }
        if scalars.count == 1, let scalar = scalars.first, QuotationMarks.all.contains(scalar) { return .quotationMark }
        return .punctuation
    }
}

/// Reads CoNLL-2003 files exactly as `score.py`'s `read_conll` does: columns
/// split on white space, the first is the token and the last the label; a
/// blank line ends a sentence, `-DOCSTART-` a document; empty documents are skipped.
public enum CoNLLReader {
    public static func documents(inFile path: String) throws(WhoSaidError) -> [CoNLLDocument] {
        guard let text = ResourceStore.readFile(path) else {
            throw .missingResource(kind: "CoNLL file", name: path, searched: [path])
        }
        return documents(parsing: text)
    }

    public static func documents(parsing text: String) -> [CoNLLDocument] {
        var documents: [CoNLLDocument] = []
        var current = CoNLLDocument(name: "", tokens: [], labels: [], sentences: [])
        var sentenceStart = 0
        func endSentence() {
            if current.tokens.count > sentenceStart { current.sentences.append(sentenceStart..<current.tokens.count) }
            sentenceStart = current.tokens.count
        }
        func endDocument() {
            endSentence()
            if !current.sentences.isEmpty {
                let number = String(documents.count + 1)
                current.name = "doc" + String(repeating: "0", count: max(0, 4 - number.count)) + number
                documents.append(current)
            }
            current = CoNLLDocument(name: "", tokens: [], labels: [], sentences: [])
            sentenceStart = 0
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let columns = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            guard let first = columns.first, let last = columns.last else {
                endSentence()
                continue
            }
            if first == "-DOCSTART-" {
                endDocument()
                continue
            }
            current.tokens.append(String(first))
            current.labels.append(String(last))
        }
        endDocument()
        return documents
    }
}

extension CoNLLDocument {
    /// The document as training data: gold tokens, sentences and labels.
    public var trainingDocument: NERTrainingDocument {
        NERTrainingDocument(document: goldDocument, labels: labels)
    }

    /// The document as training data tokenized and split by `segmenter` (a
    /// pipeline providing tokens and sentences), so the tagger learns the
    /// tokens it will see: each token takes the type of the gold chunk it
    /// starts in, `B-` on the chunk's first token, `I-` after.
    public func trainingDocument(segmentedBy segmenter: Pipeline) throws(WhoSaidError) -> NERTrainingDocument {
        let document = try segmenter.annotate(text, id: name)
        let spans = tokenSpans
        var chunks: [(span: Span, type: String)] = []
        for sentence in sentences {
            for chunk in ChunkScorer.chunks(of: Array(labels[sentence])) {
                let first = sentence.lowerBound + chunk.start
                let last = sentence.lowerBound + chunk.end - 1
                chunks.append((Span(start: spans[first].start, end: spans[last].end), chunk.type))
            }
        }
        var labels: [String] = []
        var chunkIndex = 0
        var labeledChunk = -1
        for token in document.tokens {
            while chunkIndex < chunks.count && chunks[chunkIndex].span.end <= token.span.start { chunkIndex += 1 }
            guard chunkIndex < chunks.count, chunks[chunkIndex].span.start <= token.span.start else {
                labels.append("O")
                continue
            }
            labels.append((labeledChunk == chunkIndex ? "I-" : "B-") + chunks[chunkIndex].type)
            labeledChunk = chunkIndex
        }
        return NERTrainingDocument(document: document, labels: labels)
    }
}

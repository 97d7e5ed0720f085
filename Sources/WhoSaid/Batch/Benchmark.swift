/// Throughput of each pipeline stage and of the JSON encoding over a set of
/// documents. Meant for release builds; run by `whosaid bench`.
public struct Benchmark: Sendable {
    public struct Row: Sendable {
        public var name: String
        public var seconds: Double
        public var megabytesPerSecond: Double
        public var tokensPerSecond: Double
    }

    public var documents = 0
    public var bytes = 0
    public var tokens = 0
    public var rows: [Row] = []

    /// Annotates every text `repeats` times; figures are per pass.
    public static func run(pipeline: Pipeline, texts: [String], repeats: Int, encoder: DocumentEncoder = DocumentEncoder())
        throws(WhoSaidError) -> Benchmark
    {
        var stageTimes: [Duration] = []
        var encodeTime = Duration.zero
        var report = Benchmark()
        let clock = ContinuousClock()
        for pass in 0..<repeats {
            for (index, text) in texts.enumerated() {
                var document = Document(id: "doc\(index)", text: text)
                try pipeline.annotate(&document, stageTimes: &stageTimes)
                let start = clock.now
                let json = encoder.encode(document)
                encodeTime += clock.now - start
                if pass == 0 {
                    report.documents += 1
                    report.bytes += text.utf8.count
                    report.tokens += document.tokens.count
                    precondition(!json.isEmpty)
                }
            }
        }
        func row(_ name: String, _ time: Duration) -> Row {
            let seconds = time.inSeconds / Double(repeats)
            return Row(name: name, seconds: seconds,
                       megabytesPerSecond: seconds > 0 ? Double(report.bytes) / 1e6 / seconds : .infinity,
                       tokensPerSecond: seconds > 0 ? Double(report.tokens) / seconds : .infinity)
        }
        for (index, stage) in pipeline.stages.enumerated() {
            report.rows.append(row(type(of: stage).name, stageTimes.indices.contains(index) ? stageTimes[index] : .zero))
        }
        report.rows.append(row("json output", encodeTime))
        report.rows.append(row("total", stageTimes.reduce(.zero, +) + encodeTime))
        return report
    }
}

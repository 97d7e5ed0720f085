import Testing
@testable import WhoSaid

@Suite struct TableRendererTests {
    private let columns = ["speaker", "quote"]
    private let rows = [["Lee Park", "a mess, \"full\" stop"], ["", "line one\nline two\tend"]]

    @Test func csvQuotesCommasQuotationMarksAndLineBreaksPerRFC4180() {
        #expect(TableRenderer(format: .csv).render(columns: columns, rows: rows) ==
                "speaker,quote\r\nLee Park,\"a mess, \"\"full\"\" stop\"\r\n,\"line one\nline two\tend\"\r\n")
    }

    @Test func tsvFlattensTabsAndLineBreaks() {
        #expect(TableRenderer(format: .tsv).render(columns: columns, rows: rows) ==
                "speaker\tquote\nLee Park\ta mess, \"full\" stop\n\tline one line two end\n")
    }

    @Test func jsonGivesOneObjectPerRow() throws {
        let lines = TableRenderer(format: .json).render(columns: columns, rows: rows).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(try JSONValue.parse(Array(lines[1].utf8))["quote"] == .string("line one\nline two\tend"))
    }

    @Test func pipedTableIsPlainAlignedAndUnwrapped() {
        let text = TableRenderer(format: .table, wrappingColumn: 1, coloredColumn: 0).render(columns: columns, rows: rows)
        #expect(text == "SPEAKER   QUOTE\nLee Park  a mess, \"full\" stop\n          line one line two end\n")
        #expect(!text.contains("\u{1B}"))
    }

    @Test func terminalTableWrapsTheQuoteAndColorsSpeakers() {
        let long = [["Lee Park", "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"]]
        let text = TableRenderer(format: .table, terminalWidth: 40, wrappingColumn: 1, coloredColumn: 0).render(columns: columns, rows: long)
        let lines = text.split(separator: "\n")
        #expect(lines.count > 2)
        #expect(text.contains("\u{1B}["))
        #expect(TableRenderer.wrap("aaa bbb ccc", width: 7) == ["aaa bbb", "ccc"])
    }
}

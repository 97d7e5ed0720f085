import Testing
@testable import WhoSaid

@Suite struct NERGazetteerTests {
    private func positions(_ sentence: String, lexicons: [(key: String, file: LexiconFile)]) throws -> [[String]] {
        let gazetteer = try NERGazetteer(lexicons: lexicons)
        var builder = TokenAtomBuilder(names: IgnoringPartNames())
        let atoms = sentence.split(separator: " ").map { builder.atoms(of: String($0)) }
        var positions: [SIMD16<UInt8>] = []
        var scratch: [SIMD16<UInt8>] = []
        gazetteer.matches(atoms[...], into: &positions, coveringLength: &scratch)
        return positions.map { token in
            gazetteer.classNames.indices.compactMap { index in
                token[index] == 0 ? nil
                    : "\(gazetteer.classNames[index]):\(NERGazetteer.Position(rawValue: token[index])!.name)"
            }
        }
    }

    @Test func longestMatchWinsAndCaseIsIgnored() throws {
        let result = try positions("flights to NEW YORK CITY and York", lexicons: [("places", TaggerFixtures.places),
            ("places", LexiconFile(name: "more.tsv", text: "New York\tLOC\t\nYork\tLOC\t\n"))])
        #expect(result == [[], [], ["places:B"], ["places:I"], ["places:L"], [], ["places:U"]])
    }

    @Test func classesComeFromColumnsAndPossessivesSplit() throws {
        let titles = LexiconFile(name: "titles.tsv", text: "Mr.\tm\thonorific\nspokesman\tm\trole\n")
        let orgs = LexiconFile(name: "orgs.tsv", text: "McDonald's\tORG\t\n")
        let result = try positions("Mr. Smith , a spokesman for McDonald 's", lexicons: [("titles", titles), ("organizations", orgs)])
        #expect(result == [["titles:U"], [], [], [], ["roles:U"], [], ["organizations:B"], ["organizations:L"]])
    }

    @Test func malformedRowsNameFileAndLine() {
        let broken = LexiconFile(name: "org-words.tsv", text: "# header\nInc.\tsuffix\nCorp.\n")
        #expect(throws: WhoSaidError.configuration(file: "org-words.tsv", line: 3,
                                                   message: "expected 2 tab-separated columns (word, kind), found 1")) {
            try NERGazetteer(lexicons: [("org-words", broken)])
        }
    }
}

import Testing
@testable import WhoSaid

@Suite struct EditDistanceTests {
    @Test func countsInsertionsDeletionsAndSubstitutions() {
        #expect(EditDistance.isWithin(2, Array("Customers"), Array("Customs")))
        #expect(!EditDistance.isWithin(1, Array("Customers"), Array("Customs")))
        #expect(EditDistance.isWithin(1, Array("Protection"), Array("Protektion")))
        #expect(!EditDistance.isWithin(2, Array("Border"), Array("Boarding")))
        #expect(EditDistance.isWithin(0, Array(""), Array("")))
    }
}

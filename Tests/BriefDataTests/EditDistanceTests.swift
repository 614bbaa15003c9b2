import Testing
@testable import BriefData

/// The edit distance behind "did you mean", and the rule that a tie is no suggestion.
@Suite("edit distance")
struct EditDistanceTests {
    @Test("Swapped neighbours are one edit with transpositions, two without")
    func transpositions() {
        #expect(editDistance("yaer", "year") == 2)
        #expect(editDistance("yaer", "year", transpositions: true) == 1)
        #expect(editDistance("georiga", "georgia", transpositions: true) == 1)
        #expect(editDistance("ca", "abc", transpositions: true) == 3)
        #expect(editDistance("", "url", transpositions: true) == 3)
        #expect(editDistance("indianna", "indiana", transpositions: true) == 1)
    }

    @Test("The nearest value is chosen only when no other value is as near")
    func clearlyNearestValue() {
        #expect(clearlyNearest([(value: "a", distance: 2), (value: "b", distance: 1)]) == "b")
        #expect(clearlyNearest([(value: "a", distance: 1), (value: "b", distance: 1)]) == nil)
        // The same value twice (a state by name and by code) is no tie.
        #expect(clearlyNearest([(value: "a", distance: 1), (value: "a", distance: 1), (value: "b", distance: 2)]) == "a")
        // A nearer value after a tie wins.
        #expect(clearlyNearest([(value: "a", distance: 2), (value: "b", distance: 2), (value: "c", distance: 1)]) == "c")
        #expect(clearlyNearest([(value: String, distance: Int)]()) == nil)
    }

    @Test("A word cut short or run on finds its candidate before a nearer one by edits; an exact match always wins")
    func prefixesFirst() {
        let keys = ["title", "subtitle", "date", "authors", "page", "style", "investments", "lang"]
        #expect(closestMatch(to: "language", in: keys) == "lang")
        #expect(closestMatch(to: "samsung-news", in: ["hyosung-news", "samsung-newsroom"]) == "samsung-newsroom")
        #expect(closestMatch(to: "autor", in: keys) == "authors")
        #expect(closestMatch(to: "sector", in: ["sectors", "sector"]) == "sector")
        // Too short to be a prefix of anything, or too far apart: edits decide, or nothing.
        #expect(closestMatch(to: "pa", in: ["page", "xyz"]) == "page")
        #expect(closestMatch(to: "inv", in: ["investments"]) == nil)
    }
}

import BriefData
import BriefDocument
import BriefLayout
import Testing

@Suite("A word too long to set")
struct LongWordTests {
    @Test("A run of more than 2,000 characters without a space is an error where it starts; one of 2,000 is not")
    func longWord() {
        let limit = String(repeating: "x", count: 2_000)
        #expect(BriefDocument(text: "---\ntitle: T\n---\nA \(limit) b\n", file: "b.md").errors.isEmpty)
        let long = BriefDocument(text: "---\ntitle: T\n---\n\nSome 한국 \(limit)y after.\n", file: "b.md")
        #expect(long.errors.map(\.description) == [
            "b.md:5:9: a word of more than 2,000 characters without a space starts here; break it up with spaces"], "\(long.errors)")
    }
}

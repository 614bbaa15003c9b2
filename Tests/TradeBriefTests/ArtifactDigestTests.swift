import Foundation
import Testing
import TradeBrief

@Suite("An artifact hashed ahead of the manifest")
struct ArtifactDigestTests {
    @Test("withDigest() holds the SHA-256 of the bytes (FIPS 180-2's \"abc\" vector), and the manifest lists it")
    func digestIsTheHash() {
        let artifact = Artifact(relativePath: "state-map.svg", format: .svg, data: Data("abc".utf8)).withDigest()
        let abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        #expect(artifact.digest == abc)
        let manifest = Manifest(version: "1", sourceDateEpoch: nil, creationDate: nil, inputs: [], artifacts: [artifact])
        #expect(manifest.artifacts.first?.sha256 == abc)
    }

    @Test("Changing the bytes drops the digest, so the manifest hashes the new bytes")
    func changedBytesAreHashedAgain() {
        var artifact = Artifact(relativePath: "brief.pdf", format: .pdf, data: Data("old".utf8)).withDigest()
        artifact.data = Data("new".utf8)
        #expect(artifact.digest == nil)
        let manifest = Manifest(version: "1", sourceDateEpoch: nil, creationDate: nil, inputs: [], artifacts: [artifact])
        #expect(manifest.artifacts.first?.sha256 == Manifest.sha256(Data("new".utf8)))
        #expect(manifest.artifacts.first?.sha256 != Manifest.sha256(Data("old".utf8)))
    }
}

import Testing
import Complaints

/// Batch detection compares compact signatures; they must agree with the bigram Jaccard they stand for.
struct SimilaritySignatureTests {
    static let texts = [
        "Internet down since Monday", "internet is down since monday morning",
        "Broadband outage in the whole street since 9am, no connection at all",
        "No broadband connection in our street since 9 am, outage everywhere",
        "I was billed twice for March", "断网三天了", "断网三天", "Le réseau est coupé depuis lundi",
    ]

    @Test func signatureJaccardMatchesBigramJaccard() {
        for a in Self.texts {
            for b in Self.texts {
                let exact = Similarity.jaccard(a, b)
                let compact = Similarity.jaccard(signature: Similarity.signature(a), signature: Similarity.signature(b))
                #expect(abs(exact - compact) < 0.001, "\(a) / \(b): \(exact) vs \(compact)")
            }
        }
    }

    @Test func signatureIsBoundedForALongDescription() {
        let long = (0..<20_000).map { "word\($0 % 997) " }.joined()
        let signature = Similarity.signature(long)
        #expect(signature.count <= Similarity.maxScalars)
        #expect(signature == signature.sorted())
        #expect(Set(signature).count == signature.count)
    }
}

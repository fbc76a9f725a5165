import Foundation
import Testing
@testable import Complaints

struct SimilarityTests {
    @Test func identicalTextsAreOneAndDisjointAreZero() {
        #expect(Similarity.jaccard("Internet down", "internet DOWN!") == 1)
        #expect(Similarity.cosine("Internet down", "internet down") > 0.999)
        #expect(Similarity.jaccard("abc", "xyz") == 0)
        #expect(Similarity.cosine("abc", "xyz") == 0)
    }

    @Test func emptyOrPunctuationOnlyTextIsNeverSimilar() {
        #expect(Similarity.jaccard("", "") == 0)
        #expect(Similarity.jaccard("!!! ...", "!!! ...") == 0)
        #expect(Similarity.cosine("", "x") == 0)
    }

    @Test func bigramsStayInsideWordsAndOneLetterWordsCount() {
        #expect(Similarity.bigrams("ab cd") == Similarity.bigrams("cd, ab"))
        #expect(Similarity.bigrams("ab cd").count == 2)
        #expect(Similarity.bigrams("a").count == 1)
    }

    @Test func chineseIsCutIntoCharacterPairs() {
        #expect(Similarity.bigrams("断网三天").count == 3)
        #expect(Similarity.jaccard("宽带断网三天了", "宽带断网两天了") > 0.3)
        #expect(Similarity.jaccard("宽带断网三天了", "账单多扣费") == 0)
    }

    @Test(arguments: [
        ("outage reworded", "Internet down in Park Road since 9am", "internet is down since 9am on Park Road, please fix", true),
        ("billing vs network", "Charged twice for my monthly bill", "My broadband has been down since this morning", false),
    ])
    func outageLikeTextsPassTheBatchThreshold(_ id: String, _ a: String, _ b: String, _ similar: Bool) {
        let s = Similarity.jaccard(a, b)
        #expect((s >= BatchPolicy().similarityThreshold) == similar, "\(id): \(s)")
    }
}

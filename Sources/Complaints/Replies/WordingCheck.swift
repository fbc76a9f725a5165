/// SPEC §8: staff-written text that touches compensation, refunds, liability, legal action, lawsuits,
/// regulators or the media needs the legal reviewer as well as the manager.
///
/// Pure. English terms match at the start of a word, with common endings (`refund`, `refunds`,
/// `refunded`; not `issue` for `sue`); Chinese terms match anywhere.
///
///     WordingCheck.standard.matches("We will refund the charge and 赔偿 you")   // ["refund", "赔偿"]
public struct WordingCheck: Sendable, Equatable {
    public var terms: [String]

    public init(terms: [String]) { self.terms = terms }

    /// The default list (a deployment replaces it in configuration: `review.legal_terms`).
    public static let defaultTerms = [
        "compensation", "compensate", "refund", "reimburse", "reimbursement", "liability", "liable", "legal action",
        "legal", "lawsuit", "sue", "court", "lawyer", "attorney", "solicitor", "litigation", "regulator", "ombudsman",
        "media", "press", "journalist", "newspaper", "damages", "goodwill payment",
        "赔偿", "补偿", "退款", "退费", "赔付", "责任", "法律", "诉讼", "起诉", "律师", "法院", "仲裁", "监管", "工信部",
        "消协", "消费者协会", "媒体", "记者", "曝光", "报社",
    ]
    public static let standard = WordingCheck(terms: defaultTerms)

    /// Endings an English term may take and still match.
    static let endings: Set<String> = ["", "s", "es", "ed", "d", "ing", "ion", "ions", "ment", "ments", "ly"]

    /// The terms `text` touches, in list order, each once.
    public func matches(_ text: String) -> [String] {
        let haystack = Array(text.lowercased().unicodeScalars)
        return terms.filter { term in
            let needle = Array(term.lowercased().unicodeScalars)
            guard !needle.isEmpty, needle.count <= haystack.count else { return false }
            let latin = needle.allSatisfy(\.isASCII)
            var i = 0
            while i + needle.count <= haystack.count {
                if haystack[i] == needle[0], Array(haystack[i..<(i + needle.count)]) == needle {
                    if !latin { return true }
                    let startsWord = i == 0 || !Self.isWordScalar(haystack[i - 1])
                    var end = i + needle.count
                    var rest = ""
                    while end < haystack.count, Self.isWordScalar(haystack[end]) { rest.unicodeScalars.append(haystack[end]); end += 1 }
                    if startsWord, Self.endings.contains(rest) { return true }
                }
                i += 1
            }
            return false
        }
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (s.properties.isAlphabetic || ("0"..."9").contains(s)) : false
    }
}

import Foundation

/// What the customer asks for (SPEC §1): refund, apology, compensation, fix, explanation; English and Chinese.
public enum RequestDetector {
    static let phrases: [(CustomerRequest, String)] = [
        (.refund, #"(\brefund|money back|\breimburse|pay (me )?back|return (of )?my money|charge ?back|退款|退钱|退錢|退还|退還|退费|退費|返还|返還|退回.{0,6}(钱|费用|款))"#),
        (.apology, #"(\bapolog|say sorry|\bsorry from|道歉|赔礼|賠禮|致歉)"#),
        (.compensation, #"(\bcompensat|goodwill (gesture|payment|credit)|\bcredit (to|on|for) my (account|bill)|damages\b|赔偿|賠償|补偿|補償|赔付|賠付|索赔|索賠)"#),
        (.fix, #"(\bfix\b|\bfix (it|this|the)|\brepair\b|\bresolve\b|\brestore\b|sort (this|it) out|get (it|this) working|working again|\brectify|修复|修復|修好|维修|維修|解决|解決|恢复|恢復|处理一下|尽快处理|儘快處理|盡快處理|请处理|請處理|排除故障)"#),
        (.explanation, #"(\bexplain|explanation|tell me why|\bwhy (was|were|is|are|did|do|does|has|have|am|my|the|i|on)\b|reason for|给个说法|给.{0,4}说法|解释|解釋|说明原因|說明原因|为什么|為什麼|为何|為何|讨个说法|討個說法)"#),
    ]

    /// The requests found in `text`, in `CustomerRequest.allCases` order.
    public static func requests(in text: String) -> [CustomerRequest] {
        let possible = group.possible(in: text)
        let found = Set(phrases.indices.filter { possible[$0] && TextTools.matches(text, patterns[$0]) }.map { phrases[$0].0 })
        return CustomerRequest.allCases.filter(found.contains)
    }

    private static let patterns = phrases.map { TextTools.Pattern($0.1) }
    /// One pass over the text rules out the kinds it cannot be asking for (most mail asks for one or two).
    private static let group = PatternGroup(phrases.map(\.1))
}

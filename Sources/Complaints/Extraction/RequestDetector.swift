import Foundation

/// What the customer asks for (SPEC §1): refund, apology, compensation, fix, explanation; English and Chinese.
public enum RequestDetector {
    static let phrases: [(CustomerRequest, String)] = [
        (.refund, #"(\brefund|money back|\breimburse|pay (me )?back|return (of )?my money|charge ?back|退款|退钱|退还|退费|返还|退回.{0,6}(钱|费用|款))"#),
        (.apology, #"(\bapolog|say sorry|\bsorry from|道歉|赔礼|致歉)"#),
        (.compensation, #"(\bcompensat|goodwill (gesture|payment|credit)|\bcredit (to|on|for) my (account|bill)|damages\b|赔偿|补偿|赔付|索赔)"#),
        (.fix, #"(\bfix\b|\bfix (it|this|the)|\brepair\b|\bresolve\b|\brestore\b|sort (this|it) out|get (it|this) working|working again|\brectify|修复|修好|维修|解决|恢复|处理一下|尽快处理|请处理|排除故障)"#),
        (.explanation, #"(\bexplain|explanation|tell me why|\bwhy (was|were|is|are|did|do|does|has|have|am|my|the|i|on)\b|reason for|给个说法|给.{0,4}说法|解释|说明原因|为什么|为何|讨个说法)"#),
    ]

    /// The requests found in `text`, in `CustomerRequest.allCases` order.
    public static func requests(in text: String) -> [CustomerRequest] {
        let found = Set(phrases.filter { TextTools.matches(text, $0.1) }.map(\.0))
        return CustomerRequest.allCases.filter(found.contains)
    }
}

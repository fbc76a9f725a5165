import Foundation

/// Phone numbers and account/customer numbers written in a body, only when clearly recognisable.
public enum PhoneAndAccount {
    static let phoneLabel =
        #"(phone|telephone|tel|mobile|cell|contact number|call me (on|at)|reach me (on|at)|my number is|callback|电话|電話|手机|手機|联系电话|聯絡電話|聯繫電話|联系方式|聯絡方式|手机号码?|手機號碼|电话号码|電話號碼)"#
    /// Number shapes: +44 20 7946 0958, (555) 010-1234, 555-010-1234, 138 1234 5678, 010-12345678.
    static let phoneShapes: [String] = [
        #"\+\d{1,3}[\s.-]?\(?\d{1,4}\)?([\s.-]?\d{2,4}){2,4}"#,
        #"(?<![\d-])(\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?![\d-])"#,
        #"\(\d{3}\)\s?\d{3}[\s.-]\d{4}"#,
        #"(?<![\d-])\d{3}[.-]\d{3}[.-]\d{4}(?![\d-])"#,
        #"(?<![\d-])0\d{2,3}[\s-]\d{7,8}(?![\d-])"#,
        #"(?<![\d-])0\d{2,4}\s\d{3,4}\s\d{3,4}(?![\d-])"#,
    ]
    static let accountLabel =
        #"(?:account\s*(?:number|no\.?|num|#|id)?|acct\.?\s*(?:number|no\.?|#)?|a/c\s*(?:no\.?)?|customer\s*(?:number|no\.?|id|#|reference)|client\s*(?:number|no\.?|id)|member(?:ship)?\s*(?:number|no\.?|id)|subscriber\s*(?:number|no\.?|id)|policy\s*(?:number|no\.?)|账号|帐号|帳號|账户|帐户|帳戶|客户编号|客戶編號|客戶號碼|用戶號碼|客户号|用户号|用户编号|卡号|会员号|宽带账号)"#

    // Compiled once: each is tried on every line of a body.
    static let phoneLabelled = TextTools.Pattern(phoneLabel)
    static let accountLabelled = TextTools.Pattern(accountLabel + #"\s*[:：#]"#)
    static let accountMention = TextTools.Pattern(accountLabel)
    /// Order, invoice and ticket numbers look like phone numbers: a line naming one is not searched.
    static let referenceMention = TextTools.Pattern(#"(order|invoice|ticket|case|ref|订单|工单|发票|单号)"#)
    /// A labelled account value; group 1 is the value.
    static let accountValue = TextTools.Pattern(accountLabel
        + #"\s*(?:is|was|:|：|#|＃|=|为|是)?\s*(?:is\s*)?[:：#]?\s*([A-Za-z]{0,4}[-\s]?\d[\dA-Za-z\s-]{2,30}[\dA-Za-z])(?![\d年月日号元块个天次期])"#)

    /// The first phone number in a labelled line, else a distinctive unlabelled one.
    public static func phone(in text: String) -> String? {
        guard TextTools.mayHoldDigit(text) else { return nil }
        let lines = TextTools.lines(text).filter(TextTools.mayHoldDigit)
        for line in lines where TextTools.matches(line, phoneLabelled) && !TextTools.matches(line, accountLabelled) {
            if let p = phone(inValue: line) { return p }
        }
        for line in lines where !TextTools.matches(line, accountMention) && !TextTools.matches(line, referenceMention) {
            if let p = phone(inValue: line, distinctiveOnly: true) { return p }
        }
        return nil
    }

    /// A phone number inside a field value.
    public static func phone(inValue value: String) -> String? { phone(inValue: value, distinctiveOnly: false) }

    static func phone(inValue value: String, distinctiveOnly: Bool) -> String? {
        let v = TextTools.replacing(value, #"CMP-\d{4}-\d{6}"#, with: " ", caseInsensitive: true)
        for (n, shape) in phoneShapes.enumerated() {
            if distinctiveOnly && n >= 4 { break }
            if let m = TextTools.firstMatch(v, shape) {
                let digits = m.filter(\.isNumber).count
                if digits >= 7 && digits <= 15 { return TextTools.trim(m) }
            }
        }
        if !distinctiveOnly, let m = TextTools.firstMatch(v, #"\d[\d\s-]{5,18}\d"#) {
            let digits = m.filter(\.isNumber).count
            if digits >= 7 && digits <= 15 { return TextTools.trim(m) }
        }
        return nil
    }

    /// An account or customer number, only when labelled ("account number: 12345678", "账号：6222…").
    public static func account(in text: String) -> String? {
        guard TextTools.mayHoldDigit(text) else { return nil }
        for line in TextTools.lines(text) where TextTools.mayHoldDigit(line) {
            if let v = TextTools.capture(line, accountValue, group: 1), let cleaned = account(inValue: v) {
                return cleaned
            }
        }
        return nil
    }

    /// An account value: a token holding at least four digits.
    public static func account(inValue value: String) -> String? {
        let tokenPattern = #"[A-Za-z]{0,4}[-]?\d[\dA-Za-z-]*(\s\d{4}){0,4}"#
        guard let m = TextTools.firstMatch(value, tokenPattern) else { return nil }
        let t = TextTools.trim(m)
        return t.filter(\.isNumber).count >= 5 ? t : nil
    }
}

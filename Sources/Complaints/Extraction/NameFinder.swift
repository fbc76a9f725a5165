import Foundation

/// Person names written in notes and transfer letters, where no field labels them:
/// "Customer Mr Dev Menon wanted…", "申诉人韩先生反映…", "用户郭先生询问…".
public enum NameFinder {
    static let englishPattern =
        #"\b(Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+([A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+){0,2})"#
    static let chinesePattern =
        #"(投诉人|申诉人|投訴人|申訴人|用户|用戶|客户|客戶|消费者|消費者|居民|市民|读者|讀者|来电人|來電人|顾客|顧客|会员|會員|车主|業主|业主|老人|乘客)\s*[:：]?\s*([\p{Han}]{1,2}?(?:先生|女士|小姐|伯伯|阿姨|老先生|老太太|太太|师傅|師傅|老师|老師|同学|同學|大爷|大爺|大妈|大媽|婆婆|奶奶|爷爷|爺爺))"#

    /// The first person named with a courtesy title; "Mr Dev Menon" → "Dev Menon", "Mr Ahmed" stays "Mr Ahmed".
    public static func unlabelledName(in text: String) -> String? {
        let head = TextTools.lines(text, limit: 40).joined(separator: "\n")
        if let zh = TextTools.capture(head, chinesePattern, group: 2) { return zh }
        guard let title = TextTools.capture(head, englishPattern, group: 1, caseInsensitive: false),
              let name = TextTools.capture(head, englishPattern, group: 2, caseInsensitive: false) else { return nil }
        let words = name.split(separator: " ")
        // Drop trailing words that are not names ("Mr Ellis's case" → possessive kept out by the pattern; "Mr Berg Has" unlikely).
        return words.count >= 2 ? name : "\(title) \(name)"
    }

    /// A labelled name value without what follows it: "Mrs Edith Graham, 81, 3 Church Row" → "Edith Graham".
    public static func cleanValue(_ value: String) -> String? {
        var v = TextTools.trim(value)
        if let cut = v.firstIndex(where: { ",，;；(（[|/".contains($0) }) { v = String(v[..<cut]) }
        if let dash = TextTools.firstRange(v, #"\s+[-–—]\s+"#) { v = String(v[..<dash.lowerBound]) }
        v = TextTools.trim(v)
        v = FormFields.withoutHonorific(v)
        return v.isEmpty ? nil : v
    }
}

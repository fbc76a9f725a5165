/// English or Chinese, from the share of CJK characters among the letters.
public enum LanguageDetector {
    /// `zh` when CJK characters weigh at least as much as a third of the Latin letters.
    public static func language(of text: String) -> Language {
        var cjk = 0, latin = 0
        for s in text.unicodeScalars {
            if TextTools.isCJK(s) { cjk += 1 }
            else if (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A) || (s.value >= 0xC0 && s.value <= 0x24F) { latin += 1 }
        }
        guard cjk > 0 else { return .en }
        return cjk * 3 >= latin ? .zh : .en
    }
}

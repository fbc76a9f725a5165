import Foundation

/// A name and address written in body text: `Ann Lee <ann@x.example>`, `"张三"<z@qq.com>;`,
/// `Ann Lee [mailto:ann@x.example]`, `ann@x.example`. Header fields go through `MIME` instead.
public struct AddressText: Sendable, Equatable {
    public var name: String?
    public var email: String?

    public init(name: String? = nil, email: String? = nil) {
        self.name = name
        self.email = email
    }

    static let emailPattern = #"[A-Za-z0-9._%+'=-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"#

    /// Parses one written address; nil when it holds neither a name nor an address.
    public static func parse(_ text: String) -> AddressText? {
        let s = TextTools.trim(text)
        guard !s.isEmpty else { return nil }
        let email = TextTools.firstMatch(s, emailPattern)
        var name = s
        if let lt = name.firstIndex(where: { $0 == "<" || $0 == "[" || $0 == "(" || $0 == "（" || $0 == "《" }) {
            name = String(name[..<lt])
        } else if let email {
            name = name.replacingOccurrences(of: email, with: "")
        }
        let cleanedName = cleanName(name)
        let finalName = (cleanedName == nil || cleanedName?.lowercased() == email?.lowercased()) ? nil : cleanedName
        if finalName == nil && email == nil { return nil }
        return AddressText(name: finalName, email: email)
    }

    /// A display name without quotes, trailing separators or a "via X" suffix (list and form relays).
    public static func cleanName(_ raw: String?) -> String? {
        guard var s = raw else { return nil }
        s = s.replacingOccurrences(of: "mailto:", with: "")
        let junk = CharacterSet(charactersIn: "\"'“”‘’;,；，:： \t*")
        s = s.trimmingCharacters(in: junk)
        if let via = TextTools.firstRange(s, #"\s+(via|on behalf of|代表)\s+.*$"#) {
            s = String(s[..<via.lowerBound])
        }
        s = s.trimmingCharacters(in: junk)
        if s.contains("@") && TextTools.firstMatch(s, emailPattern) == s { return nil }
        return s.isEmpty ? nil : s
    }
}

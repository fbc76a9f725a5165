import Foundation

/// Makes globally unique Message-IDs (RFC 5322 §3.6.4): `<time.random@domain>`.
///
///     let id = MessageIDGenerator(domain: "company.example").next()
///     // "mhz3k2ab.5x1f0q9c2m7r@company.example" (written with angle brackets by OutgoingMessage)
public struct MessageIDGenerator: Sendable {
    /// The right-hand side: the sender's domain (never a customer's).
    public var domain: String

    public init(domain: String) {
        let clean = HeaderEncoder.cleanMessageID(domain)?.filter { $0 != "@" } ?? ""
        self.domain = clean.isEmpty ? "plaint.invalid" : clean
    }

    /// A generator for the domain of `address` (`complaints@company.example` → `company.example`).
    public init(forAddress address: String) {
        let at = address.lastIndex(of: "@").map { address.index(after: $0) } ?? address.endIndex
        self.init(domain: String(address[at...]))
    }

    /// A fresh identifier without angle brackets: milliseconds since 1970 and 80 random bits, base 36.
    public func next(now: Date = Date()) -> String {
        var rng = SystemRandomNumberGenerator()
        let millis = UInt64(max(0, now.timeIntervalSince1970 * 1000))
        let a = rng.next() as UInt64, b = UInt64(rng.next() as UInt16)
        return String(millis, radix: 36) + "." + String(a, radix: 36) + String(b, radix: 36) + "@" + domain
    }
}

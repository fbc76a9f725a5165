/// One header field as it appeared: its name, its raw bytes (unfolded CRLF kept out), and the decoded value.
public struct HeaderField: Sendable, Equatable {
    /// The field name as written (lookups are case-insensitive).
    public var name: String
    /// The raw value bytes after the colon, folding line breaks removed, nothing decoded.
    public var raw: [UInt8]
    /// The value unfolded, trimmed, with RFC 2047 encoded words decoded and raw 8-bit decoded by best guess.
    public var value: String

    public init(name: String, raw: [UInt8], value: String) {
        self.name = name
        self.raw = raw
        self.value = value
    }
}

/// An ordered list of header fields with case-insensitive lookup.
public struct Header: Sendable, Equatable {
    public var fields: [HeaderField]

    public init(_ fields: [HeaderField] = []) { self.fields = fields }

    /// Convenience for tests and builders: fields from (name, already-decoded value) pairs.
    public init(_ pairs: [(String, String)]) {
        self.fields = pairs.map { HeaderField(name: $0.0, raw: Array($0.1.utf8), value: $0.1) }
    }

    /// Every decoded value of the named field, in order.
    public func values(_ name: String) -> [String] {
        fields.filter { $0.name.caseInsensitiveEquals(name) }.map(\.value)
    }

    /// The first decoded value of the named field.
    public func first(_ name: String) -> String? {
        fields.first { $0.name.caseInsensitiveEquals(name) }?.value
    }

    /// Whether the named field is present at all.
    public func contains(_ name: String) -> Bool {
        fields.contains { $0.name.caseInsensitiveEquals(name) }
    }
}

extension String {
    /// ASCII case-insensitive comparison (header names are ASCII).
    @inlinable
    public func caseInsensitiveEquals(_ other: String) -> Bool {
        let a = self.utf8, b = other.utf8
        guard a.count == b.count else { return false }
        var ia = a.startIndex, ib = b.startIndex
        while ia != a.endIndex {
            let x = a[ia], y = b[ib]
            if x != y {
                let lx = (x >= 65 && x <= 90) ? x | 0x20 : x
                let ly = (y >= 65 && y <= 90) ? y | 0x20 : y
                if lx != ly { return false }
            }
            a.formIndex(after: &ia)
            b.formIndex(after: &ib)
        }
        return true
    }
}

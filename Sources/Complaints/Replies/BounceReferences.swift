/// The Message-IDs a delivery status notification refers to (RFC 3464): the `Message-ID` fields of
/// the returned message or headers, in whatever part the reporting MTA put them.
///
/// Pure, a byte scan: a bounce is often malformed, so no MIME structure is assumed.
///
///     BounceReferences.messageIDs(in: dsn)   // ["ack-1f2e@company.example"]
public enum BounceReferences {
    /// Every `Message-ID:` value after the bounce's own header block, without brackets, in order, each once.
    public static func messageIDs(in raw: [UInt8]) -> [String] {
        let text = String(decoding: raw, as: UTF8.self)
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })[...]
        // Skip the DSN's own header block.
        while let first = lines.first, !first.trimmingCharacters(" \r\t").isEmpty { lines = lines.dropFirst() }
        var ids: [String] = []
        for line in lines {
            let l = line.trimmingCharacters(" \r\t>")
            guard l.lowercased().hasPrefix("message-id:") else { continue }
            var value = Substring(l.dropFirst("message-id:".count)).trimmingCharacters(" \t")
            if value.hasPrefix("<"), let close = value.firstIndex(of: ">") {
                value = String(value[value.index(after: value.startIndex)..<close])
            }
            if !value.isEmpty, value.contains("@"), !ids.contains(value) { ids.append(value) }
        }
        return ids
    }
}

extension StringProtocol {
    fileprivate func trimmingCharacters(_ set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}

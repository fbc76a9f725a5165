/// One untagged IMAP server response line, as far as Plaint needs to understand it (RFC 9051 §7).
enum IMAPResponse: Equatable, Sendable {
    /// `* SEARCH 3 7 9` (RFC 9051 §7.3.5 / RFC 3501 §7.2.5).
    case search([UInt32])
    /// `* 12 FETCH (UID 45 FLAGS (\Seen) RFC822.SIZE 3456)` (§7.5.2).
    case fetch(sequence: UInt32, FetchAttributes)
    /// `* STATUS INBOX (MESSAGES 3 UIDNEXT 8 UIDVALIDITY 1700000000)` (§7.3.4); keys upper-cased.
    case status(mailbox: String, items: [String: UInt64])
    /// `* 5 EXISTS`, `* 1 RECENT`, `* 3 EXPUNGE` — unsolicited, may appear in any command's output.
    case exists(UInt32)
    case recent(UInt32)
    case expunge(UInt32)
    /// `* OK [UIDVALIDITY 17] UIDs valid` and friends: status word, response code and its argument.
    case condition(status: String, code: String?, argument: String?, text: String)
    /// `* FLAGS (\Answered \Seen $PlaintFiled)`.
    case flags([String])
    /// Anything else (`* LIST …`, `* CAPABILITY …`, continuation lines).
    case other(String)
}

/// The FETCH data items Plaint asks for; `nil` when the server did not send the item.
struct FetchAttributes: Equatable, Sendable {
    var uid: UInt32?
    var flags: [String]?
    var size: Int?
}

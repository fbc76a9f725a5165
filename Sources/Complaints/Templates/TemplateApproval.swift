import MIME

/// One recorded approval: the SHA-256 of a template file's exact bytes, who approved it, as what, and when.
/// Stored in `Templates/approvals.json`; editing one byte of the file voids it (SPEC §8).
public struct TemplateApproval: Sendable, Equatable {
    /// The file name, e.g. `acknowledgement.en.txt`.
    public var file: String
    /// Lowercase hex SHA-256 of the file's bytes when approved.
    public var sha256: String
    /// The approver's email.
    public var approver: String
    public var role: ApproverRole
    /// ISO 8601 time of the approval, e.g. `2026-11-22T15:40:00Z`.
    public var approvedAt: String

    public init(file: String, sha256: String, approver: String, role: ApproverRole, approvedAt: String) {
        self.file = file
        self.sha256 = sha256
        self.approver = approver
        self.role = role
        self.approvedAt = approvedAt
    }
}

/// The roles allowed to approve wording (SPEC §8: the supervising manager, legal counsel).
public enum ApproverRole: String, Sendable, Equatable, CaseIterable {
    case manager
    case legal
}

/// Someone listed in the approvers list, with the role they were listed under (which may be one that
/// cannot approve, such as `staff`).
public struct Approver: Sendable, Equatable {
    public var email: String
    public var role: String
    public init(email: String, role: String) {
        self.email = email
        self.role = role
    }
}

/// A template file's bytes as read from disk.
public struct TemplateFile: Sendable, Equatable {
    /// The file name, e.g. `acknowledgement.en.txt`.
    public var file: String
    public var bytes: [UInt8]
    public init(file: String, bytes: [UInt8]) {
        self.file = file
        self.bytes = bytes
    }
    /// SHA-256 (hex) of the exact bytes: what an approval is bound to.
    public var sha256: String { SHA256.hex(bytes) }
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// Where a template (file) stands against its approvals.
public enum ApprovalState: Sendable, Equatable {
    /// The current bytes are the approved bytes.
    case approved(TemplateApproval)
    /// Approved once, but the wording changed since: unapproved.
    case changed(TemplateApproval)
    /// No approval on record.
    case neverApproved

    public var isApproved: Bool { if case .approved = self { true } else { false } }

    /// `approved`, `changed since approval`, or `never approved`.
    public var label: String {
        switch self {
        case .approved: "approved"
        case .changed: "changed since approval"
        case .neverApproved: "never approved"
        }
    }
}

/// Why an approval was refused.
public struct TemplateApprovalError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

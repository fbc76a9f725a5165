import Foundation

/// What Plaint does with an incoming message (SPEC §1: nothing is dropped).
public enum Disposition: String, Sendable, Codable, CaseIterable {
    /// A complaint, suggestion or inquiry: filed as a ticket (or a follow-up on one).
    case ticket
    /// An automatic reply (RFC 3834, out-of-office): recorded, never answered.
    case autoReply = "auto_reply"
    /// A delivery status notification / bounce: recorded, marks a delivery failed.
    case bounce
    /// Bulk, list or junk mail: recorded, never answered.
    case bulk
    /// Cannot be understood (malformed, empty, hostile): recorded with the reason.
    case quarantine
}

/// SPEC §2.
public enum Kind: String, Sendable, Codable, CaseIterable {
    case complaint, suggestion, inquiry
}

/// SPEC §3 default taxonomy. Deployments may add categories in configuration, so this is a string-backed struct.
public struct Category: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ raw: String) { self.rawValue = raw }
    public var description: String { rawValue }

    public static let serviceAttitude = Category("service_attitude")
    public static let billing = Category("billing")
    public static let network = Category("network")
    public static let hardware = Category("hardware")
    public static let software = Category("software")
    public static let accountAccess = Category("account_access")
    public static let securityPrivacy = Category("security_privacy")
    public static let installationRepair = Category("installation_repair")
    public static let timeliness = Category("timeliness")
    public static let productPolicy = Category("product_policy")
    public static let other = Category("other")

    public static let defaults: [Category] = [
        .serviceAttitude, .billing, .network, .hardware, .software, .accountAccess,
        .securityPrivacy, .installationRepair, .timeliness, .productPolicy, .other,
    ]
}

/// SPEC §4.
public enum Priority: String, Sendable, Codable, CaseIterable {
    case high, medium, low
}

/// SPEC §5 special classes and triage flags.
public enum Flag: String, Sendable, Codable, CaseIterable, Comparable {
    case escalated, major, anonymous, withdrawal, `repeat`, batch
    case needsTriage = "needs_triage"

    public static func < (a: Flag, b: Flag) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// SPEC §1 channels.
public enum Channel: String, Sendable, Codable, CaseIterable {
    case email
    case webForm = "web_form"
    case phone
    case regulator
    case consumerAssociation = "consumer_association"
    case media
    case parentCompany = "parent_company"
}

public enum Language: String, Sendable, Codable, CaseIterable {
    case en, zh
}

/// What the customer asks for (SPEC §1 registration record).
public enum CustomerRequest: String, Sendable, Codable, CaseIterable {
    case refund, apology, compensation, fix, explanation
}

/// The person who complains (for forwards and transfers: the original complainant, not the forwarder).
public struct Complainant: Sendable, Equatable, Codable {
    public var name: String?
    public var email: String?
    public var phone: String?
    public var account: String?

    public init(name: String? = nil, email: String? = nil, phone: String? = nil, account: String? = nil) {
        self.name = name
        self.email = email
        self.phone = phone
        self.account = account
    }

    /// No usable identity: nothing to reply to and nothing to look up (SPEC §5 anonymous).
    public var isAnonymous: Bool { email == nil && phone == nil && account == nil }
}

/// Summary of an attachment as recorded on a ticket.
public struct AttachmentInfo: Sendable, Equatable, Codable {
    public var filename: String
    public var contentType: String
    public var size: Int
    public var sha256: String

    public init(filename: String, contentType: String, size: Int, sha256: String) {
        self.filename = filename
        self.contentType = contentType
        self.size = size
        self.sha256 = sha256
    }
}

/// Everything Plaint reads out of one incoming message: the registration record (SPEC §1) plus the
/// classification (SPEC §2–5). Pure data; produced by `ComplaintReader`.
public struct Complaint: Sendable, Equatable {
    public var disposition: Disposition
    /// Why the disposition is not `ticket` (or why it was quarantined), one line.
    public var dispositionReason: String?
    public var kind: Kind
    public var category: Category
    /// SPEC §4 grade, 1...3.
    public var severity: Int
    public var priority: Priority
    public var flags: Set<Flag>
    public var channel: Channel
    public var complainant: Complainant
    public var language: Language
    public var subject: String?
    /// The customer's own words: no quoted history, signature, disclaimer or forwarded header block.
    public var description: String
    public var requests: [CustomerRequest]
    public var attachments: [AttachmentInfo]
    /// The envelope facts needed for threading and replies.
    public var messageID: String?
    public var inReplyTo: [String]
    public var references: [String]
    /// The address that sent this message (may differ from the complainant for forwards and forms).
    public var senderEmail: String?
    public var date: Date?
    /// A ticket reference like `CMP-2026-000123` found in the subject or body, for follow-ups.
    public var ticketReference: String?
    /// The classifier's full decision with its confidence and reasons, when the message was classified.
    public var classification: Classification?

    public init(disposition: Disposition, dispositionReason: String? = nil, kind: Kind = .complaint,
                category: Category = .other, severity: Int = 1, priority: Priority = .low, flags: Set<Flag> = [],
                channel: Channel = .email, complainant: Complainant = Complainant(), language: Language = .en,
                subject: String? = nil, description: String = "", requests: [CustomerRequest] = [],
                attachments: [AttachmentInfo] = [], messageID: String? = nil, inReplyTo: [String] = [],
                references: [String] = [], senderEmail: String? = nil, date: Date? = nil, ticketReference: String? = nil) {
        self.disposition = disposition
        self.dispositionReason = dispositionReason
        self.kind = kind
        self.category = category
        self.severity = severity
        self.priority = priority
        self.flags = flags
        self.channel = channel
        self.complainant = complainant
        self.language = language
        self.subject = subject
        self.description = description
        self.requests = requests
        self.attachments = attachments
        self.messageID = messageID
        self.inReplyTo = inReplyTo
        self.references = references
        self.senderEmail = senderEmail
        self.date = date
        self.ticketReference = ticketReference
    }

    /// A quarantine record for input that could not be read at all.
    public static func quarantined(_ reason: String) -> Complaint {
        Complaint(disposition: .quarantine, dispositionReason: reason)
    }
}

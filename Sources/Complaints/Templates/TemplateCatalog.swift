/// A directory's template files and their approvals: which are approved, which changed, which never were.
///
/// Pure: the Gateway's `TemplateCatalogLoader` reads the files and `approvals.json`.
///
///     var catalog = TemplateCatalog(files: files, approvals: approvals)
///     catalog.unapprovedFiles            // [("resolution.en.txt", .changed(…))]
///     try catalog.approve(name: "resolution", as: "manager@company.example", approvers: list, at: now)
public struct TemplateCatalog: Sendable {
    /// The templates every deployment needs, in both shipped languages.
    public static let requiredNames = [
        "acknowledgement", "inquiry_answer", "progress_update", "resolution", "survey_request",
        "repeat_reassurance", "staff_reminder", "manager_escalation",
    ]
    public static let requiredLanguages = ["en", "zh"]

    /// Template files, sorted by name.
    public let files: [TemplateFile]
    /// The approvals on record (at most one per file: the latest).
    public private(set) var approvals: [TemplateApproval]

    public init(files: [TemplateFile], approvals: [TemplateApproval]) {
        self.files = files.filter { MessageTemplate.parseFileName($0.file) != nil }.sorted { $0.file < $1.file }
        self.approvals = approvals
    }

    /// Template names present, sorted.
    public var names: [String] {
        Array(Set(files.compactMap { MessageTemplate.parseFileName($0.file)?.name })).sorted()
    }

    /// The files of one template (every language and format).
    public func files(named name: String) -> [TemplateFile] {
        files.filter { MessageTemplate.parseFileName($0.file)?.name == name }
    }

    /// The `.txt` files this directory lacks: the required ones in both languages, and the `.txt`
    /// beside each `.html` (which carries the subject).
    public var missingFiles: [String] {
        let present = Set(files.map(\.file))
        let required = Self.requiredNames.flatMap { name in Self.requiredLanguages.map { "\(name).\($0).txt" } }
        let besideHTML = files.compactMap { f in
            MessageTemplate.parseFileName(f.file).flatMap { $0.format == .html ? "\($0.name).\($0.language).txt" : nil }
        }
        var seen = Set<String>()
        return (required + besideHTML).filter { !present.contains($0) && seen.insert($0).inserted }
    }

    /// The state of one file: approved only if its current bytes hash to the approved SHA-256.
    public func state(of file: TemplateFile) -> ApprovalState {
        guard let approval = approvals.last(where: { $0.file == file.file }) else { return .neverApproved }
        return approval.sha256 == file.sha256 ? .approved(approval) : .changed(approval)
    }

    /// Every file that is not approved, with its state.
    public var unapprovedFiles: [(file: String, state: ApprovalState)] {
        files.map { ($0.file, state(of: $0)) }.filter { !$0.state.isApproved }
    }

    /// Parses a file into a template.
    public func compile(_ file: TemplateFile) throws(TemplateError) -> MessageTemplate {
        try MessageTemplate(file: file.file, source: file.text)
    }

    /// Records an approval of every file of template `name`, bound to its current bytes.
    /// - Parameters:
    ///   - email: the approver; must be listed in `approvers` as manager or legal.
    ///   - time: ISO 8601 time to record.
    /// - Returns: the new approvals.
    /// - Throws: `TemplateApprovalError` for an unknown template, an unlisted approver, a role that cannot
    ///   approve, or a file that does not parse (a broken template cannot be approved).
    @discardableResult
    public mutating func approve(name: String, as email: String, approvers: [Approver], at time: String) throws(TemplateApprovalError) -> [TemplateApproval] {
        let targets = files(named: name)
        guard !targets.isEmpty else {
            throw TemplateApprovalError("no template named '\(name)'; known: \(names.joined(separator: ", "))")
        }
        guard let approver = approvers.first(where: { $0.email.lowercased() == email.lowercased() }) else {
            throw TemplateApprovalError("\(email) is not in the approvers list; only listed managers and legal reviewers may approve wording")
        }
        guard let role = ApproverRole(rawValue: approver.role) else {
            throw TemplateApprovalError("\(email) is listed as '\(approver.role)'; only a manager or legal reviewer may approve wording")
        }
        for file in targets {
            do { _ = try compile(file) } catch {
                throw TemplateApprovalError("cannot approve a broken template: \(error.description)")
            }
        }
        let recorded = targets.map {
            TemplateApproval(file: $0.file, sha256: $0.sha256, approver: approver.email, role: role, approvedAt: time)
        }
        let replaced = Set(recorded.map(\.file))
        approvals = approvals.filter { !replaced.contains($0.file) } + recorded
        approvals.sort { $0.file < $1.file }
        return recorded
    }
}

import Foundation
import Complaints

/// Why a template directory, its `approvals.json` or an approvers list could not be read.
public struct TemplateLoadError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Reads a template directory into a `TemplateCatalog` and writes `approvals.json` back.
///
/// `approvals.json`, one approval per line so reviews show in diffs:
///
///     {"approvals": [
///       {"file":"acknowledgement.en.txt","sha256":"…","approver":"manager@company.example","role":"manager","approvedAt":"2026-11-22T15:40:00Z"}
///     ]}
public enum TemplateCatalogLoader {
    public static let approvalsFile = "approvals.json"

    /// The template directory: `explicit` (relative to the working directory), else `PLAINT_TEMPLATES`,
    /// else `Templates` in the working directory.
    public static func directory(_ explicit: String?, environment: [String: String], workingDirectory: String) -> String {
        let raw = explicit ?? environment["PLAINT_TEMPLATES"].flatMap { $0.isEmpty ? nil : $0 } ?? "Templates"
        return raw.hasPrefix("/") ? raw : (workingDirectory as NSString).appendingPathComponent(raw)
    }

    /// Every `NAME.LANG.txt|html` file in `directory`, with the approvals on record.
    public static func load(directory: String) throws(TemplateLoadError) -> TemplateCatalog {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw TemplateLoadError("\(directory): no such template directory; pass DIR or set PLAINT_TEMPLATES")
        }
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: directory) } catch {
            throw TemplateLoadError("\(directory): cannot list: \(error.localizedDescription)")
        }
        var files: [TemplateFile] = []
        for name in names.sorted() where MessageTemplate.parseFileName(name) != nil {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw TemplateLoadError("\(path): cannot read")
            }
            files.append(TemplateFile(file: name, bytes: Array(data)))
        }
        let approvalsPath = (directory as NSString).appendingPathComponent(approvalsFile)
        let approvals = FileManager.default.fileExists(atPath: approvalsPath) ? try readApprovals(path: approvalsPath) : []
        return TemplateCatalog(files: files, approvals: approvals)
    }

    /// Parses `approvals.json`.
    public static func readApprovals(path: String) throws(TemplateLoadError) -> [TemplateApproval] {
        guard let data = FileManager.default.contents(atPath: path) else { throw TemplateLoadError("\(path): cannot read") }
        let json: JSONValue
        do { json = try JSONParser.parse(String(decoding: data, as: UTF8.self)) } catch {
            throw TemplateLoadError("\(path): \(error.description)")
        }
        guard let items = json["approvals"]?.arrayValue else {
            throw TemplateLoadError("\(path): expected {\"approvals\": [...]}")
        }
        var approvals: [TemplateApproval] = []
        for (n, item) in items.enumerated() {
            guard let file = item["file"]?.stringValue, let sha = item["sha256"]?.stringValue,
                  let approver = item["approver"]?.stringValue, let time = item["approvedAt"]?.stringValue,
                  let role = item["role"]?.stringValue.flatMap(ApproverRole.init(rawValue:)) else {
                throw TemplateLoadError("\(path): approval \(n + 1) needs file, sha256, approver, role (manager|legal) and approvedAt")
            }
            approvals.append(TemplateApproval(file: file, sha256: sha, approver: approver, role: role, approvedAt: time))
        }
        return approvals
    }

    /// `approvals.json`'s text.
    public static func serialize(_ approvals: [TemplateApproval]) -> String {
        let lines = approvals.map { a in
            JSONValue.object([
                ("file", .string(a.file)), ("sha256", .string(a.sha256)), ("approver", .string(a.approver)),
                ("role", .string(a.role.rawValue)), ("approvedAt", .string(a.approvedAt)),
            ]).serialized
        }
        return "{\"approvals\": [\n" + lines.map { "  " + $0 }.joined(separator: ",\n") + (lines.isEmpty ? "" : "\n") + "]}\n"
    }

    /// Writes `approvals.json` into `directory` (atomically).
    public static func writeApprovals(_ approvals: [TemplateApproval], directory: String) throws(TemplateLoadError) {
        let path = (directory as NSString).appendingPathComponent(approvalsFile)
        do { try Data(serialize(approvals).utf8).write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
            throw TemplateLoadError("\(path): cannot write: \(error.localizedDescription)")
        }
    }

    /// The approvers: from `file` (`{"approvers":[{"email":…,"role":…}]}`) when given, else from
    /// `PLAINT_APPROVERS` (`email:role,email:role`), else `approvers.json` in the template directory.
    public static func approvers(file: String?, environment: [String: String], templateDirectory: String) throws(TemplateLoadError) -> [Approver] {
        if let file { return try readApprovers(path: file) }
        if let list = environment["PLAINT_APPROVERS"], !list.isEmpty { return try parseApprovers(list) }
        let path = (templateDirectory as NSString).appendingPathComponent("approvers.json")
        guard FileManager.default.fileExists(atPath: path) else {
            throw TemplateLoadError("no approvers list: pass --approvers FILE, set PLAINT_APPROVERS=email:role,…, or add \(path)")
        }
        return try readApprovers(path: path)
    }

    /// Parses `email:role,email:role`.
    public static func parseApprovers(_ list: String) throws(TemplateLoadError) -> [Approver] {
        var out: [Approver] = []
        for entry in list.split(separator: ",") {
            let parts = entry.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, parts[0].contains("@"), !parts[1].isEmpty else {
                throw TemplateLoadError("PLAINT_APPROVERS: '\(entry)' is not email:role (e.g. manager@company.example:manager)")
            }
            out.append(Approver(email: parts[0], role: parts[1]))
        }
        return out
    }

    /// Parses an approvers file.
    public static func readApprovers(path: String) throws(TemplateLoadError) -> [Approver] {
        guard let data = FileManager.default.contents(atPath: path) else { throw TemplateLoadError("\(path): cannot read approvers file") }
        let json: JSONValue
        do { json = try JSONParser.parse(String(decoding: data, as: UTF8.self)) } catch {
            throw TemplateLoadError("\(path): \(error.description)")
        }
        guard let items = json["approvers"]?.arrayValue else { throw TemplateLoadError("\(path): expected {\"approvers\": [...]}") }
        var out: [Approver] = []
        for (n, item) in items.enumerated() {
            guard let email = item["email"]?.stringValue, let role = item["role"]?.stringValue else {
                throw TemplateLoadError("\(path): approver \(n + 1) needs email and role")
            }
            out.append(Approver(email: email, role: role))
        }
        return out
    }
}

import Foundation
import Complaints
import TicketStore

/// The names a template sees for a ticket (Templates/README.md "Names a template may use").
enum ReplyContext {
    static func make(detail: TicketDetail, language: String, settings: ReplyComposer.Settings) -> TemplateValue {
        let record = detail.record
        let c = record.complaint
        let zh = language == "zh"
        let special = !c.flags.isDisjoint(with: [.major, .repeat, .batch, .escalated])
        let received = record.createdAt
        var summary = c.description.split(whereSeparator: \.isNewline).joined(separator: " ")
        if summary.count > 200 { summary = String(summary.prefix(199)) + "…" }
        return [
            "company": ["name": .string(settings.companyName), "team": .string(settings.companyTeam),
                        "phone": .string(settings.companyPhone)],
            "customer": ["name": .string(c.complainant.name ?? (zh ? "客户" : "Customer"))],
            "ticket": [
                "reference": .string(record.reference),
                "subject": .string(c.subject.flatMap { $0.isEmpty ? nil : $0 } ?? (zh ? "（无主题）" : "(no subject)")),
                "received": .string(format(received)),
                "category": .string(c.category.rawValue),
                "priority": .string(c.priority.rawValue),
                "status": .string(record.status.rawValue),
                "department": .string(department(c.category, zh: zh)),
                "handler": .string(zh ? "客服团队" : "our team"),
                "summary": .string(summary),
                "escalated": .bool(c.flags.contains(.escalated)),
            ],
            "deadlines": [
                "dispatch": .string(format(received.addingTimeInterval(special ? 1800 : 7200))),
                "first_reply": .string(format(received.addingTimeInterval(24 * 3600))),
                "next_update": .string(format(received.addingTimeInterval(24 * 3600))),
                "resolution": .string(format(addWorkingDays(special ? 7 : 3, to: received))),
            ],
        ]
    }

    /// SPEC §3: each category routes to a department.
    static func department(_ category: Category, zh: Bool) -> String {
        switch category {
        case .billing: zh ? "财务部" : "Finance"
        case .network, .hardware, .software, .accountAccess, .securityPrivacy, .installationRepair:
            zh ? "技术支持部" : "Technical Support"
        case .productPolicy: zh ? "业务部" : "Business"
        default: zh ? "客户服务部" : "Customer Service"
        }
    }

    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// `2026-11-22 09:14 UTC`.
    static func format(_ date: Date) -> String {
        let p = utc.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ n: Int?) -> String { let v = n ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return "\(p.year ?? 0)-\(two(p.month))-\(two(p.day)) \(two(p.hour)):\(two(p.minute)) UTC"
    }

    /// The end (18:00 UTC) of the `days`-th working day (Monday to Friday) after `date`.
    static func addWorkingDays(_ days: Int, to date: Date) -> Date {
        var day = utc.startOfDay(for: date)
        var left = days
        while left > 0 {
            day = utc.date(byAdding: .day, value: 1, to: day)!
            let weekday = utc.component(.weekday, from: day)
            if weekday != 1 && weekday != 7 { left -= 1 }
        }
        return day.addingTimeInterval(18 * 3600)
    }
}

/// A made-up ticket to render templates with: `plaint templates check` and the golden tests use it,
/// so every name a shipped template uses must be here (a missing one fails the check).
///
/// The context's shape (the names templates may use) is documented in `Templates/README.md`.
public enum TemplateSample {
    /// Which branches of the templates a sample exercises.
    public enum Variant: String, CaseIterable, Sendable {
        /// An ordinary ticket: cause known, widespread, company at fault.
        case ordinary
        /// An escalated ticket: the result and the fault come first, then the history.
        case escalated
        /// An escalated ticket whose cause is unknown, not widespread, company not at fault, no progress
        /// steps and no recorded acceptance: every optional part left out.
        case sparse
    }

    /// The sample context in `language` (`en` or `zh`) for `variant`.
    public static func context(language: String, variant: Variant = .ordinary) -> TemplateValue {
        let sparse = variant == .sparse
        let escalated = variant != .ordinary
        let zh = language == "zh"
        func t(_ en: String, _ cn: String) -> TemplateValue { .string(zh ? cn : en) }
        return [
            "company": [
                "name": t("Example Telecom", "示例电信"),
                "team": t("Customer Care", "客户服务中心"),
                "phone": "400-000-0000",
            ],
            "customer": ["name": t("Alex Chen", "陈明")],
            "ticket": [
                "reference": "CMP-2026-000123",
                "subject": t("No internet since Monday", "周一起无法上网"),
                "received": "2026-11-22 09:14 UTC",
                "category": t("network", "网络"),
                "priority": t("high", "高"),
                "status": t("in progress", "处理中"),
                "department": t("Technical Support", "技术支持部"),
                "handler": t("Jordan Lee", "李强"),
                "escalated": .bool(escalated),
                "summary": t("Home broadband down since Monday morning; router shows no signal.",
                             "自周一上午起家庭宽带中断，路由器无信号。"),
            ],
            "deadlines": [
                "first_reply": "2026-11-23 09:14 UTC",
                "resolution": "2026-11-25 18:00 UTC",
                "next_update": "2026-11-23 09:00 UTC",
                "dispatch": "2026-11-22 09:44 UTC",
            ],
            "inquiry": [
                "answer": t("Your monthly bill is issued on the 1st and payment is due on the 20th.",
                            "您的月度账单于每月 1 日出具，缴费截止日为每月 20 日。"),
            ],
            "progress": [
                "summary": t("An engineer has traced the fault to the street cabinet serving your address.",
                             "工程师已确认故障位于为您地址提供服务的街边交接箱。"),
                "steps": sparse ? [] : [t("Line test completed", "已完成线路测试"), t("Repair crew booked for Tuesday", "已安排维修人员于周二上门")],
            ],
            "resolution": [
                "cause_known": .bool(!sparse),
                "cause": t("A damaged fibre cable in the street cabinet.", "街边交接箱内的一段光纤受损。"),
                "actions": [t("Replaced the damaged fibre section", "更换了受损的光纤"), t("Tested your line end to end", "对您的线路进行了端到端测试")],
                "result": t("Your service was restored on 24 November at 11:30.", "您的服务已于 11 月 24 日 11:30 恢复。"),
                "restored": true,
                "current_state": t("The line has been stable since the repair.", "维修后线路一直保持稳定。"),
                "widespread": .bool(!sparse),
                "measures": [t("Cabinet inspections in your area brought forward", "提前对您所在区域的交接箱进行巡检")],
                "expected_restoration": "2026-11-24 12:00 UTC",
                "coordinating_department": t("Network Operations", "网络运维部"),
                "at_fault": .bool(!sparse),
                "history": [
                    "first_complaint": "2026-11-22 09:14 UTC",
                    "findings": sparse
                        ? t("The cable was cut by third-party construction work near your address.", "线缆被您地址附近的第三方施工挖断。")
                        : t("The outage was caused by our equipment, not by your installation.", "中断由我方设备引起，与您的安装无关。"),
                    "acceptance": sparse ? "" : t("You confirmed on the phone that the service works again.", "您已在电话中确认服务恢复正常。"),
                ],
            ],
            "survey": ["reply_by": "2026-11-27 18:00 UTC"],
            "repeat": ["count": 2],
            "staff": ["name": t("Jordan Lee", "李强")],
            "manager": ["name": t("Morgan Wu", "吴敏")],
            "escalation": [
                "reason": t("No handler has taken the ticket within the dispatch deadline.", "工单在派单时限内无人受理。"),
                "overdue_by": t("45 minutes", "45 分钟"),
            ],
        ]
    }
}

import Foundation

/// One `Label: value` field of a web form, call note or transfer letter.
public struct FormField: Sendable, Equatable {
    public var label: String
    public var value: String
    public var role: FormFieldRole?

    public init(label: String, value: String, role: FormFieldRole?) {
        self.label = label
        self.value = value
        self.role = role
    }
}

/// What a labelled field holds.
public enum FormFieldRole: String, Sendable, CaseIterable {
    case name, email, phone, account, message, subject
    /// A known label that carries no complainant data (submitted at, page URL, IP…): it ends a multi-line value.
    case meta
}

/// The fields found in a body of `Label: value` lines.
public struct FormFields: Sendable, Equatable {
    public var fields: [FormField]
    /// The text the fields were read from.
    public var sourceText: String

    public init(fields: [FormField], sourceText: String = "") {
        self.fields = fields
        self.sourceText = sourceText
    }

    public func first(_ role: FormFieldRole) -> String? {
        fields.first { $0.role == role && !TextTools.trim($0.value).isEmpty }.map { TextTools.trim($0.value) }
    }

    /// "Mrs Lorna Baxter" → "Lorna Baxter" (a form's or letter's courtesy title is not part of the name).
    static func withoutHonorific(_ name: String) -> String {
        let stripped = TextTools.replacing(name, #"^(mr|mrs|ms|miss|mx|dr|prof|sir|madam)\.?\s+"#, with: "",
                                           caseInsensitive: true)
        return stripped.isEmpty ? name : stripped
    }

    /// The person's name; a "From: Ann Lee <ann@x.example>" field gives its display part.
    public var name: String? {
        let named = fields.filter { $0.role == .name && !TextTools.trim($0.value).isEmpty }
        let explicit = named.first { !FormFieldParser.fromLabels.contains($0.label.lowercased()) } ?? named.first
        guard let v = explicit.map({ TextTools.trim($0.value) }) else { return nil }
        let name = (v.contains("@") || v.contains("<")) ? AddressText.parse(v)?.name : NameFinder.cleanValue(v)
        return name.map(FormFields.withoutHonorific)
    }
    /// The name from a field labelled as a name (not a "From:" line, which in a letter names the sender body).
    public var explicitName: String? {
        let named = fields.filter { $0.role == .name && !TextTools.trim($0.value).isEmpty && !FormFieldParser.fromLabels.contains($0.label.lowercased()) }
        guard let v = named.first.map({ TextTools.trim($0.value) }) else { return nil }
        let name = (v.contains("@") || v.contains("<")) ? AddressText.parse(v)?.name : NameFinder.cleanValue(v)
        return name.map(FormFields.withoutHonorific)
    }

    public var email: String? {
        if let e = first(.email).flatMap({ TextTools.firstMatch($0, AddressText.emailPattern) }) { return e }
        return fields.filter { $0.role == .name || $0.role == .phone }.lazy.compactMap { TextTools.firstMatch($0.value, AddressText.emailPattern) }.first
    }
    public var phone: String? { first(.phone).flatMap(PhoneAndAccount.phone(inValue:)) }
    public var account: String? { first(.account).flatMap(PhoneAndAccount.account(inValue:)) }
    /// The message fields joined (a form may split the complaint into "Subject" + "Details").
    public var message: String? {
        let parts = fields.filter { $0.role == .message }.map { TextTools.normalize($0.value) }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: "\n\n")
    }
    public var subject: String? { first(.subject) }
    /// How many fields have a recognised complainant/message role.
    public var knownCount: Int { fields.filter { $0.role != nil && $0.role != .meta }.count }
}

/// Parses `Label: value` bodies (web-form notifications, staff call notes, regulator transfer letters)
/// in English and Chinese. Multi-line values continue until the next recognised label.
public enum FormFieldParser {
    static let fromLabels: Set<String> = ["from", "sender", "发件人"]
    static let labels: [(FormFieldRole, [String])] = [
        (.name, ["from", "sender", "name", "full name", "your name", "customer name", "contact name", "client name", "first name", "last name",
                 "surname", "caller", "caller name", "complainant", "complainant name", "consumer", "consumer name",
                 "customer", "visitor", "visitor name", "writer", "sender name", "from name", "policyholder",
                 "姓名", "您的姓名", "客户姓名", "用户姓名", "联系人", "称呼", "名字", "投诉人", "投诉人姓名", "申诉人",
                 "申诉人姓名", "消费者", "消费者姓名", "来电人", "来访人", "来信人", "客户", "用户", "当事人", "反映人", "投訴人", "申訴人", "消費者", "客戶", "用戶", "客戶姓名", "來電人", "稱呼", "聯絡人"]),
        (.email, ["email", "e-mail", "email address", "e-mail address", "your email", "your e-mail", "customer email",
                  "contact email", "mail", "电子邮件", "电子邮箱", "邮箱", "邮箱地址", "邮件地址", "联系邮箱", "email地址", "e-mail地址", "電子郵件", "電郵", "電子信箱", "郵箱", "電郵地址"]),
        (.phone, ["phone", "telephone", "tel", "tel.", "mobile", "mobile number", "cell", "cell phone", "phone number",
                  "telephone number", "contact", "contact details", "contact info", "contact information", "contact number", "contact phone", "your phone", "callback number", "call-back number",
                  "caller number", "caller id", "daytime phone", "电话", "手机", "手机号", "手机号码", "联系电话", "联系手机",
                  "电话号码", "来电号码", "联系方式", "回访电话", "電話", "手機", "手機號碼", "聯絡電話", "聯繫電話", "聯絡方式", "來電號碼", "電話號碼"]),
        (.account, ["account", "account number", "account no", "account no.", "account #", "account id", "customer number",
                    "customer no", "customer no.", "customer id", "customer #", "client number", "member number",
                    "membership number", "policy number", "subscriber number", "subscriber id", "service number",
                    "账号", "帐号", "账户", "帐户", "客户编号", "客户号", "用户号", "用户编号", "卡号", "会员号", "宽带账号", "帳號", "帳戶", "客戶編號", "用戶號碼", "客戶號碼"]),
        (.message, ["message", "your message", "complaint", "complaint details", "details of complaint", "details",
                    "description", "comments", "comment", "enquiry", "inquiry", "feedback", "question", "issue",
                    "issue description", "problem", "problem description", "nature of complaint", "summary",
                    "what happened", "how can we help", "how can we help?", "notes", "note", "call notes", "case details",
                    "customer's complaint", "customer complaint", "complaint summary", "summary of complaint",
                    "summary of the complaint", "details of the complaint", "complaint description", "customer's message",
                    "customer message", "message from customer", "message from the customer", "投诉摘要", "申诉摘要", "message body", "body",
                    "问题描述", "留言内容", "留言", "内容", "投诉内容", "投诉详情", "投诉事项", "详细描述", "详细内容",
                    "反馈内容", "描述", "意见", "具体情况", "诉求", "申诉内容", "申诉事项", "来电内容", "来信内容",
                    "反映内容", "反映问题", "问题", "事由", "情况说明", "备注", "主要内容", "投诉要求", "用户诉求", "問題描述", "留言內容", "內容", "投訴內容", "詳細描述", "意見", "具體情況", "訴求", "申訴內容", "來電內容", "問題", "備註", "反映內容", "意見反映", "詳情"]),
        (.subject, ["subject", "topic", "title", "regarding", "re", "主题", "标题", "事项"]),
        (.meta, ["date", "time", "submitted", "submitted on", "submitted at", "submission date", "date submitted",
                 "ip", "ip address", "page", "page url", "url", "source", "referrer", "referer", "user agent",
                 "form", "form name", "form id", "entry id", "order", "order number", "order no", "order id",
                 "product", "category", "type", "company", "address", "postcode", "zip", "city", "country",
                 "case number", "case no", "case reference", "reference", "our reference", "your reference", "ref",
                 "channel", "received", "received by", "recorded by", "agent", "staff", "handled by", "call time",
                 "call date", "duration", "preferred contact", "preferred contact method", "priority", "status",
                 "提交时间", "时间", "日期", "ip地址", "来源", "页面", "页面地址", "网址", "订单号", "订单编号", "产品",
                 "类型", "类别", "投诉类型", "地址", "公司", "工单号", "工单编号", "案件编号", "编号", "受理时间",
                 "来电时间", "转办时间", "受理编号", "处理时限", "办理时限", "承办单位", "记录人", "受理人", "渠道", "来源渠道",
                 "投诉时间", "申诉时间", "被投诉单位", "被投诉企业", "被申诉企业", "所在地区", "地区", "紧急程度"]),
    ]

    static let roleByLabel: [String: FormFieldRole] = {
        var d: [String: FormFieldRole] = [:]
        for (role, names) in labels { for n in names where d[n] == nil { d[n] = role } }
        return d
    }()

    /// The role of a label as written ("Your Name *", "**E-mail**", "联系电话（必填）").
    static func role(of rawLabel: String) -> FormFieldRole? {
        var l = rawLabel.lowercased()
        l = TextTools.replacing(l, #"[\(（][^\)）]{0,12}[\)）]"#, with: "")
        l = l.trimmingCharacters(in: CharacterSet(charactersIn: " \t*_#>|-•·:：【】[]"))
        l = TextTools.replacing(l, #"\s+"#, with: " ")
        return roleByLabel[l]
    }

    static let labelLinePattern = #"^\s*[*_#>•·|-]{0,3}\s*\**\s*([\p{L}][\p{L}\p{N} _./#'’&()（）?-]{0,40}?)\s*\**\s*(?:[:：]\s*\**\s*\|?|\||\t)\s*\**\s*(.*)$"#

    /// Splits a line into label and value when the label is recognised (or, outside a value, plausible).
    static func labelled(_ line: String) -> (label: String, value: String, role: FormFieldRole)? {
        guard let label = TextTools.capture(line, labelLine),
              let r = role(of: label) else { return nil }
        let value = TextTools.capture(line, labelLine, group: 2) ?? ""
        return (TextTools.trim(label), TextTools.trim(value), r)
    }

    static let boilerplatePattern =
        #"^\s*(--+|this (e-?mail|message|notification) was (sent|generated|submitted)|sent from .{0,60}(form|website|site)|powered by|submitted (via|from|through)|you (are receiving|received) this|this is an automated|以上内容由|此邮件由.{0,20}(自动|系统)|本邮件由.{0,20}(自动|系统)|来自.{0,30}(表单|网站)|请勿直接回复)"#

    // Compiled once: both are tried on every line of a body.
    static let labelLine = TextTools.Pattern(labelLinePattern)
    static let boilerplate = TextTools.Pattern(boilerplatePattern)

    /// The recognised fields, in order.
    public static func parse(_ text: String) -> FormFields {
        let lines = TextTools.lines(text)
        var fields: [FormField] = []
        var current: FormField?
        var i = 0
        func flush() {
            if var c = current {
                c.value = TextTools.normalize(c.value)
                fields.append(c)
            }
            current = nil
        }
        while i < lines.count {
            let line = lines[i]
            if TextTools.matches(line, boilerplate) {
                flush()
                i += 1
                continue
            }
            if let f = labelled(line) {
                flush()
                current = FormField(label: f.label, value: f.value, role: f.role)
                i += 1
                continue
            }
            // A known label alone on its line (HTML tables): the value is on the following lines.
            let bare = TextTools.trim(line)
            if !bare.isEmpty, TextTools.isShorter(bare, than: 31), let r = role(of: bare), i + 1 < lines.count {
                flush()
                current = FormField(label: bare, value: "", role: r)
                i += 1
                continue
            }
            if var c = current {
                // Single-line roles end at the first blank line after a value.
                if TextTools.isBlank(line), c.role != .message, !TextTools.isBlank(c.value) {
                    flush()
                } else {
                    c.value += c.value.isEmpty ? line : "\n" + line
                    current = c
                }
            }
            i += 1
        }
        flush()
        // Single-line roles keep only their first line; the rest was free text, not a value.
        fields = fields.map { f in
            guard f.role != .message else { return f }
            var g = f
            g.value = TextTools.firstLines(f.value, count: 1) { !TextTools.isBlank($0) }.first.map(TextTools.trim) ?? ""
            return g
        }
        return FormFields(fields: fields, sourceText: text)
    }
}

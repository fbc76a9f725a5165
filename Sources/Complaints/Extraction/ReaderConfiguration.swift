import Foundation

extension ComplaintReader {
    /// What the reader needs to know about the deployment: its own addresses, its staff, the form
    /// systems that relay customers, and the outside bodies that transfer complaints (SPEC §1).
    /// Every list is a default a deployment replaces in configuration.
    public struct ReaderConfiguration: Sendable {
        /// The complaints mailbox and any other address Plaint sends from (mail from these is a loop).
        public var ownAddresses: [String]
        /// Domains of the company's staff (forwards, call notes).
        public var staffDomains: [String]
        /// Regular expressions on the sender's local part that mark a form system.
        public var webFormSenderPatterns: [String]
        /// Regular expressions on the subject that mark a form notification.
        public var webFormSubjectPatterns: [String]
        public var regulatorDomains: [String]
        public var regulatorNames: [String]
        public var consumerAssociationDomains: [String]
        public var consumerAssociationNames: [String]
        public var mediaDomains: [String]
        public var mediaNames: [String]
        public var parentCompanyDomains: [String]
        public var parentCompanyNames: [String]
        /// Personal-mail providers: a transfer is never inferred from content alone when sent from these.
        public var freemailDomains: [String]
        public var classifier: Classifier

        public init(
            ownAddresses: [String] = ["complaints@company.example"],
            staffDomains: [String] = ["company.example"],
            webFormSenderPatterns: [String] = Self.defaultWebFormSenderPatterns,
            webFormSubjectPatterns: [String] = Self.defaultWebFormSubjectPatterns,
            regulatorDomains: [String] = Self.defaultRegulatorDomains,
            regulatorNames: [String] = Self.defaultRegulatorNames,
            consumerAssociationDomains: [String] = Self.defaultConsumerAssociationDomains,
            consumerAssociationNames: [String] = Self.defaultConsumerAssociationNames,
            mediaDomains: [String] = Self.defaultMediaDomains,
            mediaNames: [String] = Self.defaultMediaNames,
            parentCompanyDomains: [String] = [],
            parentCompanyNames: [String] = Self.defaultParentCompanyNames,
            freemailDomains: [String] = Self.defaultFreemailDomains,
            classifier: Classifier = Classifier()
        ) {
            self.ownAddresses = ownAddresses
            self.staffDomains = staffDomains
            self.webFormSenderPatterns = webFormSenderPatterns
            self.webFormSubjectPatterns = webFormSubjectPatterns
            self.regulatorDomains = regulatorDomains
            self.regulatorNames = regulatorNames
            self.consumerAssociationDomains = consumerAssociationDomains
            self.consumerAssociationNames = consumerAssociationNames
            self.mediaDomains = mediaDomains
            self.mediaNames = mediaNames
            self.parentCompanyDomains = parentCompanyDomains
            self.parentCompanyNames = parentCompanyNames
            self.freemailDomains = freemailDomains
            self.classifier = classifier
        }

        public static let defaultWebFormSenderPatterns: [String] = [
            #"^(no-?reply|do-?not-?reply|donotreply|noreply-\w+|webforms?|web-forms?|forms?|formmail|form-?bot|wordpress|wp|typeform|jotform|wufoo|formstack|cognito|gravityforms?|contact-?form|contact|website|web|site|webmaster|notifications?|notify|submissions?|mailer|www|www-data|apache|nginx)$"#,
        ]
        public static let defaultWebFormSubjectPatterns: [String] = [
            #"(new (form )?(submission|entry|response|message)|contact (us )?form|web ?form|website (enquiry|inquiry|contact|feedback|form)|online (form|complaint|feedback)|form submission|feedback form|complaint form|new complaint (from|submitted)|you have a new (message|submission|enquiry)|网站留言|在线表单|在线留言|表单提交|新的留言|网站反馈|在线投诉|投诉表单|留言板)"#,
        ]
        public static let defaultRegulatorDomains: [String] = [
            "ofcom.org.uk", "fca.org.uk", "financial-ombudsman.org.uk", "ombudsman-services.org", "ombudsman.org.uk",
            "ofgem.gov.uk", "ico.org.uk", "fcc.gov", "consumerfinance.gov", "ftc.gov", "ca.gov.hk", "ofca.gov.hk",
            "hkma.gov.hk", "miit.gov.cn", "chinatcc.gov.cn", "samr.gov.cn", "12315.cn", "nfra.gov.cn", "cbirc.gov.cn",
            "pbc.gov.cn", "csrc.gov.cn", "acma.gov.au", "tio.com.au", "crtc.gc.ca",
        ]
        public static let defaultRegulatorNames: [String] = [
            "Ombudsman", "Communications Authority", "Office of the Communications Authority", "OFCA", "Ofcom",
            "Financial Conduct Authority", "FCA", "Federal Communications Commission", "FCC",
            "Consumer Financial Protection Bureau", "CFPB", "Federal Trade Commission", "Regulator", "Regulatory Authority",
            "Monetary Authority", "Data Protection Commissioner", "Data Protection Authority", "Privacy Commissioner", "Commissioner", "Authority", "Trading Standards", "Communications Commission", "Information Commissioner", "Telecommunications Authority",
            "工业和信息化部", "工信部", "电信用户申诉受理中心", "申诉受理中心", "通信管理局", "市场监督管理局", "市场监管局",
            "市场监管总局", "12315", "通管局", "通訊傳播委員會", "NCC", "通訊事務管理局", "電信管理局", "银保监", "金融监管", "人民银行", "消费者权益保护局", "监管局", "监管部门", "信访",
        ]
        public static let defaultConsumerAssociationDomains: [String] = [
            "consumer.org.hk", "which.co.uk", "citizensadvice.org.uk", "bbb.org", "cca.org.cn", "consumerreports.org",
            "choice.com.au", "beuc.eu",
        ]
        public static let defaultConsumerAssociationNames: [String] = [
            "Consumer Council", "Consumers' Association", "Consumers Association", "Consumer Association",
            "Consumer Federation", "Citizens Advice", "Better Business Bureau", "Which?", "Consumer Protection Association",
            "Consumer Rights", "Consumer Advice", "Consumer Advice Service", "Consumer Protection", "Consumer Watchdog", "消费者协会", "消协", "消费者委员会", "消委会", "消费者权益保护委员会", "消保委",
            "消費者協會", "消協", "消費者委員會", "消委會", "消基會", "消費者文教基金會",
        ]
        public static let defaultMediaDomains: [String] = [
            "bbc.co.uk", "theguardian.com", "nytimes.com", "wsj.com", "reuters.com", "ft.com", "scmp.com", "thetimes.co.uk",
            "telegraph.co.uk", "cnn.com", "xinhuanet.com", "people.com.cn", "cctv.com", "cctv.cn", "thepaper.cn",
            "caixin.com", "chinadaily.com.cn", "ifeng.com", "sina.com.cn",
        ]
        public static let defaultMediaNames: [String] = [
            "newspaper", "journalist", "reporter", "newsroom", "news desk", "editor", "correspondent", "TV", "Television",
            "Radio", "BBC", "Daily", "Gazette", "Herald", "Tribune", "Times", "Press",
            "记者", "媒体", "报社", "日报", "晚报", "都市报", "电视台", "新闻", "栏目组", "编辑部", "广播电台",
            "記者", "媒體", "報社", "日報", "晚報", "電視台", "新聞", "欄目組", "編輯部",
        ]
        public static let defaultParentCompanyNames: [String] = [
            "parent company", "group headquarters", "group HQ", "Group Head Office", "holding company", "group customer relations",
            "Group Holdings", "Holdings", "Group Executive", "Group Customer Relations", "Group Chairman",
            "集团总部", "集团公司", "集团客服", "集团客户服务", "集团董事长", "集团总经理", "集团总裁", "集团客户关系", "集团转办", "集团办公室", "总公司",
            "集团转", "集團轉", "集團總部", "集團公司", "集團客服", "集團客戶服務", "集團董事長", "集團總經理", "集團總裁", "集團客戶關係", "集團轉辦", "集團辦公室", "總公司",
        ]
        public static let defaultFreemailDomains: [String] = [
            "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "yahoo.co.uk",
            "icloud.com", "me.com", "aol.com", "proton.me", "protonmail.com", "gmx.com", "gmx.de", "mail.com", "yandex.ru",
            "qq.com", "foxmail.com", "163.com", "126.com", "yeah.net", "sina.com", "sina.cn", "sohu.com", "139.com",
            "189.cn", "wo.cn", "aliyun.com", "tom.com",
        ]

        func isOwn(_ email: String) -> Bool {
            ownAddresses.contains { $0.caseInsensitiveCompare(email) == .orderedSame }
        }

        func isStaff(_ email: String) -> Bool {
            guard let d = TextTools.domain(of: email) else { return false }
            return staffDomains.contains { TextTools.domain(d, isUnder: $0) }
        }

        func isFreemail(_ email: String) -> Bool {
            guard let d = TextTools.domain(of: email) else { return false }
            return freemailDomains.contains { TextTools.domain(d, isUnder: $0) }
        }

        func isFormSender(_ email: String) -> Bool {
            let local = TextTools.localPart(of: email)
            return webFormSenderPatterns.contains { TextTools.matches(local, $0) }
        }

        /// No-reply style senders never identify a person.
        func isNoReply(_ email: String) -> Bool {
            TextTools.matches(TextTools.localPart(of: email), #"^(no-?reply|do-?not-?reply|donotreply|noreply[-.].*|.*[-.]noreply|mailer-daemon|postmaster|bounces?([-+].*)?|notifications?|notify|auto-?(reply|mail)|system)$"#)
        }
    }
}

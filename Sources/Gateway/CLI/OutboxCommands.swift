import Foundation
import Complaints
import TicketStore
import MailTransport

/// `plaint outbox`: what is waiting to be sent, and what failed; plus the setup every answering
/// command shares (templates, From address, SMTP sender).
enum OutboxCommands {
    static let list = Command(
        name: "outbox",
        summary: "List outgoing messages that are pending, held for review or failed (--all: every one).",
        usage: "outbox [--all] [--config FILE] [--db PATH]",
        details: """
        One line per message: id, status, ticket, kind, recipient, attempts, next attempt, last error.
        Pending messages go out with the next 'plaint poll --once' or round of 'plaint run' (SMTP settings:
        PLAINT_SMTP_URL…). Messages held for review wait for 'plaint review approve'.
        """,
        options: [MailboxCommands.configOption, .flag("all", "Include sent and rejected messages.")] + StoreOptions.options,
        run: runList)

    static func runList(_ args: ParsedArguments, _ context: CommandContext) -> ExitCode {
        guard let config = MailboxCommands.configuration(args, context) else { return .configuration }
        guard let store = StoreOptions.open(args, context, configuration: config, mustExist: true) else { return .database }
        do {
            let rows = try store.outbox(statuses: args.has("all") ? [] : [.pending, .heldForReview, .failed])
            var table = TextTable(headers: ["ID", "STATUS", "TICKET", "KIND", "TO", "ATTEMPTS", "NEXT", "LAST ERROR"])
            table.maxCellWidth = 60
            for r in rows {
                table.append(["\(r.id)", r.status.rawValue, r.ticketReference ?? "-", r.kind, r.envelopeTo, "\(r.attempts)",
                              r.status == .pending ? ReplyContext.format(r.nextAttemptAt) : "-", r.lastError ?? "-"])
            }
            context.console.line(table.rendered)
            context.console.line(countsLine(try store.outboxCounts(), smtpConfigured: config.smtp.url != nil))
            return .ok
        } catch {
            context.console.error(error.description)
            return .database
        }
    }

    /// `outbox: 1 pending, 0 held for review, 0 failed, 4 sent`, with a note when no SMTP server is set.
    static func countsLine(_ counts: [OutboxStatus: Int], smtpConfigured: Bool) -> String {
        let pending = counts[.pending] ?? 0
        var line = "outbox: \(pending) pending, \(counts[.heldForReview] ?? 0) held for review, \(counts[.failed] ?? 0) failed, \(counts[.sent] ?? 0) sent"
        if !smtpConfigured && pending > 0 { line += " (no SMTP server configured: set PLAINT_SMTP_URL to deliver them)" }
        return line
    }

    // MARK: - Shared setup

    /// The template directory (config `replies.templates`, PLAINT_TEMPLATES, else ./Templates) and its catalog.
    static func catalog(_ config: Configuration, _ context: CommandContext) throws(TemplateLoadError) -> (String, TemplateCatalog) {
        let dir = TemplateCatalogLoader.directory(config.replies.templates, environment: context.environment,
                                                  workingDirectory: context.workingDirectory)
        return (dir, try TemplateCatalogLoader.load(directory: dir))
    }

    /// The composer for acknowledgements and staff replies, or nil with the reason (no From address, no templates).
    static func composer(_ config: Configuration, _ context: CommandContext) -> (ReplyComposer?, String?) {
        guard let from = config.fromAddress else {
            return (nil, "replies: no From address (set PLAINT_FROM or replies.from): new tickets are not acknowledged")
        }
        let catalog: TemplateCatalog
        do { catalog = try Self.catalog(config, context).1 } catch {
            return (nil, "replies: \(error.message): new tickets are not acknowledged")
        }
        var settings = ReplyComposer.Settings(from: from, fromName: config.replies.fromName,
                                              maxAcknowledgementsPerHour: config.replies.acknowledgementsPerHour)
        settings.companyName = config.replies.companyName
        settings.companyTeam = config.replies.companyTeam
        settings.companyPhone = config.replies.companyPhone
        settings.defaultLanguage = config.replies.language
        var own = [from]
        if let user = config.imap.user, user.contains("@") { own.append(user) }
        settings.loopGuard = LoopGuard(ownAddresses: own, maxAcknowledgementsPerHour: config.replies.acknowledgementsPerHour)
        if let terms = config.replies.legalTerms { settings.wordingCheck = WordingCheck(terms: terms) }
        return (ReplyComposer(catalog: catalog, settings: settings), nil)
    }

    /// The SMTP sender, nil when no server is configured; prints the error and throws the exit code on bad settings.
    static func transmitter(_ config: Configuration, _ context: CommandContext) throws(ExitCode) -> SMTPSender? {
        do {
            guard let settings = try config.smtpSettings(environment: context.environment) else { return nil }
            return try SMTPSender(settings: settings)
        } catch let error as ConfigurationError {
            context.console.error(error.description)
            throw .configuration
        } catch {
            context.console.error("\(error)")
            throw .configuration
        }
    }

    /// Every template problem that must stop `plaint run`: unreadable directory, missing, broken or unapproved files.
    static func templateProblems(_ config: Configuration, _ context: CommandContext) -> [String] {
        let dir: String
        let catalog: TemplateCatalog
        do { (dir, catalog) = try Self.catalog(config, context) } catch { return [error.message] }
        var problems = catalog.missingFiles.map { "\(dir)/\($0): missing" }
        for file in catalog.files {
            do { _ = try catalog.compile(file) } catch { problems.append("\(dir)/\(error.description)") }
        }
        for (file, state) in catalog.unapprovedFiles {
            problems.append("\(dir)/\(file): \(state.label); approve it with 'plaint templates approve "
                            + "\(file.split(separator: ".").first ?? "") --as EMAIL'")
        }
        return problems
    }
}

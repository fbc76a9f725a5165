import Foundation
import MIME
import TicketStore
import MailTransport

/// `plaint poll --once`, `plaint run`, `plaint status`, `plaint reconcile`, `plaint config check`.
enum MailboxCommands {
    static let configOption = OptionSpec.value("config", "FILE", "Configuration file (env PLAINT_CONFIG; optional: the environment alone is enough).")

    static let poll = Command(
        name: "poll",
        summary: "Fetch and file every new message of the mailbox once, then exit.",
        usage: "poll --once [--config FILE] [--db PATH]",
        details: """
        For cron: files everything new (in batches), marks it on the server after it is committed, queues an
        acknowledgement for each new ticket, delivers every due outbox message over SMTP (when configured),
        and exits 0; 5 on a mailbox error. Messages the SMTP server cannot take now stay queued for the next run.
        """,
        options: [configOption, .flag("once", "Poll once and exit (the only mode of 'poll'; 'plaint run' polls continuously).")] + StoreOptions.options,
        run: runPoll)

    static let run = Command(
        name: "run",
        summary: "Watch the mailbox: poll every poll_seconds until SIGTERM/SIGINT.",
        usage: "run [--config FILE] [--db PATH]",
        details: """
        One status line per poll, then the outbox is delivered (acknowledgements, approved replies, retries).
        Connection and login failures are retried with exponential backoff and jitter (capped at 5 minutes),
        logged when they start, change or end. SIGTERM or SIGINT finishes the message in hand and exits 0.
        Refuses to start (exit 4) while any template is missing, broken or unapproved, naming it.
        """,
        options: [configOption] + StoreOptions.options,
        run: runLoop)

    static let status = Command(
        name: "status",
        summary: "Show the last poll, the server backlog and the quarantine; exit 6 if polling is stale.",
        usage: "status [--config FILE] [--db PATH] [--offline]",
        options: [configOption, .flag("offline", "Do not contact the server (no backlog figure).")] + StoreOptions.options,
        run: runStatus)

    static let reconcile = Command(
        name: "reconcile",
        summary: "Compare the mailbox's UIDs and Message-IDs with what is filed; list any gap.",
        usage: "reconcile [--config FILE] [--db PATH]",
        options: [configOption] + StoreOptions.options,
        run: runReconcile)

    static let configCheck = Command(
        name: "config check",
        summary: "Validate a configuration file (and the environment); name the key and line of any error.",
        usage: "config check [FILE]",
        options: [],
        run: runConfigCheck)

    /// Loaded configuration, or nil after printing the error.
    static func configuration(_ args: ParsedArguments, _ context: CommandContext) -> Configuration? {
        let path = args.value("config") ?? context.environment["PLAINT_CONFIG"]
        do {
            return try ConfigurationLoader.load(path: path, environment: context.environment)
        } catch {
            context.console.error(error.description)
            return nil
        }
    }

    /// Everything a mailbox command needs, or the exit code explaining why not.
    struct Session {
        var configuration: Configuration
        var store: TicketStore
        var poller: MailboxPoller
        var delivery: OutboxDelivery
        /// Why new tickets are not acknowledged (no From address, no templates), if so.
        var replyWarning: String?
    }

    /// Configuration, store and poller; on failure the error line is printed and the exit code thrown.
    /// - Parameter loaded: the configuration when the caller has already read it.
    static func session(_ args: ParsedArguments, _ context: CommandContext, configuration loaded: Configuration? = nil) throws(ExitCode) -> Session {
        guard let config = loaded ?? configuration(args, context) else { throw .configuration }
        let settings: IMAPSettings
        let mailbox: String
        do {
            settings = try config.imapSettings(environment: context.environment)
        } catch {
            context.console.error(error.description)
            throw .configuration
        }
        do {
            mailbox = try settings.endpoint().mailbox
        } catch {
            context.console.error("imap.url: \(error.description)")
            throw .configuration
        }
        guard let store = StoreOptions.open(args, context, configuration: config) else { throw .database }
        let client: IMAPClient
        do { client = try IMAPClient(settings: settings) } catch {
            context.console.error(error.description)
            throw .mailbox
        }
        let (intake, warning) = ClassifierLoader.intake(db: store.path, environment: context.environment,
                                                        maxMessageBytes: config.imap.maxMessageBytes)
        if let warning { context.console.error(warning) }
        let transmitter = try OutboxCommands.transmitter(config, context)
        let (composer, replyWarning) = OutboxCommands.composer(config, context)
        let filer = Filer(store: store, intake: intake, replies: composer)
        return Session(configuration: config, store: store,
                       poller: MailboxPoller(client: client, filer: filer, settings: config.pollSettings(mailbox: mailbox)),
                       delivery: OutboxDelivery(store: store, transmitter: transmitter), replyWarning: replyWarning)
    }

    static func runPoll(_ args: ParsedArguments, _ context: CommandContext) -> ExitCode {
        guard args.has("once") else {
            context.console.error("plaint poll: add --once (or use 'plaint run' to poll continuously)")
            return .usage
        }
        let s: Session
        do { s = try session(args, context) } catch { return error }
        let stop = StopSignal()
        stop.installSignalHandlers()
        // A connection that drops mid-poll (server restart) is retried a few times: filing is idempotent.
        var backoff = Backoff(base: 0.5, cap: 4)
        var attempt = 0
        var report = PollReport()  // carried across the retries: the line counts the whole job
        while true {
            attempt += 1
            do {
                try s.poller.pollOnce(into: &report, shouldStop: { stop.isSet })
                try? s.store.recordPoll(at: Date(), ok: true, summary: report.summary)
                context.console.line(report.summary)
                if let warning = s.replyWarning { context.console.line(warning) }
                return deliver(s, context, shouldStop: { stop.isSet }, prefix: "")
            } catch {
                if error.isTransient, attempt < 4, !stop.isSet {
                    stop.sleep(seconds: backoff.nextDelay())
                    continue
                }
                try? s.store.recordPoll(at: Date(), ok: false, summary: error.description)
                context.console.error(error.description)
                if case .store = error { return .database }
                return .mailbox
            }
        }
    }

    /// Delivers the due outbox messages and prints the round's line when it did or found anything.
    /// - Returns: `.database` when the store failed, else `.ok` (messages the server refused now stay queued).
    static func deliver(_ s: Session, _ context: CommandContext, shouldStop: () -> Bool, prefix: String) -> ExitCode {
        do {
            let report = try s.delivery.deliverDue(shouldStop: shouldStop)
            if report.serverError != nil {
                context.console.error(prefix + report.summary)
            } else if report.attempted || report.waiting > 0 {
                context.console.line(prefix + report.summary)
            }
            return .ok
        } catch {
            context.console.error(error.description)
            return .database
        }
    }

    static func runLoop(_ args: ParsedArguments, _ context: CommandContext) -> ExitCode {
        guard let config = configuration(args, context) else { return .configuration }
        let problems = OutboxCommands.templateProblems(config, context)
        if !problems.isEmpty {
            for problem in problems { context.console.error(problem) }
            context.console.error("plaint run: refusing to start: \(problems.count) template \(problems.count == 1 ? "problem" : "problems") "
                                  + "(nothing is sent without approved wording; see 'plaint templates check')")
            return .configuration
        }
        let s: Session
        do { s = try session(args, context, configuration: config) } catch { return error }
        let stop = StopSignal()
        stop.installSignalHandlers()
        var health = PollHealth()
        var backoff = Backoff(base: 1, cap: 300)
        let stamp = ISO8601DateFormatter()
        context.console.line("\(stamp.string(from: Date())) watching \(s.poller.settings.mailbox) every \(s.configuration.pollSeconds) s")
        if let warning = s.replyWarning { context.console.line("\(stamp.string(from: Date())) \(warning)") }
        var report = PollReport()  // what failed polls filed is counted in the next line that succeeds
        while !stop.isSet {
            do {
                try s.poller.pollOnce(into: &report, shouldStop: { stop.isSet })
                try? s.store.recordPoll(at: Date(), ok: true, summary: report.summary)
                if let line = health.succeeded() { context.console.line("\(stamp.string(from: Date())) \(line)") }
                backoff.reset()
                context.console.line("\(stamp.string(from: Date())) \(report.summary)")
                report = PollReport()
                if deliver(s, context, shouldStop: { stop.isSet }, prefix: "\(stamp.string(from: Date())) ") == .database {
                    return .database
                }
                stop.sleep(seconds: Double(s.configuration.pollSeconds))
            } catch {
                try? s.store.recordPoll(at: Date(), ok: false, summary: error.description)
                if case .store = error {
                    context.console.error(error.description)
                    return .database
                }
                if let line = health.failed(error.description) { context.console.error(line) }
                // The mailbox being down does not hold back replies already queued.
                if deliver(s, context, shouldStop: { stop.isSet }, prefix: "\(stamp.string(from: Date())) ") == .database {
                    return .database
                }
                stop.sleep(seconds: backoff.nextDelay())
            }
        }
        context.console.line("\(stamp.string(from: Date())) stopped")
        return .ok
    }

    static func runStatus(_ args: ParsedArguments, _ context: CommandContext) -> ExitCode {
        guard let config = configuration(args, context) else { return .configuration }
        guard let store = StoreOptions.open(args, context, configuration: config, mustExist: true) else { return .database }
        let console = context.console
        let stamp = ISO8601DateFormatter()
        let now = Date()
        var healthy = true
        do {
            let counts = try store.counts()
            if let ok = try store.lastSuccessfulPoll() {
                let age = Int(now.timeIntervalSince(ok.at))
                console.line("last successful poll: \(stamp.string(from: ok.at)) (\(age) s ago): \(ok.summary)")
                healthy = age <= config.statusStaleSeconds
            } else {
                console.line("last successful poll: never")
                healthy = false
            }
            if let last = try store.lastPoll(), !last.ok {
                console.line("last poll failed: \(stamp.string(from: last.at)): \(last.summary)")
            }
            console.line("tickets: \(counts.tickets) (" + counts.ticketsByStatus.sorted { $0.key.rawValue < $1.key.rawValue }
                .map { "\($0.value) \($0.key.rawValue)" }.joined(separator: ", ") + ")")
            console.line("quarantined: \(counts.quarantined)")
            console.line(OutboxCommands.countsLine(try store.outboxCounts(), smtpConfigured: config.smtp.url != nil))
        } catch {
            console.error(error.description)
            return .database
        }
        if !args.has("offline") {
            if let s = try? session(args, context) {
                do {
                    let status = try s.poller.client.status()
                    let last = try store.lastUID(mailbox: s.poller.settings.mailbox, uidValidity: status.uidValidity) ?? 0
                    let waiting = try s.poller.client.listMessages(from: last + 1).filter { $0.uid > last }.count
                    console.line("server backlog: \(waiting) \(waiting == 1 ? "message" : "messages") not yet filed in \(s.poller.settings.mailbox)")
                } catch {
                    console.line("server backlog: unknown (\(error))")
                }
            } else {
                console.line("server backlog: unknown (see the error above)")
            }
        }
        if !healthy {
            console.error("unhealthy: no successful poll in the last \(config.statusStaleSeconds) s")
            return .unhealthy
        }
        return .ok
    }

    static func runReconcile(_ args: ParsedArguments, _ context: CommandContext) -> ExitCode {
        let s: Session
        do { s = try session(args, context) } catch { return error }
        let console = context.console
        let client = s.poller.client
        let mailbox = s.poller.settings.mailbox
        do {
            let status = try client.status()
            let filed = try s.store.locations(mailbox: mailbox, uidValidity: status.uidValidity)
            let filedUIDs = Dictionary(filed.map { ($0.location.uid, $0) }, uniquingKeysWith: { a, _ in a })
            var gaps = 0
            for info in try client.listMessages(from: 1) {
                if let f = filedUIDs[info.uid] {
                    if !f.serverDone {
                        gaps += 1
                        console.line("UID \(info.uid): filed as \(f.sourceKey) but not yet marked on the server (the next poll marks it)")
                    }
                    continue
                }
                let headers = try client.fetchHeaders(uid: info.uid)
                let message = Message.parse(headers)
                let key = SourceKey.forMessage(messageID: message.messageID, raw: headers)
                if message.messageID != nil, try s.store.isFiled(sourceKey: key) {
                    console.line("UID \(info.uid): \(key) filed, but under another UID or UIDVALIDITY (the next poll maps it)")
                } else {
                    console.line("UID \(info.uid): not filed" + (message.messageID.map { " (Message-ID \($0))" } ?? ""))
                }
                gaps += 1
            }
            console.line(gaps == 0 ? "no gaps: every message in \(mailbox) is filed and marked" : "\(gaps) \(gaps == 1 ? "gap" : "gaps") in \(mailbox)")
            return gaps == 0 ? .ok : .partial
        } catch let error as TransportError {
            console.error(error.description)
            return .mailbox
        } catch {
            console.error("\(error)")
            return .database
        }
    }

    static func runConfigCheck(_ args: ParsedArguments, _ context: CommandContext) -> ExitCode {
        guard args.positionals.count <= 1 else {
            context.console.error("plaint config check: give at most one FILE")
            return .usage
        }
        let path = args.positionals.first ?? context.environment["PLAINT_CONFIG"]
        do throws(ConfigurationError) {
            let config = try ConfigurationLoader.load(path: path, environment: context.environment)
            if config.imap.url != nil {
                _ = try config.imapSettings(environment: context.environment)
            }
            let smtp = try config.smtpSettings(environment: context.environment)
            if smtp != nil, config.fromAddress == nil {
                throw ConfigurationError(location: "configuration", key: "replies.from",
                                         message: "not set; put the address customers see in PLAINT_FROM or replies.from")
            }
            context.console.line("\(path ?? "environment"): ok" + (config.imap.url.map { " (mailbox \($0))" } ?? " (no imap.url yet: only folder ingest will work)")
                                 + (smtp.map { "; replies from \(config.fromAddress ?? "-") via \($0.url)" } ?? "; no smtp.url: replies stay queued"))
            return .ok
        } catch {
            context.console.error(error.description)
            return .configuration
        }
    }
}

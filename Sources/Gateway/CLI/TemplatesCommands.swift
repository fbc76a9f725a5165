import Foundation
import Complaints

/// `plaint templates check | list | approve`: the reply wording and its approvals (SPEC §8).
enum TemplatesCommands {
    static let dirDetails = "DIR defaults to $PLAINT_TEMPLATES, else Templates in the working directory."

    static let check = Command(
        name: "templates check",
        summary: "Parse and render every template with a sample ticket; fail on bad or unapproved wording.",
        usage: "templates check [DIR]",
        details: """
        Prints each problem as FILE:LINE:COLUMN: MESSAGE (syntax, a name the sample ticket lacks), then every
        template file whose wording is not approved (never approved, or changed since approval).
        \(dirDetails)
        Exit codes: 0 all parse, render and are approved; 2 bad arguments; 4 a bad, missing or unapproved template.
        """,
        options: [],
        run: runCheck)

    static let list = Command(
        name: "templates list",
        summary: "List templates with their languages, approval state and approver.",
        usage: "templates list [DIR]",
        details: "\(dirDetails)\nExit codes: 0 ok, 2 bad arguments, 4 unreadable directory or approvals.json.",
        options: [],
        run: runList)

    static let approve = Command(
        name: "templates approve",
        summary: "Approve the exact current wording of a template (every language) as a manager or legal reviewer.",
        usage: "templates approve NAME --as EMAIL [--approvers FILE] [DIR]",
        details: """
        Records in DIR/approvals.json the SHA-256 of each of NAME's files, the approver, their role and the time.
        Any later edit voids the approval. The approver must be listed as manager or legal in --approvers FILE
        ({"approvers":[{"email":…,"role":"manager"}]}), else PLAINT_APPROVERS (email:role,…), else DIR/approvers.json.
        \(dirDetails)
        Exit codes: 0 approved; 2 bad arguments; 4 unknown template, broken template, or approver not allowed.
        """,
        options: [
            .value("as", "EMAIL", "Who approves (a listed manager or legal reviewer)."),
            .value("approvers", "FILE", "The approvers list (JSON)."),
        ],
        run: runApprove)

    static func runCheck(_ args: ParsedArguments, _ context: CommandContext) -> ExitCode {
        let console = context.console
        let name = "plaint templates check"
        guard args.positionals.count <= 1 else {
            console.error("\(name): give at most one DIR")
            return .usage
        }
        guard let (dir, catalog) = load(args.positionals.first, context, command: name) else { return .configuration }
        var problems = 0
        for file in catalog.files {
            do {
                let template = try catalog.compile(file)
                for variant in TemplateSample.Variant.allCases {
                    _ = try template.render(TemplateSample.context(language: template.language, variant: variant))
                }
            } catch {
                console.line(display(dir, context) + error.description)
                problems += 1
            }
        }
        for missing in catalog.missingFiles {
            console.line("\(display(dir, context))\(missing): missing (every template needs en and zh .txt files; an .html needs its .txt)")
            problems += 1
        }
        let unapproved = catalog.unapprovedFiles
        for (file, state) in unapproved {
            console.line("\(display(dir, context))\(file): unapproved: \(describe(state))")
        }
        if problems > 0 || !unapproved.isEmpty {
            var parts: [String] = []
            if problems > 0 { parts.append("\(problems) bad or missing") }
            if !unapproved.isEmpty { parts.append("\(unapproved.count) unapproved (approve with 'plaint templates approve NAME --as EMAIL')") }
            console.error("\(name): \(parts.joined(separator: ", ")) of \(catalog.files.count) template files")
            return .configuration
        }
        console.line("\(catalog.files.count) template files in \(catalog.names.count) templates: all parse, render and are approved")
        return .ok
    }

    static func runList(_ args: ParsedArguments, _ context: CommandContext) -> ExitCode {
        let console = context.console
        let name = "plaint templates list"
        guard args.positionals.count <= 1 else {
            console.error("\(name): give at most one DIR")
            return .usage
        }
        guard let (_, catalog) = load(args.positionals.first, context, command: name) else { return .configuration }
        var table = TextTable(headers: ["NAME", "LANGUAGES", "STATE", "APPROVER"])
        table.maxCellWidth = 60
        for template in catalog.names {
            let files = catalog.files(named: template)
            let languages = Array(Set(files.compactMap { f in
                MessageTemplate.parseFileName(f.file).map { $0.format == .html ? "\($0.language)+html" : $0.language }
            })).sorted()
            let states = files.map { catalog.state(of: $0) }
            let unapproved = zip(files, states).filter { !$0.1.isApproved }
            let state: String
            if unapproved.isEmpty {
                state = "approved"
            } else if unapproved.count == files.count, unapproved.allSatisfy({ $0.1 == .neverApproved }) {
                state = "never approved"
            } else {
                // Name the files by what follows the template name: "unapproved: en.txt changed, zh.txt never".
                state = "unapproved: " + unapproved.map { file, s in
                    String(file.file.dropFirst(template.count + 1)) + (s == .neverApproved ? " never approved" : " changed")
                }.joined(separator: ", ")
            }
            let approvers = Array(Set(states.compactMap { s -> String? in
                switch s {
                case .approved(let a), .changed(let a): "\(a.approver) (\(a.role.rawValue)) \(a.approvedAt)"
                case .neverApproved: nil
                }
            })).sorted()
            table.append([template, languages.joined(separator: ","), state, approvers.isEmpty ? "-" : approvers.joined(separator: "; ")])
        }
        console.line(table.rendered)
        return .ok
    }

    static func runApprove(_ args: ParsedArguments, _ context: CommandContext) -> ExitCode {
        let console = context.console
        let name = "plaint templates approve"
        guard (1...2).contains(args.positionals.count) else {
            console.error("\(name): give the template NAME (and optionally DIR), e.g. 'plaint templates approve acknowledgement --as manager@company.example'")
            return .usage
        }
        guard let email = args.value("as"), !email.isEmpty else {
            console.error("\(name): --as EMAIL is required (who approves this wording)")
            return .usage
        }
        let template = args.positionals[0]
        guard let (dir, loaded) = load(args.positionals.count == 2 ? args.positionals[1] : nil, context, command: name) else {
            return .configuration
        }
        var catalog = loaded
        do {
            let approvers = try TemplateCatalogLoader.approvers(
                file: args.value("approvers").map { absolute($0, context) }, environment: context.environment, templateDirectory: dir)
            let recorded = try catalog.approve(name: template, as: email, approvers: approvers, at: now(context))
            try TemplateCatalogLoader.writeApprovals(catalog.approvals, directory: dir)
            for a in recorded {
                console.line("approved \(a.file) sha256 \(a.sha256.prefix(12))… by \(a.approver) (\(a.role.rawValue)) at \(a.approvedAt)")
            }
            return .ok
        } catch let error as TemplateLoadError {
            console.error("\(name): \(error.message)")
            return .configuration
        } catch let error as TemplateApprovalError {
            console.error("\(name): \(error.message)")
            return .configuration
        } catch {
            console.error("\(name): \(error)")
            return .configuration
        }
    }

    // MARK: - Helpers

    private static func load(_ explicit: String?, _ context: CommandContext, command: String) -> (String, TemplateCatalog)? {
        let dir = TemplateCatalogLoader.directory(explicit, environment: context.environment, workingDirectory: context.workingDirectory)
        do { return (dir, try TemplateCatalogLoader.load(directory: dir)) } catch {
            context.console.error("\(command): \(error.message)")
            return nil
        }
    }

    /// The directory as a prefix for diagnostics, relative to the working directory when inside it.
    private static func display(_ dir: String, _ context: CommandContext) -> String {
        let base = context.workingDirectory.hasSuffix("/") ? context.workingDirectory : context.workingDirectory + "/"
        return (dir.hasPrefix(base) ? String(dir.dropFirst(base.count)) : dir) + "/"
    }

    private static func describe(_ state: ApprovalState) -> String {
        switch state {
        case .approved: "approved"
        case .changed(let a): "wording changed since \(a.approver) (\(a.role.rawValue)) approved it at \(a.approvedAt)"
        case .neverApproved: "never approved"
        }
    }

    private static func absolute(_ path: String, _ context: CommandContext) -> String {
        path.hasPrefix("/") ? path : (context.workingDirectory as NSString).appendingPathComponent(path)
    }

    /// Now in ISO 8601 UTC; `PLAINT_NOW` overrides it (tests, reproducible approvals).
    private static func now(_ context: CommandContext) -> String {
        if let fixed = context.environment["PLAINT_NOW"], !fixed.isEmpty { return fixed }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date())
    }
}

import Foundation
import Complaints
import TicketStore

/// `plaint tickets correct REF [--kind K] [--category C] [--severity N] --as EMAIL`: a staff correction,
/// kept as a training example for `plaint classifier train`.
enum CorrectCommand {
    static let command = Command(
        name: "tickets correct",
        summary: "Correct a ticket's kind, category or severity (kept as a training example).",
        usage: "tickets correct REF [--kind K] [--category C] [--severity N] --as EMAIL [--db PATH]",
        details: """
        Updates the ticket, logs a 'corrected' event (e.g. "category billing -> network") and stores each
        changed field with the ticket's text, so 'plaint classifier train' learns from it. Clears
        needs_triage; severity 3 or category security_privacy raises the priority to high.
        Exit codes: 0 corrected (or nothing to change), 2 bad arguments or unknown ticket, 3 database error.
        """,
        options: StoreOptions.options + [
            .value("kind", "K", "complaint, suggestion or inquiry."),
            .value("category", "C", "One of \(Category.defaults.map(\.rawValue).joined(separator: ", "))."),
            .value("severity", "N", "Grade 1, 2 or 3."),
            .value("as", "EMAIL", "Who corrects it (required; recorded in the audit log)."),
        ],
        run: run)

    static func run(_ args: ParsedArguments, _ context: CommandContext) -> ExitCode {
        let console = context.console
        let name = "plaint tickets correct"
        guard args.positionals.count == 1, let reference = args.positionals.first else {
            console.error("\(name): give exactly one ticket reference, e.g. CMP-2026-000001")
            return .usage
        }
        guard let actor = args.value("as")?.trimmingCharacters(in: .whitespaces), actor.contains("@"), !actor.hasPrefix("@") else {
            console.error("\(name): say who corrects it with --as EMAIL (a staff address)")
            return .usage
        }
        var kind: Kind?
        if let raw = args.value("kind") {
            guard let k = Kind(rawValue: raw.lowercased()) else {
                console.error("\(name): unknown kind '\(raw)'; use one of \(Kind.allCases.map(\.rawValue).joined(separator: ", "))")
                return .usage
            }
            kind = k
        }
        var category: Category?
        if let raw = args.value("category") {
            let known = Category.defaults.map(\.rawValue)
            guard known.contains(raw.lowercased()) else {
                let hint = ArgumentParser.suggestion(for: raw.lowercased(), among: known).map { " (did you mean '\($0)'?)" } ?? ""
                console.error("\(name): unknown category '\(raw)'\(hint); use one of \(known.joined(separator: ", "))")
                return .usage
            }
            category = Category(raw.lowercased())
        }
        var severity: Int?
        if let raw = args.value("severity") {
            guard let n = Int(raw), (1...3).contains(n) else {
                console.error("\(name): severity must be 1, 2 or 3, not '\(raw)'")
                return .usage
            }
            severity = n
        }
        guard kind != nil || category != nil || severity != nil else {
            console.error("\(name): nothing to correct; give --kind, --category and/or --severity")
            return .usage
        }
        guard let store = StoreOptions.open(args, context, mustExist: true) else { return .database }
        do {
            let changes = try store.correct(reference: reference, kind: kind, category: category, severity: severity, actor: actor)
            let shown = reference.uppercased()
            if changes.isEmpty {
                console.line("\(shown): nothing changed (already \([kind?.rawValue, category?.rawValue, severity.map { "severity \($0)" }].compactMap { $0 }.joined(separator: ", ")))")
            } else {
                console.line("\(shown) corrected: " + changes.map(\.summary).joined(separator: "; "))
            }
            return .ok
        } catch {
            if case .unknownTicket = error.kind {
                console.error("no ticket \(reference); 'plaint tickets list' shows the references")
                return .usage
            }
            console.error(error.description)
            return .database
        }
    }
}

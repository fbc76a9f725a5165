import Foundation
import Complaints
import TicketStore

/// `plaint classifier train`, `plaint classifier eval` and `plaint classifier rules`.
enum ClassifierCommands {
    static let rules = Command(
        name: "classifier rules",
        summary: "Print the shipped classifier rules, or check a rules file.",
        usage: "classifier rules [FILE.json]",
        details: """
        Without FILE, prints the shipped rules (format plaint-rules) so a deployment can edit a copy and
        point PLAINT_RULES at it. With FILE, reads it as intake would and prints how many rules it holds
        per field, or the line and key at fault.
        Exit codes: 0 ok, 2 bad arguments or an unusable rules file.
        """,
        options: [],
        run: runRules)

    static func runRules(_ args: ParsedArguments, _ context: CommandContext) -> ExitCode {
        let console = context.console
        guard args.positionals.count <= 1 else {
            console.error("plaint classifier rules: give at most one FILE.json")
            return .usage
        }
        guard let path = args.positionals.first.map({ absolute($0, context) }) else {
            console.line(RuleSet.defaultJSON)
            return .ok
        }
        let rules: RuleSet
        do { rules = try RuleSet.load(path: path) } catch {
            console.error(error.description)
            return .usage
        }
        let perField = RuleSet.Field.allCases.compactMap { field -> String? in
            let n = rules.rules.filter { $0.field == field }.count
            return n == 0 ? nil : "\(field.rawValue) \(n)"
        }
        console.line("\(path): \(rules.rules.count) rules (\(perField.joined(separator: ", "))), \(rules.negationCues.count) negation cues")
        return .ok
    }

    static let train = Command(
        name: "classifier train",
        summary: "Train the classifier's model from labelled examples and the db's staff corrections.",
        usage: "classifier train [--out FILE] [--examples FILE.jsonl] [--db PATH] [--no-corrections]",
        details: """
        Trains naive Bayes on the examples (default: the shipped Fixtures/train examples) plus every staff
        correction in the database ('plaint tickets correct'; each counts --correction-weight times), and
        writes a versioned model file (format plaint-nb). Intake loads it from PLAINT_MODEL, else from
        plaint-model.json beside the database. A missing database means no corrections; --no-corrections
        leaves them out (Fixtures/train/regenerate.sh --model writes the shipped model this way).
        Exit codes: 0 written, 2 bad arguments or unreadable examples, 3 database error, 4 cannot write the model.
        """,
        options: StoreOptions.options + [
            .value("out", "FILE", "Where to write the model (default plaint-model.json beside the db)."),
            .value("examples", "FILE.jsonl", "Labelled examples to train on instead of the shipped ones."),
            .value("correction-weight", "N", "How many times each correction counts (default 3)."),
            .flag("no-corrections", "Train on the examples only, without the database's corrections."),
        ],
        run: runTrain)

    static let eval = Command(
        name: "classifier eval",
        summary: "Measure the shipped and the trained model on labelled examples (before / after).",
        usage: "classifier eval [FILE.jsonl] [--model FILE] [--db PATH] [--cross-validate K]",
        details: """
        Prints per-field accuracy, per-flag precision/recall and the category confusion matrix for the
        shipped model, then for the trained model (--model, else plaint-model.json beside the db when it
        exists) and a before / after summary. FILE defaults to Fixtures/eval/eval.jsonl in the working directory.
        The channel line writes each example as an email (from the form mailer for web forms, from a
        staff address for call notes, else from a customer) and checks the channel the extractor finds.
        With --cross-validate K, measures instead a model trained on K−1 parts of FILE (default: the
        shipped training examples) on the remaining part, K times, and prints the merged report.
        PLAINT_RULES, when set, names the rules file to measure with (as intake would use it).
        Exit codes: 0 ok, 2 bad arguments or unreadable examples, 4 unreadable model file.
        """,
        options: StoreOptions.options + [
            .value("model", "FILE", "The trained model file to compare with the shipped one."),
            .flag("mistakes", "List every wrong field (id, field, expected, predicted)."),
            .value("cross-validate", "K", "K-fold cross-validation on FILE (default: the shipped training examples)."),
        ],
        run: runEval)

    static func runTrain(_ args: ParsedArguments, _ context: CommandContext) -> ExitCode {
        let console = context.console
        let name = "plaint classifier train"
        guard args.positionals.isEmpty else {
            console.error("\(name): takes no positional arguments; use --examples FILE.jsonl")
            return .usage
        }
        var weight = 3
        if let raw = args.value("correction-weight") {
            guard let n = Int(raw), (1...100).contains(n) else {
                console.error("\(name): --correction-weight must be a whole number from 1 to 100, not '\(raw)'")
                return .usage
            }
            weight = n
        }
        let examples: [LabeledExample]
        if let path = args.value("examples") {
            do { examples = try LabeledExample.loadJSONL(path: absolute(path, context)) } catch {
                console.error(error.description)
                return .usage
            }
        } else {
            examples = Classifier.defaultTrainingExamples
        }
        let (db, _) = StoreOptions.paths(args, context)
        var corrections: [LabeledExample] = []
        if args.has("no-corrections") {
            corrections = []
        } else if FileManager.default.fileExists(atPath: db) {
            guard let store = StoreOptions.open(args, context) else { return .database }
            do { corrections = try store.corrections() } catch {
                console.error(error.description)
                return .database
            }
        } else if args.value("db") != nil {
            console.error("\(db): no such database; pass --db with an existing database (or leave it out to train without corrections)")
            return .database
        }
        let out = args.value("out").map { absolute($0, context) } ?? ClassifierLoader.defaultModelPath(db: db)
        let weighted = corrections.flatMap { Array(repeating: $0, count: weight) }
        let model = NaiveBayesModel.train(examples + weighted)
        do { try model.save(to: out) } catch {
            console.error("cannot write model \(out): \(error.localizedDescription); check the directory exists and is writable")
            return .configuration
        }
        let from = args.value("examples") == nil ? "shipped" : "file"
        console.line("trained on \(examples.count + corrections.count) examples: \(examples.count) \(from) + \(corrections.count) \(corrections.count == 1 ? "correction" : "corrections") (each counted \(weight)x)")
        console.line("wrote \(out) (\(NaiveBayesModel.format) v\(NaiveBayesModel.version))")
        return .ok
    }

    static func runEval(_ args: ParsedArguments, _ context: CommandContext) -> ExitCode {
        let console = context.console
        let name = "plaint classifier eval"
        guard args.positionals.count <= 1 else {
            console.error("\(name): give at most one FILE.jsonl")
            return .usage
        }
        if let raw = args.value("cross-validate") {
            guard let k = Int(raw), (2...50).contains(k) else {
                console.error("\(name): --cross-validate must be a whole number from 2 to 50, not '\(raw)'")
                return .usage
            }
            guard let rules = rules(context) else { return .usage }
            return crossValidate(folds: k, file: args.positionals.first.map { absolute($0, context) }, rules: rules, args, console)
        }
        guard let rules = rules(context) else { return .usage }
        let file = args.positionals.first.map { absolute($0, context) }
            ?? (context.workingDirectory as NSString).appendingPathComponent("Fixtures/eval/eval.jsonl")
        if args.positionals.isEmpty, !FileManager.default.fileExists(atPath: file) {
            console.error("\(name): no FILE.jsonl given and \(file) does not exist; give the labelled examples to measure on")
            return .usage
        }
        let examples: [LabeledExample]
        do { examples = try LabeledExample.loadJSONL(path: file) } catch {
            console.error(error.description)
            return .usage
        }
        guard !examples.isEmpty else {
            console.error("\(name): \(file) holds no examples")
            return .usage
        }
        var modelPath = args.value("model").map { absolute($0, context) }
        if modelPath == nil {
            let path = ClassifierLoader.defaultModelPath(db: StoreOptions.paths(args, context).db)
            if FileManager.default.fileExists(atPath: path) { modelPath = path }
        }
        var trained: NaiveBayesModel?
        if let modelPath {
            do { trained = try NaiveBayesModel.load(from: modelPath) } catch {
                console.error("model file \(error.description); retrain with 'plaint classifier train'")
                return .configuration
            }
        }
        let before = Evaluator.evaluate(Classifier(rules: rules, model: Classifier.defaultModel), examples, channels: true)
        console.line("== shipped model (\(examples.count) examples from \(file)); model from \(ShippedModel.loaded.source)")
        console.line(before.text)
        if args.has("mistakes") { printMistakes(before, console) }
        guard let trained, let modelPath else { return .ok }
        let after = Evaluator.evaluate(ClassifierLoader.classifier(model: trained, rules: rules), examples)
        console.line("")
        console.line("== trained model \(modelPath) (\(trained.exampleCount) training examples)")
        console.line(after.text)
        if args.has("mistakes") { printMistakes(after, console) }
        console.line("")
        console.line("before / after")
        func pct(_ x: Double) -> String { String(format: "%5.1f %%", x * 100) }
        console.line("kind        \(pct(before.kindAccuracy)) -> \(pct(after.kindAccuracy))")
        console.line("category    \(pct(before.categoryAccuracy)) -> \(pct(after.categoryAccuracy))")
        console.line("severity    \(pct(before.severityAccuracy)) -> \(pct(after.severityAccuracy))")
        for flag in before.flags {
            guard let a = after.score(flag.flag) else { continue }
            console.line(flag.flag.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
                + String(format: "P %.3f -> %.3f   R %.3f -> %.3f", flag.precision, a.precision, flag.recall, a.recall))
        }
        return .ok
    }

    /// `classifier eval --cross-validate K`.
    /// The rules `PLAINT_RULES` names, else the shipped ones; nil (after one error line) when the file is unusable.
    static func rules(_ context: CommandContext) -> RuleSet? {
        guard let path = context.environment["PLAINT_RULES"], !path.isEmpty else { return .default }
        do { return try RuleSet.load(path: absolute(path, context)) } catch {
            context.console.error("rules file \(error.description)")
            return nil
        }
    }

    static func crossValidate(folds: Int, file: String?, rules: RuleSet, _ args: ParsedArguments, _ console: Console) -> ExitCode {
        let examples: [LabeledExample]
        if let file {
            do { examples = try LabeledExample.loadJSONL(path: file) } catch {
                console.error(error.description)
                return .usage
            }
        } else {
            examples = Classifier.defaultTrainingExamples
        }
        guard examples.count >= folds else {
            console.error("plaint classifier eval: \(examples.count) examples cannot be split into \(folds) parts")
            return .usage
        }
        let report = Evaluator.crossValidate(examples, folds: folds, rules: rules)
        console.line("== \(folds)-fold cross-validation on \(examples.count) examples from \(file ?? "the shipped training set")")
        console.line(report.text)
        if args.has("mistakes") { printMistakes(report, console) }
        return .ok
    }

    static func printMistakes(_ report: EvaluationReport, _ console: Console) {
        console.line("")
        console.line("mistakes (\(report.mistakes.count)):")
        for m in report.mistakes { console.line("  \(m.id)  \(m.field)  expected \(m.expected)  predicted \(m.predicted)") }
    }

    /// `path` resolved against the command's working directory.
    static func absolute(_ path: String, _ context: CommandContext) -> String {
        path.hasPrefix("/") ? path : (context.workingDirectory as NSString).appendingPathComponent(path)
    }
}

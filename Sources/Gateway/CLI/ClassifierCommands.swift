import Foundation
import Complaints
import TicketStore

/// `plaint classifier train` and `plaint classifier eval`.
enum ClassifierCommands {
    static let train = Command(
        name: "classifier train",
        summary: "Train the classifier's model from labelled examples and the db's staff corrections.",
        usage: "classifier train [--out FILE] [--examples FILE.jsonl] [--db PATH]",
        details: """
        Trains naive Bayes on the examples (default: the shipped Fixtures/train examples) plus every staff
        correction in the database ('plaint tickets correct'; each counts --correction-weight times), and
        writes a versioned model file (format plaint-nb). Intake loads it from PLAINT_MODEL, else from
        plaint-model.json beside the database. A missing database means no corrections.
        Exit codes: 0 written, 2 bad arguments or unreadable examples, 3 database error, 4 cannot write the model.
        """,
        options: StoreOptions.options + [
            .value("out", "FILE", "Where to write the model (default plaint-model.json beside the db)."),
            .value("examples", "FILE.jsonl", "Labelled examples to train on instead of the shipped ones."),
            .value("correction-weight", "N", "How many times each correction counts (default 3)."),
        ],
        run: runTrain)

    static let eval = Command(
        name: "classifier eval",
        summary: "Measure the shipped and the trained model on labelled examples (before / after).",
        usage: "classifier eval [FILE.jsonl] [--model FILE] [--db PATH]",
        details: """
        Prints per-field accuracy, per-flag precision/recall and the category confusion matrix for the
        shipped model, then for the trained model (--model, else plaint-model.json beside the db when it
        exists) and a before / after summary. FILE defaults to Fixtures/eval/eval.jsonl in the working directory.
        Exit codes: 0 ok, 2 bad arguments or unreadable examples, 4 unreadable model file.
        """,
        options: StoreOptions.options + [
            .value("model", "FILE", "The trained model file to compare with the shipped one."),
            .flag("mistakes", "List every wrong field (id, field, expected, predicted)."),
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
        if FileManager.default.fileExists(atPath: db) {
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
        let before = Evaluator.evaluate(Classifier(), examples)
        console.line("== shipped model (\(examples.count) examples from \(file))")
        console.line(before.text)
        if args.has("mistakes") { printMistakes(before, console) }
        guard let trained, let modelPath else { return .ok }
        let after = Evaluator.evaluate(ClassifierLoader.classifier(model: trained), examples)
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

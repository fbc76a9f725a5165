import Foundation
import MIME

/// How well a classifier agrees with labelled examples.
public struct EvaluationReport: Sendable, Equatable {
    /// Precision and recall of one flag.
    public struct FlagScore: Sendable, Equatable {
        public var flag: Flag
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0
        /// Of the messages flagged, the share that should have been (1 when none were flagged).
        public var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
        /// Of the messages that should be flagged, the share that were (1 when none should be).
        public var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
    }

    /// One wrong field on one example.
    public struct Mistake: Sendable, Equatable {
        public var id: String
        public var field: String
        public var expected: String
        public var predicted: String
    }

    public var total = 0
    public var kindCorrect = 0
    public var categoryCorrect = 0
    public var severityCorrect = 0
    public var needsTriage = 0
    /// Channel agreement (only when measured, see `Evaluator.evaluate(_:_:channels:)`).
    public var channelTotal = 0
    public var channelCorrect = 0
    public var flags: [FlagScore] = [Flag.escalated, .major, .withdrawal].map { FlagScore(flag: $0) }
    /// confusion[expected][predicted] for category.
    public var confusion: [String: [String: Int]] = [:]
    public var mistakes: [Mistake] = []

    public var kindAccuracy: Double { total == 0 ? 0 : Double(kindCorrect) / Double(total) }
    public var categoryAccuracy: Double { total == 0 ? 0 : Double(categoryCorrect) / Double(total) }
    public var severityAccuracy: Double { total == 0 ? 0 : Double(severityCorrect) / Double(total) }
    public var channelAccuracy: Double { channelTotal == 0 ? 0 : Double(channelCorrect) / Double(channelTotal) }

    public func score(_ flag: Flag) -> FlagScore? { flags.first { $0.flag == flag } }

    /// Adds another report's counts (for cross-validation folds).
    public mutating func merge(_ other: EvaluationReport) {
        total += other.total
        kindCorrect += other.kindCorrect
        categoryCorrect += other.categoryCorrect
        severityCorrect += other.severityCorrect
        needsTriage += other.needsTriage
        channelTotal += other.channelTotal
        channelCorrect += other.channelCorrect
        for (i, f) in other.flags.enumerated() {
            flags[i].truePositives += f.truePositives
            flags[i].falsePositives += f.falsePositives
            flags[i].falseNegatives += f.falseNegatives
        }
        for (e, row) in other.confusion { for (p, n) in row { confusion[e, default: [:]][p, default: 0] += n } }
        mistakes += other.mistakes
    }

    /// A readable table: accuracies, flag precision/recall, the category confusion matrix.
    public var text: String {
        func pct(_ x: Double) -> String { String(format: "%5.1f %%", x * 100) }
        var lines = ["examples: \(total)   needs_triage: \(needsTriage)", "",
                     "field       accuracy", "kind        \(pct(kindAccuracy))  (\(kindCorrect)/\(total))",
                     "category    \(pct(categoryAccuracy))  (\(categoryCorrect)/\(total))",
                     "severity    \(pct(severityAccuracy))  (\(severityCorrect)/\(total))"]
        if channelTotal > 0 { lines.append("channel     \(pct(channelAccuracy))  (\(channelCorrect)/\(channelTotal))  (the extractor, on each example written as an email)") }
        lines += ["",
                     "flag        precision  recall   tp  fp  fn"]
        for f in flags {
            lines.append(String(format: "%-11@ %6.3f    %6.3f  %3d %3d %3d", f.flag.rawValue, f.precision, f.recall,
                                f.truePositives, f.falsePositives, f.falseNegatives))
        }
        let names = Category.defaults.map(\.rawValue)
            + Set(confusion.keys).union(confusion.values.flatMap(\.keys)).subtracting(Category.defaults.map(\.rawValue)).sorted()
        let short = names.map { String($0.prefix(5)) }
        lines += ["", "category confusion (rows: expected, columns: predicted)",
                  "".padding(toLength: 20, withPad: " ", startingAt: 0) + short.map { $0.padding(toLength: 6, withPad: " ", startingAt: 0) }.joined()]
        for e in names where confusion[e] != nil {
            let row = names.map { p -> String in
                let n = confusion[e]?[p] ?? 0
                return (n == 0 ? "." : "\(n)").padding(toLength: 6, withPad: " ", startingAt: 0)
            }
            lines.append(e.padding(toLength: 20, withPad: " ", startingAt: 0) + row.joined())
        }
        return lines.joined(separator: "\n")
    }
}

/// Measures a classifier against labelled examples (SPEC §2–5 fields; channel and repeat/batch are not the classifier's).
public enum Evaluator {
    /// - Parameter channels: also measure the channel: each example that has one is written as an
    ///   email (see `channel(of:)`) and read by `ComplaintReader`.
    public static func evaluate(_ classifier: Classifier, _ examples: [LabeledExample], channels: Bool = false) -> EvaluationReport {
        var report = EvaluationReport()
        for e in examples {
            if channels, let expected = e.channel {
                let found = channel(of: e)
                report.channelTotal += 1
                if found == expected { report.channelCorrect += 1 } else {
                    report.mistakes.append(.init(id: e.id, field: "channel", expected: expected.rawValue, predicted: found.rawValue))
                }
            }
            let c = classifier.classify(e.input)
            report.total += 1
            if c.kind == e.kind { report.kindCorrect += 1 } else {
                report.mistakes.append(.init(id: e.id, field: "kind", expected: e.kind.rawValue, predicted: c.kind.rawValue))
            }
            if c.category == e.category { report.categoryCorrect += 1 } else {
                report.mistakes.append(.init(id: e.id, field: "category", expected: e.category.rawValue, predicted: c.category.rawValue))
            }
            if c.severity == e.severity { report.severityCorrect += 1 } else {
                report.mistakes.append(.init(id: e.id, field: "severity", expected: "\(e.severity)", predicted: "\(c.severity)"))
            }
            if c.flags.contains(.needsTriage) { report.needsTriage += 1 }
            report.confusion[e.category.rawValue, default: [:]][c.category.rawValue, default: 0] += 1
            for i in report.flags.indices {
                let flag = report.flags[i].flag
                switch (e.flags.contains(flag), c.flags.contains(flag)) {
                case (true, true): report.flags[i].truePositives += 1
                case (false, true):
                    report.flags[i].falsePositives += 1
                    report.mistakes.append(.init(id: e.id, field: flag.rawValue, expected: "false", predicted: "true"))
                case (true, false):
                    report.flags[i].falseNegatives += 1
                    report.mistakes.append(.init(id: e.id, field: flag.rawValue, expected: "true", predicted: "false"))
                case (false, false): break
                }
            }
        }
        return report
    }

    /// The channel `ComplaintReader` finds in the example written as a plain email. The sender is the
    /// one such mail arrives from: a web-form notification from the site's form mailer, a staff note of
    /// a call or visit from a staff address, anything else from a customer's address. The extractor
    /// must still recognise the form's fields, the call note, or the outside body's transfer letter in
    /// the text.
    static func channel(of e: LabeledExample) -> Channel {
        let sender = switch e.channel {
        case .webForm?: "Website form <forms@company.example>"
        case .phone?: "Service desk <desk@company.example>"
        default: "Customer <customer@example.org>"
        }
        let raw = "From: \(sender)\r\nTo: complaints@company.example\r\nSubject: \(e.subject)\r\n"
            + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            + e.body.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n"
        return channelReader.read(Message.parse(Array(raw.utf8))).channel
    }

    private static let channelReader = ComplaintReader()

    /// k-fold cross-validation: trains on k−1 folds (example i goes to fold i mod k), evaluates on the rest.
    public static func crossValidate(_ examples: [LabeledExample], folds: Int = 5, rules: RuleSet = .default,
                                     train: ([LabeledExample]) -> NaiveBayesModel = { NaiveBayesModel.train($0) }) -> EvaluationReport {
        var report = EvaluationReport()
        for k in 0..<max(2, folds) {
            let test = examples.indices.filter { $0 % folds == k }.map { examples[$0] }
            let trainSet = examples.indices.filter { $0 % folds != k }.map { examples[$0] }
            let classifier = Classifier(rules: rules, model: train(trainSet), triageThreshold: 0.5)
            report.merge(evaluate(classifier, test))
        }
        return report
    }
}

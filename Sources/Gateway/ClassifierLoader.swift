import Foundation
import Complaints

/// Finds the model and rules files and builds the classifier intake uses.
///
/// The model, first match wins: `PLAINT_MODEL` in the environment, else `plaint-model.json` beside the
/// database (what `plaint classifier train` writes), else the shipped pre-trained model
/// (`ShippedModel`). The rules: `PLAINT_RULES` (a `plaint-rules` JSON file, see `RuleSet`), else the
/// shipped rules. `PLAINT_TRIAGE_THRESHOLD` (0…1, default 0.5) is the confidence below which a ticket
/// is flagged `needs_triage`. A file that is named or found but cannot be used, or a bad threshold,
/// is reported as a one-line warning and the shipped default is used: a bad file must never stop mail
/// from being filed (SPEC §1).
///
/// ```swift
/// let (intake, warning) = ClassifierLoader.intake(db: "/var/plaint/plaint.sqlite", environment: env)
/// // uses /var/plaint/plaint-model.json when it exists
/// ```
public enum ClassifierLoader {
    /// The model file's name beside the database.
    public static let defaultFileName = "plaint-model.json"
    /// The default `needs_triage` threshold.
    public static let defaultTriageThreshold = 0.5

    /// `plaint-model.json` in the database's directory.
    public static func defaultModelPath(db: String) -> String {
        (URL(fileURLWithPath: db).deletingLastPathComponent().path as NSString).appendingPathComponent(defaultFileName)
    }

    /// The model file intake would use: `PLAINT_MODEL`, else the default path beside `db`; nil when the
    /// default file does not exist (an explicit `PLAINT_MODEL` is returned even when missing, so its
    /// absence can be reported).
    public static func modelPath(db: String, environment: [String: String]) -> String? {
        if let explicit = environment["PLAINT_MODEL"], !explicit.isEmpty { return explicit }
        let path = defaultModelPath(db: db)
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// The shipped rules plus `model`, or the shipped classifier when `model` is nil.
    public static func classifier(model: NaiveBayesModel?, rules: RuleSet = .default,
                                  triageThreshold: Double = defaultTriageThreshold) -> Classifier {
        Classifier(rules: rules, model: model ?? Classifier.defaultModel, triageThreshold: triageThreshold)
    }

    /// The classifier for the database at `db` and the environment, and a one-line warning when a
    /// file or setting could not be used (the shipped default is used for it then).
    public static func classifier(db: String, environment: [String: String]) -> (classifier: Classifier, warning: String?) {
        var warnings: [String] = []
        var model: NaiveBayesModel?
        if let path = modelPath(db: db, environment: environment) {
            do { model = try NaiveBayesModel.load(from: path) } catch {
                warnings.append("model file \(error.description); using the shipped model (retrain with 'plaint classifier train')")
            }
        }
        if model == nil, ShippedModel.loaded.source.hasPrefix("trained") {
            warnings.append("shipped model: \(ShippedModel.loaded.source)")
        }
        var rules = RuleSet.default
        if let path = environment["PLAINT_RULES"], !path.isEmpty {
            do { rules = try RuleSet.load(path: path) } catch {
                warnings.append("rules file \(error.description); using the shipped rules")
            }
        }
        var threshold = defaultTriageThreshold
        if let raw = environment["PLAINT_TRIAGE_THRESHOLD"], !raw.isEmpty {
            if let t = Double(raw), (0...1).contains(t) { threshold = t } else {
                warnings.append("PLAINT_TRIAGE_THRESHOLD '\(raw)' is not a number from 0 to 1; using \(defaultTriageThreshold)")
            }
        }
        return (classifier(model: model, rules: rules, triageThreshold: threshold), warnings.isEmpty ? nil : warnings.joined(separator: "; "))
    }

    /// An `Intake` whose reader classifies with the classifier for `db` (see `classifier(db:environment:)`).
    public static func intake(db: String, environment: [String: String],
                              maxMessageBytes: Int = Intake.defaultMaxMessageBytes) -> (intake: Intake, warning: String?) {
        let (classifier, warning) = classifier(db: db, environment: environment)
        let reader = ComplaintReader(configuration: ComplaintReader.ReaderConfiguration(classifier: classifier))
        // Decoding the model file (several MB of JSON) passes through tens of MB of temporaries, which
        // glibc otherwise keeps as resident heap under everything allocated later (measured: a 41 MB
        // message then peaked at 3.4× its size instead of 2.9×).
        ProcessMemory.releaseFreedMemory()
        return (Intake(reader: reader, maxMessageBytes: maxMessageBytes), warning)
    }
}

import Foundation
import Complaints

/// Finds the model file `plaint classifier train` wrote and builds the classifier intake uses.
///
/// Where the model comes from, first match wins: `PLAINT_MODEL` in the environment, else
/// `plaint-model.json` beside the database. When neither file exists, intake uses the shipped model
/// (`Classifier()`). A model file that exists but cannot be loaded is reported as a warning and the shipped
/// model is used: a bad model file must never stop mail from being filed (SPEC §1).
///
/// ```swift
/// let (intake, warning) = ClassifierLoader.intake(db: "/var/plaint/plaint.sqlite", environment: env)
/// // uses /var/plaint/plaint-model.json when it exists
/// ```
public enum ClassifierLoader {
    /// The model file's name beside the database.
    public static let defaultFileName = "plaint-model.json"

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

    /// The rule layer plus `model`, or the shipped classifier when `model` is nil.
    public static func classifier(model: NaiveBayesModel?) -> Classifier {
        guard let model else { return Classifier() }
        return Classifier(rules: .default, model: model)
    }

    /// The classifier for the database at `db`, and a one-line warning when a model file was named or
    /// found but could not be loaded (the shipped model is used then).
    public static func classifier(db: String, environment: [String: String]) -> (classifier: Classifier, warning: String?) {
        guard let path = modelPath(db: db, environment: environment) else { return (Classifier(), nil) }
        do {
            return (classifier(model: try NaiveBayesModel.load(from: path)), nil)
        } catch {
            return (Classifier(), "model file \(error.description); using the shipped model (retrain with 'plaint classifier train')")
        }
    }

    /// An `Intake` whose reader classifies with the model for `db` (see `classifier(db:environment:)`).
    public static func intake(db: String, environment: [String: String],
                              maxMessageBytes: Int = Intake().maxMessageBytes) -> (intake: Intake, warning: String?) {
        let (classifier, warning) = classifier(db: db, environment: environment)
        let reader = ComplaintReader(configuration: ComplaintReader.ReaderConfiguration(classifier: classifier))
        return (Intake(reader: reader, maxMessageBytes: maxMessageBytes), warning)
    }
}

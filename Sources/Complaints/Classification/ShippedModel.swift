import Foundation

/// The pre-trained model shipped with Plaint (`Sources/Complaints/Resources/plaint-model.json`, a
/// SwiftPM resource of this target), loaded at start instead of training at first use.
///
/// Where it is looked for, first usable file wins:
/// 1. the target's resource bundle beside the executable (`Plaint_Complaints.resources/` on Linux,
///    `Plaint_Complaints.bundle/` on macOS), where `swift build` puts it;
/// 2. `../share/plaint/plaint-model.json` relative to the executable (an installed layout);
/// 3. the source tree this file was compiled from (a checkout run from anywhere).
///
/// A file is used only when its training digest matches that of the embedded training examples
/// (`Classifier.defaultTrainingExamples`) with the default parameters, i.e. it is not stale. When
/// none is usable the model is trained from the embedded examples (about half a second) and
/// `source` says why. Regenerate the file with `Fixtures/train/regenerate.sh --model`.
/// A deployment's own model (`plaint classifier train`, `plaint-model.json` beside the database) is
/// chosen by the gateway before this one.
public enum ShippedModel {
    public static let fileName = "plaint-model.json"
    static let bundleName = "Plaint_Complaints"

    /// The shipped model and where it came from.
    public static let loaded: (model: NaiveBayesModel, source: String) = load()

    /// The places the shipped model file is looked for, in order.
    public static func candidatePaths() -> [String] {
        var paths: [String] = []
        var dirs: [URL] = []
        if let exe = Bundle.main.executableURL?.resolvingSymlinksInPath() { dirs.append(exe.deletingLastPathComponent()) }
        dirs.append(Bundle.main.bundleURL)
        for dir in dirs {
            paths.append(dir.appendingPathComponent("\(bundleName).resources/\(fileName)").path)
            paths.append(dir.appendingPathComponent("\(bundleName).bundle/Contents/Resources/\(fileName)").path)
            paths.append(dir.appendingPathComponent("\(bundleName).bundle/\(fileName)").path)
            paths.append(dir.deletingLastPathComponent().appendingPathComponent("share/plaint/\(fileName)").path)
        }
        paths.append(sourceTreePath)
        var seen = Set<String>()
        return paths.filter { seen.insert($0).inserted }
    }

    /// The file in the source tree (`Sources/Complaints/Resources/plaint-model.json`).
    public static var sourceTreePath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources/\(fileName)").path
    }

    /// The digest a current shipped model records (see `NaiveBayesModel.trainingDigest(of:)`), as
    /// written by `Fixtures/train/regenerate.sh --model` beside the embedded examples: computing it
    /// here would parse all of them at every start (0.2 s). `ShippedModelTests` checks it is current.
    public static var expectedDigest: String { DefaultTrainingDigest.value }

    static func load() -> (model: NaiveBayesModel, source: String) {
        let expected = expectedDigest
        var problems: [String] = []
        for path in candidatePaths() where FileManager.default.fileExists(atPath: path) {
            do {
                let model = try NaiveBayesModel.load(from: path)
                if model.trainingDigest == expected { return (model, path) }
                problems.append("\(path) is stale (trained on other examples or parameters)")
            } catch {
                problems.append(error.description)
            }
        }
        let why = problems.isEmpty ? "no shipped model file found" : problems.joined(separator: "; ")
        return (NaiveBayesModel.train(Classifier.defaultTrainingExamples), "trained at start from the embedded examples (\(why))")
    }
}

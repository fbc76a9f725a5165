import Foundation

/// Multinomial naive Bayes over hashed n-gram presence features (see `FeatureExtractor`), one
/// independent classifier per labelled field: kind, category, severity, and the escalated / major /
/// withdrawal flags. Saved as a versioned JSON file (`"format": "plaint-nb", "version": 1`) holding
/// raw counts, so a loaded model predicts exactly like the one that was saved.
public struct NaiveBayesModel: Sendable {
    public static let format = "plaint-nb"
    public static let version = 1
    /// The fields a model learns, in order.
    public static let fieldNames = ["kind", "category", "severity", "escalated", "major", "withdrawal"]

    /// Counts for one field.
    struct FieldCounts: Sendable, Codable, Equatable {
        var name: String
        var classes: [String]
        /// Training examples per class.
        var docCounts: [Int]
        /// vocabulary.count × classes.count, row-major.
        var counts: [Int32]
    }

    /// Sorted feature buckets seen in training.
    private(set) var vocabulary: [UInt32]
    private(set) var fields: [FieldCounts]
    /// Additive (Laplace/Lidstone) smoothing.
    public let alpha: Double
    /// Posterior temperature per √(matched features): NB is overconfident; this softens it so rule
    /// evidence can still outweigh a weak model guess.
    public let temperature: Double
    /// The posterior is divided by `temperature × matched^temperaturePower` (at least 1).
    public let temperaturePower: Double
    public var exampleCount: Int { fields.first.map { $0.docCounts.reduce(0, +) } ?? 0 }

    // Derived tables.
    private var rowOf: [Int32]
    private var logPrior: [[Double]]
    private var logLik: [[Double]]

    init(vocabulary: [UInt32], fields: [FieldCounts], alpha: Double, temperature: Double, temperaturePower: Double) {
        self.temperaturePower = temperaturePower
        self.vocabulary = vocabulary
        self.fields = fields
        self.alpha = alpha
        self.temperature = temperature
        var rowOf = [Int32](repeating: -1, count: FeatureExtractor.bucketCount)
        for (r, b) in vocabulary.enumerated() { rowOf[Int(b)] = Int32(r) }
        self.rowOf = rowOf
        let v = Double(vocabulary.count)
        // Category priors are uniform: how many examples of each category were written says little
        // about the mail to come, and a skewed prior drags short messages to the biggest class.
        logPrior = fields.map { f in
            if f.name == "category" { return [Double](repeating: -log(Double(f.classes.count)), count: f.classes.count) }
            let total = Double(f.docCounts.reduce(0, +))
            return f.docCounts.map { log((Double($0) + 1) / (total + Double(f.classes.count))) }
        }
        logLik = fields.map { f in
            let k = f.classes.count
            var totals = [Double](repeating: 0, count: k)
            for (i, c) in f.counts.enumerated() { totals[i % k] += Double(c) }
            var ll = [Double](repeating: 0, count: f.counts.count)
            for (i, c) in f.counts.enumerated() { ll[i] = log((Double(c) + alpha) / (totals[i % k] + alpha * v)) }
            return ll
        }
    }

    /// Trains a model from labelled examples (fixtures and staff corrections alike).
    public static func train(_ examples: [LabeledExample], alpha: Double = 1.0, temperature: Double = 1.0,
                             temperaturePower: Double = 0.5) -> NaiveBayesModel {
        let categories = Category.defaults.map(\.rawValue)
            + Set(examples.map(\.category.rawValue)).subtracting(Category.defaults.map(\.rawValue)).sorted()
        let classes: [[String]] = [
            Kind.allCases.map(\.rawValue), categories, ["1", "2", "3"], ["false", "true"], ["false", "true"], ["false", "true"],
        ]
        func label(_ e: LabeledExample, _ f: Int) -> Int {
            switch f {
            case 0: Kind.allCases.firstIndex(of: e.kind)!
            case 1: categories.firstIndex(of: e.category.rawValue)!
            case 2: max(0, min(2, e.severity - 1))
            case 3: e.flags.contains(.escalated) ? 1 : 0
            case 4: e.flags.contains(.major) ? 1 : 0
            default: e.flags.contains(.withdrawal) ? 1 : 0
            }
        }
        var docs: [[UInt32]] = []
        var seen = Set<UInt32>()
        var buffer: [UInt32] = []
        for e in examples {
            FeatureExtractor.features(TextNormalizer.normalize(e.subject + "\n" + e.body), channel: e.channel, into: &buffer)
            docs.append(buffer)
            seen.formUnion(buffer)
        }
        let vocabulary = seen.sorted()
        var row: [UInt32: Int] = [:]
        for (r, b) in vocabulary.enumerated() { row[b] = r }
        var fields: [FieldCounts] = []
        for (f, name) in fieldNames.enumerated() {
            let k = classes[f].count
            var counts = [Int32](repeating: 0, count: vocabulary.count * k)
            var docCounts = [Int](repeating: 0, count: k)
            for (d, e) in examples.enumerated() {
                let c = label(e, f)
                docCounts[c] += 1
                for b in docs[d] { counts[row[b]! * k + c] += 1 }
            }
            fields.append(FieldCounts(name: name, classes: classes[f], docCounts: docCounts, counts: counts))
        }
        return NaiveBayesModel(vocabulary: vocabulary, fields: fields, alpha: alpha, temperature: temperature,
                               temperaturePower: temperaturePower)
    }

    /// The model's answer for one field.
    public struct Prediction: Sendable, Equatable {
        public var field: String
        public var classes: [String]
        /// Tempered posterior per class (sums to 1).
        public var probabilities: [Double]
        /// Feature buckets that pushed hardest toward the best class (for explanations).
        var topFeatures: [UInt32]

        public var bestIndex: Int { probabilities.indices.max { probabilities[$0] < probabilities[$1] } ?? 0 }
        public var best: String { classes[bestIndex] }
        public var bestProbability: Double { probabilities[bestIndex] }
        public func probability(of label: String) -> Double {
            classes.firstIndex(of: label).map { probabilities[$0] } ?? 0
        }
    }

    /// Predicts every field from de-duplicated feature buckets.
    func predict(features: [UInt32], explain: Bool = false) -> [Prediction] {
        var rows: [Int32] = []
        rows.reserveCapacity(features.count)
        for b in features {
            let r = rowOf[Int(b)]
            if r >= 0 { rows.append(r) }
        }
        let t = max(1, temperature * pow(Double(rows.count), temperaturePower))
        var out: [Prediction] = []
        out.reserveCapacity(fields.count)
        for f in fields.indices {
            let k = fields[f].classes.count
            var s = logPrior[f]
            logLik[f].withUnsafeBufferPointer { ll in
                for r in rows {
                    let base = Int(r) * k
                    for c in 0..<k { s[c] += ll[base + c] }
                }
            }
            var m = -Double.infinity
            for c in 0..<k { m = Swift.max(m, s[c]) }
            var z = 0.0
            for c in 0..<k { s[c] = exp((s[c] - m) / t); z += s[c] }
            for c in 0..<k { s[c] /= z }
            var top: [UInt32] = []
            if explain {
                let best = s.indices.max { s[$0] < s[$1] }!
                // The three features whose likelihood most favours the best class over the runner-up.
                var chosen: [(Double, Int32)] = []
                logLik[f].withUnsafeBufferPointer { ll in
                    for r in rows {
                        let base = Int(r) * k
                        var other = -Double.infinity
                        for c in 0..<k where c != best { other = Swift.max(other, ll[base + c]) }
                        let margin = ll[base + best] - other
                        guard margin > 0.5, chosen.count < 3 || margin > chosen[chosen.count - 1].0 else { continue }
                        if chosen.count == 3 { chosen.removeLast() }
                        let at = chosen.firstIndex { $0.0 < margin } ?? chosen.count
                        chosen.insert((margin, r), at: at)
                    }
                }
                top = chosen.map { vocabulary[Int($0.1)] }
            }
            out.append(Prediction(field: fields[f].name, classes: fields[f].classes, probabilities: s, topFeatures: top))
        }
        return out
    }

    /// Predicts every field for a message (convenience for tools and tests).
    public func predict(subject: String, body: String, channel: Channel? = nil) -> [Prediction] {
        var buffer: [UInt32] = []
        FeatureExtractor.features(TextNormalizer.normalize(subject + "\n" + body), channel: channel, into: &buffer)
        return predict(features: buffer)
    }

    // MARK: - Files

    private struct File: Codable {
        var format: String
        var version: Int
        var buckets: Int
        var alpha: Double
        var temperature: Double
        var temperaturePower: Double
        var vocabulary: [UInt32]
        var fields: [FieldCounts]
    }

    /// The model as JSON (format `plaint-nb`, version 1).
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(File(format: Self.format, version: Self.version, buckets: FeatureExtractor.bucketCount,
                                       alpha: alpha, temperature: temperature, temperaturePower: temperaturePower,
                                       vocabulary: vocabulary, fields: fields))
    }

    /// Writes the model file.
    public func save(to path: String) throws {
        try jsonData().write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// Reads a model file written by `save(to:)`.
    /// - Throws: `ModelFileError` when the file is unreadable, of another format or version, or inconsistent.
    public static func load(from path: String) throws(ModelFileError) -> NaiveBayesModel {
        guard let data = FileManager.default.contents(atPath: path) else { throw ModelFileError(path: path, message: "cannot read file") }
        return try load(data: data, path: path)
    }

    public static func load(data: Data, path: String? = nil) throws(ModelFileError) -> NaiveBayesModel {
        let file: File
        do { file = try JSONDecoder().decode(File.self, from: data) } catch {
            throw ModelFileError(path: path, message: "not a plaint-nb model file: \(error)")
        }
        guard file.format == format else { throw ModelFileError(path: path, message: "format is \"\(file.format)\", expected \"\(format)\"") }
        guard file.version == version else { throw ModelFileError(path: path, message: "version \(file.version) is not supported (expected \(version))") }
        guard file.buckets == FeatureExtractor.bucketCount else { throw ModelFileError(path: path, message: "built for \(file.buckets) feature buckets, this build uses \(FeatureExtractor.bucketCount)") }
        guard file.vocabulary.allSatisfy({ Int($0) < FeatureExtractor.bucketCount }) else { throw ModelFileError(path: path, message: "feature bucket out of range") }
        for f in file.fields where f.classes.isEmpty || f.docCounts.count != f.classes.count || f.counts.count != f.classes.count * file.vocabulary.count {
            throw ModelFileError(path: path, message: "field \"\(f.name)\": table sizes do not match")
        }
        return NaiveBayesModel(vocabulary: file.vocabulary, fields: file.fields, alpha: file.alpha, temperature: file.temperature,
                               temperaturePower: file.temperaturePower)
    }
}

/// A model file that cannot be used.
public struct ModelFileError: Error, CustomStringConvertible {
    public var path: String?
    public var message: String
    public var description: String { "\(path.map { "\($0): " } ?? "")\(message)" }
}

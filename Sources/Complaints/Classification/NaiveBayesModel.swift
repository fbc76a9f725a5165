import Foundation

/// Multinomial naive Bayes over hashed n-gram presence features (see `FeatureExtractor`), one
/// independent classifier per labelled field: kind, category, severity, and the escalated / major /
/// withdrawal flags; blended with a multinomial logistic regression over the same features (trained
/// here, deterministically, by AdaGrad with L2), which generalises better on wording it has not seen:
/// the field's score is `linearShare` × LR logits + (1 − `linearShare`) × tempered NB log-posterior.
/// Naive Bayes still names the features behind each decision. Saved as a versioned JSON file
/// (`"format": "plaint-nb"`, version 2: raw counts plus the LR weights; version 1 files, counts only,
/// still load), so a loaded model predicts exactly like the one that was saved.
public struct NaiveBayesModel: Sendable {
    public static let format = "plaint-nb"
    /// Version 2 adds the logistic-regression layer; version 1 files (counts only) still load.
    public static let version = 2
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

    /// Weights of the discriminative layer for one field: multinomial logistic regression over the
    /// same features, `weights` row-major like `counts`, scaled per message by 1/√(matched features).
    struct LinearField: Sendable, Equatable {
        var bias: [Float]
        var weights: [Float]
    }

    /// Sorted feature buckets seen in training.
    private(set) var vocabulary: [UInt32]
    private(set) var fields: [FieldCounts]
    /// One per field (same order as `fields`), or empty for a counts-only (version 1) model.
    private(set) var linear: [LinearField]
    /// How much the logistic-regression layer counts against naive Bayes: the field's log-posterior is
    /// `linearShare × LR logits + (1 − linearShare) × tempered NB log-posterior`.
    public let linearShare: Double
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

    init(vocabulary: [UInt32], fields: [FieldCounts], alpha: Double, temperature: Double, temperaturePower: Double,
         linear: [LinearField] = [], linearShare: Double = 0) {
        self.linear = linear
        self.linearShare = linear.isEmpty ? 0 : linearShare
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
    public static func train(_ examples: [LabeledExample], alpha: Double = defaultAlpha, temperature: Double = 1.0,
                             temperaturePower: Double = 0.5) -> NaiveBayesModel {
        train(examples, alpha: alpha, temperature: temperature, temperaturePower: temperaturePower, linearShare: defaultLinearShare)
    }

    public static let defaultAlpha = 0.3
    /// Fields whose logistic regression weighs each class equally: how many examples of each kind or
    /// category were written says little about the mail to come (and the many complaints would
    /// otherwise swallow short inquiries and suggestions).
    static let balancedFields: Set<String> = ["category", "kind"]
    public static let defaultLinearShare = 0.8

    /// Trains naive Bayes counts and, when `linearShare` > 0, the logistic-regression layer.
    public static func train(_ examples: [LabeledExample], alpha: Double, temperature: Double, temperaturePower: Double,
                             linearShare: Double, epochs: Int = 30, l2: Double = 3e-4) -> NaiveBayesModel {
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
            FeatureExtractor.features(TextNormalizer.normalize(e.subject + "\n" + e.body), subject: TextNormalizer.normalize(e.subject),
                                      channel: e.channel, into: &buffer)
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
        var linear: [LinearField] = []
        if linearShare > 0 && !examples.isEmpty {
            let rows = docs.map { $0.map { Int32(row[$0]!) } }
            // Staff corrections are authoritative: they count three times.
            let weight = examples.map { $0.source == "correction" ? 3.0 : 1.0 }
            for (f, name) in fieldNames.enumerated() {
                let labels = examples.map { label($0, f) }
                linear.append(trainLinear(rows: rows, labels: labels, sampleWeight: weight, classCount: classes[f].count,
                                          vocabularyCount: vocabulary.count, balanced: Self.balancedFields.contains(name), epochs: epochs, l2: l2))
            }
        }
        return NaiveBayesModel(vocabulary: vocabulary, fields: fields, alpha: alpha, temperature: temperature,
                               temperaturePower: temperaturePower, linear: linear, linearShare: linearShare)
    }

    /// Multinomial logistic regression by AdaGrad over presence features scaled to unit length.
    /// Deterministic (fixed shuffle), so the same examples always give the same model.
    static func trainLinear(rows: [[Int32]], labels: [Int], sampleWeight: [Double], classCount k: Int, vocabularyCount v: Int,
                            balanced: Bool, epochs: Int, l2: Double) -> LinearField {
        var w = [Double](repeating: 0, count: v * k)
        var g2 = [Double](repeating: 1e-8, count: v * k)
        var b = [Double](repeating: 0, count: k)
        var gb = [Double](repeating: 1e-8, count: k)
        var classWeight = [Double](repeating: 1, count: k)
        if balanced {
            var n = [Double](repeating: 0, count: k)
            for y in labels { n[y] += 1 }
            let present = Double(n.filter { $0 > 0 }.count)
            for c in 0..<k where n[c] > 0 { classWeight[c] = Double(labels.count) / (present * n[c]) }
        }
        let eta = 0.5
        var order = Array(rows.indices)
        var seed: UInt64 = 0x9E3779B97F4A7C15
        var s = [Double](repeating: 0, count: k)
        for _ in 0..<epochs {
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                order.swapAt(i, Int((seed >> 33) % UInt64(i + 1)))
            }
            for d in order {
                let x = rows[d]
                let scale = x.isEmpty ? 0 : 1 / Double(x.count).squareRoot()
                for c in 0..<k { s[c] = b[c] }
                for r in x { let base = Int(r) * k; for c in 0..<k { s[c] += w[base + c] * scale } }
                var m = -Double.infinity
                for c in 0..<k { m = Swift.max(m, s[c]) }
                var z = 0.0
                for c in 0..<k { s[c] = exp(s[c] - m); z += s[c] }
                let y = labels[d]
                let sw = sampleWeight[d] * classWeight[y]
                for c in 0..<k {
                    let g = (s[c] / z - (c == y ? 1 : 0)) * sw
                    gb[c] += g * g
                    b[c] -= eta * g / gb[c].squareRoot()
                    for r in x {
                        let j = Int(r) * k + c
                        let gj = g * scale + l2 * w[j]
                        g2[j] += gj * gj
                        w[j] -= eta * gj / g2[j].squareRoot()
                    }
                }
            }
        }
        return LinearField(bias: b.map { Float($0) }, weights: w.map { Float($0) })
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
            for c in 0..<k { s[c] = (s[c] - m) / t }
            if linearShare > 0 {
                // Blend with the logistic-regression logits (both are log-scores up to a constant).
                let lin = linear[f]
                var l = lin.bias.map(Double.init)
                let scale = rows.isEmpty ? 0 : 1 / Double(rows.count).squareRoot()
                lin.weights.withUnsafeBufferPointer { w in
                    for r in rows {
                        let base = Int(r) * k
                        for c in 0..<k { l[c] += Double(w[base + c]) * scale }
                    }
                }
                for c in 0..<k { s[c] = linearShare * l[c] + (1 - linearShare) * s[c] }
                m = -Double.infinity
                for c in 0..<k { m = Swift.max(m, s[c]) }
                for c in 0..<k { s[c] -= m }
            }
            var z = 0.0
            for c in 0..<k { s[c] = exp(s[c]); z += s[c] }
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
        FeatureExtractor.features(TextNormalizer.normalize(subject + "\n" + body), subject: TextNormalizer.normalize(subject),
                                  channel: channel, into: &buffer)
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
        /// Version 2: the logistic-regression layer, weights as base64 little-endian Float32.
        var linearShare: Double?
        var linear: [LinearFile]?
    }

    private struct LinearFile: Codable {
        var bias: [Float]
        var weights: String
    }

    private static func encode(_ x: [Float]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(x.count * 4)
        for v in x { withUnsafeBytes(of: v.bitPattern.littleEndian) { bytes.append(contentsOf: $0) } }
        return Data(bytes).base64EncodedString()
    }

    private static func decode(_ s: String) -> [Float]? {
        guard let data = Data(base64Encoded: s), data.count % 4 == 0 else { return nil }
        let bytes = [UInt8](data)
        var out = [Float](repeating: 0, count: bytes.count / 4)
        for i in out.indices {
            let u = UInt32(bytes[4 * i]) | UInt32(bytes[4 * i + 1]) << 8 | UInt32(bytes[4 * i + 2]) << 16 | UInt32(bytes[4 * i + 3]) << 24
            out[i] = Float(bitPattern: u)
        }
        return out
    }

    /// The model as JSON (format `plaint-nb`, version 2).
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(File(format: Self.format, version: linear.isEmpty ? 1 : Self.version, buckets: FeatureExtractor.bucketCount,
                                       alpha: alpha, temperature: temperature, temperaturePower: temperaturePower,
                                       vocabulary: vocabulary, fields: fields,
                                       linearShare: linear.isEmpty ? nil : linearShare,
                                       linear: linear.isEmpty ? nil : linear.map { LinearFile(bias: $0.bias, weights: Self.encode($0.weights)) }))
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
        guard file.version == 1 || file.version == version else { throw ModelFileError(path: path, message: "version \(file.version) is not supported (expected 1 or \(version))") }
        guard file.buckets == FeatureExtractor.bucketCount else { throw ModelFileError(path: path, message: "built for \(file.buckets) feature buckets, this build uses \(FeatureExtractor.bucketCount)") }
        guard file.vocabulary.allSatisfy({ Int($0) < FeatureExtractor.bucketCount }) else { throw ModelFileError(path: path, message: "feature bucket out of range") }
        for f in file.fields where f.classes.isEmpty || f.docCounts.count != f.classes.count || f.counts.count != f.classes.count * file.vocabulary.count {
            throw ModelFileError(path: path, message: "field \"\(f.name)\": table sizes do not match")
        }
        var linear: [LinearField] = []
        if file.version >= 2 {
            guard let lf = file.linear, let share = file.linearShare, lf.count == file.fields.count, share.isFinite else {
                throw ModelFileError(path: path, message: "version 2 model without its logistic-regression layer")
            }
            for (f, l) in zip(file.fields, lf) {
                guard let w = decode(l.weights), l.bias.count == f.classes.count, w.count == f.classes.count * file.vocabulary.count else {
                    throw ModelFileError(path: path, message: "field \"\(f.name)\": logistic-regression table sizes do not match")
                }
                linear.append(LinearField(bias: l.bias, weights: w))
            }
        }
        return NaiveBayesModel(vocabulary: file.vocabulary, fields: file.fields, alpha: file.alpha, temperature: file.temperature,
                               temperaturePower: file.temperaturePower, linear: linear, linearShare: file.linearShare ?? 0)
    }
}

/// A model file that cannot be used.
public struct ModelFileError: Error, CustomStringConvertible {
    public var path: String?
    public var message: String
    public var description: String { "\(path.map { "\($0): " } ?? "")\(message)" }
}

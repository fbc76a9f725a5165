import Foundation

/// Multinomial naive Bayes over hashed n-gram presence features (see `FeatureExtractor`), one
/// independent classifier per labelled field: kind, category, severity, and the escalated / major /
/// withdrawal flags; blended with a multinomial logistic regression over the same features (trained
/// here, deterministically, by AdaGrad with L2), which generalises better on wording it has not seen:
/// the field's score is `linearShare` × LR logits + (1 − `linearShare`) × tempered NB log-posterior.
/// Naive Bayes still names the features behind each decision. Training is in
/// `NaiveBayesModel+Training.swift`; the versioned file format (`plaint-nb`) in `NaiveBayesModel+File.swift`.
///
/// Prediction reads one interleaved table with one contiguous row per feature seen in training: the
/// NB log-likelihoods of every class of every field, then the LR weights of the same classes. With
/// the shipped parameters (temperature ≥ 1, `temperaturePower` 0.5) both layers are divided by the
/// same √(matched features), so the row holds their blend directly, `linearShare` × LR + (1 −
/// `linearShare`) / `temperature` × NB, and a message costs half the memory traffic.
public struct NaiveBayesModel: Sendable {
    /// The fields a model learns, in order.
    public static let fieldNames = ["kind", "category", "severity", "escalated", "major", "withdrawal"]
    /// The fields whose decisions are explained by naming features (kind, category, severity).
    static let explainedFields = 3

    /// Counts for one field.
    struct FieldCounts: Sendable, Equatable {
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
    let vocabulary: [UInt32]
    let fields: [FieldCounts]
    /// One per field (same order as `fields`), or empty for a naive-Bayes-only model.
    let linear: [LinearField]
    /// How much the logistic-regression layer counts against naive Bayes.
    public let linearShare: Double
    /// Additive (Laplace/Lidstone) smoothing.
    public let alpha: Double
    /// Posterior temperature per √(matched features): NB is overconfident; this softens it so rule
    /// evidence can still outweigh a weak model guess.
    public let temperature: Double
    /// The posterior is divided by `temperature × matched^temperaturePower` (at least 1).
    public let temperaturePower: Double
    /// What the model was trained on (see `TrainingDigest`), recorded in its file.
    public let trainingDigest: String
    /// Loaded from a file: the counts and weights behind the table were dropped, so it cannot be saved again.
    public let isPredictionOnly: Bool
    public var exampleCount: Int { fields.first.map { $0.docCounts.reduce(0, +) } ?? 0 }

    // Derived tables.
    private let rowOf: [Int32]
    private let logPrior: [[Double]]
    /// Offset of each field's first class in a table row's NB (and LR) block.
    private let offsets: [Int]
    /// Classes over all fields: a table row holds `2 × totalClasses` floats.
    private let totalClasses: Int
    private let table: [Float]
    private let bias: [[Double]]
    /// The table holds the blend of both layers (see above), `totalClasses` floats a row.
    private let fused: Bool
    private var stride: Int { fused ? totalClasses : 2 * totalClasses }

    /// - Parameter forPredictionOnly: keep only the prediction table, not the counts and weights it is
    ///   built from (a loaded model: they are two thirds of its memory and only `jsonData()` needs them).
    init(vocabulary: [UInt32], fields: [FieldCounts], alpha: Double, temperature: Double, temperaturePower: Double,
         linear: [LinearField] = [], linearShare: Double = 0, trainingDigest: String = "", forPredictionOnly: Bool = false) {
        self.isPredictionOnly = forPredictionOnly
        self.linear = forPredictionOnly ? linear.map { LinearField(bias: $0.bias, weights: []) } : linear
        self.linearShare = linear.isEmpty ? 0 : linearShare
        self.temperaturePower = temperaturePower
        self.vocabulary = vocabulary
        self.fields = forPredictionOnly ? fields.map { FieldCounts(name: $0.name, classes: $0.classes, docCounts: $0.docCounts, counts: []) } : fields
        self.alpha = alpha
        self.temperature = temperature
        self.trainingDigest = trainingDigest
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
        var offsets: [Int] = []
        var total = 0
        for f in fields { offsets.append(total); total += f.classes.count }
        self.offsets = offsets
        self.totalClasses = total
        let fused = !linear.isEmpty && temperaturePower == 0.5 && temperature >= 1
        self.fused = fused
        let stride = fused ? total : 2 * total
        var table = [Float](repeating: 0, count: vocabulary.count * stride)
        let share = self.linearShare
        for (fi, f) in fields.enumerated() {
            let k = f.classes.count
            var totals = [Double](repeating: 0, count: k)
            for (i, c) in f.counts.enumerated() { totals[i % k] += Double(c) }
            for r in 0..<vocabulary.count {
                for c in 0..<k {
                    let nb = log((Double(f.counts[r * k + c]) + alpha) / (totals[c] + alpha * v))
                    if fused {
                        table[r * stride + offsets[fi] + c] = Float(share * Double(linear[fi].weights[r * k + c]) + (1 - share) / temperature * nb)
                    } else {
                        table[r * stride + offsets[fi] + c] = Float(nb)
                        if !linear.isEmpty { table[r * stride + total + offsets[fi] + c] = linear[fi].weights[r * k + c] }
                    }
                }
            }
        }
        self.table = table
        self.bias = linear.map { $0.bias.map(Double.init) }
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

    /// Predicts every field from de-duplicated feature buckets; with `explain`, also names the
    /// features behind the kind, category and severity decisions.
    func predict(features: [UInt32], explain: Bool = false) -> [Prediction] {
        var rows: [Int32] = []
        rows.reserveCapacity(features.count)
        rowOf.withUnsafeBufferPointer { rowOf in
            for b in features {
                let r = rowOf[Int(b)]
                if r >= 0 { rows.append(r) }
            }
        }
        let width = stride
        var acc = [Float](repeating: 0, count: width)
        table.withUnsafeBufferPointer { t in
            acc.withUnsafeMutableBufferPointer { a in
                for r in rows {
                    let base = Int(r) * width
                    for j in 0..<width { a[j] += t[base + j] }
                }
            }
        }
        let t = max(1, temperature * pow(Double(rows.count), temperaturePower))
        let scale = rows.isEmpty ? 0 : 1 / Double(rows.count).squareRoot()
        var out: [Prediction] = []
        out.reserveCapacity(fields.count)
        for f in fields.indices {
            let k = fields[f].classes.count
            let o = offsets[f]
            var s = logPrior[f]
            var m = -Double.infinity
            if fused {
                // share × (bias + LR·scale) + (1 − share) × (prior + NB) / t, with scale = temperature / t.
                for c in 0..<k {
                    s[c] = linearShare * bias[f][c] + (1 - linearShare) * s[c] / t + Double(acc[o + c]) * scale
                    m = Swift.max(m, s[c])
                }
                for c in 0..<k { s[c] -= m }
            } else {
                for c in 0..<k { s[c] += Double(acc[o + c]); m = Swift.max(m, s[c]) }
                for c in 0..<k { s[c] = (s[c] - m) / t }
            }
            if linearShare > 0 && !fused {
                // Blend with the logistic-regression logits (both are log-scores up to a constant).
                m = -Double.infinity
                for c in 0..<k {
                    s[c] = linearShare * (bias[f][c] + Double(acc[totalClasses + o + c]) * scale) + (1 - linearShare) * s[c]
                    m = Swift.max(m, s[c])
                }
                for c in 0..<k { s[c] -= m }
            }
            var z = 0.0
            for c in 0..<k { s[c] = exp(s[c]); z += s[c] }
            for c in 0..<k { s[c] /= z }
            let top = explain && f < Self.explainedFields ? topFeatures(rows: rows, field: f, best: s.indices.max { s[$0] < s[$1] }!) : []
            out.append(Prediction(field: fields[f].name, classes: fields[f].classes, probabilities: s, topFeatures: top))
        }
        return out
    }

    /// The three features whose weight (the blend of both layers, or the NB likelihood) most favours
    /// `best` over the runner-up class of field `f`.
    private func topFeatures(rows: [Int32], field f: Int, best: Int) -> [UInt32] {
        let k = fields[f].classes.count
        let o = offsets[f]
        let width = stride
        let threshold: Float = fused ? 0.1 : 0.5
        var chosen: [(Float, Int32)] = []
        table.withUnsafeBufferPointer { t in
            for r in rows {
                let base = Int(r) * width + o
                var other = -Float.infinity
                for c in 0..<k where c != best { other = Swift.max(other, t[base + c]) }
                let margin = t[base + best] - other
                guard margin > threshold, chosen.count < 3 || margin > chosen[chosen.count - 1].0 else { continue }
                if chosen.count == 3 { chosen.removeLast() }
                let at = chosen.firstIndex { $0.0 < margin } ?? chosen.count
                chosen.insert((margin, r), at: at)
            }
        }
        return chosen.map { vocabulary[Int($0.1)] }
    }

    /// Predicts every field for a message (convenience for tools and tests).
    public func predict(subject: String, body: String, channel: Channel? = nil) -> [Prediction] {
        var buffer: [UInt32] = []
        FeatureExtractor.features(TextNormalizer.normalizedUTF8(subject + "\n" + body), subject: TextNormalizer.normalizedUTF8(subject),
                                  channel: channel, into: &buffer)
        return predict(features: buffer)
    }
}

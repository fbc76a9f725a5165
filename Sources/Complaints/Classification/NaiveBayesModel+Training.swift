import Foundation

extension NaiveBayesModel {
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

    /// The `trainingDigest` a model trained on `examples` with these parameters (by default those of
    /// `train(_:)`) records: equal digests mean the same training data, parameters and features.
    public static func trainingDigest(of examples: [LabeledExample], alpha: Double = defaultAlpha, temperature: Double = 1.0,
                                      temperaturePower: Double = 0.5, linearShare: Double = defaultLinearShare,
                                      epochs: Int = 30, l2: Double = 1e-4) -> String {
        TrainingDigest.of(examples, parameters: "alpha=\(alpha) t=\(temperature) p=\(temperaturePower) share=\(linearShare) epochs=\(epochs) l2=\(l2)")
    }

    /// Trains naive Bayes counts and, when `linearShare` > 0, the logistic-regression layer.
    public static func train(_ examples: [LabeledExample], alpha: Double, temperature: Double, temperaturePower: Double,
                             linearShare: Double, epochs: Int = 30, l2: Double = 1e-4) -> NaiveBayesModel {
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
            FeatureExtractor.features(TextNormalizer.normalizedUTF8(e.subject + "\n" + e.body), subject: TextNormalizer.normalizedUTF8(e.subject),
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
        let digest = trainingDigest(of: examples, alpha: alpha, temperature: temperature, temperaturePower: temperaturePower,
                                    linearShare: linearShare, epochs: epochs, l2: l2)
        return NaiveBayesModel(vocabulary: vocabulary, fields: fields, alpha: alpha, temperature: temperature,
                               temperaturePower: temperaturePower, linear: linear, linearShare: linearShare, trainingDigest: digest)
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
        // Weights are kept at half precision, exactly as the model file stores them, so a loaded model
        // predicts exactly like the trained one.
        return LinearField(bias: b.map { Float($0) }, weights: w.map { Float(Float16($0)) })
    }
}

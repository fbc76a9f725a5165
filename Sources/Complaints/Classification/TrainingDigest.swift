/// A fingerprint of what a model was trained on: every field of every example, in order, plus the
/// feature extractor's version and the training parameters. A model file records it, so a test can
/// tell that the shipped model is stale (its examples or the training code changed since it was
/// written) and the loader can refuse a stale shipped model.
enum TrainingDigest {
    /// Bumped whenever training changes in a way the parameters do not show.
    static let trainerVersion = 2

    /// `fnv1a64:<16 hex digits>` over the examples and `parameters`.
    static func of(_ examples: [LabeledExample], parameters: String) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        func add(_ s: String) {
            for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
            h = (h ^ 0x1F) &* 0x100000001b3  // field separator
        }
        add("features=\(FeatureExtractor.version) trainer=\(trainerVersion) \(parameters)")
        for e in examples {
            for field in [e.id, e.language.rawValue, e.channel?.rawValue ?? "", e.subject, e.body, e.kind.rawValue,
                          e.category.rawValue, String(e.severity), e.flags.map(\.rawValue).joined(separator: ","), e.source] {
                add(field)
            }
            h = (h ^ 0x1E) &* 0x100000001b3  // record separator
        }
        let hex = String(h, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}

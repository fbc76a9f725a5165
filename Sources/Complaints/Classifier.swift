import Foundation

/// Decides kind, category, severity, priority and flags (SPEC §2–5) from two layers:
///
/// 1. **Rules** (`RuleSet`): weighted phrases in English and Chinese, negation-aware.
/// 2. **Model** (`NaiveBayesModel`): naive Bayes blended with logistic regression over word unigrams,
///    bigrams and 5-letter stems, Han character unigrams and bigrams, the subject's words again, and the
///    channel; shipped pre-trained (`ShippedModel`).
///
/// How they combine, per field (kind, category, severity): the model's tempered log-posterior plus
/// the field's rule scale (`RuleSet.ruleScale(for:)`; 1, and 0.5 for category in the shipped rules,
/// the value 5-fold cross-validation on the training set preferred) × the summed weights of the rules
/// that fired, turned back into probabilities by a softmax. A rule of weight 3 at scale 1 therefore
/// multiplies a label's odds by e³ ≈ 20: strong rule evidence
/// wins over a hesitant model, a confident model wins over a stray word; common words that also occur
/// in other categories ("bill", "app", "network") are weight-1 hints only. A label whose rule score
/// reaches `strongEvidence` (10 in the shipped rules) and leads the next label by `strongMargin` (1) wins outright, whatever
/// the model says (its confidence is still the combined probability). Without a model the rule
/// scores alone decide, with a small bias toward the configured default label. The field's
/// confidence is the combined probability of the chosen label; the message's confidence is the
/// lowest of the three, and below `triageThreshold` the message is flagged `needs_triage`.
///
/// A message transferred by an outside body or the parent company counts +2 toward kind=complaint.
/// Flags: `escalated` when the channel is an outside body (regulator, consumer association, media,
/// parent company), or its rules reach `flagThreshold`, or the model gives it at least
/// `modelFlagProbability` with no negated escalation phrase; `major` and `withdrawal` likewise
/// (rules or model; a transfer from the media is `major`: the press is involved).
/// Grade: a transfer from a regulator, consumer body or the media, or a major incident found by the
/// rules, raises it to 3 (SPEC §4; a threat to go to an outside body is itself a grade-3 severity
/// rule, while escalation to senior management is graded on the content). Inquiries, suggestions and
/// withdrawn complaints are grade 1.
/// Priority (SPEC §4): high for grade 3, security/privacy, a `priority: high` rule (crash, data
/// loss) and every special class; otherwise medium for complaints, low for inquiries and suggestions.
public struct Classifier: Sendable {
    public let rules: RuleSet
    public let model: NaiveBayesModel?
    public let triageThreshold: Double
    private let matcher: PhraseMatcher

    /// The shipped rules plus the shipped pre-trained model (`ShippedModel`, loaded once per process
    /// on first use); triage below 0.5.
    public init() {
        self.rules = .default
        self.model = ShippedModel.loaded.model
        self.triageThreshold = 0.5
        self.matcher = Self.defaultMatcher
    }

    public init(rules: RuleSet, model: NaiveBayesModel?, triageThreshold: Double = 0.5) {
        self.rules = rules
        self.model = model
        self.triageThreshold = triageThreshold
        self.matcher = rules == .default ? Self.defaultMatcher : PhraseMatcher(rules: rules)
    }

    private static let defaultMatcher = PhraseMatcher(rules: .default)

    /// The shipped model (`ShippedModel`): trained from `DefaultTrainingExamples` (the contents of
    /// Fixtures/train/examples.jsonl) ahead of time, or at first use when the file is missing or stale.
    public static var defaultModel: NaiveBayesModel { ShippedModel.loaded.model }

    /// The shipped training examples.
    public static let defaultTrainingExamples: [LabeledExample] = {
        do { return try LabeledExample.parseJSONL(DefaultTrainingExamples.jsonl) } catch {
            fatalError("embedded training examples are invalid: \(error)")
        }
    }()

    static let escalatingChannels: Set<Channel> = [.regulator, .consumerAssociation, .media, .parentCompany]
    /// Outside bodies whose involvement makes a complaint grade 3 (SPEC §4); a transfer from the parent
    /// company is graded on its content.
    static let outsideBodies: Set<Channel> = [.regulator, .consumerAssociation, .media]

    public func classify(_ input: ClassifierInput) -> Classification {
        // The subject and the description, normalized once; the subject's bytes are the prefix.
        var text = TextNormalizer.normalizedUTF8(input.subject)
        let subjectText = model == nil ? [] : text
        text.append(0x0A)
        TextNormalizer.appendNormalized(input.description, to: &text)
        let findings = matcher.findings(in: text)
        var predictions: [String: NaiveBayesModel.Prediction] = [:]
        if let model {
            var features: [UInt32] = []
            features.reserveCapacity(text.count / 2)
            FeatureExtractor.features(text, subject: subjectText, channel: input.channel, into: &features)
            for p in model.predict(features: features, explain: true) { predictions[p.field] = p }
        }
        var explanation: [String] = []
        let transferred = Self.escalatingChannels.contains(input.channel)
        var names: [UInt32: String] = [:]
        if !predictions.isEmpty {
            let wanted = predictions.values.flatMap(\.topFeatures)
            names = FeatureExtractor.names(of: wanted, in: text, subject: subjectText, channel: input.channel)
        }

        func decide(_ field: RuleSet.Field, classes: [String]) -> (label: String, confidence: Double) {
            var labels = classes
            var score: [String: Double] = [:]
            var why: [String: [String]] = [:]
            for f in findings where !f.negated {
                let rule = rules.rules[f.rule]
                guard rule.field == field else { continue }
                if !labels.contains(rule.value) { labels.append(rule.value) }
                score[rule.value, default: 0] += rule.weight
                why[rule.value, default: []].append("rule '\(f.phrase)' (\(rule.weight >= 0 ? "+" : "")\(rule.weight))")
            }
            if field == .kind, transferred {
                // A message an outside body transferred to us is a complaint about us (SPEC §5).
                score[Kind.complaint.rawValue, default: 0] += 2
                why[Kind.complaint.rawValue, default: []].append("transferred by \(input.channel.rawValue) (+2)")
            }
            let prediction = predictions[field.rawValue]
            if let prediction { for c in prediction.classes where !labels.contains(c) { labels.append(c) } }
            let fallback = rules.defaults[field.rawValue]
            let ruleScale = rules.ruleScale(for: field)
            var z = labels.map { label -> Double in
                let r = ruleScale * (score[label] ?? 0)
                if let prediction { return log(prediction.probability(of: label) + 1e-6) + r }
                return r + (label == fallback ? 1 : 0)
            }
            let m = z.max() ?? 0
            var total = 0.0
            for i in z.indices { z[i] = exp(z[i] - m); total += z[i] }
            var best = z.indices.max { z[$0] < z[$1] } ?? 0
            // Strong, unambiguous rule evidence wins outright.
            let ranked = score.sorted { $0.value > $1.value }
            if let top = ranked.first, top.value >= rules.strongEvidence,
               top.value - (ranked.dropFirst().first?.value ?? 0) >= rules.strongMargin,
               let i = labels.firstIndex(of: top.key) {
                best = i
            }
            let label = labels.isEmpty ? (fallback ?? "") : labels[best]
            let confidence = labels.isEmpty ? 0 : z[best] / total
            var parts = why[label] ?? []
            if let prediction {
                let feats = prediction.best == label ? prediction.topFeatures.compactMap { names[$0] }.map { "'\($0)'" } : []
                parts.append("model p=" + fixed2(prediction.probability(of: label)) + (feats.isEmpty ? "" : " [features: \(feats.joined(separator: ", "))]"))
            } else if parts.isEmpty {
                parts.append("default")
            }
            explanation.append("\(field.rawValue)=\(label) (confidence \(fixed2(confidence))): " + parts.joined(separator: ", "))
            return (label, confidence)
        }

        let kindDecision = decide(.kind, classes: Kind.allCases.map(\.rawValue))
        let categoryDecision = decide(.category, classes: Category.defaults.map(\.rawValue))
        var severityDecision = decide(.severity, classes: ["1", "2", "3"])
        var severity = Int(severityDecision.label) ?? 2
        let kindValue = Kind(rawValue: kindDecision.label) ?? .complaint
        if kindValue != .complaint && severity > 1 {
            // Inquiries and suggestions are routine: grade 1 (SPEC §4 "low for routine inquiries and suggestions").
            severity = 1
            severityDecision.confidence = max(severityDecision.confidence, kindDecision.confidence)
            explanation.append("severity=1: routine \(kindValue.rawValue)")
        }

        var flags: Set<Flag> = []
        if input.anonymous { flags.insert(.anonymous); explanation.append("anonymous: no usable identity") }
        var threat = false
        for (field, flag) in [(RuleSet.Field.escalated, Flag.escalated), (.major, .major), (.withdrawal, .withdrawal)] {
            var score = 0.0
            var negated = false
            var why: [String] = []
            for f in findings where rules.rules[f.rule].field == field {
                if f.negated { negated = true; continue }
                score += rules.rules[f.rule].weight
                why.append("rule '\(f.phrase)' (+\(rules.rules[f.rule].weight))")
            }
            let p = predictions[field.rawValue]?.probability(of: "true")
            if flag == .escalated, transferred {
                flags.insert(flag)
                explanation.append("escalated: channel=\(input.channel.rawValue)" + (why.isEmpty ? "" : ", " + why.joined(separator: ", ")))
                if Self.outsideBodies.contains(input.channel) { threat = true }
            } else if flag == .major, input.channel == .media {
                flags.insert(flag)
                threat = true
                explanation.append("major: the press is involved (channel=media)")
            } else if score >= rules.flagThreshold {
                flags.insert(flag)
                if flag == .major { threat = true }
                explanation.append("\(flag.rawValue): " + why.joined(separator: ", ") + (p.map { ", model p=" + fixed2($0) } ?? ""))
            } else if let p, p >= rules.modelFlagProbability, !negated, score >= 0 {
                flags.insert(flag)
                explanation.append("\(flag.rawValue): model p=\(fixed2(p))" + (why.isEmpty ? "" : ", " + why.joined(separator: ", ")))
            }
        }
        if flags.contains(.withdrawal) && !threat && severity > 1 {
            // A withdrawn complaint no longer asks anything of us: grade 1.
            severity = 1
            explanation.append("severity=1: the customer withdraws the complaint")
        }
        if threat && severity < 3 {
            severity = 3
            explanation.append("severity=3: escalation to an outside body or major incident (SPEC §4)")
        }

        var priorityScore = 0.0
        var priorityWhy: [String] = []
        for f in findings where !f.negated && rules.rules[f.rule].field == .priority && rules.rules[f.rule].value == Priority.high.rawValue {
            priorityScore += rules.rules[f.rule].weight
            priorityWhy.append("rule '\(f.phrase)'")
        }
        let kind = Kind(rawValue: kindDecision.label) ?? .complaint
        let category = Category(categoryDecision.label)
        let special = flags.intersection([.escalated, .major, .anonymous, .withdrawal])
        let priority: Priority
        if severity >= 3 {
            priority = .high; explanation.append("priority=high: grade 3")
        } else if !special.isEmpty {
            priority = .high; explanation.append("priority=high: special class \(special.sorted().map(\.rawValue).joined(separator: ", "))")
        } else if category == .securityPrivacy {
            priority = .high; explanation.append("priority=high: security/privacy")
        } else if priorityScore >= rules.flagThreshold {
            priority = .high; explanation.append("priority=high: " + priorityWhy.joined(separator: ", "))
        } else if kind == .complaint {
            priority = .medium; explanation.append("priority=medium: complaint, partial impact")
        } else {
            priority = .low; explanation.append("priority=low: routine \(kind.rawValue)")
        }

        let negatedPhrases = findings.filter(\.negated).map { "'\($0.phrase)'" }
        if !negatedPhrases.isEmpty { explanation.append("negated (ignored): " + negatedPhrases.joined(separator: ", ")) }

        let confidence = min(kindDecision.confidence, categoryDecision.confidence, severityDecision.confidence)
        if confidence < triageThreshold {
            flags.insert(.needsTriage)
            explanation.append("needs_triage: confidence \(fixed2(confidence)) < \(fixed2(triageThreshold))")
        }
        return Classification(kind: kind, category: category, severity: severity, priority: priority, flags: flags,
                              confidence: confidence, explanation: explanation)
    }
}

/// `x` with two decimals ("0.91"), without Foundation's slow `String(format:)`.
func fixed2(_ x: Double) -> String {
    guard x.isFinite else { return "\(x)" }
    let v = Int((abs(x) * 100).rounded())
    let frac = v % 100
    return (x < 0 && v > 0 ? "-" : "") + "\(v / 100)." + (frac < 10 ? "0" : "") + "\(frac)"
}

import Foundation

/// The rules layer's configuration: weighted phrases per field value, negation cues, and how rule
/// evidence is combined with the model. Loaded from a JSON file (format `plaint-rules`, version 1)
/// so a deployment changes wording without recompiling; `RuleSet.defaultJSON` is the shipped file.
///
/// ```json
/// {
///   "format": "plaint-rules", "version": 1,
///   "negation": { "window": {"en": 3, "zh": 3},
///                 "cues":   {"en": ["not", "no"], "zh": ["不是", "没有"]},
///                 "pseudo": {"en": ["not received"], "zh": ["没收到"]} },
///   "combine":  { "ruleScale": 1.0, "fieldRuleScale": {"category": 0.35}, "strongEvidence": 3.0, "strongMargin": 1.0, "flagThreshold": 2.0, "modelFlagProbability": 0.85,
///                 "defaults": {"kind": "complaint", "category": "other", "severity": "2"} },
///   "rules": [
///     {"field": "category", "value": "billing", "weight": 3, "phrases": ["charged twice", "重复扣费", "重複扣費"]}
///   ]
/// }
/// ```
/// - `field`: `kind`, `category`, `severity` ("1"…"3"), `priority` ("high"), or a flag
///   (`escalated`, `major`, `withdrawal`, value "true").
/// - Phrases are matched after normalization (lowercase, fullwidth folded, Traditional → Simplified),
///   so one spelling serves both scripts. Latin phrases match whole words; end a phrase with `*` to
///   match a word prefix (`refund*` matches "refunded"). Each phrase counts once per message.
/// - Negation: a phrase does not fire when a cue of its script ends at most `window` words (English)
///   or characters (Chinese) before it in the same clause. A cue inside a `pseudo` phrase ("not received",
///   "没收到") or inside a longer matched rule phrase ("不满意") is not a negation.
public struct RuleSet: Sendable, Equatable {
    /// What a rule votes on.
    public enum Field: String, Sendable, CaseIterable {
        case kind, category, severity, priority, escalated, major, withdrawal
    }

    /// Weighted votes: every distinct phrase found (un-negated) adds `weight` to `field = value`, so
    /// "charged twice … refund" counts twice; a phrase repeated in the text counts once.
    public struct Rule: Sendable, Equatable {
        public var field: Field
        public var value: String
        public var weight: Double
        public var phrases: [String]
        /// Line in the rules file, for explanations and errors.
        public var line: Int

        public init(field: Field, value: String, weight: Double, phrases: [String], line: Int = 0) {
            self.field = field
            self.value = value
            self.weight = weight
            self.phrases = phrases
            self.line = line
        }
    }

    public var rules: [Rule]
    /// Negation cues; Latin ones use `windowWords`, Chinese ones `windowChars`.
    public var negationCues: [String]
    /// Phrases that contain a cue but do not negate what follows.
    public var pseudoNegations: [String]
    public var windowWords: Int
    public var windowChars: Int
    /// Rule weights are added to the model's log-posterior times this factor…
    public var ruleScale: Double
    /// …or times this one for the fields named here (`kind`, `category`, `severity`).
    public var fieldRuleScale: [String: Double] = [:]
    /// A label whose rule score reaches this and leads the next label by `strongMargin` wins outright.
    public var strongEvidence: Double
    public var strongMargin: Double
    /// A flag fires on rules alone when its rule score reaches this.
    public var flagThreshold: Double
    /// A flag fires on the model alone when its probability reaches this.
    public var modelFlagProbability: Double
    /// The answer when neither rules nor model say anything, per field (kind, category, severity).
    public var defaults: [String: String]

    public init(rules: [Rule], negationCues: [String], pseudoNegations: [String], windowWords: Int = 3,
                windowChars: Int = 3, ruleScale: Double = 1.0, strongEvidence: Double = 3.0, strongMargin: Double = 1.0, flagThreshold: Double = 2.0,
                modelFlagProbability: Double = 0.85,
                defaults: [String: String] = ["kind": "complaint", "category": "other", "severity": "2"]) {
        self.rules = rules
        self.negationCues = negationCues
        self.pseudoNegations = pseudoNegations
        self.windowWords = windowWords
        self.windowChars = windowChars
        self.ruleScale = ruleScale
        self.strongEvidence = strongEvidence
        self.strongMargin = strongMargin
        self.flagThreshold = flagThreshold
        self.modelFlagProbability = modelFlagProbability
        self.defaults = defaults
    }

    /// The shipped rules (parsed once from `defaultJSON`).
    public static let `default`: RuleSet = {
        do { return try RuleSet(json: defaultJSON) } catch { fatalError("embedded default rules are invalid: \(error)") }
    }()

    /// The factor of rule weights for `field` (see `ruleScale`, `fieldRuleScale`).
    public func ruleScale(for field: Field) -> Double { fieldRuleScale[field.rawValue] ?? ruleScale }

    /// Reads a rules file.
    /// - Throws: `RuleSetError` naming the file, line and key at fault.
    public static func load(path: String) throws(RuleSetError) -> RuleSet {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw RuleSetError(path: path, line: 0, key: "", message: "cannot read file: \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RuleSetError(path: path, line: 0, key: "", message: "not UTF-8 text")
        }
        do { return try RuleSet(json: text) } catch {
            var e = error
            e.path = path
            throw e
        }
    }

    /// Parses rules from JSON text.
    /// - Throws: `RuleSetError` with the line and key at fault.
    public init(json: String) throws(RuleSetError) {
        let root: JSONValue
        do { root = try JSONParser.parse(json) } catch {
            throw RuleSetError(path: nil, line: error.line, key: "", message: "\(error.message) (column \(error.column))")
        }
        guard case .object = root else { throw RuleSetError(path: nil, line: root.line, key: "", message: "expected an object at the top level") }
        guard case .string("plaint-rules", _)? = root["format"] else {
            throw RuleSetError(path: nil, line: root["format"]?.line ?? root.line, key: "format", message: "must be \"plaint-rules\"")
        }
        guard case .number(1, _)? = root["version"] else {
            throw RuleSetError(path: nil, line: root["version"]?.line ?? root.line, key: "version", message: "unsupported version (expected 1)")
        }
        let neg = root["negation"]
        func strings(_ v: JSONValue?, _ key: String) throws(RuleSetError) -> [String] {
            guard let v else { return [] }
            guard case .array(let items, _) = v else { throw RuleSetError(path: nil, line: v.line, key: key, message: "expected an array of strings, found \(v.typeName)") }
            var out: [String] = []
            for (n, item) in items.enumerated() {
                guard case .string(let s, _) = item, !s.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw RuleSetError(path: nil, line: item.line, key: "\(key)[\(n)]", message: "expected a non-empty string, found \(item.typeName)")
                }
                out.append(s)
            }
            return out
        }
        func number(_ v: JSONValue?, _ key: String, default d: Double) throws(RuleSetError) -> Double {
            guard let v else { return d }
            guard case .number(let x, _) = v, x.isFinite else { throw RuleSetError(path: nil, line: v.line, key: key, message: "expected a number, found \(v.typeName)") }
            return x
        }
        var cues: [String] = []
        var pseudo: [String] = []
        for lang in ["en", "zh"] {
            cues += try strings(neg?["cues"]?[lang], "negation.cues.\(lang)")
            pseudo += try strings(neg?["pseudo"]?[lang], "negation.pseudo.\(lang)")
        }
        let words = try number(neg?["window"]?["en"], "negation.window.en", default: 3)
        let chars = try number(neg?["window"]?["zh"], "negation.window.zh", default: 3)
        let combine = root["combine"]
        var defaults = ["kind": "complaint", "category": "other", "severity": "2"]
        if case .object(let members, _)? = combine?["defaults"] {
            for (k, v) in members {
                guard case .string(let s, _) = v else { throw RuleSetError(path: nil, line: v.line, key: "combine.defaults.\(k)", message: "expected a string") }
                defaults[k] = s
            }
        }
        var fieldScales: [String: Double] = [:]
        if let scales = combine?["fieldRuleScale"] {
            guard case .object(let members, _) = scales else {
                throw RuleSetError(path: nil, line: scales.line, key: "combine.fieldRuleScale", message: "expected an object of field: number")
            }
            for (k, v) in members {
                guard ["kind", "category", "severity"].contains(k) else {
                    throw RuleSetError(path: nil, line: v.line, key: "combine.fieldRuleScale.\(k)", message: "expected kind, category or severity")
                }
                fieldScales[k] = try number(v, "combine.fieldRuleScale.\(k)", default: 1)
            }
        }
        guard case .array(let items, _)? = root["rules"] else {
            throw RuleSetError(path: nil, line: root["rules"]?.line ?? root.line, key: "rules", message: "missing or not an array")
        }
        var rules: [Rule] = []
        for (n, item) in items.enumerated() {
            let key = "rules[\(n)]"
            guard case .object(let members, let line) = item else {
                throw RuleSetError(path: nil, line: item.line, key: key, message: "expected an object, found \(item.typeName)")
            }
            for (k, v) in members where !["field", "value", "weight", "phrases", "note"].contains(k) {
                throw RuleSetError(path: nil, line: v.line, key: "\(key).\(k)", message: "unknown key")
            }
            guard case .string(let f, let fl)? = item["field"] else {
                throw RuleSetError(path: nil, line: item["field"]?.line ?? line, key: "\(key).field", message: "missing or not a string")
            }
            guard let field = Field(rawValue: f) else {
                throw RuleSetError(path: nil, line: fl, key: "\(key).field", message: "unknown field \"\(f)\" (expected one of \(Field.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard case .string(let value, let vl)? = item["value"] else {
                throw RuleSetError(path: nil, line: item["value"]?.line ?? line, key: "\(key).value", message: "missing or not a string")
            }
            if let problem = Self.invalidValue(field, value) {
                throw RuleSetError(path: nil, line: vl, key: "\(key).value", message: problem)
            }
            guard item["weight"] != nil else { throw RuleSetError(path: nil, line: line, key: "\(key).weight", message: "missing") }
            let weight = try number(item["weight"], "\(key).weight", default: 0)
            let phrases = try strings(item["phrases"], "\(key).phrases")
            guard !phrases.isEmpty else { throw RuleSetError(path: nil, line: item["phrases"]?.line ?? line, key: "\(key).phrases", message: "missing or empty") }
            for (p, phrase) in phrases.enumerated() where TextNormalizer.normalize(phrase).utf8.count < 2 {
                throw RuleSetError(path: nil, line: line, key: "\(key).phrases[\(p)]", message: "phrase \"\(phrase)\" is too short")
            }
            rules.append(Rule(field: field, value: value, weight: weight, phrases: phrases, line: line))
        }
        self.init(rules: rules, negationCues: cues, pseudoNegations: pseudo, windowWords: Int(words), windowChars: Int(chars),
                  ruleScale: try number(combine?["ruleScale"], "combine.ruleScale", default: 1.0),
                  strongEvidence: try number(combine?["strongEvidence"], "combine.strongEvidence", default: 3.0),
                  strongMargin: try number(combine?["strongMargin"], "combine.strongMargin", default: 1.0),
                  flagThreshold: try number(combine?["flagThreshold"], "combine.flagThreshold", default: 2.0),
                  modelFlagProbability: try number(combine?["modelFlagProbability"], "combine.modelFlagProbability", default: 0.85),
                  defaults: defaults)
        self.fieldRuleScale = fieldScales
    }

    private static func invalidValue(_ field: Field, _ value: String) -> String? {
        switch field {
        case .kind: Kind(rawValue: value) == nil ? "unknown kind \"\(value)\"" : nil
        case .severity: ["1", "2", "3"].contains(value) ? nil : "severity must be \"1\", \"2\" or \"3\""
        case .priority: Priority(rawValue: value) == nil ? "unknown priority \"\(value)\"" : nil
        case .escalated, .major, .withdrawal: value == "true" ? nil : "a flag rule's value must be \"true\""
        case .category:
            value.isEmpty || value.contains(where: { !($0.isLetter || $0.isNumber || $0 == "_") }) ? "invalid category name \"\(value)\"" : nil
        }
    }
}

/// A rules file that cannot be used, with where and why.
public struct RuleSetError: Error, Equatable, CustomStringConvertible {
    public var path: String?
    /// 1-based line in the file (0 when the file could not be read at all).
    public var line: Int
    /// The key path at fault, e.g. `rules[3].weight` (empty for syntax errors).
    public var key: String
    public var message: String

    public var description: String {
        let place = [path, line > 0 ? "line \(line)" : nil].compactMap { $0 }.joined(separator: ":")
        let at = key.isEmpty ? "" : "\(key): "
        return place.isEmpty ? "\(at)\(message)" : "\(place): \(at)\(message)"
    }
}

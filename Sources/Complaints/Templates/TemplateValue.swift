/// A value a template can show or test: what a ticket looks like to the wording.
///
///     let context: TemplateValue = ["ticket": ["reference": "CMP-2026-000123"], "restored": true]
public enum TemplateValue: Sendable, Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case list([TemplateValue])
    case object([String: TemplateValue])

    /// How `{{#if}}` sees it: false, 0, "" and empty lists are false; everything else is true.
    public var isTruthy: Bool {
        switch self {
        case .string(let s): !s.isEmpty
        case .number(let n): n != 0
        case .bool(let b): b
        case .list(let items): !items.isEmpty
        case .object: true
        }
    }

    /// The text `{{ }}` prints, or nil for a list or object (printing one is an error).
    /// Whole numbers print without a fraction (`3`, not `3.0`).
    public var printed: String? {
        switch self {
        case .string(let s): s
        case .number(let n):
            if n.rounded() == n, abs(n) < 1e15 { String(Int64(n)) } else { String(n) }
        case .bool(let b): b ? "true" : "false"
        case .list, .object: nil
        }
    }

    /// A member of an object, or nil.
    public subscript(key: String) -> TemplateValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    var kindName: String {
        switch self {
        case .string: "a string"
        case .number: "a number"
        case .bool: "a bool"
        case .list: "a list"
        case .object: "an object"
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { $1 }))
    }
}

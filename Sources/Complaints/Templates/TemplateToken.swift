/// A dotted name in a tag: `ticket.reference` is `["ticket", "reference"]`; `this` is the current `{{#each}}` item.
public struct TemplatePath: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var segments: [String]
    public init(_ segments: [String]) { self.segments = segments }
    public var description: String { segments.joined(separator: ".") }
}

/// One piece of template source, as the lexer cuts it.
enum TemplateToken: Equatable, Sendable {
    /// Literal text, copied to the output as it is.
    case text(String)
    /// `{{ path }}`, or `{{{ path }}}` when `raw`.
    case output(TemplatePath, raw: Bool, SourcePosition)
    /// `{{#if path}}`.
    case ifOpen(TemplatePath, SourcePosition)
    /// `{{else}}`.
    case elseTag(SourcePosition)
    /// `{{/if}}`.
    case ifClose(SourcePosition)
    /// `{{#each path}}` or `{{#each path as name}}`.
    case eachOpen(TemplatePath, alias: String?, SourcePosition)
    /// `{{/each}}`.
    case eachClose(SourcePosition)
    /// `{{! … }}`: dropped.
    case comment

    /// Block and comment tags: on a line of their own, the whole line (with its line end) disappears.
    var isStandaloneKind: Bool {
        switch self {
        case .text, .output: false
        default: true
        }
    }
}

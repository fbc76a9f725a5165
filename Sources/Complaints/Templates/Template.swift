/// A parsed template: the small language Plaint writes customer and staff mail in.
///
/// Syntax (see `Templates/README.md`):
/// - `{{ name }}`, `{{ ticket.reference }}`: a value, looked up by dotted name. HTML templates escape it.
/// - `{{#if name}}…{{else}}…{{/if}}`: false, 0, "", an empty list or a missing name take the `else` branch.
/// - `{{#each list}}…{{ this }}…{{/each}}`, or `{{#each list as item}}…{{ item.field }}…{{/each}}`;
///   inside, an item's members are also reachable by their bare name.
/// - `{{! comment }}`: dropped.
/// - `{{{ name }}}`: unescaped; refused in HTML templates (there is no way to emit unescaped HTML).
/// - A block tag or comment alone on its line removes the whole line.
///
/// A name with no value is an error at render time (never an empty string in a customer's mail).
///
///     let t = try Template(file: "x.en.txt", source: "Ref {{ ticket.reference }}", format: .text)
///     try t.render(["ticket": ["reference": "CMP-2026-000123"]]) // "Ref CMP-2026-000123"
public struct Template: Sendable, Equatable {
    public let file: String
    public let format: TemplateFormat
    let nodes: [TemplateNode]

    /// Parses `source`.
    /// - Parameters:
    ///   - file: the name errors are reported under.
    ///   - firstLine, firstColumn: where `source` starts in that file.
    /// - Throws: `TemplateError` at the first bad tag or unbalanced block.
    public init(file: String, source: String, format: TemplateFormat, firstLine: Int = 1, firstColumn: Int = 1) throws(TemplateError) {
        self.file = file
        self.format = format
        let (tokens, end) = try TemplateLexer(file: file, source: source, firstLine: firstLine, firstColumn: firstColumn).tokenize()
        nodes = try TemplateParser(file: file, format: format).parse(tokens, end: end)
    }

    /// Fills the template from `context` (normally an object).
    /// - Throws: `TemplateError` for a missing name, printing a list or object, or `{{#each}}` over a non-list.
    public func render(_ context: TemplateValue) throws(TemplateError) -> String {
        var renderer = TemplateRenderer(file: file, format: format, root: context)
        var out = ""
        try renderer.render(nodes, into: &out)
        return out
    }
}

/// Plain text (copied as is) or HTML (every `{{ }}` escaped, `{{{ }}}` refused).
public enum TemplateFormat: String, Sendable, Equatable {
    case text
    case html
}

/// Fills a parsed template from a context value.
///
/// A name with no value is an error, never an empty string: a customer must not receive
/// "Your reference is ." Only `{{#if name}}` treats a missing name as false, so optional parts
/// (say, the measures for a widespread problem) are written as `{{#if resolution.measures}}…{{/if}}`.
struct TemplateRenderer {
    let file: String
    let format: TemplateFormat
    let root: TemplateValue

    /// Loop variables, innermost last.
    private var scopes: [(alias: String?, item: TemplateValue)] = []

    init(file: String, format: TemplateFormat, root: TemplateValue) {
        self.file = file
        self.format = format
        self.root = root
    }

    mutating func render(_ nodes: [TemplateNode], into out: inout String) throws(TemplateError) {
        for node in nodes {
            switch node {
            case .text(let text):
                out += text
            case .output(let path, let position):
                guard let value = try lookup(path, at: position) else {
                    throw TemplateError(file: file, at: position, "no value for '\(path)'")
                }
                guard let text = value.printed else {
                    throw TemplateError(file: file, at: position, "'\(path)' is \(value.kindName); show its parts with {{#each}} or a dotted name")
                }
                out += format == .html ? Self.escapeHTML(text) : text
            case .conditional(let path, let position, let then, let otherwise):
                let value = try lookup(path, at: position)
                try render(value?.isTruthy == true ? then : otherwise, into: &out)
            case .loop(let path, let alias, let position, let body):
                guard let value = try lookup(path, at: position) else {
                    throw TemplateError(file: file, at: position, "no value for '\(path)'")
                }
                guard case .list(let items) = value else {
                    throw TemplateError(file: file, at: position, "'\(path)' is \(value.kindName), not a list")
                }
                for item in items {
                    scopes.append((alias, item))
                    defer { scopes.removeLast() }
                    try render(body, into: &out)
                }
            }
        }
    }

    /// Resolves a dotted name: `this` is the current item; otherwise the innermost loop alias or item
    /// member of that name, then the root context.
    private func lookup(_ path: TemplatePath, at position: SourcePosition) throws(TemplateError) -> TemplateValue? {
        let first = path.segments[0]
        var base: TemplateValue?
        if first == "this" {
            guard let innermost = scopes.last else {
                throw TemplateError(file: file, at: position, "'this' outside an {{#each}}")
            }
            base = innermost.item
        } else {
            for scope in scopes.reversed() {
                if scope.alias == first { base = scope.item; break }
                if let member = scope.item[first] { base = member; break }
            }
            if base == nil { base = root[first] }
        }
        for segment in path.segments.dropFirst() {
            base = base?[segment]
        }
        return base
    }

    /// `&`, `<`, `>`, `"` and `'` as entities: safe in element content and quoted attributes.
    static func escapeHTML(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}

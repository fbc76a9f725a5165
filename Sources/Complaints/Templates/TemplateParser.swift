/// Turns tokens into a tree, checking that every block is closed by its own kind.
///
/// Errors name the tag at fault and, for a block left open, where it was opened:
/// `unclosed {{#if}} opened at 2:1` (reported at the end of the file).
struct TemplateParser {
    let file: String
    let format: TemplateFormat

    private enum Frame {
        case conditional(TemplatePath, SourcePosition, then: [TemplateNode], elseAt: SourcePosition?)
        case loop(TemplatePath, alias: String?, SourcePosition)
    }

    func parse(_ tokens: [TemplateToken], end: SourcePosition) throws(TemplateError) -> [TemplateNode] {
        // Each open block keeps its frame and the nodes collected so far in its current branch.
        var stack: [(frame: Frame, nodes: [TemplateNode])] = []
        var top: [TemplateNode] = []
        func append(_ node: TemplateNode) {
            if stack.isEmpty { top.append(node) } else { stack[stack.count - 1].nodes.append(node) }
        }
        for token in tokens {
            switch token {
            case .text(let text):
                append(.text(text))
            case .output(let path, let raw, let position):
                if raw, format == .html {
                    throw TemplateError(file: file, at: position,
                                        "{{{ \(path) }}} (unescaped output) is not allowed in an HTML template; use {{ \(path) }}")
                }
                append(.output(path, position))
            case .ifOpen(let path, let position):
                stack.append((.conditional(path, position, then: [], elseAt: nil), []))
            case .eachOpen(let path, let alias, let position):
                stack.append((.loop(path, alias: alias, position), []))
            case .elseTag(let position):
                guard let last = stack.last, case .conditional(let path, let opened, _, let elseAt) = last.frame else {
                    throw TemplateError(file: file, at: position, "{{else}} outside an {{#if}}" + openedNote(stack))
                }
                if let elseAt {
                    throw TemplateError(file: file, at: position, "second {{else}} in the {{#if}} opened at \(opened) (first at \(elseAt))")
                }
                stack[stack.count - 1] = (.conditional(path, opened, then: last.nodes, elseAt: position), [])
            case .ifClose(let position):
                guard let last = stack.popLast() else {
                    throw TemplateError(file: file, at: position, "{{/if}} without an {{#if}}")
                }
                guard case .conditional(let path, let opened, let then, let elseAt) = last.frame else {
                    throw TemplateError(file: file, at: position, "{{/if}} closes the {{#each}} opened at \(Self.opened(last.frame)); close it with {{/each}}")
                }
                append(elseAt == nil
                       ? .conditional(path, opened, then: last.nodes, otherwise: [])
                       : .conditional(path, opened, then: then, otherwise: last.nodes))
            case .eachClose(let position):
                guard let last = stack.popLast() else {
                    throw TemplateError(file: file, at: position, "{{/each}} without an {{#each}}")
                }
                guard case .loop(let path, let alias, let opened) = last.frame else {
                    throw TemplateError(file: file, at: position, "{{/each}} closes the {{#if}} opened at \(Self.opened(last.frame)); close it with {{/if}}")
                }
                append(.loop(path, alias: alias, opened, body: last.nodes))
            case .comment:
                break
            }
        }
        if let last = stack.last {
            let kind = if case .loop = last.frame { "{{#each}}" } else { "{{#if}}" }
            throw TemplateError(file: file, at: end, "unclosed \(kind) opened at \(Self.opened(last.frame))")
        }
        return top
    }

    private static func opened(_ frame: Frame) -> SourcePosition {
        switch frame {
        case .conditional(_, let p, _, _): p
        case .loop(_, _, let p): p
        }
    }

    private func openedNote(_ stack: [(frame: Frame, nodes: [TemplateNode])]) -> String {
        guard let last = stack.last, case .loop(_, _, let p) = last.frame else { return "" }
        return " (the innermost open block is the {{#each}} at \(p))"
    }
}

/// The parsed shape of a template: text, outputs, and nested blocks.
indirect enum TemplateNode: Equatable, Sendable {
    case text(String)
    case output(TemplatePath, SourcePosition)
    case conditional(TemplatePath, SourcePosition, then: [TemplateNode], otherwise: [TemplateNode])
    case loop(TemplatePath, alias: String?, SourcePosition, body: [TemplateNode])
}

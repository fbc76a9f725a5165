import Testing
@testable import Complaints

/// The template language: lexing, parsing and rendering, table-driven.
struct TemplateLanguageTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var id: String
        var source: String
        var format: TemplateFormat = .text
        var expected: String
        var testDescription: String { id }
    }

    static let context: TemplateValue = [
        "name": "Alex",
        "ticket": ["reference": "CMP-2026-000123", "escalated": true, "count": 3, "share": 0.5],
        "empty": "",
        "no": false,
        "items": ["a", "b"],
        "none": [],
        "people": [["name": "Kim", "tags": ["x", "y"]], ["name": "Lee", "tags": []]],
        "html": "<b>Tom & \"Jerry\"</b> 'x'",
    ]

    static let cases: [Case] = [
        Case(id: "plain text", source: "Hello, world", expected: "Hello, world"),
        Case(id: "variable", source: "Hi {{ name }}!", expected: "Hi Alex!"),
        Case(id: "no spaces", source: "Hi {{name}}!", expected: "Hi Alex!"),
        Case(id: "dotted", source: "Ref {{ ticket.reference }}", expected: "Ref CMP-2026-000123"),
        Case(id: "whole number", source: "{{ ticket.count }}", expected: "3"),
        Case(id: "fraction", source: "{{ ticket.share }}", expected: "0.5"),
        Case(id: "if true", source: "{{#if ticket.escalated}}E{{/if}}", expected: "E"),
        Case(id: "if false", source: "{{#if no}}E{{/if}}", expected: ""),
        Case(id: "if else", source: "{{#if no}}A{{else}}B{{/if}}", expected: "B"),
        Case(id: "if empty string", source: "{{#if empty}}A{{else}}B{{/if}}", expected: "B"),
        Case(id: "if empty list", source: "{{#if none}}A{{else}}B{{/if}}", expected: "B"),
        Case(id: "if missing is false", source: "{{#if nothing.here}}A{{else}}B{{/if}}", expected: "B"),
        Case(id: "each this", source: "{{#each items}}[{{ this }}]{{/each}}", expected: "[a][b]"),
        Case(id: "each empty", source: "{{#each none}}[{{ this }}]{{/each}}", expected: ""),
        Case(id: "each alias", source: "{{#each people as p}}{{ p.name }};{{/each}}", expected: "Kim;Lee;"),
        Case(id: "each bare member", source: "{{#each people}}{{ name }};{{/each}}", expected: "Kim;Lee;"),
        Case(id: "each this member", source: "{{#each people}}{{ this.name }};{{/each}}", expected: "Kim;Lee;"),
        Case(id: "each reaches root", source: "{{#each items}}{{ name }}{{/each}}", expected: "AlexAlex"),
        Case(id: "nested each and if", source: "{{#each people as p}}{{ p.name }}:{{#if p.tags}}{{#each p.tags}}{{ this }}{{/each}}{{else}}-{{/if}} {{/each}}",
             expected: "Kim:xy Lee:- "),
        Case(id: "comment", source: "a{{! a note }}b", expected: "ab"),
        Case(id: "standalone block lines vanish", source: "A\n{{#if no}}\nX\n{{else}}\nY\n{{/if}}\nB\n", expected: "A\nY\nB\n"),
        Case(id: "indented standalone", source: "A\n  {{#each items}}\n- {{ this }}\n  {{/each}}\nB", expected: "A\n- a\n- b\nB"),
        Case(id: "standalone comment", source: "A\n{{! note }}\nB", expected: "A\nB"),
        Case(id: "inline block keeps line", source: "A {{#if no}}x{{/if}}\nB", expected: "A \nB"),
        Case(id: "text not escaped", source: "{{ html }}", expected: "<b>Tom & \"Jerry\"</b> 'x'"),
        Case(id: "html escaped", source: "<p>{{ html }}</p>", format: .html, expected: "<p>&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt; &#39;x&#39;</p>"),
        Case(id: "raw in text", source: "{{{ html }}}", expected: "<b>Tom & \"Jerry\"</b> 'x'"),
        Case(id: "lone brace", source: "a { b } c }}", expected: "a { b } c }}"),
        Case(id: "CRLF standalone lines vanish", source: "A\r\n{{#if no}}\r\nX\r\n{{else}}\r\nY {{ name }}\r\n{{/if}}\r\nB\r\n",
             expected: "A\r\nY Alex\r\nB\r\n"),
        Case(id: "CJK", source: "尊敬的{{ name }}：", expected: "尊敬的Alex："),
    ]

    @Test(arguments: cases)
    func renders(_ c: Case) throws {
        let template = try Template(file: "t.en.txt", source: c.source, format: c.format)
        #expect(try template.render(Self.context) == c.expected)
    }

    struct Bad: CustomTestStringConvertible, Sendable {
        var id: String
        var source: String
        var format: TemplateFormat = .text
        var expected: String
        var testDescription: String { id }
    }

    static let bad: [Bad] = [
        Bad(id: "unclosed if", source: "Hi\n{{#if x}}\nabc", expected: "t.en.txt:3:4: unclosed {{#if}} opened at 2:1"),
        Bad(id: "unclosed each", source: "{{#each xs}}a", expected: "t.en.txt:1:14: unclosed {{#each}} opened at 1:1"),
        Bad(id: "unclosed tag", source: "ab\n  {{ name\n", expected: "t.en.txt:2:3: unclosed {{ (a tag must end with }} on the same line)"),
        Bad(id: "mismatched close", source: "{{#if a}}x{{/each}}", expected: "t.en.txt:1:11: {{/each}} closes the {{#if}} opened at 1:1; close it with {{/if}}"),
        Bad(id: "stray close", source: "x {{/if}}", expected: "t.en.txt:1:3: {{/if}} without an {{#if}}"),
        Bad(id: "else outside", source: "{{else}}", expected: "t.en.txt:1:1: {{else}} outside an {{#if}}"),
        Bad(id: "second else", source: "{{#if a}}{{else}}{{else}}{{/if}}", expected: "t.en.txt:1:18: second {{else}} in the {{#if}} opened at 1:1 (first at 1:10)"),
        Bad(id: "unknown block", source: "{{#unless a}}{{/unless}}", expected: "t.en.txt:1:1: unknown block {{#unless}}; the blocks are #if, else, /if, #each, /each"),
        Bad(id: "bad name", source: "{{ ticket..ref }}", expected: "t.en.txt:1:1: bad name 'ticket..ref' (names are letters, digits and _, joined by dots)"),
        Bad(id: "empty tag", source: "{{ }}", expected: "t.en.txt:1:1: empty tag {{ }}"),
        Bad(id: "raw refused in html", source: "<p>\n {{{ body }}}</p>", format: .html,
            expected: "t.en.txt:2:2: {{{ body }}} (unescaped output) is not allowed in an HTML template; use {{ body }}"),
    ]

    @Test(arguments: bad)
    func reportsPosition(_ c: Bad) {
        #expect(throws: TemplateError.self) { try Template(file: "t.en.txt", source: c.source, format: c.format) }
        do {
            _ = try Template(file: "t.en.txt", source: c.source, format: c.format)
        } catch {
            #expect(error.description == c.expected)
        }
    }

    static let renderErrors: [Bad] = [
        Bad(id: "missing variable", source: "Hi\n  {{ nobody }}", expected: "t.en.txt:2:3: no value for 'nobody'"),
        Bad(id: "missing member", source: "{{ ticket.nope }}", expected: "t.en.txt:1:1: no value for 'ticket.nope'"),
        Bad(id: "print a list", source: "{{ items }}", expected: "t.en.txt:1:1: 'items' is a list; show its parts with {{#each}} or a dotted name"),
        Bad(id: "each over string", source: "{{#each name}}x{{/each}}", expected: "t.en.txt:1:1: 'name' is a string, not a list"),
        Bad(id: "each over missing", source: "{{#each nope}}x{{/each}}", expected: "t.en.txt:1:1: no value for 'nope'"),
        Bad(id: "this outside each", source: "{{ this }}", expected: "t.en.txt:1:1: 'this' outside an {{#each}}"),
    ]

    /// A missing name is an error, never an empty string in a customer's mail.
    @Test(arguments: renderErrors)
    func renderErrorsNameThePlace(_ c: Bad) throws {
        let template = try Template(file: "t.en.txt", source: c.source, format: c.format)
        do {
            _ = try template.render(Self.context)
            Issue.record("rendered without error")
        } catch {
            #expect(error.description == c.expected)
        }
    }

    @Test func messageTemplateSplitsSubjectAndBodyWithFilePositions() throws {
        let t = try MessageTemplate(file: "acknowledgement.en.txt", source: "Subject: Re {{ ticket.reference }}\n\nDear {{ name }},\n")
        #expect(t.name == "acknowledgement" && t.language == "en" && t.format == .text)
        let r = try t.render(Self.context)
        #expect(r.subject == "Re CMP-2026-000123")
        #expect(r.body == "Dear Alex,\n")

        let e1 = #expect(throws: TemplateError.self) { try MessageTemplate(file: "a.en.txt", source: "Subject: {{ x\n\nb") }
        #expect(e1?.description == "a.en.txt:1:10: unclosed {{ (a tag must end with }} on the same line)")
        let e2 = #expect(throws: TemplateError.self) { try MessageTemplate(file: "a.en.txt", source: "Subject: x\n\nline\n{{#if a}}") }
        #expect(e2?.description == "a.en.txt:4:10: unclosed {{#if}} opened at 4:1")
        let e3 = #expect(throws: TemplateError.self) { try MessageTemplate(file: "a.en.txt", source: "Dear x") }
        #expect(e3?.description == "a.en.txt:1:1: the first line must be 'Subject: …'")
        let e4 = #expect(throws: TemplateError.self) { try MessageTemplate(file: "a.en.txt", source: "Subject: x\nbody") }
        #expect(e4?.description == "a.en.txt:2:1: a blank line must follow the Subject line, then the body")
        #expect(throws: TemplateError.self) { try MessageTemplate(file: "notes.md", source: "x") }
    }

    /// A value with a line break cannot start a new header line.
    @Test func subjectLineBreaksBecomeSpaces() throws {
        let t = try MessageTemplate(file: "a.en.txt", source: "Subject: Re {{ s }}\n\nb")
        let r = try t.render(["s": "x\r\nBcc: evil@example.org"])
        #expect(r.subject == "Re x Bcc: evil@example.org")
        #expect(r.subject?.contains("\n") == false)
    }

    /// Files saved with CRLF line ends parse the same, with the same positions.
    @Test func crlfFilesParse() throws {
        let t = try MessageTemplate(file: "a.en.txt", source: "Subject: Re {{ name }}\r\n\r\nDear {{ name }},\r\n")
        #expect(try t.render(Self.context) == RenderedMessage(subject: "Re Alex", body: "Dear Alex,\r\n", format: .text))
        let e = #expect(throws: TemplateError.self) { try MessageTemplate(file: "a.en.txt", source: "Subject: x\r\n\r\nok\r\n  {{/if}}\r\n") }
        #expect(e?.description == "a.en.txt:4:3: {{/if}} without an {{#if}}")
    }

    @Test func htmlFileHasNoSubject() throws {
        let t = try MessageTemplate(file: "a.en.html", source: "<p>{{ name }}</p>")
        #expect(try t.render(Self.context) == RenderedMessage(subject: nil, body: "<p>Alex</p>", format: .html))
    }
}

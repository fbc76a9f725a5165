import Testing
@testable import MIME

struct HTMLTextTests {
    @Test(arguments: [
        ("<p>Hello</p><p>World</p>", "Hello\n\nWorld"),
        ("<div>one</div><div>two</div>", "one\ntwo"),
        ("line<br>break<br/>here<br><br><br><br>x", "line\nbreak\nhere\n\nx"),
        ("<h1>Title</h1>text", "Title\n\ntext"),
        ("a   b\n\n\t c", "a b c"),
        ("<ul><li>one</li><li>two</li></ul>", "- one\n- two"),
        ("<ol><li>one<li>two</ol>", "1. one\n2. two"),
        ("<ul><li>a<ul><li>b</li></ul></li></ul>", "- a\n  - b"),
        ("<table><tr><td>Name:</td><td>Li Wei</td></tr><tr><th>Phone</th><td>123</td></tr></table>", "Name: | Li Wei\nPhone | 123"),
        ("<table><tr><td></td><td>only</td></tr></table>", "only"),
        ("&amp; &lt; &gt; &quot; &apos; &mdash; &hellip; &yen; &copy; &euro;", "& < > \" ' — … ¥ © €"),
        ("&#20013;&#x4e2d;&#X4E2D; &#150;", "中中中 –"),
        ("a&nbsp;b &nbsp c", "a b   c"),
        ("AT&T &unknown; & more", "AT&T &unknown; & more"),
        ("<script>alert('x<p>')</script><style>p{}</style>text<!-- hidden -->!", "text!"),
        ("<html><head><title>T</title><style>x</style></head><body>Body</body></html>", "Body"),
        ("<p>Thanks</p><blockquote>old<br>mail</blockquote>", "Thanks\n> old\n> mail"),
        ("<blockquote>a<blockquote>b</blockquote></blockquote>", "> a\n> > b"),
        ("<div>New</div><div class=\"gmail_quote\">On Mon, X wrote:<br>quoted</div><div>after</div>", "New\n> On Mon, X wrote:\n> quoted\nafter"),
        ("<pre>  keep\n    spacing</pre>", "keep\n    spacing".replacingOccurrences(of: "keep", with: "  keep")),
        ("<p class=MsoNormal>Line 1</p><p class=MsoNormal>Line 2</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Line 3</p>", "Line 1\nLine 2\n\nLine 3"),
        ("<a href=\"x>y\">link</a> text", "link text"),
        ("x < y and y > z", "x < y and y > z"),
        ("<b>bo</b>ld <i>it</i>alic", "bold italic"),
        ("unterminated <b", "unterminated"),
        ("<!-- never closed", ""),
        ("", ""),
    ])
    func converts(html: String, expected: String) {
        #expect(HTMLText.convert(html) == expected)
    }

    @Test func htmlOnlyMessage() {
        let m = parse("Content-Type: text/html; charset=utf-8\n\n<html><body><p>您好，</p><p>我要投诉。</p></body></html>")
        #expect(m.text == "您好，\n\n我要投诉。")
        #expect(m.html != nil)
    }

    @Test func largeInputIsLinear() {
        let html = String(repeating: "<div><b>x</b> &amp; <td>y</td></div>", count: 100_000)
        let out = HTMLText.convert(html)
        #expect(out.split(separator: "\n").count == 100_000)
    }
}

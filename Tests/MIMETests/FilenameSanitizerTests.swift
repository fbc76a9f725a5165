import Testing
@testable import MIME

struct FilenameSanitizerTests {
    @Test(arguments: [
        ("report.pdf", "report.pdf"),
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\x\\evil.exe", "evil.exe"),
        ("a\u{0}b\u{7}c\u{1B}.txt", "abc.txt"),
        ("...hidden", "hidden"),
        ("CON", "_CON"),
        ("con.txt", "_con.txt"),
        ("LPT1.doc", "_LPT1.doc"),
        ("COM9", "_COM9"),
        ("CONSOLE.txt", "CONSOLE.txt"),
        ("what?.txt", "what.txt"),
        ("trailing. ", "trailing"),
        ("投诉材料.docx", "投诉材料.docx"),
        ("photo\u{202E}gpj.exe", "photogpj.exe"),
    ])
    func sanitizes(input: String, expected: String) {
        #expect(FilenameSanitizer.sanitize(input, contentType: "application/octet-stream", index: 1) == expected)
    }

    @Test(arguments: [
        (nil, "image/png", 1, "attachment-1.png"),
        ("", "application/pdf", 2, "attachment-2.pdf"),
        ("../", "application/x-unknown", 3, "attachment-3.bin"),
        ("...", "text/plain", 4, "attachment-4.txt"),
    ] as [(String?, String, Int, String)])
    func emptyNamesAreGenerated(input: String?, type: String, index: Int, expected: String) {
        #expect(FilenameSanitizer.sanitize(input, contentType: type, index: index) == expected)
    }

    @Test func longNamesKeepTheExtensionAndFit() {
        let long = String(repeating: "投", count: 150) + ".pdf" // 454 bytes
        let s = FilenameSanitizer.sanitize(long, contentType: "application/pdf", index: 1)
        #expect(s.utf8.count <= 200)
        #expect(s.hasSuffix(".pdf"))
        #expect(s.hasPrefix("投投"))
    }
}

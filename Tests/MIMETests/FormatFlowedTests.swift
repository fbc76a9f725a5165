import Testing
@testable import MIME

struct FormatFlowedTests {
    @Test(arguments: [
        ("a long \nline\nnext", false, "a long line\nnext"),
        ("a long\u{20}\nline", true, "a longline"),
        ("> quoted \n> more\n>> deeper", false, "> quoted more\n>> deeper"),
        ("para \n\nnew", false, "para\n\nnew"),
        ("-- \nsig", false, "-- \nsig"),
        (" From stuffed", false, "From stuffed"),
        ("quote \n> not joined", false, "quote\n> not joined"),
    ])
    func unwraps(input: String, delSp: Bool, expected: String) {
        #expect(FormatFlowed.unwrap(input, delSp: delSp) == expected)
    }

    @Test func appliedToFlowedParts() {
        let m = parse("Content-Type: text/plain; format=flowed\n\nThe router keeps \nrebooting every \nnight.\n")
        #expect(m.text == "The router keeps rebooting every night.")
    }
}

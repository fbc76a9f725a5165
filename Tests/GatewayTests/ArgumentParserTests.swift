import Testing
@testable import Gateway

struct ArgumentParserTests {
    let options: [OptionSpec] = [.value("db", "PATH", ""), .flag("json", ""), .value("status", "S", "")]

    @Test func valuesFlagsAndPositionals() throws {
        let parsed = try ArgumentParser.parse(["a.eml", "--json", "--db", "x.sqlite", "--status=new", "b.eml"],
                                              options: options, command: "plaint t")
        #expect(parsed.positionals == ["a.eml", "b.eml"])
        #expect(parsed.has("json"))
        #expect(parsed.value("db") == "x.sqlite")
        #expect(parsed.value("status") == "new")
    }

    @Test func doubleDashEndsOptions() throws {
        let parsed = try ArgumentParser.parse(["--", "--json"], options: options, command: "plaint t")
        #expect(parsed.positionals == ["--json"])
        #expect(!parsed.has("json"))
    }

    @Test(arguments: [
        (["--jsn"], "unknown option '--jsn' (did you mean --json?)"),
        (["--db"], "option '--db' needs a value PATH"),
        (["--json=1"], "option '--json' takes no value"),
        (["-j"], "unknown option '-j'"),
        (["--db", "a", "--db", "b"], "option '--db' given twice"),
    ])
    func mistakesAreNamed(arguments: [String], message: String) {
        #expect {
            try ArgumentParser.parse(arguments, options: options, command: "plaint t")
        } throws: { error in
            (error as? UsageError)?.message.contains(message) == true
        }
    }
}

struct TextTableTests {
    @Test func alignsWideCharacters() {
        var table = TextTable(headers: ["A", "B"])
        table.append(["投诉", "x"])
        table.append(["ab", "y"])
        let lines = table.rendered.split(separator: "\n").map(String.init)
        // "投诉" is four terminal columns wide, so column B starts at the same place on every line.
        #expect(lines[1] == "投诉  x")
        #expect(lines[2] == "ab    y")
    }

    @Test func cutsLongCells() {
        var table = TextTable(headers: ["S"])
        table.maxCellWidth = 5
        table.append(["abcdefgh"])
        #expect(table.rendered.hasSuffix("abcd…"))
    }
}

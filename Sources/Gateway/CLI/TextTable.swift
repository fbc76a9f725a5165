/// A plain-text table whose columns line up in a terminal, CJK text included (wide characters count as 2).
public struct TextTable {
    public var headers: [String]
    public var rows: [[String]] = []
    /// Cells longer than this are cut with "…".
    public var maxCellWidth = 40

    public init(headers: [String]) { self.headers = headers }

    public mutating func append(_ row: [String]) { rows.append(row) }

    public var rendered: String {
        let cells = ([headers] + rows).map { row in row.map { TextTable.truncate(TextTable.singleLine($0), to: maxCellWidth) } }
        var widths = Array(repeating: 0, count: headers.count)
        for row in cells { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], TextTable.displayWidth(cell)) } }
        return cells.map { row in
            row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - TextTable.displayWidth(cell))
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    static func singleLine(_ s: String) -> String {
        s.split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ")
    }

    /// Terminal columns: East Asian wide and fullwidth characters take two.
    public static func displayWidth(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v == 0 || (v >= 0x300 && v <= 0x36F) || v == 0x200B { return 0 }
        if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v) {
            return 2
        }
        return 1
    }

    static func truncate(_ s: String, to limit: Int) -> String {
        guard displayWidth(s) > limit else { return s }
        var out = ""
        var used = 0
        for ch in s {
            let w = ch.unicodeScalars.reduce(0) { $0 + width(of: $1) }
            if used + w > limit - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }
}

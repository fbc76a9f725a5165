/// Unwraps `text/plain; format=flowed` (RFC 3676 §4): a line ending in a space continues on the
/// next line with the same quote depth; space-stuffing is removed; `delsp=yes` drops the space.
/// The signature separator `-- ` never flows; an empty line always ends a paragraph.
enum FormatFlowed {
    static func unwrap(_ text: String, delSp: Bool) -> String {
        var out: [Substring] = []
        var current = ""
        var currentDepth = -1
        var open = false // the previous line was flowed

        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = raw
            var depth = 0
            while line.first == ">" { depth += 1; line = line.dropFirst() }
            if line.first == " " { line = line.dropFirst() } // space-stuffing (or the space after ">")
            let flowed = line.last == " " && line != "-- "
            if open && depth == currentDepth && !line.isEmpty {
                current += line
            } else {
                if currentDepth >= 0 { out.append(Substring(current)) }
                current = (depth > 0 ? String(repeating: ">", count: depth) + " " : "") + line
                currentDepth = depth
            }
            if flowed, delSp { current.removeLast() }
            open = flowed
        }
        if currentDepth >= 0 { out.append(Substring(current)) }
        // A paragraph's last flowed line keeps no trailing space (the signature separator does).
        return out.map { $0 == "-- " ? $0 : trimTrailingSpaces($0) }.joined(separator: "\n")
    }

    private static func trimTrailingSpaces(_ s: Substring) -> Substring {
        var s = s
        while s.last == " " { s = s.dropLast() }
        return s
    }
}

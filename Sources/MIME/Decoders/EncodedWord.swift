/// RFC 2047 encoded words (`=?charset?B|Q?text?=`) and best-guess decoding of raw 8-bit header text.
///
/// - Adjacent encoded words are joined: whitespace between them is dropped (RFC 2047 §6.2).
/// - Adjacent words in the same charset are decoded together, so a character split across two
///   words survives (common with Chinese mailers).
/// - `gb2312` is read as GB18030 (see `Charset`); an unknown charset falls back like `Charset.decode`.
/// - Malformed words are left as text; encoded words inside tokens and quoted strings are decoded
///   too, as every mainstream reader does.
enum EncodedWord {
    /// Decodes a header value: encoded words, then literal text by best guess (UTF-8, GB18030, windows-1252).
    static func decode(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: decodeToUTF8(bytes, range), as: UTF8.self)
    }

    static func decode(_ s: String) -> String {
        let b = Array(s.utf8)
        return decode(b, 0..<b.count)
    }

    /// A parsed encoded word: where it ends, its charset label and its decoded bytes.
    private struct Word {
        var end: Int
        var charset: String
        var bytes: [UInt8]
    }

    static func decodeToUTF8(_ bytes: [UInt8], _ range: Range<Int>) -> [UInt8] {
        if !containsEncodedWordStart(bytes, range) {
            var out = [UInt8]()
            out.reserveCapacity(range.count)
            appendText(bytes, range, to: &out)
            return out
        }
        var out = [UInt8]()
        out.reserveCapacity(range.count)
        var literalStart = range.lowerBound
        var i = range.lowerBound
        var pending: (charset: String, bytes: [UInt8])? = nil
        var lastWordEnd = -1

        func flushPending() {
            if let p = pending {
                out.append(contentsOf: Charset.decode(p.bytes, charset: p.charset).utf8)
                pending = nil
            }
        }
        func appendLiteral(_ r: Range<Int>) {
            guard !r.isEmpty else { return }
            flushPending()
            appendText(bytes, r, to: &out)
        }

        let end = range.upperBound
        while i + 1 < end {
            if bytes[i] == ASCII.equals, bytes[i + 1] == ASCII.question, let w = parseWord(bytes, i, end) {
                // Whitespace-only gap since the previous word is dropped.
                let gap = literalStart..<i
                let onlyBlank = lastWordEnd == literalStart && bytes[gap].allSatisfy(ASCII.isSpace)
                if !onlyBlank { appendLiteral(gap) }
                let cs = Charset.normalize(w.charset)
                if let p = pending, p.charset == cs {
                    pending!.bytes.append(contentsOf: w.bytes)
                } else {
                    flushPending()
                    pending = (cs, w.bytes)
                }
                i = w.end
                literalStart = i
                lastWordEnd = i
                continue
            }
            i += 1
        }
        appendLiteral(literalStart..<end)
        flushPending()
        // Decoded CR/LF and other controls must not forge header lines (or break display).
        for k in out.indices where out[k] < 0x20 || out[k] == 0x7F { out[k] = ASCII.space }
        return out
    }

    private static func containsEncodedWordStart(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        bytes.withUnsafeBufferPointer { buf in
            var i = range.lowerBound
            while i + 1 < range.upperBound {
                if buf[i] == ASCII.equals && buf[i + 1] == ASCII.question { return true }
                i += 1
            }
            return false
        }
    }

    /// Literal header text: ASCII copied; 8-bit decoded by best guess; tabs and controls become spaces.
    private static func appendText(_ bytes: [UInt8], _ r: Range<Int>, to out: inout [UInt8]) {
        var has8bit = false, hasControl = false
        for k in r {
            let b = bytes[k]
            if b >= 0x80 { has8bit = true; break }
            if b < 0x20 || b == 0x7F { hasControl = true }
        }
        if has8bit {
            out.append(contentsOf: Charset.decodeBestGuess(Array(bytes[r])).utf8)
        } else if hasControl {
            for k in r { out.append(bytes[k] < 0x20 || bytes[k] == 0x7F ? ASCII.space : bytes[k]) }
        } else {
            out.append(contentsOf: bytes[r])
        }
    }

    /// Parses `=?charset?X?text?=` at `start`; nil when malformed. Linear: stops at whitespace.
    private static func parseWord(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Word? {
        var i = start + 2
        let csStart = i
        while i < end, bytes[i] != ASCII.question {
            if ASCII.isSpace(bytes[i]) || i - csStart > 64 { return nil }
            i += 1
        }
        guard i < end, i > csStart, i + 2 < end, bytes[i + 2] == ASCII.question else { return nil }
        let charset = String(decoding: bytes[csStart..<i], as: UTF8.self)
        let enc = ASCII.lower(bytes[i + 1])
        guard enc == UInt8(ascii: "b") || enc == UInt8(ascii: "q") else { return nil }
        let textStart = i + 3
        var j = textStart
        while j + 1 < end {
            let b = bytes[j]
            if b == ASCII.question && bytes[j + 1] == ASCII.equals { break }
            if ASCII.isSpace(b) { return nil }
            j += 1
        }
        guard j + 1 < end, bytes[j] == ASCII.question, bytes[j + 1] == ASCII.equals else { return nil }
        let decoded: [UInt8]
        if enc == UInt8(ascii: "b") {
            var junk = false
            decoded = Base64.decode(bytes, textStart..<j, junk: &junk)
        } else {
            decoded = QuotedPrintable.decodeQ(bytes[textStart..<j])
        }
        return Word(end: j + 2, charset: charset, bytes: decoded)
    }
}

/// Tolerant base64 decoder (RFC 2045 §6.8, RFC 4648 §4).
///
/// Skips whitespace and junk, accepts missing padding and the URL-safe alphabet, and carries on
/// after `=` (some mailers concatenate separately padded blocks). Never fails.
enum Base64 {
    private static let table: [UInt8] = {
        var t = [UInt8](repeating: 0xFF, count: 256)
        for (i, c) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            t[Int(c)] = UInt8(i)
        }
        t[Int(UInt8(ascii: "-"))] = 62
        t[Int(UInt8(ascii: "_"))] = 63
        return t
    }()

    /// Decodes `bytes[range]`; `junk` is set when characters outside the alphabet (other than
    /// whitespace and `=`) were skipped or a stray final character was dropped.
    ///
    /// Four alphabet characters in a row (nearly all of a mail body's 76-character lines) are decoded
    /// together with one test for "all valid"; anything else goes one character at a time.
    static func decode(_ bytes: [UInt8], _ range: Range<Int>, junk: inout Bool) -> [UInt8] {
        var sawJunk = false
        let out = [UInt8](unsafeUninitializedCapacity: range.count / 4 * 3 + 3) { out, count in
            count = bytes.withUnsafeBufferPointer { buf in
                table.withUnsafeBufferPointer { t in
                    decode(UnsafeBufferPointer(rebasing: buf[range]), into: out, table: t, junk: &sawJunk)
                }
            }
        }
        if sawJunk { junk = true }
        return out
    }

    /// The loop of `decode(_:_:junk:)`, on raw buffers so its state stays in registers; returns the
    /// number of bytes written to `out` (at most `source.count / 4 * 3 + 3`).
    private static func decode(_ source: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>,
                               table t: UnsafeBufferPointer<UInt8>, junk: inout Bool) -> Int {
        var o = 0
        var acc: UInt32 = 0
        var n = 0
        var i = 0
        let end = source.count
        while i < end {
            // (Wrapping arithmetic: indices stay below `source.count`, so no overflow check is needed.)
            if n == 0, i &+ 4 <= end {
                let a = t[Int(source[i])], b = t[Int(source[i &+ 1])], c = t[Int(source[i &+ 2])], d = t[Int(source[i &+ 3])]
                if (a | b | c | d) & 0x80 == 0 {
                    let v = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
                    out[o] = UInt8(truncatingIfNeeded: v >> 16)
                    out[o &+ 1] = UInt8(truncatingIfNeeded: v >> 8)
                    out[o &+ 2] = UInt8(truncatingIfNeeded: v)
                    o &+= 3
                    i &+= 4
                    continue
                }
            }
            let ch = source[i]
            i += 1
            let v = t[Int(ch)]
            if v == 0xFF {
                if ch == ASCII.equals {
                    flush(&acc, &n, out, &o, &junk)
                } else if !ASCII.isSpace(ch) {
                    junk = true
                }
                continue
            }
            acc = acc << 6 | UInt32(v)
            n += 1
            if n == 4 {
                out[o] = UInt8(truncatingIfNeeded: acc >> 16)
                out[o + 1] = UInt8(truncatingIfNeeded: acc >> 8)
                out[o + 2] = UInt8(truncatingIfNeeded: acc)
                o += 3
                acc = 0
                n = 0
            }
        }
        flush(&acc, &n, out, &o, &junk)
        return o
    }

    static func decode(_ bytes: [UInt8]) -> [UInt8] {
        var junk = false
        return decode(bytes, 0..<bytes.count, junk: &junk)
    }

    /// The 1–3 characters left before `=` or the end: 2 give one byte, 3 give two, 1 is junk.
    private static func flush(_ acc: inout UInt32, _ n: inout Int, _ out: UnsafeMutableBufferPointer<UInt8>, _ o: inout Int,
                              _ junk: inout Bool) {
        switch n {
        case 2:
            out[o] = UInt8(truncatingIfNeeded: acc >> 4)
            o += 1
        case 3:
            out[o] = UInt8(truncatingIfNeeded: acc >> 10)
            out[o + 1] = UInt8(truncatingIfNeeded: acc >> 2)
            o += 2
        case 1:
            junk = true
        default:
            break
        }
        acc = 0
        n = 0
    }
}

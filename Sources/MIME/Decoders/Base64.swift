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
    static func decode(_ bytes: [UInt8], _ range: Range<Int>, junk: inout Bool) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(range.count / 4 * 3 + 3)
        var acc: UInt32 = 0
        var n = 0
        bytes.withUnsafeBufferPointer { buf in
            table.withUnsafeBufferPointer { t in
                for i in range {
                    let c = buf[i]
                    let v = t[Int(c)]
                    if v == 0xFF {
                        if c == ASCII.equals {
                            flush(&acc, &n, &out, &junk)
                        } else if !ASCII.isSpace(c) {
                            junk = true
                        }
                        continue
                    }
                    acc = acc << 6 | UInt32(v)
                    n += 1
                    if n == 4 {
                        out.append(UInt8(truncatingIfNeeded: acc >> 16))
                        out.append(UInt8(truncatingIfNeeded: acc >> 8))
                        out.append(UInt8(truncatingIfNeeded: acc))
                        acc = 0
                        n = 0
                    }
                }
            }
        }
        flush(&acc, &n, &out, &junk)
        return out
    }

    static func decode(_ bytes: [UInt8]) -> [UInt8] {
        var junk = false
        return decode(bytes, 0..<bytes.count, junk: &junk)
    }

    private static func flush(_ acc: inout UInt32, _ n: inout Int, _ out: inout [UInt8], _ junk: inout Bool) {
        switch n {
        case 2:
            out.append(UInt8(truncatingIfNeeded: acc >> 4))
        case 3:
            out.append(UInt8(truncatingIfNeeded: acc >> 10))
            out.append(UInt8(truncatingIfNeeded: acc >> 2))
        case 1:
            junk = true
        default:
            break
        }
        acc = 0
        n = 0
    }
}

/// Quoted-printable decoder (RFC 2045 §6.7) and the header "Q" variant (RFC 2047 §4.2).
///
/// Lenient like real readers: soft line breaks (`=` at line end, even with trailing blanks),
/// lowercase hex, invalid escapes kept literally, trailing blanks on lines dropped.
enum QuotedPrintable {
    /// Decodes a body; `invalid` is set when an `=` was not followed by hex or a line break.
    static func decode(_ bytes: [UInt8], _ range: Range<Int>, invalid: inout Bool) -> [UInt8] {
        var bad = false
        let out = [UInt8](unsafeUninitializedCapacity: range.count) { out, count in
            bytes.withUnsafeBufferPointer { buf in
                var o = 0
                var i = range.lowerBound
                let end = range.upperBound
                var blankStart = -1 // start of blanks not yet written: dropped if a line break follows
                while i < end {
                    let b = buf[i]
                    if b == ASCII.space || b == ASCII.tab {
                        if blankStart < 0 { blankStart = i }
                        i += 1
                        continue
                    }
                    if b == ASCII.cr || b == ASCII.lf {
                        blankStart = -1
                        out[o] = b; o += 1
                        i += 1
                        continue
                    }
                    if blankStart >= 0 {
                        for k in blankStart..<i { out[o] = buf[k]; o += 1 }
                        blankStart = -1
                    }
                    if b == ASCII.equals {
                        // Soft line break: "=" then optional blanks then (CR)LF or the end.
                        var j = i + 1
                        while j < end, buf[j] == ASCII.space || buf[j] == ASCII.tab { j += 1 }
                        if j == end { i = j; continue }
                        if buf[j] == ASCII.lf { i = j + 1; continue }
                        if buf[j] == ASCII.cr {
                            i = (j + 1 < end && buf[j + 1] == ASCII.lf) ? j + 2 : j + 1
                            continue
                        }
                        if i + 2 < end, let h = ASCII.hexValue(buf[i + 1]), let l = ASCII.hexValue(buf[i + 2]) {
                            out[o] = h << 4 | l; o += 1
                            i += 3
                            continue
                        }
                        bad = true
                    }
                    out[o] = b; o += 1
                    i += 1
                }
                if blankStart >= 0 {
                    for k in blankStart..<end { out[o] = buf[k]; o += 1 }
                }
                count = o
            }
        }
        if bad { invalid = true }
        return out
    }

    static func decode(_ bytes: [UInt8]) -> [UInt8] {
        var invalid = false
        return decode(bytes, 0..<bytes.count, invalid: &invalid)
    }

    /// RFC 2047 "Q" encoding: `_` is a space, `=XX` a byte, anything else literal.
    static func decodeQ(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b == UInt8(ascii: "_") {
                out.append(ASCII.space)
            } else if b == ASCII.equals, i + 2 < bytes.endIndex,
                      let h = ASCII.hexValue(bytes[i + 1]), let l = ASCII.hexValue(bytes[i + 2]) {
                out.append(h << 4 | l)
                i += 3
                continue
            } else {
                out.append(b)
            }
            i += 1
        }
        return out
    }
}

/// MIME parameters: `; name=value` lists of Content-Type and Content-Disposition
/// (RFC 2045 §5.1, RFC 2183 §2, RFC 2231 continuations, charsets and languages).
///
/// Lenient: quoted strings with backslash escapes (unterminated ones run to the end), unquoted
/// values with spaces up to the next `;`, trailing comments dropped, encoded words (RFC 2047) in
/// values decoded (some mailers put them in `filename=`), raw 8-bit decoded by best guess.
/// An RFC 2231 value wins over a plain one of the same name.
enum ParameterParser {
    private struct Segment {
        var index: Int
        var extended: Bool
        var value: [UInt8]
    }

    /// Parses parameters from `bytes[start..<end]`; names are lowercased.
    static func parse(_ bytes: [UInt8], _ start: Int, _ end: Int) -> [String: String] {
        var plain: [String: String] = [:]
        var segments: [String: [Segment]] = [:]
        var i = start
        while i < end {
            while i < end, ASCII.isSpace(bytes[i]) || bytes[i] == ASCII.semicolon { i += 1 }
            guard i < end else { break }
            let nameStart = i
            while i < end, bytes[i] != ASCII.equals, bytes[i] != ASCII.semicolon { i += 1 }
            guard i < end, bytes[i] == ASCII.equals else { continue } // no value: skip
            let nameRange = ASCII.trimmed(bytes, nameStart..<i)
            i += 1
            while i < end, ASCII.isWSP(bytes[i]) || bytes[i] == ASCII.cr || bytes[i] == ASCII.lf { i += 1 }
            var value: [UInt8] = []
            if i < end, bytes[i] == ASCII.quote {
                i += 1
                while i < end, bytes[i] != ASCII.quote {
                    if bytes[i] == ASCII.backslash, i + 1 < end { i += 1 }
                    value.append(bytes[i])
                    i += 1
                }
                i += 1 // closing quote
            } else {
                let vStart = i
                while i < end, bytes[i] != ASCII.semicolon { i += 1 }
                var vr = ASCII.trimmed(bytes, vStart..<i)
                // Drop a trailing comment: `charset=us-ascii (Plain text)`.
                if let p = bytes[vr].firstIndex(of: ASCII.lparen), p > vr.lowerBound, ASCII.isWSP(bytes[p - 1]) {
                    vr = ASCII.trimmed(bytes, vr.lowerBound..<p)
                }
                value = Array(bytes[vr])
            }
            guard !nameRange.isEmpty else { continue }
            var name = ASCII.lowercased(bytes[nameRange])
            // RFC 2231: name*, name*N, name*N*
            if let star = name.firstIndex(of: "*") {
                let rest = name[name.index(after: star)...]
                let base = String(name[..<star])
                let extended = rest.hasSuffix("*") || rest.isEmpty
                let num = rest.hasSuffix("*") ? rest.dropLast() : rest
                if num.isEmpty {
                    segments[base, default: []].append(Segment(index: 0, extended: extended, value: value))
                    continue
                }
                if let n = Int(num), n >= 0, n < 10_000 {
                    segments[base, default: []].append(Segment(index: n, extended: extended, value: value))
                    continue
                }
                name = base
            }
            if plain[name]?.isEmpty ?? true {
                plain[name] = EncodedWord.decode(value, 0..<value.count)
            }
        }
        for (name, segs) in segments {
            plain[name] = assemble(segs.sorted { $0.index < $1.index })
        }
        return plain
    }

    /// Joins RFC 2231 segments: extended ones are percent-decoded bytes in the charset named by the
    /// first segment (`charset'language'value`).
    private static func assemble(_ segs: [Segment]) -> String {
        var charset: String? = nil
        var data: [UInt8] = []
        var anyExtended = false
        for (k, seg) in segs.enumerated() {
            var v = seg.value[...]
            if seg.extended {
                anyExtended = true
                if k == 0, let q1 = v.firstIndex(of: UInt8(ascii: "'")),
                   let q2 = v[(q1 + 1)...].firstIndex(of: UInt8(ascii: "'")) {
                    let cs = String(decoding: v[v.startIndex..<q1], as: UTF8.self)
                    if !cs.isEmpty { charset = cs }
                    v = v[(q2 + 1)...]
                }
                data.append(contentsOf: percentDecode(v))
            } else {
                data.append(contentsOf: v)
            }
        }
        if anyExtended, let charset {
            return Charset.decode(data, charset: charset)
        }
        return EncodedWord.decode(data, 0..<data.count)
    }

    static func percentDecode(_ v: ArraySlice<UInt8>) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(v.count)
        var i = v.startIndex
        while i < v.endIndex {
            if v[i] == UInt8(ascii: "%"), i + 2 < v.endIndex,
               let h = ASCII.hexValue(v[i + 1]), let l = ASCII.hexValue(v[i + 2]) {
                out.append(h << 4 | l)
                i += 3
            } else {
                out.append(v[i])
                i += 1
            }
        }
        return out
    }
}

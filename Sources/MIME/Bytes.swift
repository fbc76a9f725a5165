#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Small byte-level helpers shared by the parsers (ASCII only; mail syntax is ASCII).
enum ASCII {
    static let tab: UInt8 = 9, lf: UInt8 = 10, cr: UInt8 = 13, space: UInt8 = 32
    static let quote: UInt8 = 34, lparen: UInt8 = 40, rparen: UInt8 = 41, comma: UInt8 = 44
    static let colon: UInt8 = 58, semicolon: UInt8 = 59, lt: UInt8 = 60, equals: UInt8 = 61
    static let gt: UInt8 = 62, question: UInt8 = 63, at: UInt8 = 64, backslash: UInt8 = 92
    static let dash: UInt8 = 45

    @inline(__always) static func isWSP(_ b: UInt8) -> Bool { b == space || b == tab }
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == space || b == tab || b == cr || b == lf }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { (b >= 65 && b <= 90) ? b | 0x20 : b }
    @inline(__always) static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case 48...57: b - 48
        case 65...70: b - 55
        case 97...102: b - 87
        default: nil
        }
    }

    /// The bytes as a lowercased ASCII string (non-ASCII bytes become U+FFFD).
    static func lowercased<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        String(decoding: bytes.map { lower($0) }, as: UTF8.self)
    }

    /// `range` without leading and trailing whitespace (SP, HT, CR, LF).
    static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, isSpace(bytes[lo]) { lo += 1 }
        while hi > lo, isSpace(bytes[hi - 1]) { hi -= 1 }
        return lo..<hi
    }

    static func hasPrefix(_ bytes: [UInt8], at i: Int, _ prefix: [UInt8], caseInsensitive: Bool = false) -> Bool {
        guard i >= 0, i + prefix.count <= bytes.count else { return false }
        for k in 0..<prefix.count {
            let b = bytes[i + k]
            if caseInsensitive ? lower(b) != lower(prefix[k]) : b != prefix[k] { return false }
        }
        return true
    }
}

extension ASCII {
    /// Removes the CR of every CRLF in place (bodies read the same in either line ending).
    /// Only for ASCII-compatible encodings.
    static func stripCRBeforeLF(_ bytes: inout [UInt8]) {
        let n = bytes.count
        let first: Int? = bytes.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress, let p = memchr(base, Int32(cr), n) else { return nil }
            return base.distance(to: p.assumingMemoryBound(to: UInt8.self))
        }
        guard let start = first else { return }
        let kept = bytes.withUnsafeMutableBufferPointer { buf -> Int in
            var o = start
            var i = start
            while i < n {
                let b = buf[i]
                if !(b == cr && i + 1 < n && buf[i + 1] == lf) {
                    buf[o] = b
                    o += 1
                }
                i += 1
            }
            return o
        }
        bytes.removeLast(n - kept)
    }
}

extension String {
    /// The string with every CRLF turned into LF (bodies compare equal in either line ending).
    func normalizingNewlines() -> String {
        var copy = self
        return copy.withUTF8 { buf -> String? in
            guard let base = buf.baseAddress, memchr(base, Int32(ASCII.cr), buf.count) != nil else { return nil }
            var out = [UInt8]()
            out.reserveCapacity(buf.count)
            var i = 0
            let n = buf.count
            while i < n {
                let b = buf[i]
                if b == ASCII.cr, i + 1 < n, buf[i + 1] == ASCII.lf {
                    i += 1
                    continue
                }
                out.append(b)
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        } ?? self
    }
}

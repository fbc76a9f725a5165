@testable import MIME

/// Builds a message from a Swift literal written with `\n`, in CRLF (the wire form) or bare LF.
func mail(_ text: String, crlf: Bool = true) -> [UInt8] {
    let lf = Array(text.utf8)
    guard crlf else { return lf }
    var out: [UInt8] = []
    out.reserveCapacity(lf.count + lf.count / 20)
    for b in lf {
        if b == 10 { out.append(13) }
        out.append(b)
    }
    return out
}

func parse(_ text: String, crlf: Bool = true) -> Message {
    Message.parse(mail(text, crlf: crlf))
}

/// Bytes of `text` in `charset`, through iconv (the same machinery the parser uses, in reverse).
func encode(_ text: String, _ charset: String) -> [UInt8] {
    #if canImport(Glibc)
    return iconvEncode(text, charset)
    #else
    return Array(text.utf8)
    #endif
}

#if canImport(Glibc)
import Glibc
private func iconvEncode(_ text: String, _ charset: String) -> [UInt8] {
    let cd = iconv_open(charset, "UTF-8")
    precondition(cd != iconv_t(bitPattern: -1), "iconv lacks \(charset)")
    defer { iconv_close(cd) }
    var input = Array(text.utf8)
    var output = [UInt8](repeating: 0, count: input.count * 4 + 64)
    let produced = input.withUnsafeMutableBufferPointer { inBuf in
        output.withUnsafeMutableBufferPointer { outBuf in
            var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
            var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
            var inLeft = inBuf.count, outLeft = outBuf.count
            let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
            precondition(r != -1, "cannot encode in \(charset)")
            _ = iconv(cd, nil, nil, &outPtr, &outLeft)
            return outBuf.count - outLeft
        }
    }
    return Array(output[..<produced])
}
#endif

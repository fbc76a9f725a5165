#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The MIME tree builder behind `Message.parse` (RFC 5322 §2.2–3, RFC 2045 §6, RFC 2046 §5).
///
/// Works on byte indices into one buffer: header fields and boundaries are found with `memchr`
/// line scans, so parsing is linear in the input (times the nesting depth for nested multiparts,
/// which `Limits.maxNesting` bounds). Decoded bodies are the only copies made.
struct MessageParser {
    let data: [UInt8]
    let limits: Limits
    var defects: [Defect] = []
    private var reportedTooManyHeaders = false

    init(data: [UInt8], limits: Limits) {
        self.data = data
        self.limits = limits
    }

    // MARK: - Messages and parts

    mutating func parseMessage(_ range: Range<Int>, depth: Int) -> Message {
        let firstDefect = defects.count
        if range.isEmpty { defects.append(.emptyInput) }
        let (header, bodyStart) = parseHeader(range, topLevel: true)
        let body = parsePart(header: header, bodyStart..<range.upperBound, depth: depth, defaultType: .textPlain)
        return Message(header: header, body: body, defects: Array(defects[firstDefect...]), rawSize: range.count)
    }

    mutating func parsePart(header: Header, _ range: Range<Int>, depth: Int, defaultType: ContentType) -> Part {
        var contentType = header.rawField("Content-Type").flatMap(ContentTypeParser.parse) ?? defaultType
        let transfer = header.first("Content-Transfer-Encoding").map { $0.trimmingSpaces().lowercased() } ?? "7bit"
        let disposition = header.rawField("Content-Disposition").map(ContentTypeParser.parseDisposition)
        var filename = disposition?.parameters["filename"].flatMap(nonEmpty)
            ?? contentType.parameters["name"].flatMap(nonEmpty)
        if filename == nil, contentType.type != "text", contentType.type != "multipart" {
            filename = contentType.parameters["filename"].flatMap(nonEmpty) // seen in the wild
        }
        let content: Part.Content
        switch contentType.type {
        case "multipart":
            if depth >= limits.maxNesting {
                defects.append(.nestingTooDeep(limit: limits.maxNesting))
                content = .bytes(Array(data[range]))
            } else if let boundary = contentType.boundary, !boundary.isEmpty,
                      let children = splitMultipart(range, boundary: Array(boundary.utf8)) {
                let childDefault = contentType.subtype == "digest"
                    ? ContentType(type: "message", subtype: "rfc822") : ContentType.textPlain
                var parts: [Part] = []
                parts.reserveCapacity(children.count)
                for child in children {
                    let (h, bodyStart) = parseHeader(child, topLevel: false)
                    parts.append(parsePart(header: h, bodyStart..<child.upperBound, depth: depth + 1, defaultType: childDefault))
                }
                content = .multipart(parts)
            } else {
                // No boundary, or one that never appears: read the body as text.
                defects.append(.missingBoundary)
                let params = contentType.charset.map { ["charset": $0] } ?? [:]
                contentType = ContentType(type: "text", subtype: "plain", parameters: params)
                content = .text(decodeText(range, transfer: transfer, charset: contentType.charset))
            }
        case "message" where contentType.subtype == "rfc822" || contentType.subtype == "global":
            if depth >= limits.maxNesting {
                defects.append(.nestingTooDeep(limit: limits.maxNesting))
                content = .bytes(Array(data[range]))
            } else if transfer == "base64" || transfer == "quoted-printable" {
                var inner = MessageParser(data: decodeTransfer(range, transfer), limits: limits)
                let m = inner.parseMessage(0..<inner.data.count, depth: depth + 1)
                defects.append(contentsOf: inner.defects)
                content = .message(m)
            } else {
                content = .message(parseMessage(range, depth: depth + 1))
            }
        case "text" where disposition?.type != "attachment" && filename == nil:
            var text = decodeText(range, transfer: transfer, charset: contentType.charset,
                                  isHTML: contentType.subtype == "html")
            if contentType.parameters["format"]?.lowercased() == "flowed" {
                text = FormatFlowed.unwrap(text, delSp: contentType.parameters["delsp"]?.lowercased() == "yes")
            }
            content = .text(text)
        case "message": // delivery-status, disposition-notification: header-like text
            content = .text(decodeText(range, transfer: transfer, charset: contentType.charset))
        default:
            content = .bytes(decodeTransfer(range, transfer))
        }
        return Part(header: header, contentType: contentType, disposition: disposition?.type, filename: filename,
                    transferEncoding: transfer, content: content)
    }

    private func nonEmpty(_ s: String) -> String? { s.isEmpty ? nil : s }

    // MARK: - Bodies

    mutating func decodeTransfer(_ range: Range<Int>, _ transfer: String) -> [UInt8] {
        var out: [UInt8]
        switch transfer {
        case "base64":
            var junk = false
            out = Base64.decode(data, range, junk: &junk)
            if junk { defects.append(.invalidBase64) }
        case "quoted-printable":
            var invalid = false
            out = QuotedPrintable.decode(data, range, invalid: &invalid)
            if invalid { defects.append(.invalidQuotedPrintable) }
        default: // 7bit, 8bit, binary, and unknown encodings
            out = Array(data[range])
        }
        if out.count > limits.maxPartBytes {
            defects.append(.partTooLarge(limit: limits.maxPartBytes))
            out.removeLast(out.count - limits.maxPartBytes)
        }
        return out
    }

    mutating func decodeText(_ range: Range<Int>, transfer: String, charset: String?, isHTML: Bool = false) -> String {
        var bytes = decodeTransfer(range, transfer)
        // UTF-16/32 text carries CR and LF as two or four bytes: normalize after decoding instead.
        let wide = charset.map { Charset.isWide($0) } ?? false
        if !wide { ASCII.stripCRBeforeLF(&bytes) }
        let text: String
        if let charset {
            let r = Charset.decodeReporting(bytes, charset: charset)
            if r.unknown { defects.append(.unknownCharset(charset)) }
            if r.invalid { defects.append(.invalidCharsetBytes(charset)) }
            text = r.text
        } else if isHTML, let declared = HTMLText.declaredCharset(bytes) {
            text = Charset.decode(bytes, charset: declared)
        } else {
            text = Charset.decodeBestGuess(bytes)
        }
        return wide ? text.normalizingNewlines() : text
    }

    // MARK: - Lines

    /// Index of the next LF at or after `from`, or nil.
    @inline(__always)
    func nextLF(_ from: Int, _ end: Int) -> Int? {
        guard from < end else { return nil }
        return data.withUnsafeBufferPointer { buf -> Int? in
            let base = buf.baseAddress!
            guard let p = memchr(base + from, Int32(ASCII.lf), end - from) else { return nil }
            return base.distance(to: p.assumingMemoryBound(to: UInt8.self))
        }
    }

    // MARK: - Multipart

    /// The ranges of the body parts between `--boundary` lines (RFC 2046 §5.1.1), nil when the
    /// boundary never appears. The line break before a boundary belongs to the boundary.
    /// Tolerates trailing blanks after boundaries and a missing final boundary.
    mutating func splitMultipart(_ range: Range<Int>, boundary: [UInt8]) -> [Range<Int>]? {
        let end = range.upperBound
        let delimiter = [ASCII.dash, ASCII.dash] + boundary
        var parts: [Range<Int>] = []
        var partStart: Int? = nil
        var closed = false
        var pos = range.lowerBound
        while pos < end, let hit = find(delimiter, from: pos, end: end) {
            // A delimiter only counts at the start of a line (RFC 2046 §5.1.1).
            let lineEnd = nextLF(hit + delimiter.count, end) ?? end
            var j = hit + delimiter.count
            let isClose = j + 1 < lineEnd && data[j] == ASCII.dash && data[j + 1] == ASCII.dash
            if isClose { j += 2 }
            while j < lineEnd, ASCII.isSpace(data[j]) { j += 1 }
            guard j == lineEnd else { // `--boundaryX`: a longer, different boundary
                pos = lineEnd + 1
                continue
            }
            if let s = partStart {
                var e = hit
                if e > s, data[e - 1] == ASCII.lf { e -= 1 }
                if e > s, data[e - 1] == ASCII.cr { e -= 1 }
                parts.append(s..<e)
            }
            if isClose {
                closed = true
                partStart = nil
                break
            }
            partStart = min(lineEnd + 1, end)
            pos = lineEnd + 1
        }
        if let s = partStart {
            parts.append(s..<end)
            defects.append(.missingFinalBoundary)
        }
        if parts.isEmpty && !closed { return nil }
        return parts
    }

    /// Index of the first `needle` in `data[from..<end]` that starts a line (or starts `from`).
    /// Jumps from line to line with `memchr`, so each byte is looked at a bounded number of times.
    private func find(_ needle: [UInt8], from: Int, end: Int) -> Int? {
        guard from < end, end - from >= needle.count else { return nil }
        return data.withUnsafeBufferPointer { buf -> Int? in
            guard let base = buf.baseAddress else { return nil }
            let first = needle[0], m = needle.count
            var i = from
            while i + m <= end {
                if buf[i] == first {
                    var k = 1
                    while k < m, buf[i + k] == needle[k] { k += 1 }
                    if k == m { return i }
                }
                guard let p = memchr(base + i, Int32(ASCII.lf), end - i) else { return nil }
                i = base.distance(to: p.assumingMemoryBound(to: UInt8.self)) + 1
            }
            return nil
        }
    }

    // MARK: - Header

    /// Parses header fields from the start of `range` (RFC 5322 §2.2): folded lines joined, raw
    /// bytes kept. Returns the header and where the body starts (after the blank line). A line that
    /// is not a field ends the header (the body starts there) and is recorded as a defect.
    mutating func parseHeader(_ range: Range<Int>, topLevel: Bool) -> (Header, Int) {
        var fields: [HeaderField] = []
        var name: Range<Int>? = nil
        var segments: [Range<Int>] = []
        var i = range.lowerBound
        let end = range.upperBound
        var bodyStart = end
        var line = 0

        func flush(_ parser: inout MessageParser) {
            guard let n = name else { return }
            name = nil
            if fields.count >= parser.limits.maxHeaders {
                if !parser.reportedTooManyHeaders {
                    parser.reportedTooManyHeaders = true
                    parser.defects.append(.tooManyHeaders(limit: parser.limits.maxHeaders))
                }
                return
            }
            var raw: [UInt8]
            if segments.count == 1 {
                raw = Array(parser.data[segments[0]])
            } else {
                raw = []
                for s in segments { raw.append(contentsOf: parser.data[s]) }
            }
            // Leading blank after the colon is not part of the value.
            var lo = 0
            while lo < raw.count, ASCII.isWSP(raw[lo]) { lo += 1 }
            if lo > 0 { raw.removeFirst(lo) }
            let nameText = String(decoding: parser.data[n], as: UTF8.self)
            let value = EncodedWord.decode(raw, ASCII.trimmed(raw, 0..<raw.count))
            fields.append(HeaderField(name: nameText, raw: raw, value: value))
        }

        while i < end {
            line += 1
            let lf = nextLF(i, end)
            let lineEnd = lf ?? end
            var contentEnd = lineEnd
            if contentEnd > i, data[contentEnd - 1] == ASCII.cr { contentEnd -= 1 }
            let next = min(lineEnd + 1, end)
            if contentEnd == i { // blank line: end of header
                bodyStart = next
                break
            }
            let first = data[i]
            if ASCII.isWSP(first) {
                if name != nil {
                    segments.append(i..<contentEnd)
                } else if fields.isEmpty {
                    // Indented first line: not a header at all.
                    if topLevel { defects.append(.noHeader) }
                    bodyStart = i
                    break
                } // else a stray continuation after a dropped field: skip
                i = next
                continue
            }
            // Field name: printable ASCII up to the colon (blanks before the colon tolerated).
            var j = i
            while j < contentEnd, data[j] > 32, data[j] < 127, data[j] != ASCII.colon { j += 1 }
            var k = j
            while k < contentEnd, ASCII.isWSP(data[k]) { k += 1 }
            if j > i, k < contentEnd, data[k] == ASCII.colon {
                flush(&self)
                name = i..<j
                segments.removeAll(keepingCapacity: true)
                segments.append((k + 1)..<contentEnd)
                i = next
                continue
            }
            if line == 1, topLevel, ASCII.hasPrefix(data, at: i, Array("From ".utf8)) { // mbox separator
                i = next
                continue
            }
            if fields.isEmpty && name == nil {
                if topLevel { defects.append(.noHeader) }
            } else {
                defects.append(.malformedHeaderLine(line: line))
            }
            bodyStart = i
            break
        }
        flush(&self)
        return (Header(fields), bodyStart)
    }
}

extension Header {
    /// Raw bytes of the first field with this name.
    func rawField(_ name: String) -> [UInt8]? {
        fields.first { $0.name.caseInsensitiveEquals(name) }?.raw
    }
}

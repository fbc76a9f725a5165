/// Reading a parsed message: its body text, HTML, attachments and embedded messages
/// (RFC 2046 §5.1.3 mixed, §5.1.4 alternative, RFC 2387 related, RFC 2183 disposition).
extension Message {
    /// The readable body: in multipart/alternative the text/plain version (when not blank), else
    /// the HTML converted to text; several inline text parts of multipart/mixed joined with a blank
    /// line. Bodies of embedded message/rfc822 parts are not included (see `embeddedMessages`).
    public var text: String {
        var bodies: [Part] = []
        Message.collectBody(body, into: &bodies)
        var pieces: [String] = []
        for part in bodies {
            guard case .text(let s) = part.content else { continue }
            let t = part.contentType.subtype == "html" ? HTMLText.convert(s) : s
            let trimmed = t.removingControlCharacters().trimmingTrailingBlankLines()
            if !trimmed.isEmpty { pieces.append(trimmed) }
        }
        if pieces.isEmpty, let named = inlineNamedText() { return named }
        return pieces.joined(separator: "\n\n")
    }

    /// Fallback when no part qualified as body: the first text/plain or text/html part that is not
    /// marked as an attachment but carries a file name (some mobile and webmail clients name the body).
    private func inlineNamedText() -> String? {
        for part in parts where part.disposition != "attachment" && part.contentType.type == "text"
            && (part.contentType.subtype == "plain" || part.contentType.subtype == "html") {
            guard case .bytes(let b) = part.content else { continue }
            var bytes = b
            if !Charset.isWide(part.contentType.charset ?? "") { ASCII.stripCRBeforeLF(&bytes) }
            let decoded = part.contentType.charset.map { Charset.decode(bytes, charset: $0) } ?? Charset.decodeBestGuess(bytes)
            let t = part.contentType.subtype == "html" ? HTMLText.convert(decoded) : decoded.normalizingNewlines()
            let trimmed = t.removingControlCharacters().trimmingTrailingBlankLines()
            if !trimmed.isEmpty { return trimmed }
        }
        return nil
    }

    /// The first HTML body part, if the message has one (not from embedded messages).
    public var html: String? {
        for part in parts where part.contentType.mimeType == "text/html" && !Message.isAttachment(part) {
            if case .text(let s) = part.content { return s }
        }
        return nil
    }

    /// Attachments and inline non-body parts (e.g. images referenced from HTML), depth-first.
    /// Text body parts and the parts of embedded messages are not included. Unnamed ones are
    /// called `attachment-N.ext` after their content type.
    public var attachments: [Attachment] {
        var result: [Attachment] = []
        for part in parts where Message.isAttachment(part) {
            let bytes: [UInt8]
            switch part.content {
            case .bytes(let b): bytes = b
            case .text(let s): bytes = Array(s.utf8)
            default: continue
            }
            let name = FilenameSanitizer.sanitize(part.filename, contentType: part.contentType.mimeType,
                                                  index: result.count + 1)
            var cid = part.header.first("Content-ID").map { $0.trimmingSpaces() }
            if let c = cid, c.hasPrefix("<"), c.hasSuffix(">") { cid = String(c.dropFirst().dropLast()) }
            result.append(Attachment(filename: name, contentType: part.contentType.mimeType, sha256: SHA256.hex(bytes),
                                     isInline: part.disposition == "inline" || (part.disposition == nil && cid != nil), contentID: cid?.isEmpty == true ? nil : cid,
                                     bytes: bytes))
        }
        return result
    }

    /// Messages carried as message/rfc822 or message/global parts (forwarded as attachment),
    /// depth-first. Messages embedded inside these are in their own `embeddedMessages`.
    public var embeddedMessages: [Message] {
        var result: [Message] = []
        func walk(_ p: Part) {
            switch p.content {
            case .message(let m): result.append(m)
            case .multipart(let children): children.forEach(walk)
            default: break
            }
        }
        walk(body)
        return result
    }

    /// Every leaf part (text or bytes) depth-first, not descending into embedded messages.
    public var parts: [Part] {
        var result: [Part] = []
        func walk(_ p: Part) {
            switch p.content {
            case .multipart(let children): children.forEach(walk)
            case .message: break
            default: result.append(p)
            }
        }
        walk(body)
        return result
    }

    /// text/* subtypes that are data rather than something to read: attachments even when unnamed.
    private static let dataText: Set<String> = ["calendar", "x-vcalendar", "vcard", "x-vcard", "csv", "xml", "x-log"]

    /// A leaf is an attachment when marked so, when it has a filename, or when it is not text
    /// (multipart and message parts never are; message/delivery-status is report data).
    static func isAttachment(_ part: Part) -> Bool {
        switch part.content {
        case .multipart, .message: return false
        default: break
        }
        let type = part.contentType.type
        if type == "multipart" { return false }
        if part.disposition == "attachment" { return true }
        if part.filename != nil { return true }
        if type == "text" { return dataText.contains(part.contentType.subtype) }
        if type == "message" { return false }
        return true
    }

    static func isBody(_ part: Part) -> Bool {
        guard case .text = part.content, part.contentType.type == "text", !isAttachment(part) else { return false }
        return part.contentType.subtype != "rfc822-headers" // the returned header of a bounce report
    }

    /// Collects the parts that make up the readable body.
    static func collectBody(_ part: Part, into out: inout [Part]) {
        switch part.content {
        case .multipart(let children):
            if part.contentType.subtype == "alternative" {
                var plain: [Part]? = nil, rich: [Part]? = nil, blank: [Part]? = nil
                for child in children {
                    var c: [Part] = []
                    collectBody(child, into: &c)
                    if c.isEmpty { continue }
                    func hasText(_ p: Part) -> Bool {
                        guard case .text(let s) = p.content else { return false }
                        return s.contains { !$0.isWhitespace }
                    }
                    if c.contains(where: { $0.contentType.subtype != "html" && hasText($0) }) {
                        if plain == nil { plain = c }
                    } else if c.contains(where: hasText) {
                        if rich == nil { rich = c }
                    } else if blank == nil {
                        blank = c
                    }
                }
                out.append(contentsOf: plain ?? rich ?? blank ?? [])
            } else {
                for child in children { collectBody(child, into: &out) }
            }
        case .text:
            if isBody(part) { out.append(part) }
        default:
            break
        }
    }
}

extension String {
    /// The string without C0 controls other than tab and LF (a lone CR becomes LF), and without DEL.
    func removingControlCharacters() -> String {
        guard utf8.contains(where: { ($0 < 0x20 && $0 != ASCII.tab && $0 != ASCII.lf) || $0 == 0x7F }) else { return self }
        var out = [UInt8]()
        out.reserveCapacity(utf8.count)
        for b in utf8 {
            if b == ASCII.cr { out.append(ASCII.lf) } else if (b >= 0x20 && b != 0x7F) || b == ASCII.tab || b == ASCII.lf { out.append(b) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The string without trailing whitespace and newlines, and without leading blank lines.
    func trimmingTrailingBlankLines() -> String {
        let u = utf8
        var hi = u.endIndex
        while hi > u.startIndex, ASCII.isSpace(u[u.index(before: hi)]) { hi = u.index(before: hi) }
        var lo = u.startIndex
        var k = lo
        while k < hi, ASCII.isSpace(u[k]) { // skip whole blank lines only
            if u[k] == ASCII.lf { lo = u.index(after: k) }
            k = u.index(after: k)
        }
        return String(self[lo..<hi])
    }
}

import CCurl

/// Owns one libcurl easy handle and the buffers its callbacks fill.
///
/// Not thread-safe: one owner at a time (libcurl easy handles are single-threaded).
/// The handle keeps its connection open between transfers, so consecutive commands reuse one
/// IMAP session. Every C return code goes through `CurlHandle.check` (the one error funnel).
final class CurlHandle {
    private let raw: UnsafeMutableRawPointer
    private let errorBuffer: UnsafeMutablePointer<CChar>

    /// Bytes from the write callback (untagged responses of custom commands, or a fetched literal).
    private(set) var body: [UInt8] = []
    /// Server response lines from the header callback, in order (protocol dialogue, CRLF stripped).
    private(set) var responseLines: [String] = []
    /// Data an upload reads from, and how far it got.
    private var upload: [UInt8] = []
    private var uploadOffset = 0
    /// Whether `body` capacity was reserved for this transfer (from a size hint or a literal).
    private var reserved = false
    /// UIDVALIDITY from `* OK [UIDVALIDITY n]` if this transfer SELECTed a mailbox.
    private(set) var selectedUIDValidity: UInt32?

    init() throws(TransportError) {
        try CurlGlobal.ensureInitialised()
        guard let h = curl_easy_init() else {
            throw TransportError.protocolError("curl_easy_init failed (out of memory?)")
        }
        raw = h
        let size = Int(ccurl_error_size())
        errorBuffer = .allocate(capacity: size)
        errorBuffer.initialize(repeating: 0, count: size)
        try installCallbacks()
    }

    /// Error buffer, context pointers and callbacks.
    private func installCallbacks() throws(TransportError) {
        let me = Unmanaged.passUnretained(self).toOpaque()
        try set(CURLOPT_ERRORBUFFER, pointer: UnsafeMutableRawPointer(errorBuffer))
        try set(CURLOPT_NOSIGNAL, 1)
        try set(CURLOPT_WRITEDATA, pointer: me)
        try set(CURLOPT_HEADERDATA, pointer: me)
        try set(CURLOPT_READDATA, pointer: me)
        try check(ccurl_setopt_callback(raw, CURLOPT_WRITEFUNCTION) { ptr, size, count, ctx in
            let handle = Unmanaged<CurlHandle>.fromOpaque(ctx!).takeUnretainedValue()
            let n = size * count
            if let ptr { handle.appendBody(UnsafeRawBufferPointer(start: ptr, count: n)) }
            return n
        })
        try check(ccurl_setopt_callback(raw, CURLOPT_HEADERFUNCTION) { ptr, size, count, ctx in
            let handle = Unmanaged<CurlHandle>.fromOpaque(ctx!).takeUnretainedValue()
            let n = size * count
            if let ptr { handle.appendResponseLine(UnsafeRawBufferPointer(start: ptr, count: n)) }
            return n
        })
        try check(ccurl_setopt_callback(raw, CURLOPT_READFUNCTION) { ptr, size, count, ctx in
            let handle = Unmanaged<CurlHandle>.fromOpaque(ctx!).takeUnretainedValue()
            guard let ptr else { return 0 }
            return handle.readUpload(into: UnsafeMutableRawBufferPointer(start: ptr, count: size * count))
        })
    }

    deinit {
        curl_easy_cleanup(raw)
        errorBuffer.deallocate()
    }

    // MARK: Options

    func set(_ option: CURLoption, _ value: Int) throws(TransportError) {
        try check(ccurl_setopt_long(raw, option, value))
    }

    /// Sets a string option (libcurl copies it) or clears it with `nil`.
    func set(_ option: CURLoption, _ value: String?) throws(TransportError) {
        if let value {
            try check(value.withCString { ccurl_setopt_str(raw, option, $0) })
        } else {
            try check(ccurl_setopt_str(raw, option, nil))
        }
    }

    func set(_ option: CURLoption, pointer: UnsafeMutableRawPointer?) throws(TransportError) {
        try check(ccurl_setopt_ptr(raw, option, pointer))
    }

    func set(_ option: CURLoption, offset: Int64) throws(TransportError) {
        try check(ccurl_setopt_off(raw, option, curl_off_t(offset)))
    }

    // MARK: Transfers

    /// Runs one transfer. `expectedSize` reserves the body buffer up front.
    /// - Throws: the raw `CurlFailure`; callers map it to a `TransportError` with context.
    func perform(expectedSize: Int? = nil, uploading bytes: [UInt8]? = nil) throws(CurlFailure) {
        body = []
        responseLines = []
        reserved = false
        selectedUIDValidity = nil
        if let expectedSize, expectedSize > 0 {
            body.reserveCapacity(expectedSize)
            reserved = true
        }
        upload = bytes ?? []
        uploadOffset = 0
        errorBuffer[0] = 0
        defer { upload = []; uploadOffset = 0 }
        let rc = curl_easy_perform(raw)
        if rc != CURLE_OK {
            throw CurlFailure(code: rc, detail: String(cString: errorBuffer), lastReply: lastTaggedReply)
        }
    }

    /// Hands the body to the caller without copying and empties the handle's buffer.
    func takeBody() -> [UInt8] {
        defer { body = [] }
        return body
    }

    /// The server's last tagged NO/BAD (else last tagged) line, e.g.
    /// `A004 NO [TRYCREATE] Mailbox doesn't exist: X` — not the LOGOUT libcurl sends after an error.
    var lastTaggedReply: String? {
        func isTagged(_ l: String) -> Bool { !l.hasPrefix("*") && !l.hasPrefix("+") }
        func status(_ l: String) -> Substring? { l.split(separator: " ", maxSplits: 2).dropFirst().first }
        if let failed = responseLines.last(where: { isTagged($0) && (status($0) == "NO" || status($0) == "BAD") }) {
            return failed
        }
        return responseLines.last(where: isTagged)
    }

    /// The one place C return codes from setopt/getinfo become errors.
    private func check(_ rc: CURLcode) throws(TransportError) {
        guard rc == CURLE_OK else {
            throw CurlFailure(code: rc, detail: String(cString: errorBuffer), lastReply: nil)
                .transportError(context: .setup)
        }
    }

    // MARK: Callbacks

    private func appendBody(_ chunk: UnsafeRawBufferPointer) {
        body.append(contentsOf: chunk)
    }

    private func appendResponseLine(_ chunk: UnsafeRawBufferPointer) {
        var end = chunk.count
        while end > 0, chunk[end - 1] == 0x0A || chunk[end - 1] == 0x0D { end -= 1 }
        let line = String(decoding: UnsafeRawBufferPointer(rebasing: chunk[0..<end]), as: UTF8.self)
        // A FETCH response announces its literal size: `* 3 FETCH (UID 9 BODY[] {31457280}`.
        if !reserved, line.hasPrefix("* "), let size = IMAPResponseParser.literalSize(atEndOf: line) {
            body.reserveCapacity(size)
            reserved = true
        }
        if line.hasPrefix("* OK ["), let v = IMAPResponseParser.uidValidity(inLine: line) {
            selectedUIDValidity = v
        }
        if responseLines.count >= 64 { responseLines.removeFirst(32) }  // bounded: only the tail matters
        responseLines.append(line)
    }

    private func readUpload(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        let n = min(buffer.count, upload.count - uploadOffset)
        guard n > 0 else { return 0 }
        upload.withUnsafeBytes { src in
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: src[uploadOffset..<(uploadOffset + n)]))
        }
        uploadOffset += n
        return n
    }
}

@available(*, unavailable)
extension CurlHandle: Sendable {}

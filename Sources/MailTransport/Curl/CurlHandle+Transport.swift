import CCurl

extension CurlHandle {
    /// TLS mode, certificate verification and stall/connect timeouts: the same for IMAP and SMTP.
    /// - Parameters:
    ///   - implicitTLS: `imaps://`/`smtps://`; otherwise STARTTLS is required unless `requiresTLS` is false.
    ///   - stallTimeoutSeconds: a transfer with no byte for this long is abandoned (never silent).
    func configureTransport(implicitTLS: Bool, requiresTLS: Bool, caFile: String?, verifyPeer: Bool,
                            connectTimeoutSeconds: Int, stallTimeoutSeconds: Int) throws(TransportError) {
        if !implicitTLS {
            let mode = requiresTLS ? CURLUSESSL_ALL : CURLUSESSL_NONE
            try set(CURLOPT_USE_SSL, Int(mode.rawValue))
        }
        if let caFile { try set(CURLOPT_CAINFO, caFile) }
        try set(CURLOPT_SSL_VERIFYPEER, verifyPeer ? 1 : 0)
        try set(CURLOPT_SSL_VERIFYHOST, verifyPeer ? 2 : 0)
        try set(CURLOPT_CONNECTTIMEOUT, max(1, connectTimeoutSeconds))
        try set(CURLOPT_LOW_SPEED_LIMIT, 1)
        try set(CURLOPT_LOW_SPEED_TIME, max(1, stallTimeoutSeconds))
        try set(CURLOPT_TCP_KEEPALIVE, 1)
    }
}

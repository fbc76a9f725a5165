import CCurl

/// `curl_global_init` exactly once per process, before the first easy handle.
enum CurlGlobal {
    /// Lazily-initialised globals are initialised once, thread-safely (swift_once).
    private static let initResult: CURLcode = ccurl_global_init_default()

    static func ensureInitialised() throws(TransportError) {
        let rc = initResult
        if rc != CURLE_OK {
            throw TransportError.protocolError("curl_global_init failed (\(String(cString: curl_easy_strerror(rc))))")
        }
    }
}

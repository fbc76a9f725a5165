/// Fixed limits that keep `Message.parse` linear and bounded on hostile input.
///
/// Content beyond a limit is kept as bytes (nesting) or dropped (headers, part size) and a
/// `Defect` records it.
public struct Limits: Sendable {
    /// Deepest multipart / message/rfc822 nesting parsed; deeper content is kept as bytes.
    public var maxNesting = 100
    /// Header fields kept per header block; the rest are skipped.
    public var maxHeaders = 10_000
    /// Largest decoded part kept; longer parts are truncated.
    public var maxPartBytes = 100 * 1024 * 1024
    public init() {}
}

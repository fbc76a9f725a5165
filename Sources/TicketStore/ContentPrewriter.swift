import Complaints

/// Writes a message's content files ahead of its filing, from any thread: the raw bytes when they
/// are not kept in the database, and the attachments. Filing then finds each file in place and only
/// checks that it exists, so the files of a batch are written on the cores that read it rather than
/// on the one thread that files (creating a file is an inode allocation in the kernel, ~1 ms at
/// times). Nothing changes for the database: content files are written before their transaction
/// in any case (a rollback or crash leaves at most an unreferenced file, never a row without bytes).
///
///     let prewriter = store.prewriter                       // Sendable: root and sync setting only
///     DispatchQueue.global().async { try? prewriter.write(raw: bytes, sha256: digest, disposition: .ticket, attachments: []) }
public struct ContentPrewriter: Sendable {
    let root: String
    let syncFiles: Bool

    /// Writes what `TicketStore.file` would write for this message (files that exist are left alone).
    /// - Parameters:
    ///   - sha256: the lowercase hex SHA-256 of `raw` (the message's content address).
    ///   - attachments: each attachment's decoded bytes under the SHA-256 of those bytes.
    public func write(raw: [UInt8], sha256: String, disposition: Disposition,
                      attachments: [(sha256: String, bytes: [UInt8])]) throws(StoreError) {
        var content = ContentStore(existing: root, syncFiles: syncFiles)
        if TicketStore.isDigest(sha256), !TicketStore.keepsInDatabase(raw, disposition: disposition) {
            try content.put(raw, sha256: sha256, in: .messages)
        }
        for attachment in attachments where TicketStore.isDigest(attachment.sha256) {
            try content.put(attachment.bytes, sha256: attachment.sha256, in: .attachments)
        }
    }
}

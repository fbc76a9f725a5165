#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import MIME

/// Content-addressed files under the data directory: `messages/ab/<sha256>.eml` for raw messages kept
/// as files (over `TicketStore.inlineRawLimit`, or quarantined; smaller ones live in the database),
/// `attachments/ab/<sha256>` for attachments (`ab` = the first two hex digits).
///
/// A file is written once, atomically (a temp file in the same directory, then `rename(2)`), so a reader
/// never sees half a file and identical content is stored once. With `syncFiles` the file and its
/// directory are fsync'ed before the rename is trusted (survives power loss, costs a disk flush).
struct ContentStore {
    enum Area: String {
        case messages
        case attachments

        var suffix: String { self == .messages ? ".eml" : "" }
    }

    let root: String
    let syncFiles: Bool
    /// Shard directories known to exist (saves a mkdir per file on the hot path).
    private var knownDirectories: Set<String> = []

    init(root: String, syncFiles: Bool) throws(StoreError) {
        self.root = root
        self.syncFiles = syncFiles
        for area in [Area.messages, .attachments] {
            try Self.makeDirectory(root + "/" + area.rawValue, intermediate: true)
        }
    }

    /// A store over a root whose area directories another `ContentStore` has already made.
    init(existing root: String, syncFiles: Bool) {
        self.root = root
        self.syncFiles = syncFiles
    }

    /// The path of the file for `sha256` in `area` (whether or not it exists).
    func path(_ area: Area, sha256: String) -> String {
        "\(root)/\(area.rawValue)/\(sha256.prefix(2))/\(sha256)\(area.suffix)"
    }

    /// Stores `bytes` under `sha256` unless a file with that address already exists.
    /// - Returns: true when a new file was written.
    @discardableResult
    mutating func put(_ bytes: [UInt8], sha256: String, in area: Area) throws(StoreError) -> Bool {
        precondition(sha256.count >= 2 && sha256.allSatisfy(\.isHexDigit), "content address must be a hex digest, got \"\(sha256)\"")
        let directory = "\(root)/\(area.rawValue)/\(sha256.prefix(2))"
        let final = "\(directory)/\(sha256)\(area.suffix)"
        if access(final, F_OK) == 0 { return false }
        if !knownDirectories.contains(directory) {
            try Self.makeDirectory(directory, intermediate: false)
            knownDirectories.insert(directory)
        }
        let temp = "\(directory)/.\(sha256).\(getpid()).\(UInt32.random(in: .min ... .max)).tmp"
        let fd = try syscall("create", temp) { open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644) }
        do {
            defer { close(fd) }
            var offset = 0
            while offset < bytes.count {
                offset += try syscall("write", temp) {
                    bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
                }
            }
            if syncFiles { try syscall("fsync", temp) { fsync(fd) } }
        } catch {
            unlink(temp)
            throw error
        }
        do {
            try syscall("rename into place", final) { rename(temp, final) }
        } catch {
            unlink(temp)
            throw error
        }
        if syncFiles {
            let dirFD = try syscall("open", directory) { open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
            defer { close(dirFD) }
            try syscall("fsync", directory) { fsync(dirFD) }
        }
        return true
    }

    /// Reads the file for `sha256` in `area`.
    func get(_ area: Area, sha256: String) throws(StoreError) -> [UInt8] {
        let file = path(area, sha256: sha256)
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        } catch {
            throw .io("read", path: file, errno: (error as NSError).code == NSFileReadNoSuchFileError ? ENOENT : EIO)
        }
    }

    /// `mkdir` (with `-p` semantics when `intermediate`), reporting the real errno.
    private static func makeDirectory(_ path: String, intermediate: Bool) throws(StoreError) {
        var prefixes = [path]
        if intermediate {
            prefixes = []
            var current = path.hasPrefix("/") ? "" : "."
            for component in path.split(separator: "/") {
                current += "/" + component
                prefixes.append(current)
            }
        }
        for directory in prefixes {
            try syscall("create directory", directory, allowing: EEXIST) { mkdir(directory, 0o755) }
        }
        var info = stat()
        try syscall("use as a directory", path) { stat(path, &info) }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { throw .io("use as a directory", path: path, errno: ENOTDIR) }
    }

    /// The one place a failed system call becomes a `StoreError` (like swift-nio's `syscall {}`):
    /// retries on EINTR, throws `.io` with the errno and `path` for a negative result.
    @discardableResult
    private static func syscall<R: BinaryInteger>(_ what: String, _ path: String, allowing allowed: Int32? = nil,
                                                  _ call: () -> R) throws(StoreError) -> R {
        while true {
            let result = call()
            if result >= 0 { return result }
            let code = errno
            if code == EINTR { continue }
            if code == allowed { return result }
            throw .io(what, path: path, errno: code)
        }
    }

    @discardableResult
    private func syscall<R: BinaryInteger>(_ what: String, _ path: String, _ call: () -> R) throws(StoreError) -> R {
        try Self.syscall(what, path, call)
    }
}

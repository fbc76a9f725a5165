import Foundation

/// One message read from a local source: where it came from and its raw bytes.
public struct SourcedMessage: Sendable {
    /// A stable name for the message's origin, e.g. `folder:/srv/mail/cur/1763.M1P1:2,S`.
    public var origin: String
    public var bytes: [UInt8]

    public init(origin: String, bytes: [UInt8]) {
        self.origin = origin
        self.bytes = bytes
    }
}

/// Why a local source could not be read.
public struct FolderSourceError: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
}

/// The embedded default source: one file, a folder of `.eml` files (recursively), or a Maildir.
///
/// Files are listed up front (names only) and read one at a time, so memory stays bounded by the
/// largest message, not the folder. Maildir: `new/` then `cur/`; `tmp/` is never read (RFC-less
/// Maildir convention: files there are still being written). Hidden files are skipped.
public struct FolderSource: Sendable {
    public let path: String
    /// Every file this source will yield, in a stable order.
    public let files: [String]

    /// Lists the messages under `path`.
    /// - Throws: `FolderSourceError` when the path does not exist or cannot be listed.
    public init(path: String) throws(FolderSourceError) {
        self.path = path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw FolderSourceError(path: path, reason: "no such file or directory")
        }
        if !isDirectory.boolValue {
            files = [path]
            return
        }
        if FolderSource.isMaildir(path) {
            files = try FolderSource.maildirFiles(path)
        } else {
            files = try FolderSource.regularFiles(in: path, recursive: true)
        }
    }

    /// Reads the file at `index`, straight into its byte array (going through `Data` held a large
    /// message twice at once).
    public func message(at index: Int) throws(FolderSourceError) -> SourcedMessage {
        let file = files[index]
        return SourcedMessage(origin: "folder:" + file, bytes: try Self.contents(of: file))
    }

    /// The whole file; the error names the system's reason.
    static func contents(of path: String) throws(FolderSourceError) -> [UInt8] {
        func failure() -> FolderSourceError {
            FolderSourceError(path: path, reason: "cannot be read (\(String(cString: strerror(errno))))")
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure() }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure() }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        var spare = [UInt8](repeating: 0, count: 4096)  // the file may have grown since fstat
        while true {
            let n = filled < bytes.count
                ? bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, $0.count - filled) }
                : spare.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 { if errno == EINTR { continue }; throw failure() }
            if n == 0 { break }
            if filled >= bytes.count { bytes.append(contentsOf: spare[..<n]) }
            filled += n
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    static func isMaildir(_ path: String) -> Bool {
        ["cur", "new", "tmp"].allSatisfy { sub in
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent(sub), isDirectory: &isDir)
                && isDir.boolValue
        }
    }

    /// `new/` then `cur/`; `tmp/` holds messages still being delivered.
    static func maildirFiles(_ path: String) throws(FolderSourceError) -> [String] {
        let base = path as NSString
        return try regularFiles(in: base.appendingPathComponent("new"), recursive: false)
            + regularFiles(in: base.appendingPathComponent("cur"), recursive: false)
    }

    static func regularFiles(in directory: String, recursive: Bool) throws(FolderSourceError) -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw FolderSourceError(path: directory, reason: "cannot list the folder")
        }
        var result: [String] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let full = (directory as NSString).appendingPathComponent(name)
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDir) else { continue }
            if isDir.boolValue {
                if recursive {
                    result += isMaildir(full) ? try maildirFiles(full) : try regularFiles(in: full, recursive: true)
                }
            } else if !recursive || name.lowercased().hasSuffix(".eml") {
                // Maildir subfolders hold only messages; in a plain folder only `.eml` files are mail.
                result.append(full)
            }
        }
        return result
    }
}

/// Makes attachment names safe to use as file names on any system.
///
/// Keeps the last path component (`/`, `\`), removes control characters and characters Windows
/// forbids (`<>:"|?*`), leading dots and blanks, trailing dots and blanks, prefixes Windows reserved
/// device names (`CON`, `PRN`, `AUX`, `NUL`, `COM1`–`COM9`, `LPT1`–`LPT9`, also with an extension)
/// with `_`, and caps the name at 200 bytes of UTF-8 keeping the extension. An empty result becomes
/// `attachment-N.ext` with the extension taken from the content type.
public enum FilenameSanitizer {
    public static let maxBytes = 200

    public static func sanitize(_ name: String?, contentType: String, index: Int) -> String {
        var s = name ?? ""
        if let cut = s.lastIndex(where: { $0 == "/" || $0 == "\\" }) { s = String(s[s.index(after: cut)...]) }
        s = String(String.UnicodeScalarView(s.unicodeScalars.filter { u in
            !(u.value < 0x20 || (0x7F...0x9F).contains(u.value) || "<>:\"|?*".unicodeScalars.contains(u)
              || u.value == 0x200E || u.value == 0x200F || (0x202A...0x202E).contains(u.value)) // bidi overrides
        }))
        while let f = s.first, f == "." || f == " " { s.removeFirst() }
        while let l = s.last, l == "." || l == " " { s.removeLast() }
        if s.isEmpty { return "attachment-\(index).\(fileExtension(for: contentType))" }
        let stem = s.split(separator: ".", maxSplits: 1).first.map { $0.uppercased().trimmingSpaces() } ?? ""
        if reserved.contains(stem) { s = "_" + s }
        if s.utf8.count > maxBytes { s = truncate(s) }
        return s
    }

    private static let reserved: Set<String> = {
        var r: Set<String> = ["CON", "PRN", "AUX", "NUL", "CLOCK$", "CONIN$", "CONOUT$"]
        for n in 1...9 { r.insert("COM\(n)"); r.insert("LPT\(n)") }
        return r
    }()

    /// Cuts the stem so the whole name fits `maxBytes`, on a character boundary, keeping a short
    /// extension.
    private static func truncate(_ s: String) -> String {
        var ext = ""
        if let dot = s.lastIndex(of: "."), s.distance(from: dot, to: s.endIndex) <= 16 { ext = String(s[dot...]) }
        var stem = s.dropLast(ext.count)
        let budget = maxBytes - ext.utf8.count
        while stem.utf8.count > budget { stem = stem.dropLast() }
        return String(stem) + ext
    }

    /// A file extension for a MIME type, `bin` when unknown.
    public static func fileExtension(for mimeType: String) -> String {
        let table: [String: String] = [
            "text/plain": "txt", "text/html": "html", "text/csv": "csv", "text/calendar": "ics", "text/xml": "xml",
            "text/x-vcard": "vcf", "text/vcard": "vcf", "image/jpeg": "jpg", "image/jpg": "jpg", "image/png": "png",
            "image/gif": "gif", "image/bmp": "bmp", "image/webp": "webp", "image/tiff": "tif", "image/heic": "heic",
            "image/svg+xml": "svg", "application/pdf": "pdf", "application/zip": "zip", "application/json": "json",
            "application/msword": "doc", "application/vnd.ms-excel": "xls", "application/vnd.ms-powerpoint": "ppt",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
            "application/x-rar-compressed": "rar", "application/x-7z-compressed": "7z", "application/gzip": "gz",
            "audio/mpeg": "mp3", "audio/wav": "wav", "audio/amr": "amr", "video/mp4": "mp4", "video/quicktime": "mov",
            "message/rfc822": "eml", "message/delivery-status": "txt", "application/pgp-signature": "asc",
            "application/pkcs7-signature": "p7s", "application/x-pkcs7-signature": "p7s", "application/ms-tnef": "dat",
        ]
        return table[mimeType] ?? "bin"
    }
}

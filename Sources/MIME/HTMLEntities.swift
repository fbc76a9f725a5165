/// HTML character references (HTML Living Standard §13.5): the named ones mail actually uses, and
/// numeric ones (`&#20013;`, `&#x4e2d;`, windows-1252 fix-ups for `&#128;`–`&#159;`).
enum HTMLEntities {
    static let named: [String: String] = [
        "nbsp": "\u{A0}", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
        "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "zwnj": "", "zwj": "", "lrm": "", "rlm": "", "shy": "",
        "mdash": "—", "ndash": "–", "hellip": "…", "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”",
        "bdquo": "„", "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›", "bull": "•", "middot": "·", "prime": "′",
        "dagger": "†", "Dagger": "‡", "permil": "‰", "trade": "™", "copy": "©", "reg": "®", "deg": "°", "plusmn": "±",
        "times": "×", "divide": "÷", "frac12": "½", "frac14": "¼", "frac34": "¾", "sup1": "¹", "sup2": "²", "sup3": "³",
        "micro": "µ", "para": "¶", "sect": "§", "cent": "¢", "pound": "£", "yen": "¥", "euro": "€", "curren": "¤",
        "brvbar": "¦", "uml": "¨", "ordf": "ª", "ordm": "º", "not": "¬", "macr": "¯", "acute": "´", "cedil": "¸",
        "iexcl": "¡", "iquest": "¿", "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "harr": "↔", "rArr": "⇒", "lArr": "⇐",
        "hearts": "♥", "check": "✓", "star": "☆", "minus": "−", "le": "≤", "ge": "≥", "ne": "≠", "asymp": "≈", "infin": "∞",
        "Agrave": "À", "Aacute": "Á", "Acirc": "Â", "Atilde": "Ã", "Auml": "Ä", "Aring": "Å", "AElig": "Æ", "Ccedil": "Ç",
        "Egrave": "È", "Eacute": "É", "Ecirc": "Ê", "Euml": "Ë", "Igrave": "Ì", "Iacute": "Í", "Icirc": "Î", "Iuml": "Ï",
        "ETH": "Ð", "Ntilde": "Ñ", "Ograve": "Ò", "Oacute": "Ó", "Ocirc": "Ô", "Otilde": "Õ", "Ouml": "Ö", "Oslash": "Ø",
        "Ugrave": "Ù", "Uacute": "Ú", "Ucirc": "Û", "Uuml": "Ü", "Yacute": "Ý", "THORN": "Þ", "szlig": "ß",
        "agrave": "à", "aacute": "á", "acirc": "â", "atilde": "ã", "auml": "ä", "aring": "å", "aelig": "æ", "ccedil": "ç",
        "egrave": "è", "eacute": "é", "ecirc": "ê", "euml": "ë", "igrave": "ì", "iacute": "í", "icirc": "î", "iuml": "ï",
        "eth": "ð", "ntilde": "ñ", "ograve": "ò", "oacute": "ó", "ocirc": "ô", "otilde": "õ", "ouml": "ö", "oslash": "ø",
        "ugrave": "ù", "uacute": "ú", "ucirc": "û", "uuml": "ü", "yacute": "ý", "thorn": "þ", "yuml": "ÿ", "Yuml": "Ÿ",
        "OElig": "Œ", "oelig": "œ", "Scaron": "Š", "scaron": "š", "fnof": "ƒ", "circ": "ˆ", "tilde": "˜",
        "Alpha": "Α", "Beta": "Β", "Gamma": "Γ", "Delta": "Δ", "Omega": "Ω", "alpha": "α", "beta": "β", "gamma": "γ",
        "delta": "δ", "epsilon": "ε", "lambda": "λ", "mu": "μ", "pi": "π", "sigma": "σ", "omega": "ω",
    ]

    /// Entities browsers accept without the closing `;`.
    static let legacy: Set<String> = ["nbsp", "amp", "lt", "gt", "quot", "copy", "reg"]

    private static let cp1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// Decodes the reference starting at `bytes[i] == "&"`: the UTF-8 replacement and the index
    /// after it, or nil when it is not a reference (the `&` is then literal).
    static func decode(_ bytes: [UInt8], at i: Int) -> (text: [UInt8], next: Int)? {
        let end = bytes.count
        var j = i + 1
        guard j < end else { return nil }
        if bytes[j] == UInt8(ascii: "#") {
            j += 1
            var hex = false
            if j < end, bytes[j] | 0x20 == UInt8(ascii: "x") { hex = true; j += 1 }
            var v: UInt32 = 0
            let start = j
            while j < end, j - start < 8, let d = ASCII.hexValue(bytes[j]), hex || d < 10 {
                v = v &* (hex ? 16 : 10) &+ UInt32(d)
                j += 1
            }
            guard j > start else { return nil }
            if j < end, bytes[j] == ASCII.semicolon { j += 1 }
            if (0x80...0x9F).contains(v) { v = cp1252[Int(v - 0x80)] }
            if v == 0 || v > 0x10FFFF || (0xD800...0xDFFF).contains(v) { v = 0xFFFD }
            var out = [UInt8]()
            Charset.appendUTF8(v, to: &out)
            return (out, j)
        }
        let start = j
        while j < end, j - start < 32, (bytes[j] >= 65 && bytes[j] <= 90) || (bytes[j] >= 97 && bytes[j] <= 122) || (bytes[j] >= 48 && bytes[j] <= 57) {
            j += 1
        }
        guard j > start else { return nil }
        let name = String(decoding: bytes[start..<j], as: UTF8.self)
        if j < end, bytes[j] == ASCII.semicolon {
            if let t = named[name] ?? named[name.lowercased()] { return (Array(t.utf8), j + 1) }
            return nil
        }
        if legacy.contains(name.lowercased()), let t = named[name.lowercased()] { return (Array(t.utf8), j) }
        return nil
    }
}

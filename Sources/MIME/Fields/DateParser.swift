import Foundation

/// `Date` header values (RFC 5322 §3.3 and the obsolete forms of §4.3).
///
/// Accepts an optional day name, 2- and 3-digit years, missing seconds, named and military zones,
/// comments like `(CEST)`, fields in a different order (`Nov 22 2026 10:00`), and ISO 8601
/// (`2026-11-22T10:00:00Z`). Returns nil when no day, month and year can be found.
enum DateParser {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let zones: [String: Int] = [
        "ut": 0, "utc": 0, "gmt": 0, "z": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5,
        "mst": -7, "mdt": -6, "pst": -8, "pdt": -7, "cet": 1, "cest": 2, "bst": 1, "jst": 9, "hkt": 8, "sgt": 8,
    ]

    static func parse(_ value: String) -> Date? {
        var day: Int?, month: Int?, year: Int?
        var hour = 0, minute = 0, second = 0
        var offset: Int? = nil // seconds east of UTC
        var text = value
        if let p = text.firstIndex(of: "(") { text = String(text[..<p]) } // trailing comment
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == "\r" || $0 == "\n" })
        for raw in tokens {
            var t = Substring(raw.lowercased())
            // ISO 8601: 2026-11-22T10:00:00Z / +08:00
            if t.count >= 10, t.utf8.first.map({ $0 >= 48 && $0 <= 57 }) == true,
               t[t.index(t.startIndex, offsetBy: 4)] == "-" {
                let parts = t.split(separator: "t", maxSplits: 1)
                let ymd = parts[0].split(separator: "-")
                if ymd.count == 3, let y = Int(ymd[0]), let m = Int(ymd[1]), let d = Int(ymd[2]) {
                    year = y; month = m; day = d
                }
                guard parts.count == 2 else { continue }
                t = parts[1]
                if t.hasSuffix("z") { offset = 0; t = t.dropLast() }
                if let sign = t.firstIndex(where: { $0 == "+" || $0 == "-" }) {
                    offset = zoneOffset(t[sign...].replacingOccurrences(of: ":", with: ""))
                    t = t[..<sign]
                }
            }
            if t.contains(":") {
                let hms = t.split(separator: ":")
                if hms.count >= 2, let h = Int(hms[0]), let m = Int(hms[1]) {
                    hour = h; minute = m
                    if hms.count >= 3 { second = Int(hms[2].prefix(2)) ?? 0 }
                }
                continue
            }
            if let f = t.first, f == "+" || f == "-", t.count >= 3 {
                if let o = zoneOffset(String(t)) { offset = o }
                continue
            }
            if let n = Int(t) {
                if day == nil, n >= 1, n <= 31, t.count <= 2 { day = n } else if year == nil { year = n }
                continue
            }
            if let m = months.firstIndex(where: { t.hasPrefix($0) }), month == nil, t.count >= 3 {
                month = m + 1
                continue
            }
            if let z = zones[String(t)] { offset = z * 3600 }
        }
        guard let d = day, let m = month, var y = year, (1...12).contains(m), (1...31).contains(d),
              (0..<24).contains(hour), (0..<60).contains(minute), (0...60).contains(second) else { return nil }
        if y < 50 { y += 2000 } else if y < 1000 { y += 1900 }
        let days = daysFromCivil(y, m, d)
        let seconds = days * 86400 + hour * 3600 + minute * 60 + second - (offset ?? 0)
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    private static func zoneOffset(_ s: String) -> Int? {
        let sign = s.hasPrefix("-") ? -1 : 1
        let digits = s.dropFirst().prefix(4)
        guard digits.count == 4, let v = Int(digits) else {
            if let h = Int(s.dropFirst()), h <= 14 { return sign * h * 3600 }
            return nil
        }
        let h = v / 100, m = v % 100
        guard h <= 14, m < 60 else { return nil }
        return sign * (h * 3600 + m * 60)
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm).
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }
}

import Foundation

/// The model file (`"format": "plaint-nb"`, version 3): JSON holding the training parameters, the
/// training digest (`TrainingDigest`), the feature version, and the tables in base64: the sorted
/// vocabulary as LEB128 varint gaps, the counts sparse (LEB128 varints: gap to the next non-zero cell of the
/// row-major table, then its count), the logistic-regression weights as little-endian Float16 (the
/// precision training keeps), so a loaded model predicts exactly like the one that was saved.
/// Files of versions 1 and 2 used other features and are refused with a request to retrain.
extension NaiveBayesModel {
    public static let format = "plaint-nb"
    /// Version 3: features of `FeatureExtractor.version` 2, base64 tables, training digest.
    public static let version = 3

    private struct Header: Codable {
        var format: String
        var version: Int
    }

    private struct File: Codable {
        var format: String
        var version: Int
        var features: Int
        var buckets: Int
        var alpha: Double
        var temperature: Double
        var temperaturePower: Double
        var linearShare: Double
        var trainingDigest: String
        var examples: Int
        /// Base64 of varints: the gaps between the sorted feature buckets.
        var vocabulary: String
        var fields: [FieldFile]
        /// Empty for a naive-Bayes-only model.
        var linear: [LinearFile]
    }

    private struct FieldFile: Codable {
        var name: String
        var classes: [String]
        var docCounts: [Int]
        /// Base64 of the non-zero cells of the vocabulary × classes table (row-major) as varint pairs
        /// (gap from the previous non-zero cell, count).
        var counts: String
    }

    private struct LinearFile: Codable {
        var bias: [Float]
        /// Base64 of little-endian Float16, vocabulary × classes, row-major.
        var weights: String
    }

    private static func encodeHalf(_ values: [Float]) -> String {
        var bytes = [UInt8](repeating: 0, count: values.count * 2)
        for (i, v) in values.enumerated() {
            let bits = Float16(v).bitPattern
            bytes[2 * i] = UInt8(truncatingIfNeeded: bits)
            bytes[2 * i + 1] = UInt8(truncatingIfNeeded: bits >> 8)
        }
        return Data(bytes).base64EncodedString()
    }

    private static func decodeHalf(_ s: String) -> [Float]? {
        guard let data = Data(base64Encoded: s), data.count % 2 == 0 else { return nil }
        return data.withUnsafeBytes { raw in
            let b = raw.bindMemory(to: UInt8.self)
            return (0..<(b.count / 2)).map { i in Float(Float16(bitPattern: UInt16(b[2 * i]) | UInt16(b[2 * i + 1]) << 8)) }
        }
    }

    /// Base64 of unsigned LEB128 varints.
    private static func encodeVarints(_ values: [UInt64]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(values.count * 2)
        for value in values {
            var x = value
            while x >= 0x80 { bytes.append(UInt8(x & 0x7F) | 0x80); x >>= 7 }
            bytes.append(UInt8(x))
        }
        return Data(bytes).base64EncodedString()
    }

    private static func decodeVarints(_ s: String) -> [UInt64]? {
        guard let data = Data(base64Encoded: s) else { return nil }
        var out: [UInt64] = []
        var x: UInt64 = 0
        var shift: UInt64 = 0
        for byte in data {
            guard shift < 64 else { return nil }
            x |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 {
                out.append(x)
                x = 0
                shift = 0
            } else {
                shift += 7
            }
        }
        return shift == 0 ? out : nil
    }

    /// The sorted vocabulary as gaps between neighbours (the first one from -1).
    private static func encodeVocabulary(_ vocabulary: [UInt32]) -> String {
        var last: Int64 = -1
        return encodeVarints(vocabulary.map { v in defer { last = Int64(v) }; return UInt64(Int64(v) - last) })
    }

    private static func decodeVocabulary(_ s: String) -> [UInt32]? {
        guard let gaps = decodeVarints(s) else { return nil }
        var out: [UInt32] = []
        var last: Int64 = -1
        for gap in gaps {
            guard gap > 0, gap < UInt64(FeatureExtractor.bucketCount) else { return nil }
            last += Int64(gap)
            guard last < Int64(FeatureExtractor.bucketCount) else { return nil }
            out.append(UInt32(last))
        }
        return out
    }

    /// The non-zero cells of a row-major table as (gap from the previous non-zero cell, count) pairs.
    private static func encodeSparse(_ counts: [Int32]) -> String {
        var values: [UInt64] = []
        var last = -1
        for (i, c) in counts.enumerated() where c != 0 {
            values.append(UInt64(i - last))
            values.append(UInt64(UInt32(bitPattern: c)))
            last = i
        }
        return encodeVarints(values)
    }

    private static func decodeSparse(_ s: String, count: Int) -> [Int32]? {
        guard let values = decodeVarints(s), values.count % 2 == 0 else { return nil }
        var out = [Int32](repeating: 0, count: count)
        var index = -1
        for p in stride(from: 0, to: values.count, by: 2) {
            let (gap, value) = (values[p], values[p + 1])
            guard gap > 0, gap <= UInt64(count), value <= UInt64(UInt32.max) else { return nil }
            index += Int(gap)
            guard index < count else { return nil }
            out[index] = Int32(bitPattern: UInt32(value))
        }
        return out
    }

    /// The model as JSON (format `plaint-nb`, version 3).
    /// - Throws: `ModelFileError` for a model loaded from a file (`isPredictionOnly`): save the trained one.
    public func jsonData() throws -> Data {
        guard !isPredictionOnly else {
            throw ModelFileError(path: nil, message: "a model loaded from a file keeps only its prediction table and cannot be saved; save the model as trained")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let file = File(format: Self.format, version: Self.version, features: FeatureExtractor.version, buckets: FeatureExtractor.bucketCount,
                        alpha: alpha, temperature: temperature, temperaturePower: temperaturePower, linearShare: linearShare,
                        trainingDigest: trainingDigest, examples: exampleCount, vocabulary: Self.encodeVocabulary(vocabulary),
                        fields: fields.map { FieldFile(name: $0.name, classes: $0.classes, docCounts: $0.docCounts,
                                                       counts: Self.encodeSparse($0.counts)) },
                        linear: linear.map { LinearFile(bias: $0.bias, weights: Self.encodeHalf($0.weights)) })
        return try encoder.encode(file)
    }

    /// Writes the model file.
    public func save(to path: String) throws {
        try jsonData().write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// Reads a model file written by `save(to:)`.
    /// - Throws: `ModelFileError` when the file is unreadable, of another format or version, or inconsistent.
    public static func load(from path: String) throws(ModelFileError) -> NaiveBayesModel {
        guard let data = FileManager.default.contents(atPath: path) else { throw ModelFileError(path: path, message: "cannot read file") }
        return try load(data: data, path: path)
    }

    public static func load(data: Data, path: String? = nil) throws(ModelFileError) -> NaiveBayesModel {
        let decoder = JSONDecoder()
        guard let header = try? decoder.decode(Header.self, from: data) else {
            throw ModelFileError(path: path, message: "not a plaint-nb model file")
        }
        guard header.format == format else { throw ModelFileError(path: path, message: "format is \"\(header.format)\", expected \"\(format)\"") }
        guard header.version == version else {
            let why = header.version < version ? "was trained with older features" : "is newer than this plaint"
            throw ModelFileError(path: path, message: "version \(header.version) \(why) (expected version \(version)); retrain with 'plaint classifier train'")
        }
        let file: File
        do { file = try decoder.decode(File.self, from: data) } catch {
            throw ModelFileError(path: path, message: "not a plaint-nb version \(version) model file: \(error)")
        }
        guard file.features == FeatureExtractor.version, file.buckets == FeatureExtractor.bucketCount else {
            throw ModelFileError(path: path, message: "built for features v\(file.features) in \(file.buckets) buckets, this build uses v\(FeatureExtractor.version) in \(FeatureExtractor.bucketCount); retrain with 'plaint classifier train'")
        }
        guard let vocabulary = decodeVocabulary(file.vocabulary) else {
            throw ModelFileError(path: path, message: "vocabulary is not a sorted list of feature buckets")
        }
        var fields: [FieldCounts] = []
        for f in file.fields {
            guard !f.classes.isEmpty, f.docCounts.count == f.classes.count,
                  let counts = decodeSparse(f.counts, count: f.classes.count * vocabulary.count) else {
                throw ModelFileError(path: path, message: "field \"\(f.name)\": counts do not fit the table")
            }
            fields.append(FieldCounts(name: f.name, classes: f.classes, docCounts: f.docCounts, counts: counts))
        }
        guard fields.map(\.name) == fieldNames else { throw ModelFileError(path: path, message: "fields are \(fields.map(\.name)), expected \(fieldNames)") }
        guard file.linear.isEmpty || file.linear.count == fields.count, file.linearShare.isFinite else {
            throw ModelFileError(path: path, message: "logistic-regression layer does not match the fields")
        }
        var linear: [LinearField] = []
        for (f, l) in zip(fields, file.linear) {
            guard let w = decodeHalf(l.weights), l.bias.count == f.classes.count, w.count == f.classes.count * vocabulary.count else {
                throw ModelFileError(path: path, message: "field \"\(f.name)\": logistic-regression table sizes do not match")
            }
            linear.append(LinearField(bias: l.bias, weights: w))
        }
        return NaiveBayesModel(vocabulary: vocabulary, fields: fields, alpha: file.alpha, temperature: file.temperature,
                               temperaturePower: file.temperaturePower, linear: linear, linearShare: file.linearShare,
                               trainingDigest: file.trainingDigest, forPredictionOnly: true)
    }
}

/// A model file that cannot be used.
public struct ModelFileError: Error, CustomStringConvertible {
    public var path: String?
    public var message: String
    public var description: String { "\(path.map { "\($0): " } ?? "")\(message)" }
}

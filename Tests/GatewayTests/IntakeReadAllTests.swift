import Foundation
import Testing
import Complaints
import MIME
@testable import Gateway

/// A batch read on several cores must read every message exactly as reading it alone does, and
/// keep the batch's order: filing (and so ticket numbers) follows that order.
struct IntakeReadAllTests {
    @Test func readingABatchInParallelMatchesReadingEachAloneInOrder() throws {
        let folder = FixtureCorpusTests.root.appendingPathComponent("mail")
        let names = (FileManager.default.subpaths(atPath: folder.path) ?? []).filter { $0.hasSuffix(".eml") }.sorted()
        let raws = try names.map { [UInt8](try Data(contentsOf: folder.appendingPathComponent($0))) }
        #expect(raws.count > 100)
        let intake = Intake()
        let batch = intake.readAll(raws + [[]])
        let alone = (raws + [[]]).map { intake.read($0).complaint }
        #expect(batch.count == alone.count)
        for (index, (reading, expected)) in zip(batch, alone).enumerated() {
            #expect(reading.complaint == expected, "message \(index) (\(index < names.count ? names[index] : "empty"))")
        }
        #expect(batch.last?.complaint.disposition == .quarantine)
    }

    /// The content address computed while reading is the SHA-256 of exactly the bytes that get stored,
    /// also for a message over the size limit (stored whole, read from its headers only).
    @Test func theRawDigestIsOfTheWholeMessage() {
        let raw = Array("From: a@example.com\r\nSubject: big\r\n\r\n".utf8) + Array(repeating: UInt8(ascii: "x"), count: 5_000)
        let small = Intake().read(raw)
        #expect(small.rawSHA256 == SHA256.hex(raw))
        let oversize = Intake(maxMessageBytes: 1_000).read(raw)
        #expect(oversize.complaint.disposition == .quarantine)
        #expect(oversize.rawSHA256 == SHA256.hex(raw))
    }
}

import Testing
@testable import MailTransport

struct IMAPWindowTests {
    private func render(_ w: [(UInt32, UInt32?)]) -> [String] { w.map { "\($0.0):" + ($0.1.map(String.init) ?? "*") } }

    @Test func smallRangeIsOneOpenWindow() {
        #expect(render(IMAPClient.windows(from: 1, uidNext: 5, size: 10)) == ["1:*"])
        #expect(render(IMAPClient.windows(from: 9, uidNext: 5, size: 10)) == ["9:*"])
        #expect(render(IMAPClient.windows(from: 0, uidNext: 1, size: 10)) == ["1:*"])
    }

    @Test func largeRangeIsSplitWithAnOpenLastWindow() {
        #expect(render(IMAPClient.windows(from: 1, uidNext: 26, size: 10)) == ["1:10", "11:20", "21:*"])
        #expect(render(IMAPClient.windows(from: 1, uidNext: 21, size: 10)) == ["1:10", "11:*"])
        #expect(render(IMAPClient.windows(from: 5, uidNext: 15, size: 10)) == ["5:*"])
    }

    @Test func noOverflowNearUInt32Max() {
        #expect(render(IMAPClient.windows(from: .max - 3, uidNext: .max, size: 10)) == ["\(UInt32.max - 3):*"])
        #expect(IMAPClient.windows(from: 1, uidNext: .max, size: 1 << 31).count == 2)
    }
}

import Testing
@testable import MIME

struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func standardVectors(input: String, expected: String) {
        #expect(SHA256.hex(Array(input.utf8)) == expected)
        for engine in SHA256.availableEngines {
            #expect(hex(SHA256.digest(Array(input.utf8), engine: engine)) == expected, "engine \(engine)")
        }
    }

    @Test func millionAs() {
        let input = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        for engine in SHA256.availableEngines {
            #expect(hex(SHA256.digest(input, engine: engine)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        }
    }

    /// The CPU's SHA extensions (where this machine has them) and portable Swift agree on every length
    /// around the block and padding boundaries and on long random input.
    @Test func enginesAgree() {
        var rng = SystemRandomNumberGenerator()
        for length in Array(0...200) + [1000, 4096, 65_537, 1_000_003] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let digests = SHA256.availableEngines.map { SHA256.digest(bytes, engine: $0) }
            #expect(Set(digests).count == 1, "length \(length)")
        }
    }

    @Test(arguments: [55, 56, 63, 64, 65, 119, 120])
    func paddingBoundariesDifferAndAreStable(length: Int) {
        let a = [UInt8](repeating: 0x61, count: length)
        #expect(SHA256.digest(a).count == 32)
        #expect(SHA256.hex(a) == SHA256.hex(a))
        #expect(SHA256.hex(a) != SHA256.hex(a + [0x61]))
    }

    private func hex(_ digest: [UInt8]) -> String {
        digest.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
}

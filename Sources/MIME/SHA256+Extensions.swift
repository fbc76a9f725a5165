#if arch(x86_64)
import CSystem
#endif

/// SHA-256 on the x86 SHA extensions (SHA-NI: `sha256rnds2`, `sha256msg1`, `sha256msg2`): four rounds
/// and four message-schedule words per few instructions. Used only when CPUID reports them; the digest is
/// the portable one's (SHA256Tests compares both engines).
extension SHA256 {
    /// Whether this CPU has the SHA extensions (CPUID leaf 7, EBX bit 29).
    static let cpuHasSHAExtensions: Bool = {
        #if arch(x86_64)
        var eax: UInt32 = 0, ebx: UInt32 = 0, ecx: UInt32 = 0, edx: UInt32 = 0
        guard __get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) != 0 else { return false }
        return ebx & (1 << 29) != 0
        #else
        return false
        #endif
    }()

    /// The engines this machine can run.
    static var availableEngines: [Engine] { cpuHasSHAExtensions ? [.portable, .shaExtensions] : [.portable] }

    #if arch(x86_64)
    private typealias Words = SIMD4<UInt32>

    /// K in groups of four, one group per four rounds.
    private static let k4: [Words] = (0..<16).map { Words(k[4 &* $0], k[4 &* $0 &+ 1], k[4 &* $0 &+ 2], k[4 &* $0 &+ 3]) }

    /// `blocks` 64-byte blocks from `p`. The extensions keep the state as two vectors, ABEF and CDGH
    /// (highest lane first), and the message schedule as four vectors of four words.
    static func compressWithSHAExtensions(_ state: inout State, _ p: UnsafePointer<UInt8>, blocks: Int) {
        var abef = Words(state.5, state.4, state.1, state.0)
        var cdgh = Words(state.7, state.6, state.3, state.2)
        k4.withUnsafeBufferPointer { k in
            for block in 0..<blocks {
                let raw = UnsafeRawPointer(p + block &* 64)
                let (abef0, cdgh0) = (abef, cdgh)
                // W[0..15] from the block; then W[4j..4j+3] = σ1 part (msg2) of W[4j-16..] + σ0(W[4j-15..]) (msg1)
                // + W[4j-7..4j-4] (the middle four of the two previous groups).
                var w0 = bigEndianWords(raw, 0), w1 = bigEndianWords(raw, 16)
                var w2 = bigEndianWords(raw, 32), w3 = bigEndianWords(raw, 48)
                fourRounds(&abef, &cdgh, w0 &+ k[0])
                fourRounds(&abef, &cdgh, w1 &+ k[1])
                fourRounds(&abef, &cdgh, w2 &+ k[2])
                fourRounds(&abef, &cdgh, w3 &+ k[3])
                for j in 4..<16 {
                    let next = msg2(msg1(w0, w1) &+ Words(w2[1], w2[2], w2[3], w3[0]), w3)
                    (w0, w1, w2, w3) = (w1, w2, w3, next)
                    fourRounds(&abef, &cdgh, next &+ k[j])
                }
                abef &+= abef0
                cdgh &+= cdgh0
            }
        }
        state = (abef[3], abef[2], cdgh[3], cdgh[2], abef[1], abef[0], cdgh[1], cdgh[0])
    }

    /// Four rounds: `sha256rnds2` does two with the low two words of `wk` (W + K), then two with the high two.
    @inline(__always)
    private static func fourRounds(_ abef: inout Words, _ cdgh: inout Words, _ wk: Words) {
        cdgh = vector(_mm_sha256rnds2_epu32(m128(cdgh), m128(abef), m128(wk)))
        abef = vector(_mm_sha256rnds2_epu32(m128(abef), m128(cdgh), m128(Words(wk[2], wk[3], wk[0], wk[1]))))
    }

    @inline(__always) private static func msg1(_ a: Words, _ b: Words) -> Words {
        vector(_mm_sha256msg1_epu32(m128(a), m128(b)))
    }

    @inline(__always) private static func msg2(_ a: Words, _ b: Words) -> Words {
        vector(_mm_sha256msg2_epu32(m128(a), m128(b)))
    }

    @inline(__always) private static func bigEndianWords(_ p: UnsafeRawPointer, _ offset: Int) -> Words {
        Words(UInt32(bigEndian: p.loadUnaligned(fromByteOffset: offset, as: UInt32.self)),
              UInt32(bigEndian: p.loadUnaligned(fromByteOffset: offset &+ 4, as: UInt32.self)),
              UInt32(bigEndian: p.loadUnaligned(fromByteOffset: offset &+ 8, as: UInt32.self)),
              UInt32(bigEndian: p.loadUnaligned(fromByteOffset: offset &+ 12, as: UInt32.self)))
    }

    /// `__m128i` is imported as two Int64 lanes; the same 128 bits as four words.
    @inline(__always) private static func m128(_ w: Words) -> SIMD2<Int64> { unsafeBitCast(w, to: SIMD2<Int64>.self) }
    @inline(__always) private static func vector(_ x: SIMD2<Int64>) -> Words { unsafeBitCast(x, to: Words.self) }
    #else
    static func compressWithSHAExtensions(_ state: inout State, _ p: UnsafePointer<UInt8>, blocks: Int) {
        compressPortably(&state, p, blocks: blocks)
    }
    #endif
}

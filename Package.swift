// swift-tools-version:6.0
import PackageDescription

// Plaint: an email-ingesting complaint gateway.
// Data flows one way: mailbox → MIME → Complaints → TicketStore → Gateway → plaint.
// No Swift package dependencies: the toolchain plus system C libraries (libsqlite3, libcurl, glibc iconv).
// MIME's SHA-256 calls the SHA-extension intrinsics (SHA256+Extensions.swift), which the compiler only
// emits into code built for that feature. The flag adds no other instruction (it implies only SSE2, the
// x86-64 baseline), and the code runs only after CPUID says the CPU has it; elsewhere, portable Swift.
#if arch(x86_64)
let shaExtensions: [SwiftSetting] = [.unsafeFlags(["-Xcc", "-msha"])]
#else
let shaExtensions: [SwiftSetting] = []
#endif

let package = Package(
    name: "Plaint",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "plaint", targets: ["plaint"]),
    ],
    targets: [
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        // System headers Swift's modules leave out: the compiler's x86 intrinsics (SHA-256 uses the CPU's SHA
        // extensions where CPUID reports them) and glibc's <malloc.h>.
        .systemLibrary(name: "CSystem"),
        .target(name: "MIME", dependencies: ["CSystem"], swiftSettings: shaExtensions),
        // Resources/plaint-model.json: the shipped pre-trained classifier model (see ShippedModel.swift).
        .target(name: "Complaints", dependencies: ["MIME"], resources: [.copy("Resources/plaint-model.json")]),
        .target(name: "TicketStore", dependencies: ["CSQLite", "Complaints", "MIME"]),
        .target(name: "MailTransport", dependencies: ["CCurl", "MIME"]),
        .target(name: "Gateway", dependencies: ["CSystem", "MIME", "Complaints", "TicketStore", "MailTransport"]),
        .executableTarget(name: "plaint", dependencies: ["Gateway"]),
        .executableTarget(name: "plaint-bench", dependencies: ["Complaints", "MIME"], path: "Benchmarks/ClassifierBench"),
        .testTarget(name: "MIMETests", dependencies: ["MIME"]),
        .testTarget(name: "ComplaintsTests", dependencies: ["Complaints", "MIME"], exclude: ["Goldens"]),
        .testTarget(name: "TicketStoreTests", dependencies: ["TicketStore", "Complaints", "MIME"]),
        .testTarget(name: "MailTransportTests", dependencies: ["MailTransport", "MIME"]),
        .testTarget(name: "GatewayTests", dependencies: ["Gateway", "TicketStore", "Complaints", "MIME", "MailTransport"]),
    ]
)

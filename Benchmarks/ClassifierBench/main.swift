// plaint-bench: single-core throughput of the classifier (issue 5: ≥ 20,000 messages/s for the model)
// and of the MIME parser. Release build only; pin it to one core:
//
//   swift build -c release --product plaint-bench --scratch-path .build-bench
//   taskset -c 0 .build-bench/release/plaint-bench [--seconds 2] [--reps 3] [--fixtures Fixtures] [--mail DIR]…
//
// Benchmarks/classifier.sh runs it together with a Python `email` peer over the same mail files.
//
// Corpora (all in memory before timing):
//   fixtures   the subject+body of Fixtures/train/examples.jsonl and Fixtures/eval/eval.jsonl (en + zh, short)
//   generated  deterministic texts: English (median ~3.6 KB, like Benchmarks/imap-floor.py's mail), Chinese
//              (median ~600 characters) and mixed, 1/3 each
//   mail       every *.eml (or Maildir file) under each --mail directory (default Fixtures/mail); the
//              slow whole-message reader (ComplaintReader) runs on the first --reader-files (60) of them
// Each figure is the best and the median of --reps timed passes of at least --seconds each.
import Foundation
import Complaints
import MIME

struct Options {
    var seconds = 2.0
    var reps = 3
    var fixtures = "Fixtures"
    var mail: [String] = []
    var generated = 3000
    var readerFiles = 60
}

func parseOptions() -> Options {
    var o = Options()
    var args = CommandLine.arguments.dropFirst()
    func value(_ name: String) -> String {
        guard let v = args.popFirst() else { fatalError("\(name) needs a value") }
        return v
    }
    while let a = args.popFirst() {
        switch a {
        case "--seconds": o.seconds = Double(value(a)) ?? o.seconds
        case "--reps": o.reps = Int(value(a)) ?? o.reps
        case "--fixtures": o.fixtures = value(a)
        case "--mail": o.mail.append(value(a))
        case "--generated": o.generated = Int(value(a)) ?? o.generated
        case "--reader-files": o.readerFiles = Int(value(a)) ?? o.readerFiles
        case "-h", "--help":
            print("usage: plaint-bench [--seconds S] [--reps R] [--fixtures DIR] [--mail DIR]… [--generated N] [--reader-files N]")
            exit(0)
        default:
            FileHandle.standardError.write(Data("plaint-bench: unknown argument \(a)\n".utf8))
            exit(2)
        }
    }
    if o.mail.isEmpty { o.mail = [o.fixtures + "/mail"] }
    return o
}

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

/// Keeps results alive so the optimizer cannot drop the work.
nonisolated(unsafe) var sink = 0

/// Runs `body` over every item repeatedly for at least `seconds`; returns items per second, per rep.
func rate<T>(_ items: [T], seconds: Double, reps: Int, _ body: (T) -> Int) -> [Double] {
    var rates: [Double] = []
    for _ in 0..<reps {
        var n = 0
        let start = now()
        var elapsed = 0.0
        repeat {
            for item in items { sink &+= body(item) }
            n += items.count
            elapsed = now() - start
        } while elapsed < seconds
        rates.append(Double(n) / elapsed)
    }
    return rates
}

func report(_ label: String, _ rates: [Double], bytesPerItem: Double? = nil) {
    let sorted = rates.sorted()
    let best = sorted.last!, median = sorted[sorted.count / 2]
    var line = label.padding(toLength: 46, withPad: " ", startingAt: 0)
        + String(format: "%10.0f msgs/s best, %10.0f median", best, median)
    if let b = bytesPerItem { line += String(format: "  (%.1f MB/s)", best * b / 1e6) }
    line += "  [" + rates.map { String(format: "%.0f", $0) }.joined(separator: ", ") + "]"
    print(line)
}

// MARK: - Corpora

struct Text {
    var subject: String
    var body: String
    var channel: Channel
    var language: Language
}

func loadJSONL(_ path: String) -> [Text] {
    guard let data = FileManager.default.contents(atPath: path), let s = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write(Data("plaint-bench: cannot read \(path)\n".utf8))
        exit(1)
    }
    return s.split(separator: "\n").compactMap { line in
        guard let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
        return Text(subject: o["subject"] as? String ?? "", body: o["body"] as? String ?? "",
                    channel: Channel(rawValue: o["channel"] as? String ?? "") ?? .email,
                    language: Language(rawValue: o["language"] as? String ?? "") ?? .en)
    }
}

struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    /// exp(N(mu, sigma)) via Box–Muller.
    mutating func lognormal(_ mu: Double, _ sigma: Double) -> Double {
        let u1 = (Double(next() >> 11) + 1) / 9_007_199_254_740_993.0
        let u2 = Double(next() >> 11) / 9_007_199_254_740_992.0
        return exp(mu + sigma * (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2))
    }
}

let englishWords = """
order refund broken late delivery invoice never arrived support please help damaged wrong item charged twice \
account password locked app crash staff rude waiting weeks manager complaint unacceptable regulator lawyer \
store phone call email reply days still nothing replacement warranty repair price bill fee cancel subscription \
the a and i my your you we it was is not no to for of on in with this that have has been again today
""".split(separator: " ").map(String.init)
let chinesePhrases = """
订单 退款 快递 没有 收到 质量 问题 客服 态度 很差 投诉 消费者协会 我要 已经 三天 还是 没人 处理 商品 破损 \
扣费 两次 账户 密码 无法 登录 软件 闪退 门店 店员 不理 等了 一个 小时 请尽快 解决 否则 向 监管部门 反映 媒体 曝光
""".split(separator: " ").map(String.init)

func generatedTexts(_ count: Int) -> [Text] {
    var rng = SplitMix64(state: 42)
    var out: [Text] = []
    out.reserveCapacity(count)
    for i in 0..<count {
        switch i % 3 {
        case 0:
            let n = Int(rng.lognormal(8.2, 0.5)) / 6 + 1
            let words = (0..<n).map { _ in englishWords[rng.below(englishWords.count)] }
            out.append(Text(subject: "Complaint \(i)", body: words.joined(separator: " "), channel: .email, language: .en))
        case 1:
            let n = Int(rng.lognormal(5.7, 0.5)) / 2 + 1
            let words = (0..<n).map { _ in chinesePhrases[rng.below(chinesePhrases.count)] }
            out.append(Text(subject: "投诉 \(i)", body: words.joined(), channel: .email, language: .zh))
        default:
            let n = Int(rng.lognormal(6.5, 0.5)) / 4 + 1
            let words = (0..<n).map { k in
                k % 2 == 0 ? englishWords[rng.below(englishWords.count)] : chinesePhrases[rng.below(chinesePhrases.count)]
            }
            out.append(Text(subject: "Re: order \(i) 订单", body: words.joined(separator: " "), channel: .webForm, language: .zh))
        }
    }
    return out
}

func mailFiles(_ dirs: [String]) -> [[UInt8]] {
    var out: [[UInt8]] = []
    for dir in dirs {
        guard let e = FileManager.default.enumerator(atPath: dir) else { continue }
        var paths: [String] = []
        while let p = e.nextObject() as? String {
            if p.hasSuffix(".eml") || p.contains(",S=") { paths.append(p) }
        }
        for p in paths.sorted() {
            if let d = FileManager.default.contents(atPath: dir + "/" + p) { out.append([UInt8](d)) }
        }
    }
    return out
}

// MARK: - Run

let options = parseOptions()
let fixtures = loadJSONL(options.fixtures + "/train/examples.jsonl") + loadJSONL(options.fixtures + "/eval/eval.jsonl")
let generated = generatedTexts(options.generated)
let mail = mailFiles(options.mail)
func meanBytes(_ t: [Text]) -> Double { Double(t.reduce(0) { $0 + $1.subject.utf8.count + $1.body.utf8.count }) / Double(max(t.count, 1)) }

print("plaint-bench — one thread; pin it with taskset -c 0. \(options.reps) reps of ≥ \(options.seconds) s each.")
print(String(format: "corpora: fixtures %d texts (mean %.0f B), generated %d texts (mean %.0f B), mail %d files (mean %.1f KB) from %@",
             fixtures.count, meanBytes(fixtures), generated.count, meanBytes(generated),
             mail.count, Double(mail.reduce(0) { $0 + $1.count }) / Double(max(mail.count, 1)) / 1024,
             options.mail.joined(separator: ", ")))

let t0 = now()
let classifier = Classifier()  // loads the shipped model (ShippedModel) on first use
guard let model = classifier.model else { fatalError("no default model") }
_ = classifier.classify(ClassifierInput(subject: "warm-up", description: "model trained on first use", channel: .email,
                                        language: .en, anonymous: false))
print(String(format: "shipped model ready (first use) in %.2f s, from %@", now() - t0, ShippedModel.loaded.source))

func classifyAll(_ texts: [Text]) -> [Double] {
    rate(texts, seconds: options.seconds, reps: options.reps) { t in
        let c = classifier.classify(ClassifierInput(subject: t.subject, description: t.body, channel: t.channel,
                                                    language: t.language, anonymous: false))
        return c.severity &+ c.explanation.count
    }
}

func modelAll(_ texts: [Text]) -> [Double] {
    rate(texts, seconds: options.seconds, reps: options.reps) { t in
        model.predict(subject: t.subject, body: t.body, channel: t.channel).count
    }
}

report("classify (rules+model+explanation), fixtures", classifyAll(fixtures), bytesPerItem: meanBytes(fixtures))
report("model alone (normalize+features+NB), fixtures", modelAll(fixtures), bytesPerItem: meanBytes(fixtures))
report("classify, generated", classifyAll(generated), bytesPerItem: meanBytes(generated))
report("model alone, generated", modelAll(generated), bytesPerItem: meanBytes(generated))
for dir in options.mail {
    let files = mailFiles([dir])
    guard !files.isEmpty else { continue }
    let mean = Double(files.reduce(0) { $0 + $1.count }) / Double(files.count)
    report("MIME parse+text+attachments, \(files.count) files", rate(files, seconds: options.seconds, reps: options.reps) { bytes in
        let m = Message.parse(bytes)
        return m.attachments.count &+ m.text.utf8.count  // what Intake reads: the text and the attachments (SHA-256 each)
    }, bytesPerItem: mean)
    print("    (\(dir), mean \(String(format: "%.1f", mean / 1024)) KB)")
    // The whole per-message reading step of the ingest (Gateway's Intake = parse + ComplaintReader.read:
    // extraction, channel, disposition and classification), on the first --reader-files files.
    let subset = Array(files.prefix(options.readerFiles))
    let reader = ComplaintReader()
    report("parse + ComplaintReader.read, \(subset.count) files", rate(subset, seconds: options.seconds, reps: options.reps) { bytes in
        reader.read(Message.parse(bytes)).description.utf8.count
    }, bytesPerItem: Double(subset.reduce(0) { $0 + $1.count }) / Double(max(subset.count, 1)))
}
if sink == 42 { print("") }  // keeps `sink` observable
